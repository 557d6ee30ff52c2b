import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../../i18n/react';
import { Disclosure } from '../panels/Disclosure';

const ModelViewsContent = lazy(() => import('./ModelViewsContent'));

// Asks for snapshots while it is on the page, that is while the panel is open.
function Inspecting({ inspect }: { inspect: (enabled: boolean) => void }) {
  useEffect(() => {
    inspect(true);
    return () => inspect(false);
  }, [inspect]);
  return null;
}

/**
 * "Inside the model": gradients, weights, predictions and gates, on request. While it is open the worker
 * sends two snapshots a second; closed, it computes none.
 */
export function ModelViews({ inspect }: { inspect: (enabled: boolean) => void }) {
  const messages = useT();
  return (
    <Disclosure title={messages.modelViews.title} className="model-views-panel">
      <Inspecting inspect={inspect} />
      <Suspense fallback={<p className="hint">{messages.page.loading}</p>}>
        <ModelViewsContent />
      </Suspense>
    </Disclosure>
  );
}

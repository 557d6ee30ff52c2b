import { lazy, Suspense, useEffect, useId, useState } from 'react';

const ModelViewsContent = lazy(() => import('./ModelViewsContent'));

/**
 * "Inside the model": gradients, weights, predictions and gates, on request. While it is open the worker
 * sends a few snapshots a second; closed, it computes none.
 */
export function ModelViews({ inspect }: { inspect: (enabled: boolean) => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    inspect(true);
    return () => inspect(false);
  }, [open, inspect]);
  return (
    <section className="model-views-panel">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        Inside the model
      </button>
      {open && (
        <div id={panelId}>
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ModelViewsContent />
          </Suspense>
        </div>
      )}
    </section>
  );
}

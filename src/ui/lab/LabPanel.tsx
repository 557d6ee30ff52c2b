import { lazy, Suspense, useId } from 'react';
import { useT } from '../../i18n/react';
import type { LabActions } from '../../state/lab';
import { playgroundStore, usePlayground } from '../../state/store';

// The panel's code and words load when it is first opened, not with the page.
const LabContent = lazy(() => import('./LabContent'));

/** The `Bias–variance lab` button and the panel it opens: set-up, progress, chart, table. */
export function LabPanel({ actions }: { actions: LabActions }) {
  const text = useT();
  const labStrings = text.lab;
  const open = usePlayground((state) => state.labOpen);
  const panelId = useId();
  return (
    <div className="lab">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => playgroundStore.getState().setLabOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {labStrings.open}
      </button>
      {open && (
        <section id={panelId} aria-label={labStrings.region} className="lab-panel">
          <Suspense fallback={<p className="hint">{text.page.loading}</p>}>
            <LabContent actions={actions} />
          </Suspense>
        </section>
      )}
    </div>
  );
}

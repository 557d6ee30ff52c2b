import { lazy, Suspense, useId, useState } from 'react';

const ExplanationContent = lazy(() => import('./ExplanationContent'));

/** "What am I looking at?": overfitting, bias and variance, the techniques and the LSTM's equations, on request. */
export function Explanation() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="explanation">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        What am I looking at?
      </button>
      {open && (
        <div id={panelId}>
          <Suspense fallback={<p className="hint">Loading…</p>}>
            <ExplanationContent />
          </Suspense>
        </div>
      )}
    </section>
  );
}

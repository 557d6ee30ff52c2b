import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/react';

const ExplanationContent = lazy(() => import('./ExplanationContent'));

/**
 * "What am I looking at?": overfitting, bias and variance, the techniques and the LSTM's equations, on
 * request, in a panel that opens over the side of the page (beside the chart), so the chart and the run
 * buttons stay where they are. Escape or the close button closes it and returns focus to the button.
 */
export function Explanation() {
  const [open, setOpen] = useState(false);
  const messages = useT();
  const panelId = useId();
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);
  return (
    <div className="explanation explanatory">
      <button ref={button} type="button" className="disclosure" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {messages.explanation.title}
      </button>
      {open && (
        <aside id={panelId} ref={panel} className="explanation-drawer" aria-labelledby={headingId} tabIndex={-1}>
          <div className="drawer-heading">
            <h2 id={headingId}>{messages.explanation.title}</h2>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              {messages.explanation.close}
            </button>
          </div>
          <Suspense fallback={<p className="hint">{messages.page.loading}</p>}>
            <ExplanationContent />
          </Suspense>
        </aside>
      )}
    </div>
  );
}

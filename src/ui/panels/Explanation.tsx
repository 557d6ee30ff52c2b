import { lazy, Suspense } from 'react';
import { Disclosure } from './Disclosure';

const ExplanationContent = lazy(() => import('./ExplanationContent'));

/** "What am I looking at?": overfitting, bias and variance, the techniques and the LSTM's equations, on request. */
export function Explanation() {
  return (
    <Disclosure title="What am I looking at?" className="explanation">
      <Suspense fallback={<p className="hint">Loading…</p>}>
        <ExplanationContent />
      </Suspense>
    </Disclosure>
  );
}

import { lazy, Suspense } from 'react';
import { ChartToolbar } from './ChartToolbar';
import './charts.css';

// recharts and the chart code load right after the first paint, in a chunk of their own: the page
// shows its controls without waiting for them.
const HistoryChartsContent = lazy(() => import('./HistoryChartsContent'));

/** The loss chart and, for classification tasks, the accuracy chart under it (a placeholder of their size while they load), and the Export menu. */
export function HistoryCharts() {
  return (
    <>
      <Suspense fallback={<div className="chart-surface" aria-hidden="true" />}>
        <HistoryChartsContent />
      </Suspense>
      <ChartToolbar />
    </>
  );
}

// The real page (App) with a long made-up history already on the chart, training for real on the
// backend the query names. It marks each chart update in the performance timeline so that the runner's
// trace can tell chart work from the rest: a React commit that set off nested updates (recharts
// re-rendering itself) or a clear of a canvas (the curve layer starting a redraw).
import { Profiler, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStore, type PlaygroundState } from '../../src/state/store';
import { connectTraining } from '../../src/state/training';
import { startUrlSync } from '../../src/state/url-sync';
import { App } from '../../src/ui/layout/App';
import '../../src/ui/styles.css';
import { madeUpHistory } from './made-up-history';

declare global {
  interface Window {
    /** Resolves once the run trains and the made-up history is on the chart. */
    chartProbeReady?: Promise<void>;
    /** Long tasks (ms) the page saw since `chartProbeReady` resolved. */
    chartProbeLongTasks?: number[];
  }
}

const historyPoints = Number(new URLSearchParams(window.location.hash.slice(1)).get('points') ?? 10_000);

const clearRect = CanvasRenderingContext2D.prototype.clearRect;
CanvasRenderingContext2D.prototype.clearRect = function markedClear(...area: Parameters<typeof clearRect>) {
  performance.mark('chart-update');
  clearRect.apply(this, area);
};

startUrlSync(playgroundStore);
const actions = connectTraining(playgroundStore);
playgroundStore.setState({ history: madeUpHistory(historyPoints) });

const container = document.getElementById('root');
if (!container) throw new Error('probe.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Profiler
      id="app"
      onRender={(_id, phase) => {
        if (phase === 'nested-update') performance.mark('chart-update');
      }}
    >
      <App actions={actions} />
    </Profiler>
  </StrictMode>,
);

function until(test: (state: PlaygroundState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(playgroundStore.getState())) return resolve();
    const unsubscribe = playgroundStore.subscribe((state) => {
      if (!test(state)) return;
      unsubscribe();
      resolve();
    });
  });
}

window.chartProbeReady = (async () => {
  await until((state) => state.status === 'ready' || state.status === 'failed');
  if (playgroundStore.getState().status === 'failed') throw new Error(playgroundStore.getState().stopDetails?.message);
  actions.train();
  const first = playgroundStore.getState().history.length;
  await until((state) => state.history.length > first + 5 && !state.measuringBackends);
  const longTasks: number[] = [];
  window.chartProbeLongTasks = longTasks;
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
})();

// The real page (src/main.tsx) with a long history already on the chart. bench/lib/browser.mjs presses Train
// by its accessible name and reads the main thread's busy time from Chromium around the window this page marks.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { playgroundStore, type PlaygroundState } from '../../src/state/store';
import { connectTraining } from '../../src/state/training';
import { startUrlSync } from '../../src/state/url-sync';
import { App } from '../../src/ui/layout/App';
import '../../src/ui/styles.css';
import { MainThreadProbe, type MainThreadMeasures } from './main-thread-probe';
import { syntheticHistory } from './synthetic-history';

/** One measuring window's result, as bench/run.mjs reads it. */
export interface MainThreadResult extends MainThreadMeasures {
  historyPoints: number;
  backend: string | undefined;
  /** Real epochs the worker trained during the window. */
  epochsTrained: number;
}

declare global {
  interface Window {
    /** Resolves when the measuring window has ended. */
    mainThreadBench?: Promise<MainThreadResult>;
    /** True once the run is built and Train can be pressed. */
    benchReady?: boolean;
    /** Marks the window's start and end for the orchestrator (bound with Playwright's exposeFunction). */
    benchWindowEdge?: (edge: 'start' | 'end') => Promise<void>;
  }
}

// Benchmark parameters travel in the hash: url-sync owns the query string (settings) and keeps the hash.
const parameters = new URLSearchParams(window.location.hash.slice(1));
const historyPoints = Number(parameters.get('points') ?? 5000);
const windowMs = Number(parameters.get('windowMs') ?? 10_000);

startUrlSync(playgroundStore);
const actions = connectTraining(playgroundStore);
// After connectTraining, whose first reset starts an empty history.
playgroundStore.setState({ history: syntheticHistory(historyPoints) });
const probe = new MainThreadProbe();

const container = document.getElementById('root');
if (!container) throw new Error('app.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App actions={actions} />
  </StrictMode>,
);

function until(test: (state: PlaygroundState) => boolean): Promise<PlaygroundState> {
  return new Promise((resolve) => {
    if (test(playgroundStore.getState())) {
      resolve(playgroundStore.getState());
      return;
    }
    const unsubscribe = playgroundStore.subscribe((state) => {
      if (!test(state)) return;
      unsubscribe();
      resolve(state);
    });
  });
}

const lastEpoch = (state: PlaygroundState) => state.history.at(-1)?.epoch ?? 0;

window.mainThreadBench = (async () => {
  const built = await until((state) => state.status === 'ready' || state.status === 'failed');
  if (built.status === 'failed') throw new Error(`The run did not start: ${built.stopDetails?.message ?? 'no message'}`);
  // The orchestrator presses Train now, as a person would.
  window.benchReady = true;
  // Measure from the first real epochs on: by then the worker is training and posting metrics.
  const firstEpoch = lastEpoch(await until((state) => lastEpoch(state) > 0));
  // A first visit times every backend in a second worker; the window measures the page after that.
  await until((state) => !state.measuringBackends);
  await window.benchWindowEdge?.('start');
  probe.start();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const measures = probe.stop();
  await window.benchWindowEdge?.('end');
  const state = playgroundStore.getState();
  if (state.status === 'failed') throw new Error(`Training failed: ${state.stopDetails?.message ?? 'no message'}`);
  return { ...measures, historyPoints, backend: state.backend, epochsTrained: lastEpoch(state) - firstEpoch };
})();

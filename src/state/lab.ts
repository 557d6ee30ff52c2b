import type { LabJobResult } from '../worker/lab-job';
import { planSweep, sweepRows, sweepTestSet } from '../worker/lab-plan';
import { LabPool, labPoolSize } from '../worker/lab-pool';
import { seriesValues } from './series-slice';
import type { PlaygroundStore } from './store';

/** What the lab's buttons do. */
export interface LabActions {
  /** Trains the panel's sweep with the current settings (any sweep still running is cancelled). */
  runSweep: () => void;
  /** Stops the running sweep; the rows finished so far stay. */
  cancelSweep: () => void;
}

/** Gives the lab its pool of workers, sized to the machine, and the actions that drive it. */
export function connectLab(store: PlaygroundStore): LabActions {
  const workers = labPoolSize(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency);
  store.getState().setLabWorkers(workers);
  let pool: LabPool | undefined;
  let latestSweep = 0;

  async function runSweep(): Promise<void> {
    const { settings, series, labSetup } = store.getState();
    const sweepId = ++latestSweep;
    const values = settings.task === 'series' && series ? seriesValues(series) : undefined;
    let plan, testSet;
    try {
      plan = planSweep(settings, labSetup, values);
      testSet = sweepTestSet(settings, values);
    } catch (error) {
      store.getState().sweepStarted(labSetup, settings.task, 0, performance.now());
      store.getState().sweepEnded('failed', error instanceof Error ? error.message : String(error));
      return;
    }
    pool ??= new LabPool(workers);
    const results: (LabJobResult | undefined)[] = plan.jobs.map(() => undefined);
    store.getState().sweepStarted(labSetup, settings.task, plan.totalEpochs, performance.now());
    const end = await pool.run(plan.jobs, settings.backend, {
      onProgress: (epochsDone) => store.getState().sweepProgressed(epochsDone, performance.now()),
      onResult: (index, result, backend) => {
        results[index] = result;
        store.getState().sweepRowsChanged(sweepRows(labSetup, testSet, results), backend);
      },
    });
    // A newer sweep replaced this one: its own ending speaks for it.
    if (sweepId !== latestSweep) return;
    store.getState().sweepEnded(end.kind, end.kind === 'failed' ? end.message : undefined);
  }

  return {
    runSweep: () => void runSweep(),
    cancelSweep: () => pool?.cancel(),
  };
}

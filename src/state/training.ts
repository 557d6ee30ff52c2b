import { changedTrainingSettings, changeResetsRun } from '../settings/schema';
import { assertNever } from '../worker/protocol';
import {
  createRunClient,
  measureBackendsInWorker,
  WorkerReplacedError,
  type RunClient,
  type RunStreamEvent,
} from '../worker/training-client';
import { fastestBackend, type BackendSpeed } from './backend-slice';
import { recallBackendSpeeds, rememberBackendSpeeds } from './backend-memory';
import type { Checkpoint } from '../worker/protocol';
import { seriesValues } from './series-slice';
import type { PlaygroundStore } from './store';

/** What the page's buttons do. */
export interface TrainingActions {
  /** Trains until paused, finished or diverged. */
  train(): void;
  pause(): void;
  /** Trains exactly one epoch. */
  step(): void;
  /** Throws the run away and starts a fresh one with the current settings. */
  reset(): void;
  /** Rebuilds the run shown with the weights of `checkpoint` (a reload's saved model), to carry on from its epoch. */
  resumeFrom(checkpoint: Checkpoint): void;
  /** Asks for snapshots of the model's inner workings (while the views are open), or stops them. */
  inspect(enabled: boolean): void;
  /** Forgets this device's backend measurement and measures again. */
  measureBackends(): void;
  /** Compares the hand-derived gradients with autodiff's on the current model. */
  checkGradients(): void;
}

function mirror(store: PlaygroundStore, event: RunStreamEvent): void {
  const state = store.getState();
  // Events of a run that a newer one replaced are stale.
  if (event.runId !== state.runId) return;
  switch (event.type) {
    case 'run':
      state.mirrorRun(event);
      return;
    case 'preview':
      state.showPreview(event.samples);
      return;
    case 'snapshot':
      state.showSnapshot({ epoch: event.epoch, inspection: event.inspection });
      return;
    default:
      assertNever(event);
  }
}

// A command refused or overtaken says so in the console; the run's own events tell the page the rest.
function report(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => {
    if (!(error instanceof WorkerReplacedError)) console.warn('The training worker refused a command:', error);
  });
}

/**
 * Connects the store to the supervised training worker: builds the first run, forwards knob changes
 * (live ones as they are, shape and data ones as a new run), and mirrors the worker's run events and
 * health in the store. On a device that has never measured its backends, `auto` measures them once the
 * first run is ready.
 */
export function connectTraining(
  store: PlaygroundStore,
  client: RunClient = createRunClient(),
  measureBackends: () => Promise<BackendSpeed[]> = measureBackendsInWorker,
): TrainingActions {
  const reset = () => {
    const { settings, series, workerHealth } = store.getState();
    if (workerHealth.state === 'down') client.revive();
    if (settings.task === 'series' && !series) {
      // No new run can be built until a file is loaded; the worker's current run must not train on unseen.
      report(client.call('pause', undefined));
      store.getState().beginRun('needs-series');
      return;
    }
    build(store.getState().beginRun());
  };
  const build = (runId: number, resume?: Checkpoint) => {
    const { settings, series, backendSpeeds } = store.getState();
    const measuredFastest = fastestBackend(backendSpeeds);
    report(
      client.call('build', {
        runId,
        settings,
        ...(measuredFastest ? { measuredFastest } : {}),
        ...(settings.task === 'series' && series ? { series: seriesValues(series) } : {}),
        ...(resume ? { resume } : {}),
      }),
    );
  };
  // Measured at most once by itself: a measurement that failed is not retried at every reset.
  let measuredBySelf = false;
  const measure = async () => {
    measuredBySelf = true;
    store.getState().setMeasuringBackends(true);
    try {
      const speeds = await measureBackends();
      rememberBackendSpeeds(speeds);
      store.getState().setBackendSpeeds(speeds);
      // A run with nothing trained yet moves to the fastest backend at once; one with epochs behind it
      // keeps its backend (and its curves) until the next reset.
      const state = store.getState();
      const untouched = state.status === 'ready' && state.history.length === 0;
      if (state.settings.backend === 'auto' && untouched && fastestBackend(speeds) !== state.backend) reset();
    } catch (error) {
      console.warn('Measuring the backends failed; the first working one stays in use.', error);
    } finally {
      store.getState().setMeasuringBackends(false);
    }
  };
  store.getState().setBackendSpeeds(recallBackendSpeeds());
  client.onHealth((health) => store.getState().setWorkerHealth(health));
  client.onEvent((event) => {
    mirror(store, event);
    const state = store.getState();
    if (event.type === 'run' && event.built && state.settings.backend === 'auto' && !state.backendSpeeds && !measuredBySelf) void measure();
  });
  store.subscribe((state, previous) => {
    // A new file, or another column of it, is new data for the series task.
    if (state.series !== previous.series && state.settings.task === 'series' && state.settings === previous.settings) reset();
    if (state.settings === previous.settings) return;
    if (changeResetsRun(previous.settings, state.settings)) {
      reset();
      return;
    }
    const changed = changedTrainingSettings(previous.settings, state.settings);
    // Smoothing or the axis scale change the picture, not the training.
    if (changed.length === 0) return;
    report(client.call('update', state.settings));
    const epoch = state.history.at(-1)?.epoch;
    if (epoch === undefined) return;
    const at = Date.now();
    state.recordChanges(changed.map((name) => ({ epoch, name, from: previous.settings[name], to: state.settings[name], at })));
  });
  reset();
  return {
    train: () => report(client.call('train', undefined)),
    pause: () => report(client.call('pause', undefined)),
    step: () => report(client.call('step', undefined)),
    reset,
    resumeFrom: (checkpoint) => build(store.getState().beginResumedRun(checkpoint), checkpoint),
    inspect: (enabled) => report(client.call('inspect', enabled)),
    checkGradients() {
      const state = store.getState();
      if (state.gradientCheck === 'checking' || !state.task) return;
      state.showGradientCheck('checking');
      const runId = state.runId;
      client.call('checkGradients', undefined).then(
        (report) => {
          if (store.getState().runId === runId) store.getState().showGradientCheck(report);
        },
        () => {
          if (store.getState().runId === runId) store.getState().showGradientCheck(undefined);
        },
      );
    },
    measureBackends() {
      if (store.getState().measuringBackends) return;
      rememberBackendSpeeds(undefined);
      store.getState().setBackendSpeeds(undefined);
      void measure();
    },
  };
}

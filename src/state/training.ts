import { changedTrainingSettings, changeResetsRun } from '../settings/schema';
import { assertNever, type FromWorker } from '../worker/protocol';
import { createTrainingClient, measureBackendsInWorker, type TrainingClient } from '../worker/training-client';
import { fastestBackend, type BackendSpeed } from './backend-slice';
import { recallBackendSpeeds, rememberBackendSpeeds } from './backend-memory';
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
  /** Asks for snapshots of the model's inner workings (while the views are open), or stops them. */
  inspect(enabled: boolean): void;
  /** Forgets this device's backend measurement and measures again. */
  measureBackends(): void;
  /** Compares the hand-derived gradients with autodiff's on the current model. */
  checkGradients(): void;
}

function applyEvent(store: PlaygroundStore, message: FromWorker, latestStart: number): void {
  const state = store.getState();
  // Events of a run that a reset replaced are stale; a worker-level failure (runId -1) never is.
  if (message.runId !== state.runId && message.runId !== -1) return;
  switch (message.type) {
    case 'ready':
      state.markReady(message.backend, message.note, message.task);
      return;
    case 'preview':
      state.showPreview(message.samples);
      return;
    case 'metrics':
      state.appendPoints(message.points);
      return;
    case 'snapshot':
      state.showSnapshot({ epoch: message.epoch, inspection: message.inspection });
      return;
    case 'gradient-check':
      state.showGradientCheck({ epoch: message.epoch, check: message.check });
      return;
    case 'stopped':
      // The end of a command older than the latest Train (a step, a paused loop) must not undo it.
      if (message.commandId < latestStart) return;
      state.stopWith({
        reason: message.reason,
        epoch: message.epoch,
        ...(message.earlyStop ? { earlyStop: message.earlyStop } : {}),
        ...(message.divergence ? { divergence: message.divergence } : {}),
      });
      return;
    case 'error':
      state.fail(message.message);
      return;
    case 'backend-speeds':
      // Only the measuring worker sends these, and its own promise receives them.
      return;
    default:
      assertNever(message);
  }
}

/**
 * Connects the store to a training worker: builds the first run, forwards knob changes (live ones as
 * they are, shape and data ones as a reset), and feeds the worker's events back into the store. On a
 * device that has never measured its backends, `auto` measures them once the first run is ready.
 */
export function connectTraining(
  store: PlaygroundStore,
  client: TrainingClient = createTrainingClient(),
  measureBackends: () => Promise<BackendSpeed[]> = measureBackendsInWorker,
): TrainingActions {
  let commandCount = 0;
  let latestStart = 0;
  const reset = () => {
    const replaced = store.getState().runId;
    const runId = store.getState().beginRun();
    const { settings, series, backendSpeeds } = store.getState();
    const measuredFastest = fastestBackend(backendSpeeds);
    const command = { type: 'reset', runId, settings, ...(measuredFastest ? { measuredFastest } : {}) } as const;
    if (settings.task !== 'series') client.send(command);
    else if (series) client.send({ ...command, series: seriesValues(series) });
    else {
      // No new run can be built until a file is loaded; the worker's current run must not train on unseen.
      client.send({ type: 'pause', runId: replaced });
      store.getState().setStatus('needs-series');
    }
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
  client.onEvent((message) => {
    applyEvent(store, message, latestStart);
    const state = store.getState();
    if (message.type === 'ready' && state.settings.backend === 'auto' && !state.backendSpeeds && !measuredBySelf) void measure();
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
    client.send({ type: 'update-settings', runId: state.runId, settings: state.settings });
    const epoch = state.history.at(-1)?.epoch;
    if (epoch === undefined) return;
    const at = Date.now();
    state.recordChanges(changed.map((name) => ({ epoch, name, from: previous.settings[name], to: state.settings[name], at })));
  });
  reset();
  // A diverged run has nothing sensible to continue from; Reset starts a fresh one.
  const canTrain = () => !['diverged', 'error', 'needs-series'].includes(store.getState().status);
  return {
    train() {
      if (!canTrain()) return;
      commandCount += 1;
      latestStart = commandCount;
      store.getState().setStatus('training');
      client.send({ type: 'start', runId: store.getState().runId, commandId: commandCount });
    },
    pause: () => client.send({ type: 'pause', runId: store.getState().runId }),
    step() {
      if (!canTrain()) return;
      commandCount += 1;
      client.send({ type: 'step', runId: store.getState().runId, commandId: commandCount });
    },
    reset,
    inspect: (enabled) => client.send({ type: 'inspect', runId: store.getState().runId, enabled }),
    checkGradients() {
      const state = store.getState();
      if (state.gradientCheck === 'checking' || !state.task) return;
      state.showGradientCheck('checking');
      client.send({ type: 'check-gradients', runId: state.runId });
    },
    measureBackends() {
      if (store.getState().measuringBackends) return;
      rememberBackendSpeeds(undefined);
      store.getState().setBackendSpeeds(undefined);
      void measure();
    },
  };
}

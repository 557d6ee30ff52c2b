import { changedTrainingSettings, changeResetsRun } from '../settings/schema';
import { assertNever, type FromWorker } from '../worker/protocol';
import { createTrainingClient, type TrainingClient } from '../worker/training-client';
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
    default:
      assertNever(message);
  }
}

/**
 * Connects the store to a training worker: builds the first run, forwards knob changes (live ones as
 * they are, shape and data ones as a reset), and feeds the worker's events back into the store.
 */
export function connectTraining(store: PlaygroundStore, client: TrainingClient = createTrainingClient()): TrainingActions {
  let commandCount = 0;
  let latestStart = 0;
  const reset = () => {
    const replaced = store.getState().runId;
    const runId = store.getState().beginRun();
    const { settings, series } = store.getState();
    if (settings.task !== 'series') client.send({ type: 'reset', runId, settings });
    else if (series) client.send({ type: 'reset', runId, settings, series: seriesValues(series) });
    else {
      // No new run can be built until a file is loaded; the worker's current run must not train on unseen.
      client.send({ type: 'pause', runId: replaced });
      store.getState().setStatus('needs-series');
    }
  };
  client.onEvent((message) => applyEvent(store, message, latestStart));
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
    state.recordChanges(changed.map((name) => ({ epoch, name, from: previous.settings[name], to: state.settings[name] })));
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
  };
}

import { changeResetsRun } from '../settings/schema';
import { assertNever, type FromWorker } from '../worker/protocol';
import { createTrainingClient, type TrainingClient } from '../worker/training-client';
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
}

function applyEvent(store: PlaygroundStore, message: FromWorker): void {
  const state = store.getState();
  // Events of a run that a reset replaced are stale; a worker-level failure (runId -1) never is.
  if (message.runId !== state.runId && message.runId !== -1) return;
  switch (message.type) {
    case 'ready':
      state.markReady(message.backend, message.note);
      return;
    case 'metrics':
      state.appendPoints(message.points);
      return;
    case 'stopped':
      state.setStatus(message.reason);
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
  const reset = () => {
    const runId = store.getState().beginRun();
    client.send({ type: 'reset', runId, settings: store.getState().settings });
  };
  client.onEvent((message) => applyEvent(store, message));
  store.subscribe((state, previous) => {
    if (state.settings === previous.settings) return;
    if (changeResetsRun(previous.settings, state.settings)) reset();
    else client.send({ type: 'update-settings', runId: state.runId, settings: state.settings });
  });
  reset();
  return {
    train() {
      const { runId, status } = store.getState();
      // A diverged run has nothing sensible to continue from; Reset starts a fresh one.
      if (status === 'diverged' || status === 'error') return;
      store.getState().setStatus('training');
      client.send({ type: 'start', runId });
    },
    pause: () => client.send({ type: 'pause', runId: store.getState().runId }),
    step() {
      const { runId, status } = store.getState();
      if (status !== 'diverged' && status !== 'error') client.send({ type: 'step', runId });
    },
    reset,
  };
}

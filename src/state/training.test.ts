import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { BackendSpeed } from './backend-slice';
import type { ModelInspection } from './run-slice';
import type { TrainingClient } from '../worker/training-client';
import { createPlaygroundStore } from './store';
import { connectTraining } from './training';

// A stand-in for the worker: records commands, and lets the test post events.
function fakeClient() {
  const sent: ToWorker[] = [];
  let listener: (message: FromWorker) => void = () => {};
  const client: TrainingClient = {
    send: (message) => sent.push(message),
    onEvent: (next) => (listener = next),
  };
  // The backend measurement answers when the test says so.
  let answer: (speeds: BackendSpeed[]) => void = () => {};
  let measurements = 0;
  const measure = () =>
    new Promise<BackendSpeed[]>((resolve) => {
      measurements += 1;
      answer = resolve;
    });
  return {
    client,
    sent,
    emit: (message: FromWorker) => listener(message),
    measure,
    measured: (speeds: BackendSpeed[]) => answer(speeds),
    measurements: () => measurements,
  };
}

const task = { kind: 'regression', element: 'continuous', windowLength: 20, features: 1 } as const;

const point = (epoch: number) => ({
  epoch,
  trainLoss: 0.5 / epoch,
  valLoss: 0.4,
  objective: 0.5 / epoch,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

describe('connectTraining', () => {
  it('builds a run at once and marks it ready on the worker’s word', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    connectTraining(store, worker.client, worker.measure);
    expect(worker.sent).toEqual([{ type: 'reset', runId: 1, settings: store.getState().settings }]);
    expect(store.getState().status).toBe('starting');
    worker.emit({ type: 'ready', runId: 1, backend: 'wasm', task });
    expect(store.getState()).toMatchObject({ status: 'ready', backend: 'wasm', task });
  });

  it('keeps training when Train was pressed before the run was ready', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    actions.train();
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    expect(store.getState().status).toBe('training');
    expect(worker.sent.at(-1)).toEqual({ type: 'start', runId: 1, commandId: 1 });
  });

  it('sends live knobs as an update and shape changes as a new run', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    connectTraining(store, worker.client, worker.measure);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    worker.emit({ type: 'metrics', runId: 1, points: [point(1), point(2)] });
    store.getState().changeSetting('outputDropout', 0.3);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'update-settings', runId: 1, settings: { outputDropout: 0.3 } });
    expect(store.getState().history).toHaveLength(2);
    expect(store.getState().changes).toEqual([{ epoch: 2, name: 'outputDropout', from: 0, to: 0.3, at: expect.any(Number) }]);
    // Dragging on after the same epoch extends the change; dragging back undoes it.
    store.getState().changeSetting('outputDropout', 0.4);
    expect(store.getState().changes).toEqual([{ epoch: 2, name: 'outputDropout', from: 0, to: 0.4, at: expect.any(Number) }]);
    store.getState().changeSetting('outputDropout', 0);
    expect(store.getState().changes).toEqual([]);
    store.getState().changeSetting('outputDropout', 0.3);
    const commands = worker.sent.length;
    store.getState().changeSetting('smoothing', 0.6);
    store.getState().changeSetting('logScale', true);
    expect(worker.sent).toHaveLength(commands);
    expect(store.getState().changes).toHaveLength(1);
    store.getState().changeSetting('hiddenUnits', 64);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 2, settings: { hiddenUnits: 64, outputDropout: 0.3 } });
    expect(store.getState()).toMatchObject({ history: [], changes: [] });
  });

  it('drops events from a run that a reset replaced', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    actions.reset();
    worker.emit({ type: 'metrics', runId: 1, points: [point(1)] });
    worker.emit({ type: 'stopped', runId: 1, commandId: 0, reason: 'diverged', epoch: 1 });
    expect(store.getState()).toMatchObject({ runId: 2, status: 'starting', history: [] });
    worker.emit({ type: 'metrics', runId: 2, points: [point(1)] });
    expect(store.getState().history).toEqual([point(1)]);
  });

  it('sends the uploaded series with the run, and starts over when the file or its column changes', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    connectTraining(store, worker.client, worker.measure);
    const columns = [
      { name: 'a', values: [1, 2, 3] },
      { name: 'b', values: [4, 5, 6] },
    ];
    store.getState().useSeries({ fileName: 'f.csv', columns, column: 0 });
    expect(worker.sent).toHaveLength(1);
    store.getState().changeSetting('task', 'series');
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 2, series: Float32Array.from([1, 2, 3]) });
    store.getState().chooseColumn(1);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 3, series: Float32Array.from([4, 5, 6]) });
    store.getState().changeSetting('task', 'sines');
    expect(worker.sent.at(-1)).not.toHaveProperty('series');
  });

  it('stops the current run when the series task waits for a file', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    actions.train();
    store.getState().changeSetting('task', 'series');
    expect(worker.sent.at(-1)).toEqual({ type: 'pause', runId: 1 });
    expect(store.getState()).toMatchObject({ status: 'needs-series', task: undefined, preview: undefined });
  });

  it('does not let the end of an older step or pause undo a newer Train', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    actions.step();
    actions.train();
    const step = worker.sent.find((message) => message.type === 'step');
    const start = worker.sent.find((message) => message.type === 'start');
    if (step?.type !== 'step' || start?.type !== 'start') throw new Error('commands not sent');
    expect(start.commandId).toBeGreaterThan(step.commandId);
    worker.emit({ type: 'stopped', runId: 1, commandId: step.commandId, reason: 'stepped', epoch: 1 });
    expect(store.getState().status).toBe('training');
    worker.emit({ type: 'stopped', runId: 1, commandId: start.commandId, reason: 'paused', epoch: 5 });
    expect(store.getState().status).toBe('paused');
  });

  it('refuses to continue a diverged run until it is reset', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    const divergence = { epoch: 4, cause: 'loss exploded' as const, loss: 1e4 };
    worker.emit({ type: 'stopped', runId: 1, commandId: 0, reason: 'diverged', epoch: 3, divergence });
    expect(store.getState()).toMatchObject({ status: 'diverged', stopDetails: { reason: 'diverged', epoch: 3, divergence } });
    const commandsBefore = worker.sent.length;
    actions.train();
    actions.step();
    expect(worker.sent).toHaveLength(commandsBefore);
    actions.reset();
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 2 });
  });

  it('asks for model snapshots while the views are open and shows those of the current run only', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    actions.inspect(true);
    expect(worker.sent.at(-1)).toEqual({ type: 'inspect', runId: 1, enabled: true });
    // Only whether the same object arrives matters here, so its samples can stay empty.
    const inspection = { hiddenGradientNorms: [[1, 2]], samples: [], units: 4, timeSteps: 2 } as unknown as ModelInspection;
    worker.emit({ type: 'snapshot', runId: 1, epoch: 3, inspection });
    expect(store.getState().snapshot).toEqual({ epoch: 3, inspection });
    actions.reset();
    expect(store.getState().snapshot).toBeUndefined();
    worker.emit({ type: 'snapshot', runId: 1, epoch: 4, inspection });
    expect(store.getState().snapshot).toBeUndefined();
    actions.inspect(false);
    expect(worker.sent.at(-1)).toEqual({ type: 'inspect', runId: 2, enabled: false });
  });

  it('measures the backends once the first run is ready, moves an untouched run to the fastest, and sends it with every reset', async () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    expect(worker.sent.at(-1)).not.toHaveProperty('measuredFastest');
    worker.emit({ type: 'ready', runId: 1, backend: 'wasm', task });
    expect(store.getState().measuringBackends).toBe(true);
    worker.emit({ type: 'ready', runId: 1, backend: 'wasm', task });
    expect(worker.measurements()).toBe(1);
    worker.measured([
      { backend: 'webgl', stepsPerSecond: 120 },
      { backend: 'wasm', stepsPerSecond: 60 },
      { backend: 'cpu', failure: 'no' },
    ]);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ measuringBackends: false, runId: 2 });
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 2, measuredFastest: 'webgl' });
    worker.emit({ type: 'ready', runId: 2, backend: 'webgl', task });
    worker.emit({ type: 'metrics', runId: 2, points: [point(1)] });
    // Measuring again keeps a run that has trained where it is.
    actions.measureBackends();
    expect(store.getState().backendSpeeds).toBeUndefined();
    worker.measured([{ backend: 'wasm', stepsPerSecond: 60 }]);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ runId: 2, backendSpeeds: [{ backend: 'wasm', stepsPerSecond: 60 }] });
    actions.reset();
    expect(worker.sent.at(-1)).toMatchObject({ type: 'reset', runId: 3, measuredFastest: 'wasm' });
  });

  it('does not measure when a backend is asked for by name', () => {
    const store = createPlaygroundStore();
    store.getState().changeSetting('backend', 'cpu');
    const worker = fakeClient();
    connectTraining(store, worker.client, worker.measure);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    expect(worker.measurements()).toBe(0);
  });

  it('asks for one gradient check at a time and keeps its result until the run is replaced', () => {
    const store = createPlaygroundStore();
    const worker = fakeClient();
    const actions = connectTraining(store, worker.client, worker.measure);
    actions.checkGradients();
    expect(worker.sent.filter((message) => message.type === 'check-gradients')).toHaveLength(0);
    worker.emit({ type: 'ready', runId: 1, backend: 'cpu', task });
    actions.checkGradients();
    actions.checkGradients();
    expect(worker.sent.filter((message) => message.type === 'check-gradients')).toEqual([{ type: 'check-gradients', runId: 1 }]);
    expect(store.getState().gradientCheck).toBe('checking');
    const check = { maxRelativeDifference: 1e-7, variables: [{ name: 'head bias', relativeDifference: 1e-7 }] };
    worker.emit({ type: 'gradient-check', runId: 1, epoch: 2, check });
    expect(store.getState().gradientCheck).toEqual({ epoch: 2, check });
    actions.reset();
    expect(store.getState().gradientCheck).toBeUndefined();
  });
});

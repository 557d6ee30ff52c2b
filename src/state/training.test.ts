import { describe, expect, it } from 'vitest';
import type { BackendSpeed } from './backend-slice';
import { fakeRunClient } from './fake-run-client.testing';
import type { ModelInspection } from './run-slice';
import { createPlaygroundStore } from './store';
import { connectTraining } from './training';

const task = { kind: 'regression', element: 'continuous', windowLength: 20, features: 1, knowNothingLoss: 1 } as const;

const point = (epoch: number) => ({
  epoch,
  trainLoss: 0.5 / epoch,
  valLoss: 0.4,
  objective: 0.5 / epoch,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

// The fake worker plus a backend measurement that answers when the test says so.
function connected(configure?: (store: ReturnType<typeof createPlaygroundStore>) => void) {
  const store = createPlaygroundStore();
  configure?.(store);
  const worker = fakeRunClient();
  let answer: (speeds: BackendSpeed[]) => void = () => {};
  let measurements = 0;
  const measure = () =>
    new Promise<BackendSpeed[]>((resolve) => {
      measurements += 1;
      answer = resolve;
    });
  const actions = connectTraining(store, worker.client, measure);
  return { store, worker, actions, measured: (speeds: BackendSpeed[]) => answer(speeds), measurements: () => measurements };
}

const flush = async () => {
  for (let turn = 0; turn < 3; turn += 1) await Promise.resolve();
};

describe('connectTraining', () => {
  it('builds a run at once and shows the status the worker reports, never one of its own', () => {
    const { store, worker, actions } = connected();
    expect(worker.sent).toEqual([{ name: 'build', args: { runId: 1, settings: store.getState().settings } }]);
    expect(store.getState().status).toBe('building');
    worker.run({ runId: 1, status: 'ready', built: { backend: 'wasm', passedOver: [], task } });
    expect(store.getState()).toMatchObject({ status: 'ready', backend: 'wasm', task });
    actions.train();
    expect(worker.sent.at(-1)).toEqual({ name: 'train', args: undefined });
    expect(store.getState().status).toBe('ready');
    worker.run({ runId: 1, status: 'training', points: [point(1)] });
    expect(store.getState()).toMatchObject({ status: 'training', history: [point(1)] });
    const stop = { reason: 'paused', epoch: 1 } as const;
    worker.run({ runId: 1, status: 'paused', stop });
    expect(store.getState()).toMatchObject({ status: 'paused', stopDetails: stop });
  });

  it('sends live knobs as an update and shape changes as a new run', () => {
    const { store, worker } = connected();
    worker.run({ runId: 1, status: 'ready', built: { backend: 'cpu', passedOver: [], task } });
    worker.run({ runId: 1, status: 'training', points: [point(1), point(2)] });
    store.getState().changeSetting('outputDropout', 0.3);
    expect(worker.sent.at(-1)).toMatchObject({ name: 'update', args: { outputDropout: 0.3 } });
    expect(store.getState().changes).toEqual([{ epoch: 2, name: 'outputDropout', from: 0, to: 0.3, at: expect.any(Number) }]);
    // Dragging on after the same epoch extends the change; dragging back undoes it.
    store.getState().changeSetting('outputDropout', 0.4);
    expect(store.getState().changes).toEqual([{ epoch: 2, name: 'outputDropout', from: 0, to: 0.4, at: expect.any(Number) }]);
    store.getState().changeSetting('outputDropout', 0);
    expect(store.getState().changes).toEqual([]);
    const commands = worker.sent.length;
    store.getState().changeSetting('smoothing', 0.6);
    store.getState().changeSetting('logScale', true);
    expect(worker.sent).toHaveLength(commands);
    store.getState().changeSetting('seedRepeats', 3);
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 2, settings: { seedRepeats: 3 } } });
    expect(store.getState()).toMatchObject({ history: [], changes: [], status: 'building' });
  });

  it('drops events from a run that a newer one replaced', () => {
    const { store, worker, actions } = connected();
    actions.reset();
    worker.run({ runId: 1, status: 'diverged', points: [point(1)] });
    expect(store.getState()).toMatchObject({ runId: 2, status: 'building', history: [] });
    worker.run({ runId: 2, status: 'training', points: [point(1)] });
    expect(store.getState().history).toEqual([point(1)]);
  });

  it('keeps the epochs up to the checkpoint when a replaced worker resumes the run', () => {
    const { store, worker } = connected();
    worker.run({ runId: 1, status: 'training', points: [point(1), point(2), point(3)] });
    worker.run({ runId: 1, status: 'ready', built: { backend: 'cpu', passedOver: [], task, resumedAt: 2 } });
    expect(store.getState().history).toEqual([point(1), point(2)]);
    worker.run({ runId: 1, status: 'training', points: [point(3)] });
    expect(store.getState().history.map((entry) => entry.epoch)).toEqual([1, 2, 3]);
  });

  it('mirrors the worker’s health, and Reset revives a worker that is down', () => {
    const { store, worker, actions } = connected();
    worker.health({ state: 'replacing', reason: 'it stopped answering for 5 s' });
    expect(store.getState().workerHealth).toEqual({ state: 'replacing', reason: 'it stopped answering for 5 s' });
    worker.health({ state: 'down', reason: 'it failed' });
    actions.reset();
    expect(worker.revivals()).toBe(1);
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 2 } });
  });

  it('sends the uploaded series with the run, and starts over when the file or its column changes', () => {
    const { store, worker } = connected();
    const columns = [
      { header: 'a', position: 1, values: [1, 2, 3] },
      { header: 'b', position: 2, values: [4, 5, 6] },
    ];
    store.getState().useSeries({ fileName: 'f.csv', columns, column: 0 });
    expect(worker.sent).toHaveLength(1);
    store.getState().changeSetting('task', 'series');
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 2, series: Float32Array.from([1, 2, 3]) } });
    store.getState().chooseColumn(1);
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 3, series: Float32Array.from([4, 5, 6]) } });
    store.getState().changeSetting('task', 'sines');
    expect(worker.sent.at(-1)?.args).not.toHaveProperty('series');
  });

  it('stops the current run when the series task waits for a file', () => {
    const { store, worker } = connected();
    worker.run({ runId: 1, status: 'training', built: { backend: 'cpu', passedOver: [], task } });
    store.getState().changeSetting('task', 'series');
    expect(worker.sent.at(-1)).toEqual({ name: 'pause', args: undefined });
    expect(store.getState()).toMatchObject({ status: 'needs-series', task: undefined, preview: undefined });
  });

  it('asks for model snapshots while the views are open and shows those of the current run only', () => {
    const { store, worker, actions } = connected();
    actions.inspect(true);
    expect(worker.sent.at(-1)).toEqual({ name: 'inspect', args: true });
    // Only whether the same object arrives matters here, so its samples can stay empty.
    const inspection = { hiddenGradientNorms: [[1, 2]], samples: [], units: 4, timeSteps: 2 } as unknown as ModelInspection;
    worker.emit({ type: 'snapshot', runId: 1, epoch: 3, inspection });
    expect(store.getState().snapshot).toEqual({ epoch: 3, inspection });
    actions.reset();
    expect(store.getState().snapshot).toBeUndefined();
    worker.emit({ type: 'snapshot', runId: 1, epoch: 4, inspection });
    expect(store.getState().snapshot).toBeUndefined();
  });

  it('measures the backends once the first run is built, moves an untouched run to the fastest, and sends it with every build', async () => {
    const { store, worker, actions, measured, measurements } = connected();
    expect(worker.sent.at(-1)?.args).not.toHaveProperty('measuredFastest');
    worker.run({ runId: 1, status: 'ready', built: { backend: 'wasm', passedOver: [], task } });
    expect(store.getState().measuringBackends).toBe(true);
    worker.run({ runId: 1, status: 'ready', built: { backend: 'wasm', passedOver: [], task } });
    expect(measurements()).toBe(1);
    measured([
      { backend: 'webgl', stepsPerSecond: 120 },
      { backend: 'wasm', stepsPerSecond: 60 },
      { backend: 'cpu', failure: 'no' },
    ]);
    await flush();
    expect(store.getState()).toMatchObject({ measuringBackends: false, runId: 2 });
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 2, measuredFastest: 'webgl' } });
    worker.run({ runId: 2, status: 'training', built: { backend: 'webgl', passedOver: [], task }, points: [point(1)] });
    // Measuring again keeps a run that has trained where it is.
    actions.measureBackends();
    expect(store.getState().backendSpeeds).toBeUndefined();
    measured([{ backend: 'wasm', stepsPerSecond: 60 }]);
    await flush();
    expect(store.getState()).toMatchObject({ runId: 2, backendSpeeds: [{ backend: 'wasm', stepsPerSecond: 60 }] });
    actions.reset();
    expect(worker.sent.at(-1)).toMatchObject({ name: 'build', args: { runId: 3, measuredFastest: 'wasm' } });
  });

  it('does not measure when a backend is asked for by name', () => {
    const { worker, measurements } = connected((store) => store.getState().changeSetting('backend', 'cpu'));
    worker.run({ runId: 1, status: 'ready', built: { backend: 'cpu', passedOver: [], task } });
    expect(measurements()).toBe(0);
  });

  it('asks for one gradient check at a time and keeps its answer until the run is replaced', async () => {
    const { store, worker, actions } = connected();
    actions.checkGradients();
    expect(worker.sent.filter((command) => command.name === 'checkGradients')).toHaveLength(0);
    worker.run({ runId: 1, status: 'ready', built: { backend: 'cpu', passedOver: [], task } });
    actions.checkGradients();
    actions.checkGradients();
    expect(worker.sent.filter((command) => command.name === 'checkGradients')).toHaveLength(1);
    expect(store.getState().gradientCheck).toBe('checking');
    actions.reset();
    expect(store.getState().gradientCheck).toBeUndefined();
  });
});

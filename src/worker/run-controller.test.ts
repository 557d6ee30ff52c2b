import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import type { FromWorker } from './protocol';
import { RunController } from './run-controller';

const small: Settings = { ...defaultSettings, backend: 'cpu', windowLength: 6, hiddenUnits: 4, trainingSamples: 16, validationSamples: 16 };

function controller() {
  const events: FromWorker[] = [];
  const waiters: { test: (message: FromWorker) => boolean; resolve: () => void }[] = [];
  const run = new RunController((message) => {
    events.push(message);
    for (const waiter of waiters.filter((entry) => entry.test(message))) waiter.resolve();
  });
  const until = (test: (message: FromWorker) => boolean) =>
    events.some(test) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ test, resolve }));
  const epochs = () => events.flatMap((message) => (message.type === 'metrics' ? message.points.map((entry) => entry.epoch) : []));
  return { run, events, until, epochs };
}

describe('RunController', () => {
  it('builds a run on the asked backend and steps exactly one epoch per command', async () => {
    const { run, until, epochs, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: small });
    run.handle({ type: 'step', runId: 1, commandId: 1 });
    run.handle({ type: 'step', runId: 1, commandId: 2 });
    await until((message) => message.type === 'stopped' && message.commandId === 2);
    expect(events[0]).toEqual({
      type: 'ready',
      runId: 1,
      backend: 'cpu',
      task: { kind: 'regression', element: 'continuous', windowLength: 6, features: 1 },
    });
    expect(events[1]).toMatchObject({ type: 'preview', runId: 1 });
    expect(epochs()).toEqual([1, 2]);
    expect(events.filter((message) => message.type === 'stopped')).toMatchObject([
      { commandId: 1, reason: 'stepped', epoch: 1 },
      { commandId: 2, reason: 'stepped', epoch: 2 },
    ]);
  });

  it('trains until paused, then until the epoch budget is spent', async () => {
    const { run, until, epochs } = controller();
    run.handle({ type: 'reset', runId: 1, settings: { ...small, maxEpochs: 6 } });
    run.handle({ type: 'start', runId: 1, commandId: 1 });
    await until((message) => message.type === 'metrics');
    run.handle({ type: 'pause', runId: 1 });
    await until((message) => message.type === 'stopped' && message.reason === 'paused');
    expect(epochs().length).toBeLessThan(6);
    run.handle({ type: 'start', runId: 1, commandId: 2 });
    await until((message) => message.type === 'stopped' && message.reason === 'finished');
    expect(epochs()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ignores commands for a replaced run and reports the new one only', async () => {
    const { run, until, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: small });
    run.handle({ type: 'reset', runId: 2, settings: small });
    run.handle({ type: 'step', runId: 1, commandId: 1 });
    run.handle({ type: 'step', runId: 2, commandId: 2 });
    await until((message) => message.type === 'stopped');
    expect(events.filter((message) => message.type !== 'preview').map((message) => `${message.type}:${message.runId}`)).toEqual([
      'ready:2',
      'metrics:2',
      'stopped:2',
    ]);
    expect(events.every((message) => message.runId === 2)).toBe(true);
  });

  it('lets a new run train although the replaced run was started before it was built', async () => {
    const { run, until, epochs } = controller();
    run.handle({ type: 'reset', runId: 1, settings: small });
    run.handle({ type: 'start', runId: 1, commandId: 1 });
    run.handle({ type: 'reset', runId: 2, settings: { ...small, maxEpochs: 3 } });
    run.handle({ type: 'start', runId: 2, commandId: 2 });
    await until((message) => message.type === 'stopped' && message.runId === 2);
    expect(epochs()).toEqual([1, 2, 3]);
  });

  it('previews the coming pass’s augmentation, afresh when a knob moves', async () => {
    const { run, until, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: small });
    await until((message) => message.type === 'preview');
    run.handle({ type: 'update-settings', runId: 1, settings: { ...small, jitter: 0.3 } });
    const previews = events.filter((message) => message.type === 'preview');
    expect(previews).toHaveLength(2);
    const [before, after] = previews.map((message) => (message.type === 'preview' ? message.samples : []));
    expect(before).toHaveLength(3);
    expect(before?.[0]?.augmented).toEqual(before?.[0]?.original);
    expect(after?.[0]?.original).toEqual(before?.[0]?.original);
    expect(after?.[0]?.augmented).not.toEqual(after?.[0]?.original);
  });

  it('ends a run with early stopping and says which epoch was best', async () => {
    const { run, until, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: { ...small, learningRate: 0.05, earlyStopping: true, patience: 2 } });
    run.handle({ type: 'start', runId: 1, commandId: 1 });
    await until((message) => message.type === 'stopped');
    const stopped = events.at(-1);
    expect(stopped).toMatchObject({ reason: 'early-stopped', earlyStop: { restored: false } });
    if (stopped?.type !== 'stopped' || !stopped.earlyStop) throw new Error('no early stop');
    expect(stopped.epoch).toBe(stopped.earlyStop.bestEpoch + 2);
  });

  it('stops a diverging run, says why, and refuses to continue it', async () => {
    const { run, until, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: { ...small, optimizer: 'sgd', learningRate: 10, noise: 1 } });
    run.handle({ type: 'start', runId: 1, commandId: 1 });
    await until((message) => message.type === 'stopped');
    expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: 'diverged', divergence: { cause: expect.any(String) } });
    run.handle({ type: 'step', runId: 1, commandId: 2 });
    run.handle({ type: 'reset', runId: 2, settings: small });
    await until((message) => message.type === 'ready' && message.runId === 2);
    expect(events.filter((message) => message.type === 'stopped')).toHaveLength(1);
  });
});

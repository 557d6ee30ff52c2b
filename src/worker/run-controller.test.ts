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

  it('sends model snapshots only while asked: on request, a few a second while training, and before a stop', async () => {
    let clock = 0;
    const events: FromWorker[] = [];
    let notify = () => {};
    const run = new RunController(
      (message) => {
        events.push(message);
        notify();
      },
      () => clock,
    );
    const until = (test: (message: FromWorker) => boolean) =>
      new Promise<void>((resolve) => {
        notify = () => events.some(test) && resolve();
        notify();
      });
    const snapshots = () => events.filter((message) => message.type === 'snapshot');
    run.handle({ type: 'reset', runId: 1, settings: { ...small, maxEpochs: 4 } });
    run.handle({ type: 'step', runId: 1, commandId: 1 });
    await until((message) => message.type === 'stopped');
    expect(snapshots()).toHaveLength(0);
    run.handle({ type: 'inspect', runId: 1, enabled: true });
    await until((message) => message.type === 'snapshot');
    expect(snapshots()[0]).toMatchObject({ runId: 1, epoch: 1, inspection: { timeSteps: 6, units: 4 } });
    // The clock stands still: while training, no interval passes, so only the stop brings one.
    run.handle({ type: 'start', runId: 1, commandId: 2 });
    await until((message) => message.type === 'stopped' && message.commandId === 2);
    expect(snapshots().map((message) => message.type === 'snapshot' && message.epoch)).toEqual([1, 4]);
    const stoppedAt = events.findIndex((message) => message.type === 'stopped' && message.commandId === 2);
    expect(events.slice(0, stoppedAt).filter((message) => message.type === 'snapshot')).toHaveLength(2);
    run.handle({ type: 'reset', runId: 2, settings: { ...small, maxEpochs: 3 } });
    clock = 1000;
    run.handle({ type: 'start', runId: 2, commandId: 3 });
    await until((message) => message.type === 'stopped' && message.commandId === 3);
    // The new run's first picture comes when it is built; a moving clock brings more while it trains.
    const ofRun2 = snapshots().filter((message) => message.runId === 2);
    expect(ofRun2[0]).toMatchObject({ epoch: 0 });
    expect(ofRun2.length).toBeGreaterThanOrEqual(2);
    run.handle({ type: 'inspect', runId: 2, enabled: false });
    run.handle({ type: 'step', runId: 2, commandId: 4 });
    const before = snapshots().length;
    await until((message) => message.type === 'stopped' && message.commandId === 4);
    expect(snapshots()).toHaveLength(before);
  });

  it('checks the hand-derived gradients of the current model against autodiff on request', async () => {
    const { run, until, events } = controller();
    run.handle({ type: 'reset', runId: 1, settings: { ...small, layers: 2 } });
    run.handle({ type: 'step', runId: 1, commandId: 1 });
    run.handle({ type: 'check-gradients', runId: 1 });
    await until((message) => message.type === 'gradient-check');
    const report = events.find((message) => message.type === 'gradient-check');
    if (report?.type !== 'gradient-check') throw new Error('no gradient check');
    expect(report.epoch).toBe(1);
    expect(report.check.variables.map((variable) => variable.name)).toHaveLength(8);
    expect(report.check.maxRelativeDifference).toBeLessThan(1e-4);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTrainer, type EpochPoint } from '../model/trainer';
import { defaultSettings, type Settings } from '../settings/schema';
import type { FromWorker, RunEvent } from './protocol';
import { RunMachine } from './run-machine';

const small: Settings = { ...defaultSettings, backend: 'cpu', windowLength: 6, hiddenUnits: 4, trainingSamples: 16, validationSamples: 16 };

function machine(clock?: () => number) {
  const events: FromWorker[] = [];
  let notify = () => {};
  const run = new RunMachine((message) => {
    events.push(message);
    notify();
  }, clock);
  const until = (test: (message: FromWorker) => boolean) =>
    new Promise<void>((resolve) => {
      notify = () => {
        if (events.some(test)) resolve();
      };
      notify();
    });
  const runEvents = () => events.filter((message): message is RunEvent => message.type === 'run');
  const points = (runId = 1) => runEvents().flatMap((message) => (message.runId === runId ? message.points : []));
  const statuses = (runId = 1) => runEvents().flatMap((message) => (message.runId === runId ? [message.status] : []));
  const stoppedAs = (status: RunEvent['status'], runId = 1) =>
    until((message) => message.type === 'run' && message.runId === runId && message.status === status);
  return { run, events, until, points, statuses, stoppedAs, handlers: run.handlers };
}

describe('RunMachine', () => {
  it('builds a run, steps exactly one epoch per command, and is the one that says where the run stands', async () => {
    const { handlers, points, statuses, events } = machine();
    await handlers.build({ runId: 1, settings: small });
    await handlers.step(undefined);
    await handlers.step(undefined);
    expect(events.find((message) => message.type === 'run' && message.built)).toMatchObject({
      status: 'ready',
      built: { backend: 'cpu', task: { kind: 'regression', element: 'continuous', windowLength: 6, features: 1 } },
    });
    expect(points().map((point) => point.epoch)).toEqual([1, 2]);
    expect(statuses()).toEqual(['building', 'ready', 'paused', 'paused']);
  });

  it('trains until paused, then until the epoch budget is spent', async () => {
    const { handlers, points, until, stoppedAs } = machine();
    await handlers.build({ runId: 1, settings: { ...small, maxEpochs: 6 } });
    await handlers.train(undefined);
    await until((message) => message.type === 'run' && message.points.length > 0);
    await handlers.pause(undefined);
    await stoppedAs('paused');
    expect(points().length).toBeLessThan(6);
    await handlers.train(undefined);
    await stoppedAs('finished');
    expect(points().map((point) => point.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('trains a run as soon as it is built when Train comes while it is building', async () => {
    const { handlers, points, stoppedAs } = machine();
    const built = handlers.build({ runId: 1, settings: { ...small, maxEpochs: 3 } });
    await handlers.train(undefined);
    await built;
    await stoppedAs('finished');
    expect(points().map((point) => point.epoch)).toEqual([1, 2, 3]);
  });

  it('reports only the newest run when a build replaces one that was training', async () => {
    const { handlers, points, stoppedAs, events } = machine();
    await handlers.build({ runId: 1, settings: small });
    await handlers.train(undefined);
    await handlers.build({ runId: 2, settings: { ...small, maxEpochs: 2 } });
    await handlers.train(undefined);
    await stoppedAs('finished', 2);
    expect(points(2).map((point) => point.epoch)).toEqual([1, 2]);
    const afterBuild = events.findIndex((message) => message.type === 'run' && message.runId === 2);
    expect(events.slice(afterBuild).every((message) => !('runId' in message) || message.runId === 2)).toBe(true);
  });

  it('previews the coming pass’s augmentation, afresh when a knob moves', async () => {
    const { handlers, events } = machine();
    await handlers.build({ runId: 1, settings: small });
    await handlers.update({ ...small, jitter: 0.3 });
    const previews = events.flatMap((message) => (message.type === 'preview' ? [message.samples] : []));
    expect(previews).toHaveLength(2);
    const [before, after] = previews;
    expect(before).toHaveLength(3);
    expect(before?.[0]?.augmented).toEqual(before?.[0]?.original);
    expect(after?.[0]?.augmented).not.toEqual(after?.[0]?.original);
  });

  it('ends a run with early stopping and says which epoch was best', async () => {
    const { handlers, stoppedAs, events } = machine();
    await handlers.build({ runId: 1, settings: { ...small, learningRate: 0.05, earlyStopping: true, patience: 2 } });
    await handlers.train(undefined);
    await stoppedAs('early-stopped');
    const stop = (events.at(-2) as RunEvent | undefined)?.stop ?? (events.at(-1) as RunEvent).stop;
    expect(stop).toMatchObject({ reason: 'early-stopped', earlyStop: { restored: false } });
    expect(stop?.epoch).toBe((stop?.earlyStop?.bestEpoch ?? 0) + 2);
  });

  it('stops a diverging run at the last sound epoch, says which, and carries on from it with a gentler learning rate', async () => {
    const { handlers, stoppedAs, events, points } = machine();
    const wild = { ...small, optimizer: 'sgd', learningRate: 10, noise: 1 } as const;
    await handlers.build({ runId: 1, settings: wild });
    await handlers.train(undefined);
    await stoppedAs('diverged');
    const diverged = events.filter((message): message is RunEvent => message.type === 'run' && message.status === 'diverged').at(-1);
    const divergence = diverged?.stop?.divergence;
    expect(divergence).toMatchObject({ cause: expect.any(String) });
    const trained = points().length;
    expect(divergence?.restoredEpoch).toBe(trained);
    await handlers.update({ ...wild, learningRate: 0.001 });
    await handlers.step(undefined);
    expect(points().at(-1)?.epoch).toBe(trained + 1);
    expect(Number.isFinite(points().at(-1)?.valLoss)).toBe(true);
  });

  it('trains several seeds together: each point is their mean, with each seed’s losses, equal to separate runs', async () => {
    const settings = { ...small, seedRepeats: 3, seed: 5 };
    const separate: EpochPoint[][] = [];
    for (const seed of [5, 6, 7]) {
      const trainer = createTrainer({ ...settings, seedRepeats: 1, seed });
      const history: EpochPoint[] = [];
      for (let epoch = 0; epoch < 2; epoch += 1) {
        const outcome = await trainer.trainEpoch();
        if (outcome.kind === 'trained') history.push(outcome.point);
      }
      trainer.dispose();
      separate.push(history);
    }
    const merged = (await collect(settings)).at(-1);
    const valLosses = separate.map((history) => history[1]?.valLoss ?? NaN);
    expect(merged?.seeds?.valLoss).toEqual(valLosses);
    expect(merged?.valLoss).toBeCloseTo(valLosses.reduce((sum, value) => sum + value, 0) / 3, 6);
  });

  it('rebuilds a run from a checkpoint and goes on from its epoch with its weights', async () => {
    const original = machine();
    await original.handlers.build({ runId: 1, settings: small });
    await original.handlers.step(undefined);
    const checkpoint = original.events
      .filter((message): message is RunEvent => message.type === 'run' && !!message.checkpoint)
      .at(-1)?.checkpoint;
    expect(checkpoint?.epoch).toBe(1);
    await original.handlers.step(undefined);
    const replacement = machine();
    await replacement.handlers.build({ runId: 1, settings: small, ...(checkpoint ? { resume: checkpoint } : {}) });
    await replacement.handlers.step(undefined);
    const resumed = replacement.points();
    expect(resumed.map((point) => point.epoch)).toEqual([2]);
    // The optimizer starts afresh, so the losses differ a little from the original's second epoch.
    expect(resumed[0]?.valLoss).toBeCloseTo(original.points()[1]?.valLoss ?? NaN, 1);
  });

  it('keeps the tensor count flat across builds, seeds and resumes', async () => {
    const { handlers } = machine();
    await handlers.build({ runId: 1, settings: small });
    await handlers.step(undefined);
    const baseline = tf.memory().numTensors;
    for (let runId = 2; runId < 6; runId += 1) {
      await handlers.build({ runId, settings: { ...small, seedRepeats: runId % 3 === 0 ? 2 : 1 } });
      await handlers.step(undefined);
    }
    await handlers.build({ runId: 9, settings: small });
    await handlers.step(undefined);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('sends model snapshots only while asked: on request, a few a second while training, and before a stop', async () => {
    let clock = 0;
    const { handlers, events, stoppedAs } = machine(() => clock);
    const snapshots = () => events.filter((message) => message.type === 'snapshot');
    await handlers.build({ runId: 1, settings: { ...small, maxEpochs: 4 } });
    await handlers.step(undefined);
    expect(snapshots()).toHaveLength(0);
    await handlers.inspect(true);
    expect(snapshots()[0]).toMatchObject({ runId: 1, epoch: 1, inspection: { timeSteps: 6, units: 4 } });
    // The clock stands still: while training, no interval passes, so only the stop brings one.
    await handlers.train(undefined);
    await stoppedAs('finished');
    expect(snapshots().map((message) => message.type === 'snapshot' && message.epoch)).toEqual([1, 4]);
    await handlers.inspect(false);
    await handlers.build({ runId: 2, settings: small });
    clock = 1000;
    await handlers.step(undefined);
    expect(snapshots()).toHaveLength(2);
  });

  it('checks the hand-derived gradients of the current model against autodiff on request', async () => {
    const { handlers } = machine();
    await handlers.build({ runId: 1, settings: { ...small, layers: 2 } });
    await handlers.step(undefined);
    const report = await handlers.checkGradients(undefined);
    expect(report.epoch).toBe(1);
    expect(report.check.variables).toHaveLength(8);
    expect(report.check.maxRelativeDifference).toBeLessThan(1e-4);
  });
});

// Two epochs of a fresh machine with these settings, as its points.
async function collect(settings: Settings): Promise<EpochPoint[]> {
  const { handlers, points } = machine();
  await handlers.build({ runId: 1, settings });
  await handlers.step(undefined);
  await handlers.step(undefined);
  return points();
}

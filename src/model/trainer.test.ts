import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { runOnCpuBackend } from './cpu-backend.testing';
import { readWeightStats, weightStatistics } from './inspection';
import { networkVariables } from './network';
import { createTrainer, explodedLossFactor, type EpochOutcome, type EpochPoint, type Trainer } from './trainer';

runOnCpuBackend();

// Small enough to train quickly on the cpu backend; 32 samples make one batch, so one epoch is one step.
const small: Settings = { ...defaultSettings, windowLength: 8, hiddenUnits: 6, trainingSamples: 32, validationSamples: 32 };

function pointOf(outcome: EpochOutcome): EpochPoint {
  if (outcome.kind !== 'trained') throw new Error(`diverged: ${JSON.stringify(outcome.divergence)}`);
  return outcome.point;
}

async function history(settings: Settings, epochs: number, change?: { atEpoch: number; settings: Settings }): Promise<EpochPoint[]> {
  const trainer = createTrainer(settings);
  const points: EpochPoint[] = [];
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    if (change && epoch === change.atEpoch) trainer.setKnobs(change.settings);
    points.push(pointOf(await trainer.trainEpoch()));
  }
  trainer.dispose();
  return points;
}

function kernelValues(trainer: Trainer): number[] {
  return trainer.network.layers.flatMap((layer) => [...layer.kernel.dataSync(), ...layer.recurrentKernel.dataSync()]);
}

async function trainedKernels(settings: Settings, epochs: number): Promise<number[]> {
  const trainer = createTrainer(settings);
  for (let epoch = 0; epoch < epochs; epoch += 1) await trainer.trainEpoch();
  const values = kernelValues(trainer);
  trainer.dispose();
  return values;
}

describe('createTrainer', () => {
  it('counts epochs, lowers the training loss and reports every step', async () => {
    const points = await history({ ...small, batchSize: 8 }, 20);
    expect(points.map((point) => point.epoch)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(points.at(-1)?.trainLoss).toBeLessThan((points[0]?.trainLoss ?? 0) * 0.8);
    expect(points[0]?.gradientNorms).toHaveLength(4);
    expect(points[0]?.gradientNorms.every((norm) => norm > 0)).toBe(true);
  });

  it('gives identical losses for the same settings, every technique on, and other losses for another seed', async () => {
    const settings: Settings = {
      ...small,
      layers: 2,
      inputDropout: 0.2,
      recurrentDropout: 0.2,
      outputDropout: 0.3,
      l1: 0.001,
      l2: 0.001,
      clipMode: 'value',
      clipThreshold: 0.05,
      jitter: 0.1,
      insertRate: 0.1,
      deleteRate: 0.1,
      replaceRate: 0.1,
      swapRate: 0.1,
      cropRate: 0.3,
    };
    const first = await history(settings, 4);
    expect(await history(settings, 4)).toEqual(first);
    expect(first.some((point) => point.clipped.includes(true))).toBe(true);
    expect(await history({ ...settings, seed: 2 }, 4)).not.toEqual(first);
  });

  it('applies a knob changed mid-run from the next step on, without a rebuild', async () => {
    const before = await history(small, 6);
    for (const change of [
      { outputDropout: 0.5 },
      { recurrentDropout: 0.5 },
      { l2: 0.05 },
      { optimizer: 'rmsprop' as const },
      { learningRate: 0.1 },
    ]) {
      const after = await history(small, 6, { atEpoch: 3, settings: { ...small, ...change } });
      expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
      // Dropout and the penalty show in epoch 4's own numbers; an optimizer change in its update, so in epoch 5's.
      expect(after.slice(3), JSON.stringify(change)).not.toEqual(before.slice(3));
      expect(after[4]?.trainLoss, JSON.stringify(change)).not.toBe(before[4]?.trainLoss);
    }
  });

  it('never augments validation data: augmentation leaves the validation loss of the same model alone', async () => {
    const plain = createTrainer(small);
    const augmented = createTrainer({
      ...small,
      jitter: 0.5,
      insertRate: 0.3,
      deleteRate: 0.3,
      replaceRate: 0.3,
      swapRate: 0.3,
      cropRate: 1,
    });
    expect(await augmented.evaluate()).toEqual(await plain.evaluate());
    expect(augmented.previewAugmentation(1)[0]?.augmented).not.toEqual(augmented.previewAugmentation(1)[0]?.original);
    plain.dispose();
    augmented.dispose();
  });

  it('learns the Reber task as a classifier and reports its accuracy', async () => {
    const points = await history({ ...small, task: 'reber', trainingSamples: 64, batchSize: 32, hiddenUnits: 8 }, 3);
    for (const point of points) {
      expect(point.trainAccuracy).toBeGreaterThanOrEqual(0);
      expect(point.trainAccuracy).toBeLessThanOrEqual(1);
      expect(point.valAccuracy).toBeGreaterThanOrEqual(0);
    }
    // Cross-entropy of two classes starts near ln 2.
    expect(points[0]?.valLoss).toBeGreaterThan(0.5);
    expect(points[0]?.valLoss).toBeLessThan(1);
    expect((await history(small, 1))[0]).not.toHaveProperty('valAccuracy');
  });

  it('reports the kernels’ sizes after every epoch, measured on the trained weights', async () => {
    const trainer = createTrainer(small);
    const point = pointOf(await trainer.trainEpoch());
    const statistics = weightStatistics(trainer.network);
    expect(point.weights).toEqual(readWeightStats(await statistics.data()));
    expect(point.weights.inputKernelNorm).toBeGreaterThan(0);
    statistics.dispose();
    trainer.dispose();
  });

  it('reports the penalty in the objective but not in the training loss', async () => {
    const [point] = await history({ ...small, l2: 0.01 }, 1);
    const [plain] = await history(small, 1);
    expect(point?.trainLoss).toBe(plain?.trainLoss);
    expect(point?.objective).toBeGreaterThan((point?.trainLoss ?? 0) + 1e-4);
    expect(plain?.objective).toBe(plain?.trainLoss);
  });

  it('ends with smaller kernels under L2, and with many near-zero weights under L1', async () => {
    const squaredNorm = (values: number[]) => values.reduce((sum, value) => sum + value * value, 0);
    const nearZero = (values: number[]) => values.filter((value) => Math.abs(value) < 0.01).length / values.length;
    const plain = await trainedKernels(small, 40);
    expect(squaredNorm(await trainedKernels({ ...small, l2: 0.01 }, 40))).toBeLessThan(squaredNorm(plain) * 0.9);
    const sparse = await trainedKernels({ ...small, l1: 0.01 }, 40);
    expect(nearZero(sparse)).toBeGreaterThan(Math.max(0.5, 3 * nearZero(plain)));
  });

  it('clips every step’s gradient in global-norm mode when the threshold is below its norm', async () => {
    const points = await history({ ...small, clipMode: 'global', clipThreshold: 1e-3 }, 3);
    expect(points.map((point) => point.clipped)).toEqual([[true], [true], [true]]);
    const free = await history({ ...small, clipMode: 'global', clipThreshold: 100 }, 3);
    expect(free.map((point) => point.clipped)).toEqual([[false], [false], [false]]);
  });

  it('stops early after `patience` epochs without improvement and restores the best epoch’s weights', async () => {
    // A big learning rate on few samples overfits within a few dozen epochs.
    const trainer = createTrainer({ ...small, learningRate: 0.05, earlyStopping: true, patience: 3, restoreBestWeights: true });
    const weightsAt = new Map<number, number[][]>();
    let outcome: EpochOutcome | undefined;
    for (let epoch = 0; epoch < 200 && !(outcome?.kind === 'trained' && outcome.earlyStop); epoch += 1) {
      outcome = await trainer.trainEpoch();
      weightsAt.set(
        pointOf(outcome).epoch,
        networkVariables(trainer.network).map((variable) => Array.from(variable.dataSync())),
      );
    }
    if (outcome?.kind !== 'trained' || !outcome.earlyStop) throw new Error('early stopping never fired');
    const { bestEpoch } = outcome.earlyStop;
    expect(outcome.point.epoch).toBe(bestEpoch + 3);
    expect(outcome.earlyStop.restored).toBe(true);
    expect(networkVariables(trainer.network).map((variable) => Array.from(variable.dataSync()))).toEqual(weightsAt.get(bestEpoch));
    trainer.dispose();
  });

  it('restores the best weights when the budget ends the run, and begins a new fit after it, as Keras does', async () => {
    const trainer = createTrainer({ ...small, learningRate: 0.05, earlyStopping: true, patience: 500, restoreBestWeights: true });
    const weightsAt = new Map<number, number[][]>();
    const valLosses: number[] = [];
    for (let epoch = 0; epoch < 30; epoch += 1) {
      const point = pointOf(await trainer.trainEpoch());
      valLosses.push(point.valLoss);
      weightsAt.set(
        point.epoch,
        networkVariables(trainer.network).map((variable) => Array.from(variable.dataSync())),
      );
    }
    const bestEpoch = valLosses.indexOf(Math.min(...valLosses)) + 1;
    expect(bestEpoch).toBeLessThan(30);
    expect(trainer.finishAtBudget()).toEqual({ bestEpoch, bestValLoss: valLosses[bestEpoch - 1], restored: true });
    expect(networkVariables(trainer.network).map((variable) => Array.from(variable.dataSync()))).toEqual(weightsAt.get(bestEpoch));
    // Train after the end is a new fit: its first epoch is its best so far, whatever the old best was.
    trainer.setKnobs({ ...small, learningRate: 0.05, earlyStopping: true, patience: 1, restoreBestWeights: true });
    let outcome = await trainer.trainEpoch();
    for (let epoch = 0; epoch < 50 && outcome.kind === 'trained' && !outcome.earlyStop; epoch += 1) outcome = await trainer.trainEpoch();
    if (outcome.kind !== 'trained' || !outcome.earlyStop) throw new Error('early stopping never fired');
    // Had the old best (before epoch 30) been kept, patience 1 would have stopped at epoch 31 pointing back to it.
    expect(outcome.earlyStop.bestEpoch).toBeGreaterThanOrEqual(31);
    trainer.dispose();
  });

  it('stops a diverging run at the failing step and keeps the last sound weights', async () => {
    const trainer = createTrainer({ ...small, optimizer: 'sgd', learningRate: 10, noise: 1 });
    let outcome: EpochOutcome = await trainer.trainEpoch();
    for (let epoch = 0; epoch < 100 && outcome.kind === 'trained'; epoch += 1) outcome = await trainer.trainEpoch();
    expect(outcome.kind).toBe('diverged');
    const values = networkVariables(trainer.network).flatMap((variable) => Array.from(variable.dataSync()));
    expect(values.every(Number.isFinite)).toBe(true);
    // The weights kept are ones whose loss had not exploded.
    const targets = Array.from(trainer.task.validation.targets);
    const meanSquare = targets.reduce((sum, target) => sum + target * target, 0) / targets.length;
    expect((await trainer.evaluate()).valLoss).toBeLessThan(explodedLossFactor * meanSquare);
    trainer.dispose();
  });

  it('switches optimizer between steps even when asked in the middle of one', async () => {
    const trainer = createTrainer({ ...small, batchSize: 8 });
    const epoch = trainer.trainEpoch();
    trainer.setKnobs({ ...small, optimizer: 'sgd' });
    expect((await epoch).kind).toBe('trained');
    expect((await trainer.trainEpoch()).kind).toBe('trained');
    trainer.dispose();
  });

  it('holds a constant number of tensors over 500 steps, knob changes and 20 resets', async () => {
    const before = tf.memory().numTensors;
    const settings: Settings = {
      ...small,
      windowLength: 4,
      hiddenUnits: 4,
      batchSize: 8,
      layers: 2,
      earlyStopping: true,
      restoreBestWeights: true,
    };
    const trainer = createTrainer(settings);
    await trainer.trainEpoch();
    const during = tf.memory().numTensors;
    const variations: Partial<Settings>[] = [
      { inputDropout: 0.2, recurrentDropout: 0.2, outputDropout: 0.2 },
      { l1: 0.001, l2: 0.001, clipMode: 'tensor', clipThreshold: 0.1 },
      { optimizer: 'sgd', clipMode: 'value', jitter: 0.1, insertRate: 0.1, cropRate: 0.5 },
      { optimizer: 'rmsprop', clipMode: 'global', penaliseRecurrent: false },
      { optimizer: 'adam' },
    ];
    const countsAfterEachRound: number[] = [];
    for (let epoch = 1; epoch <= 125; epoch += 1) {
      trainer.setKnobs({ ...settings, ...variations[epoch % variations.length] });
      await trainer.trainEpoch();
      // Each round of knob changes ends back on Adam, so the same tensors should be alive then.
      if (epoch % variations.length === variations.length - 1) countsAfterEachRound.push(tf.memory().numTensors);
    }
    expect(countsAfterEachRound).toHaveLength(25);
    expect(new Set(countsAfterEachRound)).toEqual(new Set([during]));
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    for (let reset = 0; reset < 20; reset += 1) {
      const again = createTrainer({ ...settings, seed: reset });
      await again.trainEpoch();
      again.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

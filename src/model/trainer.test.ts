import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createTrainer, type EpochPoint } from './trainer';

runOnCpuBackend();

// Small enough to train quickly on the cpu backend; 32 samples make one batch, so one epoch is one step.
const small: Settings = { ...defaultSettings, windowLength: 8, hiddenUnits: 6, trainingSamples: 32, validationSamples: 32 };

async function history(settings: Settings, epochs: number, change?: { atEpoch: number; settings: Settings }): Promise<EpochPoint[]> {
  const trainer = createTrainer(settings);
  const points: EpochPoint[] = [];
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    if (change && epoch === change.atEpoch) trainer.setKnobs(change.settings);
    points.push(await trainer.trainEpoch());
  }
  trainer.dispose();
  return points;
}

function squaredNorm(tensor: tf.Tensor): number {
  return tf.tidy(() => tf.sum(tf.square(tensor)).dataSync()[0] as number);
}

describe('createTrainer', () => {
  it('counts epochs and lowers the training loss', async () => {
    const points = await history(small, 30);
    expect(points.map((point) => point.epoch)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(points.at(-1)?.trainLoss).toBeLessThan((points[0]?.trainLoss ?? 0) * 0.8);
    expect(points.every((point) => Number.isFinite(point.valLoss))).toBe(true);
  });

  it('gives identical losses for the same settings, dropout and jitter included', async () => {
    const settings = { ...small, dropout: 0.3, augmentation: 0.1 };
    expect(await history(settings, 5)).toEqual(await history(settings, 5));
    expect(await history({ ...settings, seed: 2 }, 5)).not.toEqual(await history(settings, 5));
  });

  it('applies a knob changed mid-run from the next step on, without a rebuild', async () => {
    const before = await history(small, 6);
    const after = await history(small, 6, { atEpoch: 3, settings: { ...small, dropout: 0.5 } });
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]?.trainLoss).not.toBe(before[3]?.trainLoss);
  });

  it('ends with smaller kernels under weight decay', async () => {
    const norms = [];
    for (const weightDecay of [0, 0.01]) {
      const trainer = createTrainer({ ...small, weightDecay });
      for (let epoch = 0; epoch < 40; epoch += 1) await trainer.trainEpoch();
      norms.push(squaredNorm(trainer.network.lstm.kernel) + squaredNorm(trainer.network.lstm.recurrentKernel));
      trainer.dispose();
    }
    expect(norms[1]).toBeLessThan((norms[0] ?? 0) * 0.9);
  });

  it('holds a constant number of tensors while training and frees them all on dispose', async () => {
    const before = tf.memory().numTensors;
    const trainer = createTrainer({ ...small, dropout: 0.2, weightDecay: 0.001, clipThreshold: 0.5, augmentation: 0.05 });
    await trainer.trainEpoch();
    const during = tf.memory().numTensors;
    for (let epoch = 0; epoch < 50; epoch += 1) await trainer.trainEpoch();
    expect(tf.memory().numTensors).toBe(during);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const again = createTrainer(small);
    await again.trainEpoch();
    again.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

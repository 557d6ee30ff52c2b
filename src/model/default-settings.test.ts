import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { createTrainer, type EpochOutcome } from './trainer';

// Runs on wasm, a browser backend fast enough to train 150 epochs in a few seconds.
beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
});

async function outcomes(settings: Settings, epochs: number): Promise<EpochOutcome[]> {
  const trainer = createTrainer(settings);
  const results: EpochOutcome[] = [];
  for (let epoch = 0; epoch < epochs; epoch += 1) results.push(await trainer.trainEpoch());
  trainer.dispose();
  return results;
}

describe('on the wasm backend', () => {
  it('the same settings give the same losses, every technique on', async () => {
    const settings: Settings = {
      ...defaultSettings,
      layers: 2,
      hiddenUnits: 8,
      batchSize: 16,
      inputDropout: 0.1,
      recurrentDropout: 0.2,
      outputDropout: 0.3,
      l1: 1e-4,
      l2: 1e-3,
      clipMode: 'global',
      clipThreshold: 0.5,
      jitter: 0.05,
      swapRate: 0.1,
      optimizer: 'rmsprop',
    };
    const first = await outcomes(settings, 4);
    expect(first.every((outcome) => outcome.kind === 'trained')).toBe(true);
    expect(await outcomes(settings, 4)).toEqual(first);
  });
});

// The page's promise: with the defaults, a learner sees overfitting within well under a minute.
describe('the default settings', () => {
  it('overfit: training loss keeps falling while validation loss turns upward', async () => {
    const trainer = createTrainer(defaultSettings);
    const points = [];
    for (let epoch = 0; epoch < 150; epoch += 1) {
      const outcome = await trainer.trainEpoch();
      if (outcome.kind === 'diverged') throw new Error('the defaults diverged');
      points.push(outcome.point);
    }
    trainer.dispose();
    const valLosses = points.map((point) => point.valLoss);
    const bestEpoch = valLosses.indexOf(Math.min(...valLosses)) + 1;
    const last = points.at(-1);
    expect(bestEpoch).toBeLessThan(100);
    expect(last?.valLoss).toBeGreaterThan(Math.min(...valLosses) * 1.15);
    expect(last?.trainLoss).toBeLessThan((points[bestEpoch - 1]?.trainLoss ?? 0) * 0.5);
  });
});

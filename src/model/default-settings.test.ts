import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { createTrainer } from './trainer';

// The page's promise: with the defaults, a learner sees overfitting within well under a minute.
// Runs on wasm (a browser backend, and fast enough to train 150 epochs in a few seconds).
beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
});

describe('the default settings', () => {
  it('overfit: training loss keeps falling while validation loss turns upward', async () => {
    const trainer = createTrainer(defaultSettings);
    const points = [];
    for (let epoch = 0; epoch < 150; epoch += 1) points.push(await trainer.trainEpoch());
    trainer.dispose();
    const valLosses = points.map((point) => point.valLoss);
    const bestEpoch = valLosses.indexOf(Math.min(...valLosses)) + 1;
    const last = points.at(-1);
    expect(bestEpoch).toBeLessThan(100);
    expect(last?.valLoss).toBeGreaterThan(Math.min(...valLosses) * 1.15);
    expect(last?.trainLoss).toBeLessThan((points[bestEpoch - 1]?.trainLoss ?? 0) * 0.5);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, globalNorm } from './clipping';
import { runOnCpuBackend } from './cpu-backend.testing';

runOnCpuBackend();

const gradients = () => ({ a: tf.tensor([3, 0, -4]), b: tf.tensor([[12]]) }); // global norm 13

describe('clipByGlobalNorm', () => {
  it('scales the gradients down to the threshold and keeps their direction', () => {
    const original = gradients();
    const { gradients: clipped, globalNorm: before } = clipByGlobalNorm(original, 2.6);
    expect(before.dataSync()[0]).toBeCloseTo(13, 5);
    expect(globalNorm(clipped).dataSync()[0]).toBeCloseTo(2.6, 5);
    expect(Array.from(clipped.a?.dataSync() ?? [])).toEqual([0.6, 0, -0.8].map((value) => expect.closeTo(value, 6)));
    expect(clipped.b?.dataSync()[0]).toBeCloseTo(2.4, 5);
  });

  it('leaves gradients below the threshold, or with clipping off, unchanged', () => {
    for (const threshold of [20, 0]) {
      const { gradients: clipped } = clipByGlobalNorm(gradients(), threshold);
      expect(Array.from(clipped.a?.dataSync() ?? [])).toEqual([3, 0, -4]);
    }
  });
});

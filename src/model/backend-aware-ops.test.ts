import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { matMulTransposedRight, stepAccessForBackend, stepsOf, type StepAccess } from './backend-aware-ops';
import { runOnCpuBackend } from './cpu-backend.testing';

runOnCpuBackend();

const accesses: StepAccess[] = ['slices', 'products'];

describe('backend-aware ops', () => {
  it('picks slices on the cpu backend', () => {
    expect(stepAccessForBackend()).toBe('slices');
  });

  it.each(accesses)('stepsOf returns every time step with %s', (access) => {
    const stacked = tf.tensor3d(
      Array.from({ length: 24 }, (_, index) => index),
      [3, 2, 4],
    );
    const steps = stepsOf(stacked, access);
    expect(steps.map((step) => step.shape)).toEqual([
      [2, 4],
      [2, 4],
      [2, 4],
    ]);
    expect(steps.map((step) => Array.from(step.dataSync()))).toEqual(
      [0, 1, 2].map((step) => Array.from({ length: 8 }, (_, index) => 8 * step + index)),
    );
    tf.dispose([stacked, ...steps]);
  });

  it.each(accesses)('matMulTransposedRight multiplies by the transpose with %s', (access) => {
    const a = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
    const b = tf.tensor2d([1, 0, 2, 0, 1, 1], [2, 3]);
    const product = matMulTransposedRight(a, b, access);
    expect(Array.from(product.dataSync())).toEqual([7, 5, 16, 11]);
    tf.dispose([a, b, product]);
  });
});

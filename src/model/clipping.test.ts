import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { clipGradients, globalNorm } from './clipping';
import { runOnCpuBackend } from './cpu-backend.testing';

runOnCpuBackend();

const gradients = () => ({ a: tf.tensor([3, 0, -4]), b: tf.tensor([[12]]) }); // norms 5 and 12, global 13
const values = (tensor: tf.Tensor | undefined) => Array.from(tensor?.dataSync() ?? []);

describe('clipGradients', () => {
  it('global norm: scales all gradients together down to the threshold and keeps the direction', () => {
    const { gradients: clipped, globalNorm: before, fired } = clipGradients(gradients(), 'global', 2.6);
    expect(before.dataSync()[0]).toBeCloseTo(13, 5);
    expect(globalNorm(clipped).dataSync()[0]).toBeCloseTo(2.6, 5);
    expect(values(clipped.a)).toEqual([0.6, 0, -0.8].map((value) => expect.closeTo(value, 6)));
    expect(clipped.b?.dataSync()[0]).toBeCloseTo(2.4, 5);
    expect(fired.dataSync()[0]).toBe(1);
  });

  it('per-tensor norm: scales each gradient down to the threshold on its own', () => {
    const { gradients: clipped, fired } = clipGradients(gradients(), 'tensor', 6);
    expect(values(clipped.a)).toEqual([3, 0, -4]);
    expect(clipped.b?.dataSync()[0]).toBeCloseTo(6, 5);
    expect(fired.dataSync()[0]).toBe(1);
  });

  it('value: bounds every element and leaves smaller ones alone', () => {
    const { gradients: clipped, fired } = clipGradients(gradients(), 'value', 3.5);
    expect(values(clipped.a)).toEqual([3, 0, -3.5]);
    expect(values(clipped.b)).toEqual([3.5]);
    expect(fired.dataSync()[0]).toBe(1);
  });

  it('changes nothing, and says so, below the threshold or when off', () => {
    for (const [mode, threshold] of [
      ['global', 20],
      ['tensor', 20],
      ['value', 20],
      ['off', 0.1],
    ] as const) {
      const { gradients: clipped, fired, globalNorm: before } = clipGradients(gradients(), mode, threshold);
      expect(values(clipped.a), mode).toEqual([3, 0, -4]);
      expect(fired.dataSync()[0], mode).toBe(0);
      expect(before.dataSync()[0]).toBeCloseTo(13, 5);
    }
  });
});

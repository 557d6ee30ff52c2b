import type * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createNetwork, disposeNetwork } from './network';
import { weightPenalty } from './objective';

runOnCpuBackend();

const sum = (tensor: tf.Tensor, transform: (value: number) => number) =>
  Array.from(tensor.dataSync()).reduce((total, value) => total + transform(value), 0);

describe('weightPenalty', () => {
  const network = createNetwork({ features: 2, units: 3, layers: 2, outputs: 1 }, 6);
  const kernels = network.layers.map((layer) => layer.kernel);
  const recurrent = network.layers.map((layer) => layer.recurrentKernel);
  const total = (tensors: tf.Tensor[], transform: (value: number) => number) =>
    tensors.reduce((all, tensor) => all + sum(tensor, transform), 0);

  it('is l1·Σ|w| + l2·Σw² over input and recurrent kernels, never biases or the head', () => {
    const penalty = weightPenalty(network, { l1: 0.01, l2: 0.1, penaliseRecurrent: true })?.dataSync()[0];
    const expected = 0.01 * total([...kernels, ...recurrent], Math.abs) + 0.1 * total([...kernels, ...recurrent], (value) => value * value);
    expect(penalty).toBeCloseTo(expected, 5);
  });

  it('leaves the recurrent kernels alone when asked', () => {
    const penalty = weightPenalty(network, { l1: 0, l2: 0.1, penaliseRecurrent: false })?.dataSync()[0];
    expect(penalty).toBeCloseTo(0.1 * total(kernels, (value) => value * value), 5);
  });

  it('costs nothing when both strengths are off', () => {
    expect(weightPenalty(network, { l1: 0, l2: 0, penaliseRecurrent: true })).toBeUndefined();
    disposeNetwork(network);
  });
});

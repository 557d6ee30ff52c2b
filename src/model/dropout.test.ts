import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createMasks, dropoutMask } from './dropout';
import { lstmLayer, type LstmWeights } from './lstm';
import { createNetwork, disposeNetwork } from './network';

runOnCpuBackend();

// The textbook recurrence, one step at a time, with a caller-chosen mask on h_{t-1} at each step.
function referenceLastHidden(weights: LstmWeights, inputs: tf.Tensor3D, maskAt: (step: number) => tf.Tensor2D): tf.Tensor2D {
  const [batch, timeSteps] = inputs.shape;
  const units = weights.recurrentKernel.shape[0];
  let hidden: tf.Tensor2D = tf.zeros([batch, units]);
  let cell: tf.Tensor2D = tf.zeros([batch, units]);
  for (let step = 0; step < timeSteps; step += 1) {
    const input = tf.reshape(tf.slice(inputs, [0, step, 0], [batch, 1, -1]), [batch, -1]);
    const gates = tf.add(
      tf.add(tf.matMul(input, weights.kernel), tf.matMul(tf.mul(hidden, maskAt(step)), weights.recurrentKernel)),
      weights.bias,
    );
    const [i, f, c, o] = tf.split(gates, 4, 1) as tf.Tensor2D[];
    cell = tf.add(tf.mul(tf.sigmoid(f as tf.Tensor2D), cell), tf.mul(tf.sigmoid(i as tf.Tensor2D), tf.tanh(c as tf.Tensor2D)));
    hidden = tf.mul(tf.sigmoid(o as tf.Tensor2D), tf.tanh(cell));
  }
  return hidden;
}

describe('dropoutMask', () => {
  it('keeps a share 1 − rate of the units, scaled by 1 / (1 − rate)', () => {
    for (const rate of [0.2, 0.5, 0.8]) {
      const values = dropoutMask([200, 100], rate, 7).dataSync();
      const kept = values.filter((value) => value > 0);
      // 20,000 draws: the kept share's standard deviation is below 0.0036.
      expect(kept.length / values.length).toBeCloseTo(1 - rate, 1);
      expect(Math.abs(kept.length / values.length - (1 - rate))).toBeLessThan(0.015);
      expect(new Set(kept)).toEqual(new Set([Math.fround(1 / (1 - rate))]));
    }
  });

  it('draws a new mask for a new seed and the same mask for the same seed', () => {
    expect(dropoutMask([4, 50], 0.5, 1).dataSync()).toEqual(dropoutMask([4, 50], 0.5, 1).dataSync());
    expect(dropoutMask([4, 50], 0.5, 2).dataSync()).not.toEqual(dropoutMask([4, 50], 0.5, 1).dataSync());
  });
});

describe('recurrent (variational) dropout', () => {
  const network = createNetwork({ features: 2, units: 5, layers: 1, outputs: 1 }, 4);
  const weights = network.layers[0] as LstmWeights;
  const inputs = tf.randomNormal<tf.Rank.R3>([6, 8, 2], 0, 1, 'float32', 3);
  const masks = createMasks([{ features: 2, units: 5 }], 6, { inputDropout: 0, recurrentDropout: 0.5, outputDropout: 0 }, () => 9);
  const mask = masks.layers[0]?.recurrent as tf.Tensor2D;

  it('applies one mask, the same at every time step', () => {
    const actual = lstmLayer(weights, inputs, { recurrent: mask }).at(-1) as tf.Tensor2D;
    const sameEveryStep = referenceLastHidden(weights, inputs, () => mask);
    const freshEveryStep = referenceLastHidden(weights, inputs, (step) => dropoutMask([6, 5], 0.5, 50 + step));
    const difference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] as number;
    expect(difference(actual, sameEveryStep)).toBeLessThan(1e-6);
    expect(difference(actual, freshEveryStep)).toBeGreaterThan(1e-3);
  });

  it('gives each sequence of the batch its own mask', () => {
    const rows = (mask.arraySync() as number[][]).map((row) => row.join(','));
    expect(new Set(rows).size).toBeGreaterThan(1);
    disposeNetwork(network);
  });
});

describe('input dropout', () => {
  it('on a single-feature series drops a sample’s whole input sequence', () => {
    const network = createNetwork({ features: 1, units: 4, layers: 1, outputs: 1 }, 2);
    const weights = network.layers[0] as LstmWeights;
    const masks = createMasks([{ features: 1, units: 4 }], 16, { inputDropout: 0.5, recurrentDropout: 0, outputDropout: 0 }, () => 5);
    const inputMask = masks.layers[0]?.input as tf.Tensor2D;
    const dropped = Array.from(inputMask.dataSync()).findIndex((value) => value === 0);
    expect(dropped).toBeGreaterThanOrEqual(0);
    const inputs = tf.randomNormal<tf.Rank.R3>([16, 6, 1], 0, 1, 'float32', 1);
    const withMask = lstmLayer(weights, inputs, { input: inputMask }).at(-1) as tf.Tensor2D;
    const silent = lstmLayer(weights, tf.zeros<tf.Rank.R3>([16, 6, 1])).at(-1) as tf.Tensor2D;
    expect(Array.from(withMask.arraySync()[dropped] ?? [])).toEqual(Array.from(silent.arraySync()[dropped] ?? []));
    disposeNetwork(network);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createMasks, dropoutMask, maskForGate, type GateMask } from './dropout';
import { lstmLayer } from './lstm';
import type { LstmWeights } from './lstm-weights';
import { createNetwork, disposeNetwork } from './network';

runOnCpuBackend();

// The textbook recurrence, one step at a time, with a caller-chosen mask on h_{t-1} at each step: one mask for
// all gates ([batch, units]) or one per gate ([4, batch, units], Keras order i, f, C̃, o).
function referenceLastHidden(weights: LstmWeights, inputs: tf.Tensor3D, maskAt: (step: number) => GateMask): tf.Tensor2D {
  const [batch, timeSteps] = inputs.shape;
  const units = weights.recurrentKernel.shape[0];
  let hidden: tf.Tensor2D = tf.zeros([batch, units]);
  let cell: tf.Tensor2D = tf.zeros([batch, units]);
  for (let step = 0; step < timeSteps; step += 1) {
    const input = tf.reshape(tf.slice(inputs, [0, step, 0], [batch, 1, -1]), [batch, -1]);
    const mask = maskAt(step);
    const recurrent = [0, 1, 2, 3].map((gate) =>
      tf.matMul(tf.mul(hidden, maskForGate(mask, gate)), tf.slice(weights.recurrentKernel, [0, gate * units], [units, units])),
    );
    const gates = tf.add(tf.add(tf.matMul(input, weights.kernel), tf.concat(recurrent, 1)), weights.bias);
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
  const mask = masks.layers[0]?.recurrent as tf.Tensor3D;
  const difference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] as number;

  it.each(['hand', 'automatic'] as const)('%s: applies one mask per gate, the same at every time step, as Keras 3 does', (mode) => {
    expect(mask.shape).toEqual([4, 6, 5]);
    const actual = lstmLayer(weights, inputs, { recurrent: mask }, mode).at(-1) as tf.Tensor2D;
    const sameEveryStep = referenceLastHidden(weights, inputs, () => mask);
    const freshEveryStep = referenceLastHidden(weights, inputs, (step) => dropoutMask([4, 6, 5], 0.5, 50 + step));
    const oneForAllGates = referenceLastHidden(weights, inputs, () => maskForGate(mask, 0));
    expect(difference(actual, sameEveryStep)).toBeLessThan(1e-6);
    expect(difference(actual, freshEveryStep)).toBeGreaterThan(1e-3);
    expect(difference(actual, oneForAllGates)).toBeGreaterThan(1e-3);
  });

  it('gives each sequence of the batch and each gate its own mask', () => {
    const [rows, gates] = [
      maskForGate(mask, 0)
        .arraySync()
        .map((row) => row.join(',')),
      mask.arraySync().map((gate) => gate.join(';')),
    ];
    expect(new Set(rows).size).toBeGreaterThan(1);
    expect(new Set(gates).size).toBe(4);
    disposeNetwork(network);
  });
});

describe('createMasks', () => {
  const shapes = [{ features: 2, units: 5 }];
  const shapesOf = (rates: { inputDropout: number; recurrentDropout: number }) => {
    const masks = createMasks(shapes, 3, { ...rates, outputDropout: 0 }, (kind) => kind.length);
    return [masks.layers[0]?.input?.shape, masks.layers[0]?.recurrent?.shape];
  };

  it('draws one input mask for all gates without recurrent dropout, as Keras 3 implementation 2', () => {
    expect(shapesOf({ inputDropout: 0.3, recurrentDropout: 0 })).toEqual([[3, 2], undefined]);
  });

  it('draws four input and four recurrent masks, one per gate, with recurrent dropout, as Keras 3 implementation 1', () => {
    expect(shapesOf({ inputDropout: 0.3, recurrentDropout: 0.3 })).toEqual([
      [4, 3, 2],
      [4, 3, 5],
    ]);
    expect(shapesOf({ inputDropout: 0, recurrentDropout: 0.3 })).toEqual([undefined, [4, 3, 5]]);
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

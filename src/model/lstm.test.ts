import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
// tf.layers calls tensor methods such as flatten(), which tfjs-core registers only on request.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { lstmLastHidden } from './lstm';
import { createNetwork, disposeNetwork, networkVariables, predict } from './network';
import { meanSquaredError } from './objective';

runOnCpuBackend();

function maxAbsoluteDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] as number);
}

describe('lstmLastHidden', () => {
  it('matches tf.layers.lstm (sigmoid recurrent activation) given the same weights', () => {
    for (const [features, units, timeSteps] of [
      [1, 8, 12],
      [3, 5, 7],
    ] as const) {
      const network = createNetwork(features, units, 11);
      const inputs = tf.randomNormal<tf.Rank.R3>([4, timeSteps, features], 0, 1, 'float32', 5);
      const reference = tfl.layers.lstm({ units, recurrentActivation: 'sigmoid' });
      reference.apply(tfl.input({ shape: [timeSteps, features] }));
      reference.setWeights([network.lstm.kernel, network.lstm.recurrentKernel, network.lstm.bias]);
      const expected = reference.apply(inputs) as tf.Tensor;
      const actual = lstmLastHidden(network.lstm, inputs);
      expect(maxAbsoluteDifference(actual, expected)).toBeLessThan(1e-5);
      tf.dispose([inputs, expected, actual]);
      reference.dispose();
      disposeNetwork(network);
    }
  });
});

describe('createNetwork', () => {
  it('starts from Keras initial values', () => {
    const units = 6;
    const network = createNetwork(1, units, 3);
    const bias = Array.from(network.lstm.bias.dataSync());
    expect(bias.slice(units, 2 * units)).toEqual(Array(units).fill(1));
    expect([...bias.slice(0, units), ...bias.slice(2 * units)]).toEqual(Array(3 * units).fill(0));
    // Orthogonal [units, 4·units]: its rows are orthonormal.
    const gram = tf.matMul(network.lstm.recurrentKernel, network.lstm.recurrentKernel, false, true);
    expect(maxAbsoluteDifference(gram, tf.eye(units))).toBeLessThan(1e-5);
    const limit = Math.sqrt(6 / (1 + 4 * units));
    expect(Math.max(...network.lstm.kernel.dataSync().map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(network.lstm.kernel.dataSync()).toEqual(createNetwork(1, units, 3).lstm.kernel.dataSync());
    disposeNetwork(network);
  });
});

describe('gradients', () => {
  it('agree with central finite differences for every weight tensor', () => {
    const network = createNetwork(2, 3, 21);
    const inputs = tf.randomNormal<tf.Rank.R3>([3, 5, 2], 0, 1, 'float32', 8);
    const targets = tf.randomNormal<tf.Rank.R1>([3], 0, 1, 'float32', 9);
    const loss = () => meanSquaredError(predict(network, inputs, { dropout: 0, dropoutSeed: 0 }), targets);
    const { grads } = tf.variableGrads(loss, networkVariables(network));
    const step = 5e-3;
    for (const variable of networkVariables(network)) {
      const analytic = grads[variable.name]?.dataSync() as Float32Array;
      const values = variable.dataSync().slice();
      for (let index = 0; index < values.length; index += Math.max(1, Math.floor(values.length / 7))) {
        const at = (delta: number) => {
          const moved = values.slice();
          moved[index] = (values[index] as number) + delta;
          variable.assign(tf.tensor(moved, variable.shape));
          return tf.tidy(() => loss().dataSync()[0] as number);
        };
        const numeric = (at(step) - at(-step)) / (2 * step);
        expect(Math.abs(numeric - (analytic[index] as number)), `${variable.name}[${index}]`).toBeLessThan(2e-3 + 2e-2 * Math.abs(numeric));
      }
      variable.assign(tf.tensor(values, variable.shape));
    }
    disposeNetwork(network);
  });
});

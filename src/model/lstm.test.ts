import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
// tf.layers calls tensor methods such as flatten(), which tfjs-core registers only on request.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createMasks, disposeMasks, type NetworkMasks } from './dropout';
import { lstmStack } from './lstm';
import { createNetwork, disposeNetwork, layerShapes, networkVariables, predict } from './network';
import { taskLoss } from './objective';

runOnCpuBackend();

function maxAbsoluteDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] as number);
}

describe('lstmStack', () => {
  const shapes: [number, number, number, number][] = [
    [1, 1, 8, 12],
    [3, 1, 5, 7],
    [2, 2, 6, 9],
    [1, 3, 4, 6],
  ];
  it.each((['hand', 'automatic'] as const).flatMap((mode) => shapes.map((shape) => [mode, ...shape] as const)))(
    '%s: matches tf.layers.lstm (sigmoid recurrent activation) with %i features and %i layers',
    (mode, features, layers, units, timeSteps) => {
      const network = createNetwork({ features, units, layers, outputs: 1 }, 11);
      const inputs = tf.randomNormal<tf.Rank.R3>([4, timeSteps, features], 0, 1, 'float32', 5);
      const reference = tfl.sequential();
      network.layers.forEach((_, index) =>
        reference.add(
          tfl.layers.lstm({
            units,
            recurrentActivation: 'sigmoid',
            returnSequences: index < layers - 1,
            ...(index === 0 ? { inputShape: [timeSteps, features] } : {}),
          }),
        ),
      );
      reference.setWeights(network.layers.flatMap((layer) => [layer.kernel, layer.recurrentKernel, layer.bias]));
      const expected = reference.predict(inputs) as tf.Tensor;
      const actual = lstmStack(network.layers, inputs, [], mode);
      expect(maxAbsoluteDifference(actual, expected)).toBeLessThan(1e-5);
      tf.dispose([inputs, expected, actual]);
      reference.dispose();
      disposeNetwork(network);
    },
  );
});

describe('createNetwork', () => {
  it('starts from Keras initial values', () => {
    const units = 6;
    const network = createNetwork({ features: 1, units, layers: 2, outputs: 1 }, 3);
    const [first, second] = network.layers;
    if (!first || !second) throw new Error('two layers expected');
    const bias = Array.from(first.bias.dataSync());
    expect(bias.slice(units, 2 * units)).toEqual(Array(units).fill(1));
    expect([...bias.slice(0, units), ...bias.slice(2 * units)]).toEqual(Array(3 * units).fill(0));
    // Orthogonal [units, 4·units]: its rows are orthonormal.
    const gram = tf.matMul(first.recurrentKernel, first.recurrentKernel, false, true);
    expect(maxAbsoluteDifference(gram, tf.eye(units))).toBeLessThan(1e-5);
    expect(Math.max(...first.kernel.dataSync().map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(6 / (1 + 4 * units)));
    expect(second.kernel.shape).toEqual([units, 4 * units]);
    expect(first.kernel.dataSync()).toEqual(createNetwork({ features: 1, units, layers: 1, outputs: 1 }, 3).layers[0]?.kernel.dataSync());
    expect(second.recurrentKernel.dataSync()).not.toEqual(first.recurrentKernel.dataSync());
    disposeNetwork(network);
  });
});

describe('gradients', () => {
  const cases: [string, number][] = [
    ['no dropout', 0],
    ['every kind of dropout', 0.3],
  ];
  it.each(cases)('agree with central finite differences for every weight tensor of two layers, %s', (_, rate) => {
    const network = createNetwork({ features: 2, units: 3, layers: 2, outputs: 1 }, 21);
    const inputs = tf.randomNormal<tf.Rank.R3>([3, 5, 2], 0, 1, 'float32', 8);
    const targets = tf.randomNormal<tf.Rank.R1>([3], 0, 1, 'float32', 9);
    // Fixed masks make the loss a deterministic function of the weights, as finite differences need.
    const masks: NetworkMasks = createMasks(
      layerShapes(network),
      3,
      { inputDropout: rate, recurrentDropout: rate, outputDropout: rate },
      (kind, layer) => 100 + layer * 10 + kind.length,
    );
    const loss = () => taskLoss('regression', predict(network, inputs, masks), targets);
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
    disposeMasks(masks);
    disposeNetwork(network);
  });
});

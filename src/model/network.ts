import * as tf from '@tensorflow/tfjs-core';
import { createRandom } from '../data/random';
import { glorotUniform, variableFrom } from './initializers';
import { createLstmWeights, lstmLastHidden, type LstmWeights } from './lstm';

/** The forecaster: one LSTM layer, dropout on its output, and a dense head giving one value per window. */
export interface Network {
  lstm: LstmWeights;
  /** Dense head kernel, [units, 1]. */
  headKernel: tf.Variable<tf.Rank.R2>;
  /** Dense head bias, [1]. */
  headBias: tf.Variable<tf.Rank.R1>;
}

/** How a forward pass treats dropout. */
export interface ForwardOptions {
  /** Share of h_T zeroed before the head (inverted scaling); 0 in evaluation. */
  dropout: number;
  /** Seed of this pass's dropout mask; a new one each step, or every step would drop the same units. */
  dropoutSeed: number;
}

// Initial weights get seeds of their own, derived from the run's seed and the tensor's name.
function weightSeed(seed: number, name: string): number {
  return createRandom(seed, 'weights', name).integer(2 ** 31);
}

/** A network with Keras's initial values, seeded by `seed`. */
export function createNetwork(features: number, units: number, seed: number): Network {
  return {
    lstm: createLstmWeights(features, units, { kernel: weightSeed(seed, 'kernel'), recurrent: weightSeed(seed, 'recurrent') }),
    headKernel: variableFrom(() => glorotUniform([units, 1], weightSeed(seed, 'head'))),
    headBias: variableFrom(() => tf.zeros<tf.Rank.R1>([1])),
  };
}

/** Every trainable variable, in a fixed order. */
export function networkVariables(network: Network): tf.Variable[] {
  return [network.lstm.kernel, network.lstm.recurrentKernel, network.lstm.bias, network.headKernel, network.headBias];
}

/** Forecasts for [batch, timeSteps, features] inputs: a [batch] tensor. */
export function predict(network: Network, inputs: tf.Tensor3D, options: ForwardOptions): tf.Tensor1D {
  return tf.tidy(() => {
    const lastHidden = lstmLastHidden(network.lstm, inputs);
    const kept = options.dropout > 0 ? tf.dropout(lastHidden, options.dropout, undefined, options.dropoutSeed) : lastHidden;
    return tf.reshape(tf.add(tf.matMul(kept, network.headKernel), network.headBias), [inputs.shape[0]]);
  });
}

/** Frees the network's variables. */
export function disposeNetwork(network: Network): void {
  tf.dispose(networkVariables(network));
}

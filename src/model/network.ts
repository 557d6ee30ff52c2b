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

/** A network with Keras's initial values, seeded by `seed`. */
export function createNetwork(features: number, units: number, seed: number): Network {
  return {
    lstm: createLstmWeights(features, units, createRandom(seed, 'weights', 'lstm')),
    headKernel: variableFrom<tf.Rank.R2>(glorotUniform(units, 1, createRandom(seed, 'weights', 'head')), [units, 1]),
    headBias: variableFrom<tf.Rank.R1>(new Float32Array(1), [1]),
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

import * as tf from '@tensorflow/tfjs-core';
import { createRandom } from '../data/random';
import type { NetworkMasks } from './dropout';
import { glorotUniform, variableFrom } from './initializers';
import { lstmStack, type GradientMode } from './lstm';
import { createLstmWeights, type LstmWeights } from './lstm-weights';

/** The model: stacked LSTM layers, optional dropout on the last output, and a dense head (one value, or one logit per class). */
export interface Network {
  /** First layer first. */
  layers: LstmWeights[];
  /** Dense head kernel, [units, outputs]. */
  headKernel: tf.Variable<tf.Rank.R2>;
  /** Dense head bias, [outputs]. */
  headBias: tf.Variable<tf.Rank.R1>;
}

/** The shape of a network: what createNetwork needs besides the seed. */
export interface NetworkShape {
  features: number;
  units: number;
  layers: number;
  /** 1 for a forecast, the number of classes for a classifier. */
  outputs: number;
}

/** A network with Keras's initial values, seeded by `seed`. */
export function createNetwork(shape: NetworkShape, seed: number): Network {
  const { features, units, outputs } = shape;
  return {
    layers: Array.from({ length: shape.layers }, (_, layer) =>
      createLstmWeights(layer === 0 ? features : units, units, createRandom(seed, 'weights', 'lstm', layer)),
    ),
    headKernel: variableFrom<tf.Rank.R2>(glorotUniform(units, outputs, createRandom(seed, 'weights', 'head')), [units, outputs]),
    headBias: variableFrom<tf.Rank.R1>(new Float32Array(outputs), [outputs]),
  };
}

/** Each layer's input width and units, as dropout masks need them. */
export function layerShapes(network: Network): { features: number; units: number }[] {
  return network.layers.map((layer) => ({ features: layer.kernel.shape[0], units: layer.recurrentKernel.shape[0] }));
}

/** Every trainable variable, in a fixed order. */
export function networkVariables(network: Network): tf.Variable[] {
  return [...network.layers.flatMap((layer) => [layer.kernel, layer.recurrentKernel, layer.bias]), network.headKernel, network.headBias];
}

/**
 * The head's answer for [batch, timeSteps, features] inputs: [batch, outputs]. Without masks (evaluation)
 * nothing is dropped. `gradients` picks how the LSTM layers are differentiated (the hand-derived pass by default).
 */
export function predict(network: Network, inputs: tf.Tensor3D, masks?: NetworkMasks, gradients: GradientMode = 'hand'): tf.Tensor2D {
  return tf.tidy(() => {
    const lastHidden = lstmStack(network.layers, inputs, masks?.layers, gradients);
    const kept = masks?.output ? tf.mul(lastHidden, masks.output) : lastHidden;
    return tf.add(tf.matMul(kept, network.headKernel), network.headBias);
  });
}

/** Copies of every weight, to go back to later (best epoch, last finite step). */
export function snapshotWeights(network: Network): tf.Tensor[] {
  return networkVariables(network).map((variable) => tf.clone(variable));
}

/** Puts a snapshot's values back into the network's variables. */
export function restoreWeights(network: Network, snapshot: tf.Tensor[]): void {
  networkVariables(network).forEach((variable, index) => variable.assign(snapshot[index] as tf.Tensor));
}

/** Frees the network's variables. */
export function disposeNetwork(network: Network): void {
  tf.dispose(networkVariables(network));
}

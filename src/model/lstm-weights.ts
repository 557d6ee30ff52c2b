import type * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../data/random';
import { glorotUniform, orthogonal, variableFrom } from './initializers';

/**
 * An LSTM layer's weights in Keras layout, gates ordered i, f, C̃, o along the last axis, so they can
 * be copied to and from `tf.layers.lstm`.
 */
export interface LstmWeights {
  /** W_x: [features, 4·units], applied to x_t. */
  kernel: tf.Variable<tf.Rank.R2>;
  /** W_h: [units, 4·units], applied to h_{t-1}. */
  recurrentKernel: tf.Variable<tf.Rank.R2>;
  /** b: [4·units]; the forget slice starts at 1 (Keras `unit_forget_bias`). */
  bias: tf.Variable<tf.Rank.R1>;
}

/** Fresh LSTM weights with Keras's initial values: glorot-uniform kernel, orthogonal recurrent kernel, forget bias 1. */
export function createLstmWeights(features: number, units: number, random: Random): LstmWeights {
  const biasValues = new Float32Array(4 * units);
  biasValues.fill(1, units, 2 * units);
  return {
    kernel: variableFrom<tf.Rank.R2>(glorotUniform(features, 4 * units, random), [features, 4 * units]),
    recurrentKernel: variableFrom<tf.Rank.R2>(orthogonal(units, 4 * units, random), [units, 4 * units]),
    bias: variableFrom<tf.Rank.R1>(biasValues, [4 * units]),
  };
}

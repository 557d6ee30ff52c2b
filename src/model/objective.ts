import * as tf from '@tensorflow/tfjs-core';
import type { LstmWeights } from './lstm';

/** Mean squared error between forecasts and targets, both [batch]. */
export function meanSquaredError(predictions: tf.Tensor1D, targets: tf.Tensor1D): tf.Scalar {
  return tf.mean(tf.square(tf.sub(predictions, targets)));
}

/** Keras `l2(strength)` on the input and recurrent kernels: strength · Σw². Biases are not decayed. */
export function l2Penalty(weights: LstmWeights, strength: number): tf.Scalar {
  return tf.mul(strength, tf.add(tf.sum(tf.square(weights.kernel)), tf.sum(tf.square(weights.recurrentKernel))));
}

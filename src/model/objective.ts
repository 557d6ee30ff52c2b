import * as tf from '@tensorflow/tfjs-core';
import type { Network } from './network';

/** What a task asks of the network's [batch, outputs] answer. */
export type TaskKind = 'regression' | 'classification';

/** Mean squared error between forecasts and targets, both [batch]. */
export function meanSquaredError(predictions: tf.Tensor1D, targets: tf.Tensor1D): tf.Scalar {
  return tf.mean(tf.square(tf.sub(predictions, targets)));
}

/**
 * The data loss: mean squared error of a regression's single output, or softmax cross-entropy of a
 * classification's logits against the class indices in `targets` (Keras's
 * SparseCategoricalCrossentropy(from_logits=True)).
 */
export function taskLoss(kind: TaskKind, outputs: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  const [batch, classes] = outputs.shape;
  if (kind === 'regression') return meanSquaredError(tf.reshape(outputs, [batch]), targets);
  return tf.losses.softmaxCrossEntropy(tf.oneHot(tf.cast(targets, 'int32'), classes), outputs);
}

/** Share of a classification batch whose largest logit is the target class. */
export function accuracy(outputs: tf.Tensor2D, targets: tf.Tensor1D): tf.Scalar {
  return tf.mean(tf.cast(tf.equal(tf.argMax(outputs, 1), tf.cast(targets, 'int32')), 'float32'));
}

/** Strengths of the weight penalties. */
export interface PenaltyOptions {
  l1: number;
  l2: number;
  /** Whether the recurrent kernels are penalised too (Keras `recurrent_regularizer`). */
  penaliseRecurrent: boolean;
}

/** The weights a penalty applies to: every input kernel, and the recurrent kernels when asked. Never biases or the head. */
export function penalisedWeights(network: Network, penaliseRecurrent: boolean): tf.Variable[] {
  return network.layers.flatMap((layer) => (penaliseRecurrent ? [layer.kernel, layer.recurrentKernel] : [layer.kernel]));
}

/**
 * Keras `L1L2(l1, l2)` summed over the penalised weights: l1·Σ|w| + l2·Σw². Undefined when both are off,
 * so an unregularised step computes nothing extra.
 */
export function weightPenalty(network: Network, options: PenaltyOptions): tf.Scalar | undefined {
  if (options.l1 <= 0 && options.l2 <= 0) return undefined;
  const weights = penalisedWeights(network, options.penaliseRecurrent);
  const terms: tf.Scalar[] = [];
  if (options.l1 > 0) terms.push(tf.mul(options.l1, tf.addN(weights.map((weight) => tf.sum(tf.abs(weight))))));
  if (options.l2 > 0) terms.push(tf.mul(options.l2, tf.addN(weights.map((weight) => tf.sum(tf.square(weight))))));
  return tf.addN(terms);
}

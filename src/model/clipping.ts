import * as tf from '@tensorflow/tfjs-core';

/** Gradients after clipping, with the global norm they had before. */
export interface ClippedGradients {
  gradients: tf.NamedTensorMap;
  /** sqrt(Σ‖g‖²) over every gradient tensor, before clipping. */
  globalNorm: tf.Scalar;
}

/** The global L2 norm of a set of gradients: sqrt of the sum of every element squared. */
export function globalNorm(gradients: tf.NamedTensorMap): tf.Scalar {
  return tf.sqrt(tf.addN(Object.values(gradients).map((gradient) => tf.sum(tf.square(gradient)))));
}

/**
 * Keras `global_clipnorm`: when the global norm exceeds `threshold`, every gradient is scaled by
 * threshold / norm, so the direction is kept and the norm becomes the threshold. 0 turns it off.
 */
export function clipByGlobalNorm(gradients: tf.NamedTensorMap, threshold: number): ClippedGradients {
  const norm = globalNorm(gradients);
  if (threshold <= 0) return { gradients, globalNorm: norm };
  const scale = tf.div(threshold, tf.maximum(norm, threshold));
  const clipped: tf.NamedTensorMap = {};
  for (const [name, gradient] of Object.entries(gradients)) clipped[name] = tf.mul(gradient, scale);
  return { gradients: clipped, globalNorm: norm };
}

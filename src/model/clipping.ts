import * as tf from '@tensorflow/tfjs-core';
import type { ClipMode } from '../settings/schema';

/** Gradients after clipping, with what the clipping saw. */
export interface ClippedGradients {
  gradients: tf.NamedTensorMap;
  /** sqrt(Σ‖g‖²) over every gradient tensor, before clipping. */
  globalNorm: tf.Scalar;
  /** 1 when clipping changed the gradients at this step, else 0. */
  fired: tf.Scalar;
}

function tensorNorm(tensor: tf.Tensor): tf.Scalar {
  return tf.sqrt(tf.sum(tf.square(tensor)));
}

/** The global L2 norm of a set of gradients: sqrt of the sum of every element squared. */
export function globalNorm(gradients: tf.NamedTensorMap): tf.Scalar {
  return tf.sqrt(tf.addN(Object.values(gradients).map((gradient) => tf.sum(tf.square(gradient)))));
}

function mapGradients(gradients: tf.NamedTensorMap, transform: (gradient: tf.Tensor) => tf.Tensor): tf.NamedTensorMap {
  return Object.fromEntries(Object.entries(gradients).map(([name, gradient]) => [name, transform(gradient)]));
}

// A norm above the threshold is scaled down to it: threshold / max(norm, threshold) is 1 otherwise.
function scaleDownTo(norm: tf.Scalar, threshold: number): tf.Scalar {
  return tf.div(threshold, tf.maximum(norm, threshold));
}

/**
 * Clips gradients the way Keras's optimizer options do:
 * - `global` (`global_clipnorm`, the L2 view): if the norm of all gradients together exceeds the
 *   threshold, every gradient is scaled by threshold / norm; the direction is kept.
 * - `tensor` (`clipnorm`): each gradient tensor is scaled down to the threshold on its own.
 * - `value` (`clipvalue`, the L∞ view): every element is clamped to [−threshold, threshold].
 * - `off`: unchanged.
 */
export function clipGradients(gradients: tf.NamedTensorMap, mode: ClipMode, threshold: number): ClippedGradients {
  const norm = globalNorm(gradients);
  switch (mode) {
    case 'off':
      return { gradients, globalNorm: norm, fired: tf.scalar(0) };
    case 'global':
      return {
        gradients: mapGradients(gradients, (gradient) => tf.mul(gradient, scaleDownTo(norm, threshold))),
        globalNorm: norm,
        fired: tf.cast(tf.greater(norm, threshold), 'float32'),
      };
    case 'tensor': {
      const norms = new Map(Object.values(gradients).map((gradient) => [gradient, tensorNorm(gradient)]));
      return {
        gradients: mapGradients(gradients, (gradient) => tf.mul(gradient, scaleDownTo(norms.get(gradient) as tf.Scalar, threshold))),
        globalNorm: norm,
        fired: tf.cast(tf.greater(tf.max(tf.stack([...norms.values()])), threshold), 'float32'),
      };
    }
    case 'value': {
      const largest = tf.max(tf.stack(Object.values(gradients).map((gradient) => tf.max(tf.abs(gradient)))));
      return {
        gradients: mapGradients(gradients, (gradient) => tf.clipByValue(gradient, -threshold, threshold)),
        globalNorm: norm,
        fired: tf.cast(tf.greater(largest, threshold), 'float32'),
      };
    }
  }
}

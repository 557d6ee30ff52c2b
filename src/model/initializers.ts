import * as tf from '@tensorflow/tfjs-core';

/** Keras `glorot_uniform`: uniform on ±sqrt(6 / (fanIn + fanOut)) for a [fanIn, fanOut] matrix. */
export function glorotUniform(shape: [number, number], seed: number): tf.Tensor2D {
  const limit = Math.sqrt(6 / (shape[0] + shape[1]));
  return tf.randomUniform(shape, -limit, limit, 'float32', seed);
}

/**
 * Keras `orthogonal` (gain 1) for a [rows, columns] matrix: QR of a Gaussian matrix, signs fixed by
 * R's diagonal so the result is uniformly distributed over orthogonal matrices.
 */
export function orthogonal(shape: [number, number], seed: number): tf.Tensor2D {
  return tf.tidy(() => {
    const [rows, columns] = shape;
    const gaussian = tf.randomNormal([Math.max(rows, columns), Math.min(rows, columns)], 0, 1, 'float32', seed);
    const [q, r] = tf.linalg.qr(gaussian);
    const signs = tf.sign(tf.sum(tf.mul(r, tf.eye(Math.min(rows, columns))), 0));
    const signed = tf.mul(q, signs) as tf.Tensor2D;
    return rows < columns ? tf.transpose(signed) : signed;
  });
}

/** A trainable variable holding `createInitial()`'s value; the temporary initial tensor is freed. */
export function variableFrom<R extends tf.Rank>(createInitial: () => tf.Tensor<R>): tf.Variable<R> {
  // tidy frees the initial tensor but never a variable, so only the variable survives.
  return tf.tidy(() => tf.variable(createInitial()));
}

import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../data/random';

// Initial values are drawn in plain JavaScript from the run's seeded stream rather than with tf.random*
// and tf.linalg.qr: the same seed then gives the same starting weights on every backend, and the QR
// that took 11 s of shader compiling on software WebGL is a few milliseconds here.

/** Keras `glorot_uniform` for a [fanIn, fanOut] matrix: uniform on ±sqrt(6 / (fanIn + fanOut)), row-major. */
export function glorotUniform(fanIn: number, fanOut: number, random: Random): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (2 * random.uniform() - 1) * limit);
}

/**
 * Keras `orthogonal` (gain 1) for a [rows, columns] matrix, row-major: the Q of a Gaussian matrix's QR
 * with R's diagonal made positive, which is what Gram–Schmidt yields. The shorter side's vectors are
 * orthonormal: the rows of a wide matrix (such as the [units, 4·units] recurrent kernel), else the columns.
 * Hand-written because no maintained JavaScript library offers a seeded orthogonal initializer.
 */
export function orthogonal(rows: number, columns: number, random: Random): Float32Array {
  const count = Math.min(rows, columns);
  const length = Math.max(rows, columns);
  const vectors = Array.from({ length: count }, () => Float64Array.from({ length }, () => random.normal()));
  // Modified Gram–Schmidt, in float64 so the result is orthonormal to float32 precision.
  vectors.forEach((vector, index) => {
    for (const previous of vectors.slice(0, index)) {
      const projection = vector.reduce((sum, value, position) => sum + value * (previous[position] as number), 0);
      vector.forEach((value, position) => (vector[position] = value - projection * (previous[position] as number)));
    }
    const norm = Math.hypot(...vector);
    vector.forEach((value, position) => (vector[position] = value / norm));
  });
  const values = new Float32Array(rows * columns);
  vectors.forEach((vector, index) =>
    vector.forEach((value, position) => {
      values[rows < columns ? index * columns + position : position * columns + index] = value;
    }),
  );
  return values;
}

/** A trainable variable with these initial values. */
export function variableFrom<R extends tf.Rank>(values: Float32Array, shape: tf.ShapeMap[R]): tf.Variable<R> {
  // tidy frees the temporary tensor but never a variable, so only the variable survives.
  return tf.tidy(() => tf.variable(tf.tensor(values, shape) as tf.Tensor<R>));
}

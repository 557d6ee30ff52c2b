import * as tf from '@tensorflow/tfjs-core';

// Measured in Node with tfjs 4.22: the wasm backend's Slice copies the whole source tensor out of its heap
// for every slice, so tf.unstack of a [30, 128, 32] tensor makes 30 full copies (about 6 ms), and its Gather
// is little faster (5 ms); a one-hot row times the tensor flattened to [timeSteps, rows·columns] picks a step
// through XNNPACK in about 0.03 ms (0.8 ms for all 30). Its BatchMatMul also falls back to a slow loop when a
// transpose flag is set (the weight gradient took 16 ms with the flag, 3 ms with an explicit transpose).
// The cpu backend is the other way round: unstack is copy-free and transpose flags cost nothing, while
// explicit transposes walk the tensor element by element.

/** How to take a stacked tensor apart and multiply by a transpose: slices and transpose flags, or matrix products. */
export type StepAccess = 'slices' | 'products';

/** The access the active backend does fastest (see the measurements above). */
export function stepAccessForBackend(): StepAccess {
  return tf.getBackend() === 'wasm' ? 'products' : 'slices';
}

/** The time steps of a [timeSteps, rows, columns] tensor, each [rows, columns]; exact for finite values. */
export function stepsOf(stacked: tf.Tensor3D, access = stepAccessForBackend()): tf.Tensor2D[] {
  if (access === 'slices') return tf.unstack(stacked) as tf.Tensor2D[];
  const [timeSteps, rows, columns] = stacked.shape;
  const flat = tf.reshape(stacked, [timeSteps, rows * columns]);
  const selectors = tf.unstack(tf.reshape(tf.eye(timeSteps), [timeSteps, 1, timeSteps])) as tf.Tensor2D[];
  return selectors.map((selector) => tf.reshape(tf.matMul(selector, flat), [rows, columns]));
}

/** a · bᵀ. */
export function matMulTransposedRight(a: tf.Tensor2D, b: tf.Tensor2D, access = stepAccessForBackend()): tf.Tensor2D {
  return access === 'slices' ? tf.matMul(a, b, false, true) : tf.matMul(a, tf.transpose(b));
}

/** aᵀ · b. */
export function matMulTransposedLeft(a: tf.Tensor2D, b: tf.Tensor2D, access = stepAccessForBackend()): tf.Tensor2D {
  return access === 'slices' ? tf.matMul(a, b, true, false) : tf.matMul(tf.transpose(a), b);
}

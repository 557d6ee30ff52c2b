import * as tf from '@tensorflow/tfjs-core';

/** Keras's Adam epsilon. Always passed explicitly: tfjs's WebGL backend would otherwise use 1e-4. */
export const adamEpsilon = 1e-7;

/** Adam whose learning rate can move between steps without losing its moment estimates. */
export class TunableAdam extends tf.AdamOptimizer {
  constructor(learningRate: number) {
    super(learningRate, 0.9, 0.999, adamEpsilon);
  }

  /** Sets the step size used from the next `applyGradients` on (tfjs reads it on every call). */
  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }
}

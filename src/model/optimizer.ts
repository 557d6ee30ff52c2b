import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerChoice } from '../settings/schema';

/** Keras's epsilon. Always passed explicitly: tfjs's WebGL backend would otherwise use 1e-4. */
export const optimizerEpsilon = 1e-7;

/** Momentum of "SGD with momentum" (a common choice; Keras's SGD defaults to none). */
export const sgdMomentum = 0.9;

/** An optimizer whose learning rate can move between steps without losing its state. */
export type TunableOptimizer = tf.Optimizer & { setLearningRate(learningRate: number): void };

// tfjs reads `learningRate` afresh in every applyGradients, but declares it protected: these
// subclasses only make it settable.
class TunableAdam extends tf.AdamOptimizer {
  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }
}

class TunableRmsProp extends tf.RMSPropOptimizer {
  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }
}

// tfjs's MomentumOptimizer has setLearningRate, but its dispose() forgets the learning-rate scalar
// it keeps: one leaked tensor per optimizer switch.
class DisposableMomentum extends tf.MomentumOptimizer {
  override dispose(): void {
    super.dispose();
    this.c.dispose();
  }
}

/**
 * A fresh optimizer with Keras's defaults: Adam (β₁ 0.9, β₂ 0.999), RMSProp (ρ 0.9, no momentum) or SGD
 * with momentum 0.9, each with epsilon 1e-7 where it has one. Two tfjs details differ from Keras, both
 * negligible here: RMSProp divides by sqrt(v + ε) rather than sqrt(v) + ε, and SGD keeps its velocity
 * in gradient units and multiplies by the current learning rate, so moving the learning rate mid-run
 * rescales the momentum already gathered (Keras keeps v = m·v − lr·g).
 */
export function createOptimizer(kind: OptimizerChoice, learningRate: number): TunableOptimizer {
  switch (kind) {
    case 'adam':
      return new TunableAdam(learningRate, 0.9, 0.999, optimizerEpsilon);
    case 'rmsprop':
      return new TunableRmsProp(learningRate, 0.9, 0, optimizerEpsilon);
    case 'sgd':
      return new DisposableMomentum(learningRate, sgdMomentum);
  }
}

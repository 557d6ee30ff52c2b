import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerChoice } from '../settings/schema';

/** Keras's epsilon. Always passed explicitly: tfjs's WebGL backend would otherwise use 1e-4. */
export const optimizerEpsilon = 1e-7;

/** Momentum of "SGD with momentum" (a common choice; Keras's SGD defaults to none). */
export const sgdMomentum = 0.9;

/** Keras's Adam β₁ and β₂, and RMSProp's ρ. */
export const adamBeta1 = 0.9;
export const adamBeta2 = 0.999;
export const rmsPropRho = 0.9;

/** A gradient for the trainable variable of that name. */
export interface NamedGradient {
  name: string;
  tensor: tf.Tensor;
}

/** An optimizer whose learning rate and weight decay can move between steps without losing its state. */
export interface TunableOptimizer {
  readonly kind: OptimizerChoice;
  setLearningRate(learningRate: number): void;
  /** Keras 3 `weight_decay`: decoupled decay of every variable by learningRate · weightDecay per step; 0 is off. */
  setWeightDecay(weightDecay: number): void;
  /** One update of the named variables (clipping has been done by then, as Keras clips before decaying). */
  applyGradients(gradients: NamedGradient[]): void;
  /** Frees the optimizer's own state. */
  dispose(): void;
}

// The optimizer's slots for one variable (Adam: m and v; RMSProp: v; SGD: the momentum m).
type Slots = tf.Variable[];

/**
 * Keras 3's optimizers written out, because tfjs's differ: its Adam divides by √v̂ + ε where Keras 3
 * divides by √v + ε and scales the step by √(1−β₂ᵗ)/(1−β₁ᵗ) (one step differs by 7e-3 on a 1e-2
 * update), its momentum SGD keeps a velocity in gradient units that a new learning rate rescales, and
 * none has `weight_decay`. Each line follows keras/src/optimizers/{adam,rmsprop,sgd}.py (3.15), in the
 * same operation order so float32 results agree; tests compare with fixtures written by Keras itself.
 */
class KerasOptimizer implements TunableOptimizer {
  private readonly slots = new Map<string, Slots>();
  private iterations = 0;

  constructor(
    readonly kind: OptimizerChoice,
    private learningRate: number,
    private weightDecay: number,
  ) {}

  setLearningRate(learningRate: number): void {
    this.learningRate = learningRate;
  }

  setWeightDecay(weightDecay: number): void {
    this.weightDecay = weightDecay;
  }

  applyGradients(gradients: NamedGradient[]): void {
    const variables = tf.engine().registeredVariables;
    const learningRate = this.learningRate;
    const step = this.iterations + 1;
    tf.tidy(() => {
      // Keras's base optimizer decays every trainable variable (biases too, unless excluded by name) before the update.
      if (this.weightDecay > 0) {
        for (const { name } of gradients) {
          const variable = variableNamed(variables, name);
          variable.assign(tf.sub(variable, tf.mul(tf.mul(variable, this.weightDecay), learningRate)));
        }
      }
      for (const { name, tensor } of gradients) this.update(variableNamed(variables, name), tensor, learningRate, step);
    });
    this.iterations = step;
  }

  private slotsOf(variable: tf.Variable, count: number): Slots {
    let slots = this.slots.get(variable.name);
    if (!slots) {
      slots = Array.from({ length: count }, () => tf.variable(tf.zerosLike(variable), false));
      this.slots.set(variable.name, slots);
    }
    return slots;
  }

  private update(variable: tf.Variable, gradient: tf.Tensor, learningRate: number, step: number): void {
    switch (this.kind) {
      case 'adam': {
        const [m, v] = this.slotsOf(variable, 2) as [tf.Variable, tf.Variable];
        const alpha = (learningRate * Math.sqrt(1 - adamBeta2 ** step)) / (1 - adamBeta1 ** step);
        m.assign(tf.add(m, tf.mul(tf.sub(gradient, m), 1 - adamBeta1)));
        v.assign(tf.add(v, tf.mul(tf.sub(tf.square(gradient), v), 1 - adamBeta2)));
        variable.assign(tf.sub(variable, tf.div(tf.mul(m, alpha), tf.add(tf.sqrt(v), optimizerEpsilon))));
        return;
      }
      case 'rmsprop': {
        const [v] = this.slotsOf(variable, 1) as [tf.Variable];
        v.assign(tf.add(tf.mul(rmsPropRho, v), tf.mul(1 - rmsPropRho, tf.square(gradient))));
        variable.assign(tf.sub(variable, tf.div(tf.mul(learningRate, gradient), tf.sqrt(tf.add(v, optimizerEpsilon)))));
        return;
      }
      case 'sgd': {
        const [m] = this.slotsOf(variable, 1) as [tf.Variable];
        m.assign(tf.sub(tf.mul(m, sgdMomentum), tf.mul(gradient, learningRate)));
        variable.assign(tf.add(variable, m));
        return;
      }
    }
  }

  dispose(): void {
    for (const slots of this.slots.values()) tf.dispose(slots);
    this.slots.clear();
  }
}

function variableNamed(variables: Record<string, tf.Variable>, name: string): tf.Variable {
  const variable = variables[name];
  if (!variable) throw new Error(`No trainable variable named ${name}`);
  return variable;
}

/**
 * A fresh optimizer as Keras 3 builds it: Adam (β₁ 0.9, β₂ 0.999), RMSProp (ρ 0.9, no momentum) or SGD
 * with momentum 0.9, epsilon 1e-7 where it has one, and `weight_decay` (with Adam this is AdamW).
 */
export function createOptimizer(kind: OptimizerChoice, learningRate: number, weightDecay = 0): TunableOptimizer {
  return new KerasOptimizer(kind, learningRate, weightDecay);
}

import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../data/random';
import type { LayerMasks } from './dropout';
import { glorotUniform, orthogonal, variableFrom } from './initializers';
import { handLstmStack } from './lstm-hand';

/**
 * How an LSTM's gradients are computed: `hand`, the hand-derived backward pass through time (fewer
 * kernels, the default), or `automatic`, tfjs autodiff of the step-by-step forward loop (the reference).
 */
export type GradientMode = 'hand' | 'automatic';

/**
 * An LSTM layer's weights in Keras layout, gates ordered i, f, C̃, o along the last axis, so they can
 * be copied to and from `tf.layers.lstm`.
 */
export interface LstmWeights {
  /** W_x: [features, 4·units], applied to x_t. */
  kernel: tf.Variable<tf.Rank.R2>;
  /** W_h: [units, 4·units], applied to h_{t-1}. */
  recurrentKernel: tf.Variable<tf.Rank.R2>;
  /** b: [4·units]; the forget slice starts at 1 (Keras `unit_forget_bias`). */
  bias: tf.Variable<tf.Rank.R1>;
}

/** Fresh LSTM weights with Keras's initial values: glorot-uniform kernel, orthogonal recurrent kernel, forget bias 1. */
export function createLstmWeights(features: number, units: number, random: Random): LstmWeights {
  const biasValues = new Float32Array(4 * units);
  biasValues.fill(1, units, 2 * units);
  return {
    kernel: variableFrom<tf.Rank.R2>(glorotUniform(features, 4 * units, random), [features, 4 * units]),
    recurrentKernel: variableFrom<tf.Rank.R2>(orthogonal(units, 4 * units, random), [units, 4 * units]),
    bias: variableFrom<tf.Rank.R1>(biasValues, [4 * units]),
  };
}

/** One time step's gate activations and new state, each [batch, units]. */
export interface LstmStepState {
  inputGate: tf.Tensor2D;
  forgetGate: tf.Tensor2D;
  candidate: tf.Tensor2D;
  outputGate: tf.Tensor2D;
  cell: tf.Tensor2D;
  hidden: tf.Tensor2D;
}

/**
 * x_t·W_x + b for every time step, each [batch, 4·units]. It does not depend on h, so all time steps
 * are projected with one matMul before the recurrence. The input mask, when given, multiplies x_t.
 */
function projectInputs(weights: LstmWeights, inputs: tf.Tensor3D, inputMask?: tf.Tensor2D): tf.Tensor2D[] {
  const [batch, timeSteps, features] = inputs.shape;
  const units = weights.recurrentKernel.shape[0];
  const keptInputs = inputMask ? tf.mul(inputs, tf.reshape(inputMask, [batch, 1, features])) : inputs;
  const projected = tf.reshape(tf.add(tf.matMul(tf.reshape(keptInputs, [batch * timeSteps, features]), weights.kernel), weights.bias), [
    batch,
    timeSteps,
    4 * units,
  ]);
  return tf.unstack(projected, 1) as tf.Tensor2D[];
}

/**
 * One step of the recurrence, the gate equations with W·[h_{t-1}, x_t] split as x_t·W_x + h_{t-1}·W_h
 * (`projectedInput` is x_t·W_x + b); one matMul gives all four gates at once:
 *   i_t = σ(·),  f_t = σ(·),  C̃_t = tanh(·),  o_t = σ(·)
 *   C_t = f_t ⊙ C_{t-1} + i_t ⊙ C̃_t,   h_t = o_t ⊙ tanh(C_t)
 * The recurrent mask, when given, multiplies h_{t-1} in the recurrence only.
 */
function lstmStep(
  weights: LstmWeights,
  projectedInput: tf.Tensor2D,
  previous: { hidden: tf.Tensor2D; cell: tf.Tensor2D },
  recurrentMask?: tf.Tensor2D,
): LstmStepState {
  const recurrentInput = recurrentMask ? tf.mul(previous.hidden, recurrentMask) : previous.hidden;
  const gates = tf.add(projectedInput, tf.matMul(recurrentInput, weights.recurrentKernel));
  const [inputPart, forgetPart, candidatePart, outputPart] = tf.split(gates, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  const [inputGate, forgetGate, candidate, outputGate] = [
    tf.sigmoid(inputPart),
    tf.sigmoid(forgetPart),
    tf.tanh(candidatePart),
    tf.sigmoid(outputPart),
  ];
  const cell: tf.Tensor2D = tf.add(tf.mul(forgetGate, previous.cell), tf.mul(inputGate, candidate));
  return { inputGate, forgetGate, candidate, outputGate, cell, hidden: tf.mul(outputGate, tf.tanh(cell)) };
}

/** The zero state an LSTM layer starts from: h_0 and C_0, each [batch, units]. */
function initialState(batch: number, units: number): { hidden: tf.Tensor2D; cell: tf.Tensor2D } {
  return { hidden: tf.zeros([batch, units]), cell: tf.zeros([batch, units]) };
}

/**
 * Runs one LSTM layer over [batch, timeSteps, features] inputs and returns h_t for every time step,
 * each [batch, units]. Dropout masks, when given, multiply x_t and (in the recurrence only) h_{t-1},
 * the same at every step. `gradients` picks how a gradient tape differentiates it; the values agree.
 */
export function lstmLayer(
  weights: LstmWeights,
  inputs: tf.Tensor3D,
  masks: LayerMasks = {},
  gradients: GradientMode = 'hand',
): tf.Tensor2D[] {
  if (gradients === 'hand') {
    const hiddens = handLstmStack([weights], timeMajor(inputs), [masks], true);
    return tf.unstack(tf.transpose(hiddens, [0, 2, 1])) as tf.Tensor2D[];
  }
  return lstmSteps(weights, inputs, masks).map((step) => step.hidden);
}

/**
 * Every time step's gates and state of one layer, step by step (the path automatic differentiation
 * follows). `hiddenOffsets`, when given, are added to each h_t before it goes on: zeros whose gradient
 * is ∂L/∂h_t.
 */
export function lstmSteps(
  weights: LstmWeights,
  inputs: tf.Tensor3D,
  masks: LayerMasks = {},
  hiddenOffsets?: tf.Tensor2D[],
): LstmStepState[] {
  let state: { hidden: tf.Tensor2D; cell: tf.Tensor2D } = initialState(inputs.shape[0], weights.recurrentKernel.shape[0]);
  return projectInputs(weights, inputs, masks.input).map((projectedInput, time) => {
    const next = lstmStep(weights, projectedInput, state, masks.recurrent);
    const offset = hiddenOffsets?.[time];
    const step = offset ? { ...next, hidden: tf.add<tf.Tensor2D>(next.hidden, offset) } : next;
    state = step;
    return step;
  });
}

// [batch, timeSteps, features] → [timeSteps, features, batch], the feature-major layout of the hand-derived pass.
function timeMajor(inputs: tf.Tensor3D): tf.Tensor3D {
  return tf.transpose(inputs, [1, 2, 0]);
}

/**
 * Runs stacked LSTM layers (each feeding its whole sequence to the next) and returns the last layer's
 * h_T, [batch, units]. `gradients` picks how a gradient tape differentiates it; the values agree.
 */
export function lstmStack(
  layers: LstmWeights[],
  inputs: tf.Tensor3D,
  masks: LayerMasks[] = [],
  gradients: GradientMode = 'hand',
): tf.Tensor2D {
  if (gradients === 'hand') return tf.transpose(handLstmStack(layers, timeMajor(inputs), masks, false) as tf.Tensor2D);
  let sequence = inputs;
  let last: tf.Tensor2D | undefined;
  layers.forEach((weights, index) => {
    const outputs = lstmLayer(weights, sequence, masks[index], 'automatic');
    last = outputs.at(-1);
    if (index < layers.length - 1) sequence = tf.stack(outputs, 1) as tf.Tensor3D;
  });
  if (!last) throw new Error('An LSTM stack needs at least one layer and one time step');
  return last;
}

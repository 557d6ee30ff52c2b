import * as tf from '@tensorflow/tfjs-core';
import { maskForGate, sharedMasks, type GateMask, type LayerMasks } from './dropout';
import { fusedLstmStack } from './lstm-fused';
import { fusedKernelsAvailable } from './lstm-fused-kernels';
import { handLstmForward, handLstmStack } from './lstm-hand';
import type { LstmWeights } from './lstm-weights';

/**
 * How an LSTM's gradients are computed: `hand`, the hand-derived backward pass through time (fewer
 * kernels, the default); `automatic`, tfjs autodiff of the step-by-step forward loop (the reference); or
 * `none`, forward only (evaluation): nothing is kept for a backward pass, and no gradient flows.
 */
export type GradientMode = 'hand' | 'automatic' | 'none';

/**
 * Which code runs the hand-derived pass. `fused` (the default): the fused step kernels where the backend
 * has them (wasm, cpu), the step-by-step tfjs ops elsewhere (WebGL), and forward-only evaluation.
 * `unfused`: the step-by-step tfjs ops on every backend, and evaluation through the differentiable pass,
 * as the project ran before the fused kernels; the benchmark times it as its "before" column.
 */
export type LstmImplementation = 'fused' | 'unfused';

let implementation: LstmImplementation = 'fused';

/** Chooses the code behind the hand-derived pass for every later call (the benchmark's before/after switch). */
export function setLstmImplementation(next: LstmImplementation): void {
  implementation = next;
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
function projectInputs(weights: LstmWeights, inputs: tf.Tensor3D, inputMask?: GateMask): tf.Tensor2D[] {
  const [batch, timeSteps, features] = inputs.shape;
  const units = weights.recurrentKernel.shape[0];
  const project = (mask: tf.Tensor2D | undefined, kernel: tf.Tensor2D, bias: tf.Tensor1D) => {
    const kept = mask ? tf.mul(inputs, tf.reshape(mask, [batch, 1, features])) : inputs;
    return tf.add(tf.matMul(tf.reshape(kept, [batch * timeSteps, features]), kernel), bias);
  };
  const projected =
    inputMask?.rank === 3
      ? tf.concat(
          [0, 1, 2, 3].map((gate) => project(maskForGate(inputMask, gate), gateColumns(weights.kernel, gate), gateOf(weights.bias, gate))),
          1,
        )
      : project(inputMask as tf.Tensor2D | undefined, weights.kernel, weights.bias);
  return tf.unstack(tf.reshape(projected, [batch, timeSteps, 4 * units]), 1) as tf.Tensor2D[];
}

// Gate `gate`'s block (Keras order i, f, C̃, o) of a [rows, 4·units] kernel or a [4·units] bias.
function gateColumns(kernel: tf.Tensor2D, gate: number): tf.Tensor2D {
  const units = kernel.shape[1] / 4;
  return tf.slice(kernel, [0, gate * units], [kernel.shape[0], units]);
}

function gateOf(bias: tf.Tensor1D, gate: number): tf.Tensor1D {
  const units = bias.shape[0] / 4;
  return tf.slice(bias, [gate * units], [units]);
}

/** h_{t-1}·W_h, each gate's block with its own mask when the mask is per gate. */
function recurrentProduct(weights: LstmWeights, hidden: tf.Tensor2D, mask?: GateMask): tf.Tensor2D {
  if (mask?.rank === 3) {
    const blocks = [0, 1, 2, 3].map((gate) =>
      tf.matMul(tf.mul(hidden, maskForGate(mask, gate)), gateColumns(weights.recurrentKernel, gate)),
    );
    return tf.concat(blocks, 1) as tf.Tensor2D;
  }
  return tf.matMul(mask ? tf.mul(hidden, mask) : hidden, weights.recurrentKernel);
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
  recurrentMask?: GateMask,
): LstmStepState {
  const gates = tf.add(projectedInput, recurrentProduct(weights, previous.hidden, recurrentMask));
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
  if (gradients !== 'automatic') {
    if (implementation === 'fused' && fusedKernelsAvailable()) {
      return tf.unstack(fusedLstmStack([weights], inputs, [masks], true, gradients === 'hand'), 1) as tf.Tensor2D[];
    }
    const shared = sharedMasks([masks]);
    if (shared) return tf.unstack(tf.transpose(handLstmStack([weights], timeMajor(inputs), shared, true), [0, 2, 1])) as tf.Tensor2D[];
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
 * h_T, [batch, units]. `gradients` picks how a gradient tape differentiates it; the values agree. Where
 * the fused kernels are missing (WebGL), per-gate masks (recurrent dropout) take the automatic path.
 */
export function lstmStack(
  layers: LstmWeights[],
  inputs: tf.Tensor3D,
  masks: LayerMasks[] = [],
  gradients: GradientMode = 'hand',
): tf.Tensor2D {
  if (gradients !== 'automatic') {
    if (implementation === 'fused' && fusedKernelsAvailable())
      return fusedLstmStack(layers, inputs, masks, false, gradients === 'hand') as tf.Tensor2D;
    const shared = sharedMasks(masks);
    if (shared && gradients === 'none' && implementation === 'fused')
      return tf.transpose(handLstmForward(layers, timeMajor(inputs), shared));
    if (shared) return tf.transpose(handLstmStack(layers, timeMajor(inputs), shared, false) as tf.Tensor2D);
  }
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

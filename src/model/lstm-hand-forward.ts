import * as tf from '@tensorflow/tfjs-core';
import type { SharedLayerMasks } from './dropout';

// The hand-derived pass works feature-major: the state is [units, batch] and the gates [4·units, batch], so
// each gate is a block of rows and splitting gates or stacking steps copies contiguous memory (in the Keras
// batch-major layout each gate is a block of columns, which the cpu backend slices element by element).
// Each step multiplies one augmented matrix by the augmented input [x_t; h_{t-1}; 1], so a single matMul
// gives x_t·W_x + h_{t-1}·W_h + b, and a single matMul over all steps gives the gradients of W_x, W_h and b.

/** One LSTM layer's weights and masks as the hand-derived pass uses them. */
export interface PreparedLayer {
  /** [4·units, features + units + 1]: [W_x; W_h; b]ᵀ, gate rows in the internal order i, f, o, C̃. */
  augmentedWeights: tf.Tensor2D;
  /** [features + units + 1, batch]: the input and recurrent masks stacked like the augmented input; absent without dropout. */
  augmentedMask?: tf.Tensor2D;
}

/** What the forward pass computed that the backward pass reuses, each [timeSteps, units, batch] unless noted. */
export interface ForwardRecord {
  inputGates: tf.Tensor3D;
  forgetGates: tf.Tensor3D;
  outputGates: tf.Tensor3D;
  candidates: tf.Tensor3D;
  /** C_{t-1}. */
  previousCells: tf.Tensor3D;
  /** tanh(C_t). */
  cellTanhs: tf.Tensor3D;
  /** The masked augmented inputs [x_t; h_{t-1}; 1] side by side: [features + units + 1, timeSteps·batch]. */
  augmentedInputs: tf.Tensor2D;
}

/** The record's fields in a fixed order, so it can travel as a plain tensor list (what tf.customGrad saves). */
export const forwardRecordKeys = [
  'inputGates',
  'forgetGates',
  'outputGates',
  'candidates',
  'previousCells',
  'cellTanhs',
  'augmentedInputs',
] as const satisfies readonly (keyof ForwardRecord)[];

/**
 * Swaps the last two of four gate blocks of rows, mapping Keras's order i, f, C̃, o to the internal order
 * i, f, o, C̃ and back. The internal order puts the three sigmoid gates side by side: one split and one
 * sigmoid serve them all.
 */
export function swapLastTwoGates(rows: tf.Tensor2D): tf.Tensor2D {
  const [input, forget, third, fourth] = tf.split(rows, 4, 0) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  return tf.concat([input, forget, fourth, third], 0);
}

/** The augmented weights and mask of one layer (Keras-layout weights, masks [batch, ·] as createMasks makes them). */
export function prepareLayer(
  weights: { kernel: tf.Tensor2D; recurrentKernel: tf.Tensor2D; bias: tf.Tensor1D },
  masks: SharedLayerMasks,
  batch: number,
): PreparedLayer {
  const [features, gateRows] = weights.kernel.shape;
  const units = weights.recurrentKernel.shape[0];
  const stacked = tf.concat([weights.kernel, weights.recurrentKernel, tf.reshape(weights.bias, [1, gateRows])], 0);
  const augmentedWeights = swapLastTwoGates(tf.transpose(stacked) as tf.Tensor2D);
  if (!masks.input && !masks.recurrent) return { augmentedWeights };
  const parts = [masks.input ?? tf.ones([batch, features]), masks.recurrent ?? tf.ones([batch, units]), tf.ones([batch, 1])];
  return { augmentedWeights, augmentedMask: tf.transpose(tf.concat(parts, 1)) as tf.Tensor2D };
}

/** The gate equations step by step over inputs x_t ([features, batch] each): h_t ([units, batch]) for every step, and the record. */
export function forwardLayer(layer: PreparedLayer, inputSteps: tf.Tensor2D[]): { hiddens: tf.Tensor2D[]; record: ForwardRecord };
/** The same without a record (evaluation): nothing is stacked for a backward pass. */
export function forwardLayer(layer: PreparedLayer, inputSteps: tf.Tensor2D[], keepRecord: false): { hiddens: tf.Tensor2D[] };
export function forwardLayer(
  layer: PreparedLayer,
  inputSteps: tf.Tensor2D[],
  keepRecord = true,
): { hiddens: tf.Tensor2D[]; record?: ForwardRecord } {
  const units = layer.augmentedWeights.shape[0] / 4;
  const batch = inputSteps[0]?.shape[1] ?? 0;
  const onesRow = tf.ones([1, batch]);
  let hidden: tf.Tensor2D = tf.zeros([units, batch]);
  let cell: tf.Tensor2D = tf.zeros([units, batch]);
  const steps = {
    inputGates: [],
    forgetGates: [],
    outputGates: [],
    candidates: [],
    previousCells: [],
    cellTanhs: [],
    augmentedInputs: [],
  } as Record<keyof ForwardRecord, tf.Tensor2D[]>;
  const hiddens: tf.Tensor2D[] = [];
  for (const input of inputSteps) {
    const joined = tf.concat([input, hidden, onesRow], 0) as tf.Tensor2D;
    const augmentedInput: tf.Tensor2D = layer.augmentedMask ? tf.mul(joined, layer.augmentedMask) : joined;
    const gates = tf.matMul<tf.Tensor2D>(layer.augmentedWeights, augmentedInput);
    const [sigmoidPart, candidatePart] = tf.split(gates, [3 * units, units], 0) as [tf.Tensor2D, tf.Tensor2D];
    const [inputGate, forgetGate, outputGate] = tf.split(tf.sigmoid(sigmoidPart), 3, 0) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const candidate = tf.tanh(candidatePart);
    steps.previousCells.push(cell);
    cell = tf.add(tf.mul(forgetGate, cell), tf.mul(inputGate, candidate));
    const cellTanh = tf.tanh(cell);
    hidden = tf.mul(outputGate, cellTanh);
    steps.inputGates.push(inputGate);
    steps.forgetGates.push(forgetGate);
    steps.outputGates.push(outputGate);
    steps.candidates.push(candidate);
    steps.cellTanhs.push(cellTanh);
    steps.augmentedInputs.push(augmentedInput);
    hiddens.push(hidden);
  }
  if (!keepRecord) return { hiddens };
  const overTime = (list: tf.Tensor2D[]) => tf.stack(list) as tf.Tensor3D;
  const augmentedRows = layer.augmentedWeights.shape[1];
  return {
    hiddens,
    record: {
      inputGates: overTime(steps.inputGates),
      forgetGates: overTime(steps.forgetGates),
      outputGates: overTime(steps.outputGates),
      candidates: overTime(steps.candidates),
      previousCells: overTime(steps.previousCells),
      cellTanhs: overTime(steps.cellTanhs),
      // Time next to batch, so every (step, sample) pair is one column of the weight gradient's single matMul.
      augmentedInputs: tf.reshape<tf.Rank.R2>(tf.stack(steps.augmentedInputs, 1), [augmentedRows, inputSteps.length * batch]),
    },
  };
}

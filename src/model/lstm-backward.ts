import * as tf from '@tensorflow/tfjs-core';
import { matMulTransposedRight, stepsOf } from './backend-aware-ops';
import { swapLastTwoGates, type ForwardRecord, type PreparedLayer } from './lstm-hand-forward';

/** Gradients of a loss for one layer: per-step input gradients ([features, batch] each) and Keras-layout weight gradients. */
export interface LayerGradients {
  inputSteps: tf.Tensor2D[];
  kernel: tf.Tensor2D;
  recurrentKernel: tf.Tensor2D;
  bias: tf.Tensor1D;
}

/** The gradient reaching a layer's outputs: for every h_t ([units, batch] each), or for h_T alone. */
export type OutputGradients = { steps: tf.Tensor2D[] } | { last: tf.Tensor2D };

function stepOf<T>(list: T[], step: number): T {
  const value = list[step];
  if (value === undefined) throw new Error(`No value for time step ${step}`);
  return value;
}

/**
 * The per-step factors of the chain rule, computed for all steps at once (a few kernels in all instead of a
 * few per step), with z a gate's pre-activation and σ', tanh' written with the saved activations:
 * - gateSlopes_t [4·units, batch], internal order i, f, o, C̃: ∂C_t/∂z_i = C̃·σ'(z_i), ∂C_t/∂z_f = C_{t-1}·σ'(z_f),
 *   ∂h_t/∂z_o = tanh(C_t)·σ'(z_o), ∂C_t/∂z_C̃ = i·tanh'(z_C̃);
 * - cellSlopes_t [units, batch]: ∂h_t/∂C_t = o_t·(1 − tanh²C_t).
 */
function stepFactors(record: ForwardRecord): { gateSlopes: tf.Tensor2D[]; cellSlopes: tf.Tensor2D[]; forgetGates: tf.Tensor2D[] } {
  const sigmoidSlope = (gate: tf.Tensor3D) => tf.mul<tf.Tensor3D>(gate, tf.sub(1, gate));
  const tanhSlope = (activation: tf.Tensor3D) => tf.sub<tf.Tensor3D>(1, tf.square(activation));
  const gateSlopes = tf.concat<tf.Tensor3D>(
    [
      tf.mul(record.candidates, sigmoidSlope(record.inputGates)),
      tf.mul(record.previousCells, sigmoidSlope(record.forgetGates)),
      tf.mul(record.cellTanhs, sigmoidSlope(record.outputGates)),
      tf.mul(record.inputGates, tanhSlope(record.candidates)),
    ],
    1,
  );
  return {
    gateSlopes: stepsOf(gateSlopes),
    cellSlopes: stepsOf(tf.mul(record.outputGates, tanhSlope(record.cellTanhs))),
    forgetGates: stepsOf(record.forgetGates),
  };
}

/**
 * Backpropagation through time for one layer. The loop over t = T…1 computes only per-step quantities:
 * ∂loss/∂z_t for the four gates, then one matMul gives ∂loss/∂[x_t; h_{t-1}; 1] (the input gradient for the
 * layer below and the recurrent gradient), and ∂loss/∂C_{t-1} = ∂loss/∂C_t·f_t. The weight gradients are one
 * matMul over all steps at the end: ∂[W_x; W_h; b] = [X; H_prev; 1] · ∂Zᵀ.
 */
export function backwardLayer(layer: PreparedLayer, record: ForwardRecord, outputGradients: OutputGradients): LayerGradients {
  const [timeSteps, units, batch] = record.inputGates.shape;
  const features = record.augmentedInputs.shape[0] - units - 1;
  const { gateSlopes, cellSlopes, forgetGates } = stepFactors(record);
  // [features + units + 1, 4·units], materialised once: wasm's matMul is slow with a transpose flag.
  const backWeights = tf.transpose(layer.augmentedWeights);
  const fromAbove = 'steps' in outputGradients ? outputGradients.steps : undefined;
  let fromNextStep = 'last' in outputGradients ? outputGradients.last : undefined;
  let cellFromNextStep: tf.Tensor2D | undefined;
  const gateGradients: tf.Tensor2D[] = [];
  const inputSteps: tf.Tensor2D[] = [];
  for (let step = timeSteps - 1; step >= 0; step -= 1) {
    const above = fromAbove?.[step];
    const hiddenGradient = above && fromNextStep ? tf.add(above, fromNextStep) : (above ?? fromNextStep);
    if (!hiddenGradient) throw new Error(`No gradient reaches h at time step ${step}`);
    const throughTanh = tf.mul(hiddenGradient, stepOf(cellSlopes, step));
    const cellGradient = cellFromNextStep ? tf.add(cellFromNextStep, throughTanh) : throughTanh;
    const gateGradient: tf.Tensor2D = tf.mul(
      tf.concat([cellGradient, cellGradient, hiddenGradient, cellGradient]),
      stepOf(gateSlopes, step),
    );
    gateGradients.unshift(gateGradient);
    const joined = tf.matMul<tf.Tensor2D>(backWeights, gateGradient);
    const masked: tf.Tensor2D = layer.augmentedMask ? tf.mul(joined, layer.augmentedMask) : joined;
    const [inputGradient, recurrentGradient] = tf.split(masked, [features, units, 1], 0) as [tf.Tensor2D, tf.Tensor2D];
    inputSteps.unshift(inputGradient);
    fromNextStep = recurrentGradient;
    cellFromNextStep = step > 0 ? tf.mul(cellGradient, stepOf(forgetGates, step)) : undefined;
  }
  const gatesOverTime = tf.reshape<tf.Rank.R2>(tf.stack(gateGradients, 1), [4 * units, timeSteps * batch]);
  const weightGradient = tf.transpose<tf.Tensor2D>(swapLastTwoGates(matMulTransposedRight(gatesOverTime, record.augmentedInputs)));
  const [kernel, recurrentKernel, bias] = tf.split(weightGradient, [features, units, 1], 0) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  return { inputSteps, kernel, recurrentKernel, bias: tf.reshape(bias, [4 * units]) };
}

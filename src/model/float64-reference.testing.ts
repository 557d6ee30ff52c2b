import type * as tf from '@tensorflow/tfjs-core';
import type { NetworkMasks } from './dropout';
import { networkVariables, type Network } from './network';
import type { PenaltyOptions } from './objective';

// The regression objective in float64 plain JavaScript, so central differences of the loss are exact to
// about 1e-10 and a finite-difference check can use a tight tolerance: in float32 the same differences
// carry errors near 1e-3, which would hide a wrong term.

/** Every number the loss depends on, as float64 arrays in tfjs's row-major order. */
export interface Float64Problem {
  /** One entry per variable, in networkVariables order: per layer kernel, recurrent kernel, bias; then head kernel and bias. */
  parameters: Float64Array[];
  /** [batch, timeSteps, features]. */
  inputs: Float64Array;
  targets: Float64Array;
  shape: { batch: number; timeSteps: number; features: number; units: number; layers: number };
  masks: { input?: Float64Array; recurrent?: Float64Array }[];
  outputMask?: Float64Array;
  penalty: PenaltyOptions;
}

const float64 = (tensor: tf.Tensor | undefined) => (tensor ? Float64Array.from(tensor.dataSync()) : undefined);

/** Reads a network, a batch and fixed masks into a float64 problem. */
export function float64Problem(
  network: Network,
  batch: { inputs: tf.Tensor3D; targets: tf.Tensor1D },
  masks: NetworkMasks | undefined,
  penalty: PenaltyOptions,
): Float64Problem {
  const [batchSize, timeSteps, features] = batch.inputs.shape;
  return {
    parameters: networkVariables(network).map((variable) => Float64Array.from(variable.dataSync())),
    inputs: Float64Array.from(batch.inputs.dataSync()),
    targets: Float64Array.from(batch.targets.dataSync()),
    shape: { batch: batchSize, timeSteps, features, units: network.headKernel.shape[0], layers: network.layers.length },
    masks: network.layers.map((_, layer) => ({
      input: float64(masks?.layers[layer]?.input),
      recurrent: float64(masks?.layers[layer]?.recurrent),
    })),
    outputMask: float64(masks?.output),
    penalty,
  };
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));
const at = (values: Float64Array | undefined, index: number, fallback = 1) => (values ? (values[index] as number) : fallback);

/** Mean squared error of the head's forecast plus the L1/L2 penalty, in float64. */
export function float64Loss(problem: Float64Problem): number {
  const { batch, timeSteps, features, units, layers } = problem.shape;
  // sequence[b][t] is the current layer's input vector.
  let sequence = Array.from({ length: batch }, (_, b) =>
    Array.from({ length: timeSteps }, (_, t) =>
      Array.from({ length: features }, (_, f) => at(problem.inputs, (b * timeSteps + t) * features + f)),
    ),
  );
  // A mask is [batch, width] (shared by the gates) or [4, batch, width] (one per gate).
  const gateMaskAt = (mask: Float64Array | undefined, gate: number, b: number, j: number, width: number) =>
    at(mask, ((mask && mask.length > batch * width ? gate : 0) * batch + b) * width + j);
  for (let layer = 0; layer < layers; layer += 1) {
    const [kernel, recurrentKernel, bias] = problem.parameters.slice(3 * layer, 3 * layer + 3) as [
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const { input: inputMask, recurrent: recurrentMask } = problem.masks[layer] ?? {};
    const width = layer === 0 ? features : units;
    sequence = sequence.map((steps, b) => {
      let hidden = new Array<number>(units).fill(0);
      let cell = new Array<number>(units).fill(0);
      return steps.map((x) => {
        // Column g belongs to gate ⌊g / units⌋ (Keras order i, f, C̃, o), which reads its own mask when masks are per gate.
        const gate = (g: number) => {
          const copy = Math.floor(g / units);
          let sum = at(bias, g);
          for (let f = 0; f < width; f += 1)
            sum += (x[f] as number) * gateMaskAt(inputMask, copy, b, f, width) * at(kernel, f * 4 * units + g);
          for (let u = 0; u < units; u += 1)
            sum += (hidden[u] as number) * gateMaskAt(recurrentMask, copy, b, u, units) * at(recurrentKernel, u * 4 * units + g);
          return sum;
        };
        const next = Array.from({ length: units }, (_, u) => {
          const c = sigmoid(gate(units + u)) * (cell[u] as number) + sigmoid(gate(u)) * Math.tanh(gate(2 * units + u));
          return { c, h: sigmoid(gate(3 * units + u)) * Math.tanh(c) };
        });
        cell = next.map((state) => state.c);
        hidden = next.map((state) => state.h);
        return hidden;
      });
    });
  }
  const [headKernel, headBias] = problem.parameters.slice(3 * layers) as [Float64Array, Float64Array];
  let squaredError = 0;
  sequence.forEach((steps, b) => {
    const last = steps.at(-1) ?? [];
    const forecast = last.reduce((sum, h, u) => sum + h * at(problem.outputMask, b * units + u) * at(headKernel, u), at(headBias, 0));
    squaredError += (forecast - at(problem.targets, b)) ** 2;
  });
  const penalised = problem.parameters.filter(
    (_, index) => index < 3 * layers && (index % 3 === 0 || (index % 3 === 1 && problem.penalty.penaliseRecurrent)),
  );
  const penalty = penalised.reduce(
    (sum, weights) => sum + weights.reduce((total, w) => total + problem.penalty.l1 * Math.abs(w) + problem.penalty.l2 * w * w, 0),
    0,
  );
  return squaredError / batch + penalty;
}

import * as tf from '@tensorflow/tfjs-core';
import { matMulTransposedLeft } from './backend-aware-ops';
import { gateCopiesOf, type LayerMasks } from './dropout';
import { hiddenPlaneIndex } from './lstm-fused-arithmetic';
import { fusedKernelNames, registerFusedKernels, type FusedAttrs } from './lstm-fused-kernels';
import type { LstmWeights } from './lstm-weights';

registerFusedKernels();

// Stacked LSTM layers on the fused kernels (wasm, cpu): per time step one matMul, one sigmoid and one fused
// kernel forward, one fused kernel and one matMul backward. Per-step tensors stay a list (no stack and
// re-select); the weight gradient is one matMul over all steps at the end.

/** A per-step tensor somewhere inside a larger one: row b of the step starts at offset + b·rowStride. */
interface Strided {
  tensor: tf.Tensor;
  offset: number;
  rowStride: number;
}

/** What the forward pass of one layer keeps for the backward pass. */
interface LayerTrace {
  /** [W_x; W_h; b]: [features + units + 1, 4·units]. */
  stacked: tf.Tensor2D;
  /** Each step's augmented input, [gateCopies·batch, features + units + 1]. */
  augmented: tf.Tensor2D[];
  /** Each step's record, [8, batch, units], or [2, batch, units] forward only (lstm-fused-arithmetic.ts). */
  records: tf.Tensor[];
}

type LayerWeightTensors = { kernel: tf.Tensor2D; recurrentKernel: tf.Tensor2D; bias: tf.Tensor1D };

function runFused(name: string, inputs: Record<string, tf.Tensor | undefined>, attrs: FusedAttrs): tf.Tensor[] {
  const present = Object.fromEntries(Object.entries(inputs).filter((entry): entry is [string, tf.Tensor] => entry[1] !== undefined));
  const outputs = tf.engine().runKernel(name, present, attrs as unknown as tf.NamedAttrMap);
  return Array.isArray(outputs) ? outputs : [outputs];
}

function attrsOf(
  sizes: Omit<FusedAttrs, 'sourceOffset' | 'sourceRowStride' | 'emitHidden' | 'keepRecord'>,
  source?: Strided,
  emitHidden = false,
  keepRecord = true,
): FusedAttrs {
  return { ...sizes, sourceOffset: source?.offset ?? 0, sourceRowStride: source?.rowStride ?? 0, emitHidden, keepRecord };
}

function sizesOf(weights: LayerWeightTensors, batch: number, masks: LayerMasks) {
  return { batch, units: weights.recurrentKernel.shape[0], features: weights.kernel.shape[0], gateCopies: gateCopiesOf(masks) };
}

/**
 * One layer forward. `sourceAt(t)` locates x_t; `emitHidden(t)` asks for h_t as its own [batch, units]
 * tensor. Without `keepTrace` every tensor the backward pass would need is freed as soon as it is used.
 */
function forwardLayer(
  weights: LayerWeightTensors,
  masks: LayerMasks,
  batch: number,
  timeSteps: number,
  sourceAt: (step: number) => Strided,
  emitHidden: (step: number) => boolean,
  keepTrace: boolean,
): { trace: LayerTrace; hiddens: (tf.Tensor2D | undefined)[] } {
  const sizes = sizesOf(weights, batch, masks);
  const maskInputs = { inputMask: masks.input, recurrentMask: masks.recurrent };
  const { bias } = weights;
  const stacked = tf.concat([weights.kernel, weights.recurrentKernel, tf.reshape(bias, [1, bias.shape[0]])], 0) as tf.Tensor2D;
  const first = sourceAt(0);
  let augmented = runFused(fusedKernelNames.firstInput, { source: first.tensor, ...maskInputs }, attrsOf(sizes, first))[0] as tf.Tensor2D;
  const trace: LayerTrace = { stacked, augmented: [], records: [] };
  const hiddens: (tf.Tensor2D | undefined)[] = [];
  for (let step = 0; step < timeSteps; step += 1) {
    const preActivations = tf.matMul(augmented, stacked);
    const activations = tf.sigmoid(preActivations);
    preActivations.dispose();
    const next = step + 1 < timeSteps ? sourceAt(step + 1) : undefined;
    const emit = emitHidden(step);
    const outputs = runFused(
      fusedKernelNames.forward,
      { activations, previousRecord: trace.records.at(-1), nextSource: next?.tensor, ...maskInputs },
      attrsOf(sizes, next, emit, keepTrace),
    );
    activations.dispose();
    if (keepTrace) trace.augmented.push(augmented);
    else augmented.dispose();
    trace.records.push(outputs[0] as tf.Tensor);
    if (next) augmented = outputs[1] as tf.Tensor2D;
    hiddens.push(emit ? (outputs.at(-1) as tf.Tensor2D) : undefined);
  }
  return { trace, hiddens };
}

/**
 * One layer backward. `aboveAt(t)` locates ∂L/∂h_t from outside the recurrence (absent where none).
 * Returns ∂L/∂x_t for every step ([batch, features] each) and the Keras-layout weight gradients.
 */
function backwardLayer(
  trace: LayerTrace,
  weights: LayerWeightTensors,
  masks: LayerMasks,
  batch: number,
  aboveAt: (step: number) => Strided | undefined,
): { inputSteps: tf.Tensor2D[]; kernel: tf.Tensor2D; recurrentKernel: tf.Tensor2D; bias: tf.Tensor1D } {
  const sizes = sizesOf(weights, batch, masks);
  const maskInputs = { inputMask: masks.input, recurrentMask: masks.recurrent };
  const backWeights = tf.transpose(trace.stacked) as tf.Tensor2D;
  const timeSteps = trace.records.length;
  const gateGradients: tf.Tensor2D[] = new Array<tf.Tensor2D>(timeSteps);
  const inputSteps: tf.Tensor2D[] = new Array<tf.Tensor2D>(timeSteps);
  let augmentedGradient: tf.Tensor2D | undefined;
  let cellCarry: tf.Tensor | undefined;
  for (let step = timeSteps - 1; step >= 0; step -= 1) {
    const above = aboveAt(step);
    const outputs = runFused(
      fusedKernelNames.backward,
      { record: trace.records[step], nextAugmentedGradient: augmentedGradient, above: above?.tensor, cellCarry, ...maskInputs },
      attrsOf(sizes, above),
    );
    const gateGradient = outputs[0] as tf.Tensor2D;
    gateGradients[step] = gateGradient;
    cellCarry = outputs[1];
    if (augmentedGradient) inputSteps[step + 1] = outputs[2] as tf.Tensor2D;
    augmentedGradient = tf.matMul(gateGradient, backWeights);
  }
  if (!augmentedGradient) throw new Error('An LSTM needs at least one time step');
  inputSteps[0] = runFused(fusedKernelNames.inputGradient, { augmentedGradient, ...maskInputs }, attrsOf(sizes))[0] as tf.Tensor2D;
  // One matMul over every (step, gate copy, sample) row: ∂[W_x; W_h; b] = Σ_t aug_tᵀ · ∂z_t.
  const stackedGradient = matMulTransposedLeft(tf.concat(trace.augmented, 0), tf.concat(gateGradients, 0));
  const { features, units } = sizes;
  const [kernel, recurrentKernel, bias] = tf.split(stackedGradient, [features, units, 1], 0) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  return { inputSteps, kernel, recurrentKernel, bias: tf.reshape(bias, [4 * units]) };
}

/** The whole stack forward: every layer's trace and the top layer's output. */
function forwardStack(
  weights: LayerWeightTensors[],
  inputs: tf.Tensor3D,
  masks: LayerMasks[],
  returnSequences: boolean,
  keepTrace: boolean,
): { traces: LayerTrace[]; value: tf.Tensor } {
  const [batch, timeSteps, features] = inputs.shape;
  const traces: LayerTrace[] = [];
  let hiddens: (tf.Tensor2D | undefined)[] = [];
  weights.forEach((layer, index) => {
    const below = traces.at(-1);
    const plane = batch * layer.kernel.shape[0];
    const sourceAt = (step: number): Strided =>
      below
        ? { tensor: below.records[step] as tf.Tensor, offset: hiddenPlaneIndex * plane, rowStride: layer.kernel.shape[0] }
        : { tensor: inputs, offset: step * features, rowStride: timeSteps * features };
    const top = index === weights.length - 1;
    const result = forwardLayer(
      layer,
      masks[index] ?? {},
      batch,
      timeSteps,
      sourceAt,
      (step) => top && (returnSequences || step === timeSteps - 1),
      keepTrace,
    );
    if (!keepTrace && below) tf.dispose(below.records);
    traces.push(result.trace);
    hiddens = result.hiddens;
  });
  const emitted = hiddens.filter((hidden): hidden is tf.Tensor2D => hidden !== undefined);
  const last = emitted.at(-1);
  if (!last) throw new Error('An LSTM needs at least one layer and one time step');
  return { traces, value: returnSequences ? tf.stack(emitted, 1) : last };
}

/**
 * Stacked LSTM layers on the fused kernels over [batch, timeSteps, features] inputs: the last layer's h_T
 * ([batch, units]), or every h_t ([batch, timeSteps, units]) when `returnSequences`. Differentiable by
 * the hand-derived backward pass when `differentiable`; otherwise forward only, keeping nothing for a
 * backward pass. Masks are constants: no gradient. Call only where fusedKernelsAvailable().
 */
export function fusedLstmStack(
  layers: LstmWeights[],
  inputs: tf.Tensor3D,
  masks: LayerMasks[],
  returnSequences: boolean,
  differentiable: boolean,
): tf.Tensor {
  if (!differentiable) return tf.tidy(() => forwardStack(layers, inputs, masks, returnSequences, false).value);
  const batch = inputs.shape[0];
  const timeSteps = inputs.shape[1];
  const stack = tf.customGrad((...args) => {
    const save = args.at(-1) as tf.GradSaveFunc;
    const [sequence, ...flatWeights] = args.slice(0, -1) as [tf.Tensor3D, ...tf.Tensor[]];
    const weights = layers.map((_, layer) => {
      const [kernel, recurrentKernel, bias] = flatWeights.slice(3 * layer, 3 * layer + 3) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
      return { kernel, recurrentKernel, bias };
    });
    const { traces, value } = forwardStack(weights, sequence, masks, returnSequences, true);
    // Saved, not captured: the backward pass runs after the forward scope has freed what it made.
    save(traces.flatMap((trace) => [trace.stacked, ...trace.augmented, ...trace.records]));
    return {
      value,
      gradFunc: (outputGradient: tf.Tensor, saved: tf.Tensor[]) =>
        tf.tidy(() => {
          const perLayer = 1 + 2 * timeSteps;
          const savedTraces = layers.map((_, layer): LayerTrace => {
            const part = saved.slice(layer * perLayer, (layer + 1) * perLayer);
            return {
              stacked: part[0] as tf.Tensor2D,
              augmented: part.slice(1, 1 + timeSteps) as tf.Tensor2D[],
              records: part.slice(1 + timeSteps),
            };
          });
          const units = layers.at(-1)?.recurrentKernel.shape[0] ?? 0;
          let aboveAt = (step: number): Strided | undefined =>
            returnSequences
              ? { tensor: outputGradient, offset: step * units, rowStride: timeSteps * units }
              : step === timeSteps - 1
                ? { tensor: outputGradient, offset: 0, rowStride: units }
                : undefined;
          const weightGradients: tf.Tensor[] = [];
          let inputSteps: tf.Tensor2D[] = [];
          for (let layer = layers.length - 1; layer >= 0; layer -= 1) {
            const gradients = backwardLayer(
              savedTraces[layer] as LayerTrace,
              weights[layer] as LayerWeightTensors,
              masks[layer] ?? {},
              batch,
              aboveAt,
            );
            weightGradients.unshift(gradients.kernel, gradients.recurrentKernel, gradients.bias);
            inputSteps = gradients.inputSteps;
            const steps = inputSteps;
            aboveAt = (step) => ({ tensor: steps[step] as tf.Tensor, offset: 0, rowStride: (steps[step] as tf.Tensor2D).shape[1] });
          }
          return [tf.stack(inputSteps, 1), ...weightGradients];
        }),
    };
  });
  return stack(inputs, ...layers.flatMap((weights) => [weights.kernel, weights.recurrentKernel, weights.bias]));
}

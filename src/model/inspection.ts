import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Dataset, TaskData } from '../data/dataset';
import { lstmSteps, type LstmStepState } from './lstm';
import type { Network } from './network';
import { taskLoss } from './objective';

/**
 * Below this magnitude a kernel weight counts as near zero. L1 drives weights towards 0, but Adam keeps
 * them jittering within about one learning rate (0.01 by default) of it, so a stricter bound would miss them.
 */
export const nearZeroWeight = 0.01;

/** How big the kernels are: what L1 and L2 act on. */
export interface WeightStats {
  /** √(Σw²) over every layer's input kernel W_x. */
  inputKernelNorm: number;
  /** √(Σw²) over every layer's recurrent kernel W_h. */
  recurrentKernelNorm: number;
  /** Share of all kernel weights (both kinds) with |w| < nearZeroWeight. */
  nearZeroShare: number;
}

/** The three weight statistics as one [3] tensor, so they can be read back with other numbers in one go. */
export function weightStatistics(network: Network): tf.Tensor1D {
  return tf.tidy(() => {
    const inputKernels = network.layers.map((layer) => tf.reshape(layer.kernel, [-1]) as tf.Tensor1D);
    const recurrentKernels = network.layers.map((layer) => tf.reshape(layer.recurrentKernel, [-1]) as tf.Tensor1D);
    const all = tf.concat([...inputKernels, ...recurrentKernels]);
    const norm = (parts: tf.Tensor1D[]) => tf.sqrt(tf.sum(tf.square(tf.concat(parts))));
    const nearZero = tf.mean(tf.cast(tf.less(tf.abs(all), nearZeroWeight), 'float32'));
    return tf.stack([norm(inputKernels), norm(recurrentKernels), nearZero]) as tf.Tensor1D;
  });
}

/** The statistics from the three values `weightStatistics` computed. */
export function readWeightStats(values: ArrayLike<number>): WeightStats {
  return { inputKernelNorm: values[0] ?? NaN, recurrentKernelNorm: values[1] ?? NaN, nearZeroShare: values[2] ?? NaN };
}

/** Activations of the last LSTM layer for one sample, each [timeSteps × units], row-major. */
export interface GateActivations {
  forget: Float32Array;
  input: Float32Array;
  output: Float32Array;
  /** The cell state C_t (not a gate: unbounded, where the gates are in [0, 1]). */
  cell: Float32Array;
}

/** One fixed sample as the model sees it now. */
export interface SampleInspection {
  split: 'training' | 'validation';
  /** Its index in its set. */
  index: number;
  /** [timeSteps × features], row-major: what the model reads. */
  inputs: Float32Array;
  /** The target, noise included (a value, or a class index). */
  target: number;
  /** The target without noise. */
  cleanTarget: number;
  /** The model's answer: [forecast] for regression, one probability per class for classification. */
  prediction: number[];
  gates: GateActivations;
}

/** What the "Inside the model" views show, computed from the weights as they are. */
export interface ModelInspection {
  /**
   * ‖∂L/∂h_t‖ per layer (first layer first) and time step (t = 1…T): how much of the loss's gradient
   * reaches each hidden state, on the first training samples with dropout off. Falling towards t = 1
   * means vanishing gradients through time; rising means exploding ones.
   */
  hiddenGradientNorms: number[][];
  /** Training sample 0, then validation sample 0. */
  samples: [SampleInspection, SampleInspection];
  units: number;
  timeSteps: number;
}

/** Training samples the gradient-through-time view averages over. */
const gradientSamples = 32;

interface TracedPass {
  outputs: tf.Tensor2D;
  /** The last layer's state at every time step. */
  lastLayer: LstmStepState[];
}

/**
 * The network's forward pass, without dropout, keeping every step of the last layer; `offsets`, added
 * to each h_t, are zeros whose gradient is ∂L/∂h_t.
 */
function tracedForward(network: Network, inputs: tf.Tensor3D, offsets?: tf.Tensor2D[][]): TracedPass {
  let sequence = inputs;
  let lastLayer: LstmStepState[] = [];
  network.layers.forEach((weights, layer) => {
    const steps = lstmSteps(weights, sequence, {}, offsets?.[layer]);
    sequence = tf.stack(
      steps.map((step) => step.hidden),
      1,
    ) as tf.Tensor3D;
    lastLayer = steps;
  });
  const lastHidden = lastLayer.at(-1)?.hidden;
  if (!lastHidden) throw new Error('An LSTM needs at least one layer and one time step');
  return { outputs: tf.add(tf.matMul(lastHidden, network.headKernel), network.headBias), lastLayer };
}

/** The first `count` samples of a set, on the device (the caller frees them). */
export function firstSamples(dataset: Dataset, count: number): { inputs: tf.Tensor3D; targets: tf.Tensor1D } {
  const samples = Math.min(count, dataset.samples);
  const values = dataset.windowLength * dataset.features;
  return {
    inputs: tf.tensor3d(dataset.inputs.subarray(0, samples * values), [samples, dataset.windowLength, dataset.features]),
    targets: tf.tensor1d(dataset.targets.subarray(0, samples)),
  };
}

function hiddenGradientNorms(network: Network, task: TaskData): tf.Tensor2D {
  return tf.tidy(() => {
    const { inputs, targets } = firstSamples(task.training, gradientSamples);
    const [batch, timeSteps] = inputs.shape;
    const units = network.headKernel.shape[0];
    const flat = Array.from({ length: network.layers.length * timeSteps }, () => tf.zeros([batch, units]) as tf.Tensor2D);
    const lossOf = (...offsets: tf.Tensor[]) => {
      const byLayer = network.layers.map((_, layer) => offsets.slice(layer * timeSteps, (layer + 1) * timeSteps) as tf.Tensor2D[]);
      return taskLoss(task.kind, tracedForward(network, inputs, byLayer).outputs, targets);
    };
    const gradients = tf.grads(lossOf)(flat);
    return tf.reshape(tf.stack(gradients.map((gradient) => tf.norm(gradient))), [network.layers.length, timeSteps]) as tf.Tensor2D;
  });
}

// Sample 0 of each set, with the last layer's gates and cell state as [timeSteps, units] each.
function sampleTensors(network: Network, task: TaskData): tf.Tensor[] {
  return tf.tidy(() => {
    const both = tf.concat([firstSamples(task.training, 1).inputs, firstSamples(task.validation, 1).inputs]);
    const { outputs, lastLayer } = tracedForward(network, both);
    const prediction = task.kind === 'classification' ? tf.softmax(outputs) : outputs;
    const overTime = (pick: (step: LstmStepState) => tf.Tensor2D) => tf.stack(lastLayer.map(pick), 1);
    return [
      prediction,
      overTime((step) => step.forgetGate),
      overTime((step) => step.inputGate),
      overTime((step) => step.outputGate),
      overTime((step) => step.cell),
    ];
  });
}

/** Reads the model's inner workings for the views: gradients through time, and two fixed samples' predictions and gates. */
export async function inspectModel(network: Network, task: TaskData): Promise<ModelInspection> {
  const norms = hiddenGradientNorms(network, task);
  const parts = sampleTensors(network, task);
  try {
    // Every tensor here is float32, so data() gives Float32Arrays.
    const [normValues, prediction, forget, input, output, cell] = (await Promise.all(
      [norms, ...parts].map((tensor) => tensor.data()),
    )) as Float32Array[];
    const timeSteps = task.training.windowLength;
    const units = network.headKernel.shape[0];
    const perSample = units * timeSteps;
    const rowOf = (values: Float32Array | undefined, row: number, width: number) =>
      (values ?? new Float32Array()).slice(row * width, (row + 1) * width);
    const sample = (split: 'training' | 'validation', row: number): SampleInspection => {
      const dataset = split === 'training' ? task.training : task.validation;
      const gates = (values: Float32Array | undefined) => rowOf(values, row, perSample);
      return {
        split,
        index: 0,
        inputs: dataset.inputs.slice(0, dataset.windowLength * dataset.features),
        target: dataset.targets[0] ?? NaN,
        cleanTarget: dataset.cleanTargets[0] ?? NaN,
        prediction: Array.from(rowOf(prediction, row, task.outputs)),
        gates: { forget: gates(forget), input: gates(input), output: gates(output), cell: gates(cell) },
      };
    };
    return {
      hiddenGradientNorms: network.layers.map((_, layer) => Array.from(rowOf(normValues, layer, timeSteps))),
      samples: [sample('training', 0), sample('validation', 1)],
      units,
      timeSteps,
    };
  } finally {
    tf.dispose([norms, ...parts]);
  }
}

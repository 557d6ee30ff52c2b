import * as tf from '@tensorflow/tfjs-core';
import { stepsOf } from './backend-aware-ops';
import type { SharedLayerMasks } from './dropout';
import type { LstmWeights } from './lstm-weights';
import { backwardLayer, type OutputGradients } from './lstm-backward';
import { forwardLayer, forwardRecordKeys, prepareLayer, type ForwardRecord, type PreparedLayer } from './lstm-hand-forward';

/** One layer's saved tensors: prepared weights and masks, and the forward record. */
type SavedLayer = PreparedLayer & { record: ForwardRecord };

// tf.customGrad saves a flat list: per layer the augmented weights, the augmented mask when there is one,
// then the record in forwardRecordKeys order.
function flatten(layers: SavedLayer[]): tf.Tensor[] {
  return layers.flatMap(({ augmentedWeights, augmentedMask, record }) => [
    augmentedWeights,
    ...(augmentedMask ? [augmentedMask] : []),
    ...forwardRecordKeys.map((key) => record[key]),
  ]);
}

function unflatten(saved: tf.Tensor[], masks: SharedLayerMasks[], layerCount: number): SavedLayer[] {
  let index = 0;
  const next = <T extends tf.Tensor>(): T => {
    const tensor = saved[index];
    if (!tensor) throw new Error(`The forward pass saved no tensor ${index}`);
    index += 1;
    return tensor as T;
  };
  return Array.from({ length: layerCount }, (_, layer) => {
    const augmentedWeights = next<tf.Tensor2D>();
    const augmentedMask = masks[layer]?.input || masks[layer]?.recurrent ? next<tf.Tensor2D>() : undefined;
    const record = Object.fromEntries(forwardRecordKeys.map((key) => [key, next()])) as unknown as ForwardRecord;
    return { augmentedWeights, augmentedMask, record };
  });
}

/**
 * Stacked LSTM layers over [timeSteps, features, batch] inputs, differentiated by the hand-derived backward
 * pass: the last layer's h_T as [units, batch], or its every h_t as [timeSteps, units, batch] when
 * `returnSequences`. One custom-gradient op spans the whole stack, so layers hand each other per-step
 * tensors in both directions without stacking and slicing. Masks ([batch, ·]) are constants: no gradient.
 */
export function handLstmStack(layers: LstmWeights[], inputs: tf.Tensor3D, masks: SharedLayerMasks[], returnSequences: boolean): tf.Tensor {
  const stack = tf.customGrad((...args) => {
    const save = args.at(-1) as tf.GradSaveFunc;
    const [sequence, ...weights] = args.slice(0, -1) as [tf.Tensor3D, ...tf.Tensor[]];
    const batch = sequence.shape[2];
    let steps = stepsOf(sequence);
    const saved = layers.map((_, layer): SavedLayer => {
      const [kernel, recurrentKernel, bias] = weights.slice(3 * layer, 3 * layer + 3) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D];
      const prepared = prepareLayer({ kernel, recurrentKernel, bias }, masks[layer] ?? {}, batch);
      const { hiddens, record } = forwardLayer(prepared, steps);
      steps = hiddens;
      return { ...prepared, record };
    });
    // Saved, not captured: the backward pass runs after the forward scope has freed what it made.
    save(flatten(saved));
    const last = steps.at(-1);
    if (!last) throw new Error('An LSTM needs at least one layer and one time step');
    return {
      value: returnSequences ? tf.stack(steps) : last,
      gradFunc: (outputGradient: tf.Tensor, savedTensors: tf.Tensor[]) =>
        tf.tidy(() => {
          let gradients: OutputGradients = returnSequences
            ? { steps: stepsOf(outputGradient as tf.Tensor3D) }
            : { last: outputGradient as tf.Tensor2D };
          const weightGradients: tf.Tensor[] = [];
          let inputSteps: tf.Tensor2D[] = [];
          for (const { record, ...prepared } of unflatten(savedTensors, masks, layers.length).reverse()) {
            const layerGradients = backwardLayer(prepared, record, gradients);
            weightGradients.unshift(layerGradients.kernel, layerGradients.recurrentKernel, layerGradients.bias);
            inputSteps = layerGradients.inputSteps;
            gradients = { steps: inputSteps };
          }
          return [tf.stack(inputSteps), ...weightGradients];
        }),
    };
  });
  return stack(inputs, ...layers.flatMap((weights) => [weights.kernel, weights.recurrentKernel, weights.bias]));
}

/**
 * The same stack forward only ([timeSteps, features, batch] in, the last layer's h_T as [units, batch] out),
 * with no record for a backward pass: what evaluation needs.
 */
export function handLstmForward(layers: LstmWeights[], inputs: tf.Tensor3D, masks: SharedLayerMasks[]): tf.Tensor2D {
  return tf.tidy(() => {
    const batch = inputs.shape[2];
    let steps = stepsOf(inputs);
    layers.forEach((weights, layer) => {
      steps = forwardLayer(prepareLayer(weights, masks[layer] ?? {}, batch), steps, false).hiddens;
    });
    const last = steps.at(-1);
    if (!last) throw new Error('An LSTM needs at least one layer and one time step');
    return last;
  });
}

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { GradientMode } from './lstm';
import { networkVariables, predict, type Network } from './network';
import { taskLoss, type TaskKind } from './objective';
import type { TensorBatch } from './train-step';

/** Which weight tensor a variable is: one of an LSTM layer's three (layers counted from 1), or one of the dense head's two. */
export type VariableName =
  { part: 'layer'; layer: number; weight: 'kernel' | 'recurrentKernel' | 'bias' } | { part: 'head'; weight: 'kernel' | 'bias' };

/** How far the hand-derived gradients are from autodiff's, for every variable and at worst. */
export interface GradientCheck {
  /** The largest of the variables' relative differences. */
  maxRelativeDifference: number;
  /** One entry per variable, in networkVariables order; the page words the names in its language. */
  variables: { name: VariableName; relativeDifference: number }[];
}

/** Below this, a gradient tensor's largest element counts as zero (float32 sums of O(1) terms are not that precise). */
export const zeroGradientScale = 1e-8;

/**
 * The relative difference of two gradients of one variable: max_i |a_i − b_i| / max(max_i |a_i|, max_i |b_i|,
 * zeroGradientScale). Scaled by the tensor's largest element rather than element by element, because in
 * float32 an element far smaller than its tensor's largest carries rounding error from the large terms that
 * formed it, so an element-wise ratio would flag noise; a correct pass gives about 1e-6, a wrong term far more.
 */
export function relativeDifference(a: tf.Tensor, b: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const scale = tf.maximum(tf.maximum(tf.max(tf.abs(a)), tf.max(tf.abs(b))), zeroGradientScale);
    return tf.div(tf.max(tf.abs(tf.sub(a, b))), scale);
  });
}

/** The names of the network's variables, in networkVariables order (each layer's kernel, recurrent kernel and bias, then the head's). */
export function variableNames(network: Network): VariableName[] {
  return [
    ...network.layers.flatMap((_, index) =>
      (['kernel', 'recurrentKernel', 'bias'] as const).map((weight): VariableName => ({ part: 'layer', layer: index + 1, weight })),
    ),
    { part: 'head', weight: 'kernel' },
    { part: 'head', weight: 'bias' },
  ];
}

function dataLossGradients(network: Network, batch: TensorBatch, kind: TaskKind, gradients: GradientMode): tf.Tensor[] {
  const variables = networkVariables(network);
  const { value, grads } = tf.variableGrads(
    () => taskLoss(kind, predict(network, batch.inputs, undefined, gradients), batch.targets),
    variables,
  );
  value.dispose();
  return variables.map((variable) => grads[variable.name] ?? tf.zerosLike(variable));
}

/**
 * The gradient of the data loss (no dropout, no penalty) for every variable, by the hand-derived pass and
 * by autodiff, compared with relativeDifference. Frees every tensor it makes.
 */
export async function checkGradients(network: Network, batch: TensorBatch, kind: TaskKind): Promise<GradientCheck> {
  const differences = tf.tidy(() => {
    const hand = dataLossGradients(network, batch, kind, 'hand');
    const automatic = dataLossGradients(network, batch, kind, 'automatic');
    return tf.stack(
      hand.map((gradient, index) => {
        const reference = automatic[index];
        if (!reference) throw new Error(`No autodiff gradient for variable ${index}`);
        return relativeDifference(gradient, reference);
      }),
    );
  });
  const values = await differences.data();
  differences.dispose();
  const variables = variableNames(network).map((name, index) => ({ name, relativeDifference: values[index] ?? NaN }));
  return { maxRelativeDifference: Math.max(...variables.map((variable) => variable.relativeDifference)), variables };
}

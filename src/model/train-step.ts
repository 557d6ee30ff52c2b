import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Settings } from '../settings/schema';
import { clipGradients } from './clipping';
import type { NetworkMasks } from './dropout';
import { networkVariables, predict, type Network } from './network';
import { accuracy, taskLoss, weightPenalty, type TaskKind } from './objective';
import type { TunableOptimizer } from './optimizer';

/** The settings read afresh at every step, so moving one mid-run needs no rebuild. */
export type LiveKnobs = Pick<
  Settings,
  | 'optimizer'
  | 'learningRate'
  | 'inputDropout'
  | 'recurrentDropout'
  | 'outputDropout'
  | 'l1'
  | 'l2'
  | 'weightDecay'
  | 'penaliseRecurrent'
  | 'clipMode'
  | 'clipThreshold'
  | 'jitter'
  | 'insertRate'
  | 'deleteRate'
  | 'replaceRate'
  | 'swapRate'
  | 'cropRate'
  | 'earlyStopping'
  | 'patience'
  | 'minDelta'
  | 'restoreBestWeights'
>;

/** One batch on the device: inputs [batch, timeSteps, features] and targets [batch]. */
export interface TensorBatch {
  inputs: tf.Tensor3D;
  targets: tf.Tensor1D;
}

/** Why a step's update was withheld: the run has diverged. */
export type StepFailure = 'loss exploded' | 'loss not finite' | 'gradient not finite';

/** What one step measured. */
export interface StepResult {
  /** The batch's data loss, dropout active (what Keras reports as the training loss). */
  dataLoss: number;
  /** Share of the batch classified right (classification only; NaN for regression). */
  accuracy: number;
  /** The L1/L2 penalty added to the objective; 0 when both are off. */
  penalty: number;
  /** Global L2 norm of the gradient before clipping. */
  gradientNorm: number;
  /** Whether clipping changed the gradient. */
  clipped: boolean;
  /** Set when the update was withheld because the run has diverged; nothing was applied then. */
  failure?: StepFailure;
}

function failureOf(dataLoss: number, gradientNorm: number, lossLimit: number): StepFailure | undefined {
  if (!Number.isFinite(dataLoss)) return 'loss not finite';
  if (!Number.isFinite(gradientNorm)) return 'gradient not finite';
  return dataLoss > lossLimit ? 'loss exploded' : undefined;
}

/**
 * One optimizer step: gradients of (data loss + penalty), clipped, then applied — but only when the
 * loss and the gradient are finite and the loss is at most `task.lossLimit`, so a diverging run never
 * writes NaN or runaway values into its weights. Its numbers are read back together, once per step.
 */
export async function trainStep(
  network: Network,
  optimizer: TunableOptimizer,
  batch: TensorBatch,
  knobs: LiveKnobs,
  masks: NetworkMasks,
  task: { kind: TaskKind; lossLimit: number },
): Promise<StepResult> {
  const kept: tf.Tensor[] = [];
  const { summary, gradients } = tf.tidy(() => {
    let dataLoss: tf.Scalar = tf.scalar(0);
    let penalty: tf.Scalar = tf.scalar(0);
    let correct: tf.Scalar = tf.scalar(NaN);
    const { grads } = tf.variableGrads(() => {
      const outputs = predict(network, batch.inputs, masks);
      // Kept: variableGrads disposes everything its function made except the value it returns.
      if (task.kind === 'classification') correct = tf.keep(accuracy(outputs, batch.targets));
      dataLoss = tf.keep(taskLoss(task.kind, outputs, batch.targets));
      const weightCost = weightPenalty(network, knobs);
      if (!weightCost) return dataLoss;
      penalty = tf.keep(weightCost);
      return tf.add(dataLoss, penalty);
    }, networkVariables(network));
    kept.push(dataLoss, penalty, correct);
    const clipped = clipGradients(grads, knobs.clipMode, knobs.clipThreshold);
    return { summary: tf.stack([dataLoss, penalty, clipped.globalNorm, clipped.fired, correct]), gradients: clipped.gradients };
  });
  try {
    const [dataLoss = NaN, penalty = NaN, gradientNorm = NaN, fired = 0, share = NaN] = await summary.data();
    const failure = failureOf(dataLoss, gradientNorm, task.lossLimit);
    if (failure) return { dataLoss, accuracy: share, penalty, gradientNorm, clipped: false, failure };
    // As a list: the optimizers' typings ask for a map of Variables although they only read the gradients.
    optimizer.applyGradients(Object.entries(gradients).map(([name, tensor]) => ({ name, tensor })));
    return { dataLoss, accuracy: share, penalty, gradientNorm, clipped: fired > 0 };
  } finally {
    tf.dispose([summary, gradients, ...kept]);
  }
}

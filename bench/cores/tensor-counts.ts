import * as tf from '@tensorflow/tfjs-core';
import { createTrainer, type Trainer } from '../../src/model/trainer';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import type { TensorCheckPlan, TensorCounts } from './plan';

/**
 * A small model with every tensor-making option on (two layers, the three dropouts, L1 and L2, global
 * clipping, jitter, early stopping that restores weights): more code paths that could leak, and 10 cheap
 * steps per epoch, so 2,000 steps take seconds rather than minutes.
 */
const leakCheckSettings: Settings = {
  ...defaultSettings,
  hiddenUnits: 8,
  layers: 2,
  windowLength: 8,
  trainingSamples: 320,
  validationSamples: 16,
  inputDropout: 0.1,
  recurrentDropout: 0.1,
  outputDropout: 0.1,
  l1: 1e-4,
  l2: 1e-4,
  clipMode: 'global',
  jitter: 0.05,
  earlyStopping: true,
  patience: 5,
  restoreBestWeights: true,
};

// One epoch, returning how many optimizer steps it took.
async function trainOneEpoch(trainer: Trainer): Promise<number> {
  const outcome = await trainer.trainEpoch();
  if (outcome.kind === 'diverged') throw new Error(`The default run diverged at epoch ${outcome.divergence.epoch}`);
  return outcome.point.gradientNorms.length;
}

/**
 * Live tensors around a real trainer (src/model/trainer.ts, leakCheckSettings) on the backend already set:
 * after its first epoch (optimizer state and weight snapshots now exist) and after at least
 * `trainingSteps` steps; then before any trainer and after `resets` trainers were created, trained one
 * epoch and disposed. Flat means after = before in both pairs.
 */
export async function countTensors(plan: TensorCheckPlan): Promise<TensorCounts> {
  const beforeTrainer = tf.memory().numTensors;
  const trainer = createTrainer(leakCheckSettings);
  let trainingSteps = await trainOneEpoch(trainer);
  const afterFirstEpoch = tf.memory().numTensors;
  while (trainingSteps < plan.trainingSteps) trainingSteps += await trainOneEpoch(trainer);
  const afterTrainingSteps = tf.memory().numTensors;
  trainer.dispose();
  for (let reset = 0; reset < plan.resets; reset += 1) {
    const next = createTrainer(leakCheckSettings);
    await trainOneEpoch(next);
    next.dispose();
  }
  return {
    backend: plan.backend,
    beforeTrainer,
    afterFirstEpoch,
    trainingSteps,
    afterTrainingSteps,
    resets: plan.resets,
    afterResets: tf.memory().numTensors,
  };
}

import * as tf from '@tensorflow/tfjs-core';
import type { Dataset, TaskData } from '../data/dataset';
import { drawLabTrainingSet, firstRows, labTestSet } from '../data/lab-data';
import { createRandom } from '../data/random';
import { predict, type Network } from '../model/network';
import { createTrainer } from '../model/trainer';
import type { Settings } from '../settings/schema';

/** One model of a sweep: trained on its own training draw, read out on the shared test set at each checkpoint. */
export interface LabJob {
  /** The model's settings (the swept value already in them); `seed` fixes the process and the test set. */
  settings: Settings;
  /** Which training draw, and which weights, dropout and shuffle seed: model k of every point uses draw k. */
  draw: number;
  /** Epochs after which the model is read out, ascending; training stops at the last. */
  checkpoints: number[];
  /** The uploaded series, for the `series` task. */
  series?: Float32Array;
}

/** The model as it was at one checkpoint. */
export interface LabCheckpoint {
  epoch: number;
  /** The model's forecast for every test window. */
  testPredictions: Float32Array;
  /** Mean squared error on its own training set, dropout off. */
  trainingError: number;
}

/** What one job produced. */
export interface LabJobResult {
  checkpoints: LabCheckpoint[];
  /** The epoch at which training diverged (its weights went back to the last sound ones), if it did. */
  divergedAtEpoch?: number;
}

/** Raised inside a job when it is cancelled between two steps. */
export class LabJobCancelled extends Error {
  constructor() {
    super('The sweep was cancelled');
  }
}

/** What a job needs from whoever runs it. */
export interface LabJobHooks {
  /** Checked between training steps; true ends the job with LabJobCancelled, freeing its tensors. */
  cancelled?: () => boolean;
  /** Awaited between steps, so the worker can read a cancel message. */
  betweenSteps?: () => Promise<void>;
  /** Told after every epoch. */
  onEpoch?: (epoch: number) => void;
}

/** Windows forecast per forward pass: bounds the memory a 2,048-window test set needs. */
const predictionBatch = 512;

// Forward pass only, dropout off, in slices; one readback at the end.
async function forecast(network: Network, dataset: Dataset): Promise<Float32Array> {
  const shape = [dataset.windowLength, dataset.features];
  const valuesPerSample = dataset.windowLength * dataset.features;
  const parts = tf.tidy(() => {
    const slices: tf.Tensor[] = [];
    for (let start = 0; start < dataset.samples; start += predictionBatch) {
      const rows = Math.min(predictionBatch, dataset.samples - start);
      const inputs = tf.tensor3d(dataset.inputs.subarray(start * valuesPerSample, (start + rows) * valuesPerSample), [rows, ...shape] as [
        number,
        number,
        number,
      ]);
      slices.push(tf.reshape(predict(network, inputs), [rows]));
    }
    return tf.concat(slices);
  });
  try {
    return (await parts.data()) as Float32Array;
  } finally {
    parts.dispose();
  }
}

function meanSquaredError(forecasts: Float32Array, targets: Float32Array): number {
  let total = 0;
  for (let index = 0; index < targets.length; index += 1) total += ((forecasts[index] as number) - (targets[index] as number)) ** 2;
  return total / targets.length;
}

// The weight, dropout and shuffle seed of model `draw`: its own, derived from the lab's seed.
function modelSeed(seed: number, draw: number): number {
  return createRandom(seed, 'lab', 'model', draw).integer(1_000_000);
}

// Windows the trainer checks after each epoch; the lab reads the big test set only at checkpoints.
const checkWindows = 16;

/** Trains one model of a sweep and reads it out; frees every tensor it made, also when cancelled or failing. */
export async function runLabJob(job: LabJob, hooks: LabJobHooks = {}): Promise<LabJobResult> {
  const { settings, draw, series } = job;
  const training = drawLabTrainingSet(settings.task, settings, draw, series);
  const { test } = labTestSet(settings.task, settings, series);
  const task: TaskData = {
    kind: 'regression',
    outputs: 1,
    element: settings.task === 'adding' ? 'marked-values' : 'continuous',
    training,
    validation: firstRows(test, checkWindows),
  };
  const trainer = createTrainer(
    { ...settings, seed: modelSeed(settings.seed, draw) },
    {
      task,
      betweenSteps: async () => {
        await hooks.betweenSteps?.();
        if (hooks.cancelled?.()) throw new LabJobCancelled();
      },
    },
  );
  const checkpoints: LabCheckpoint[] = [];
  let divergedAtEpoch: number | undefined;
  try {
    for (const epoch of job.checkpoints) {
      while (divergedAtEpoch === undefined && trainer.epoch < epoch) {
        const outcome = await trainer.trainEpoch();
        if (outcome.kind === 'diverged') divergedAtEpoch = outcome.divergence.epoch;
        hooks.onEpoch?.(trainer.epoch);
      }
      const trainingForecasts = await forecast(trainer.network, training);
      checkpoints.push({
        epoch,
        testPredictions: await forecast(trainer.network, test),
        trainingError: meanSquaredError(trainingForecasts, training.targets),
      });
    }
  } finally {
    trainer.dispose();
  }
  return divergedAtEpoch === undefined ? { checkpoints } : { checkpoints, divergedAtEpoch };
}

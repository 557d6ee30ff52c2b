import * as tf from '@tensorflow/tfjs-core';
import { epochBatches } from '../data/batches';
import { createRandom } from '../data/random';
import { createSineTask, type Dataset } from '../data/sines';
import type { Settings } from '../settings/schema';
import { createNetwork, disposeNetwork, predict, type Network } from './network';
import { meanSquaredError } from './objective';
import { TunableAdam } from './optimizer';
import { trainStep, type LiveKnobs } from './train-step';

/** Largest batch; smaller training sets train in one batch of all their samples. */
export const maxBatchSize = 32;

/** The result of one epoch. */
export interface EpochPoint {
  /** Epochs completed, counting from 1. */
  epoch: number;
  /** Mean data loss (MSE) over the epoch's batches, measured in training mode as Keras reports it. */
  trainLoss: number;
  /** Data loss (MSE) on the whole validation set, dropout off. */
  valLoss: number;
}

/** A run's data, model and optimizer, trained one epoch at a time. */
export interface Trainer {
  /** Epochs completed so far. */
  readonly epoch: number;
  /** The model being trained (read-only use: inspection and tests). */
  readonly network: Network;
  /** Replaces the live knobs; the next step uses them. */
  setKnobs(knobs: LiveKnobs): void;
  /** Trains one epoch and measures both losses; reads back asynchronously, never with dataSync. */
  trainEpoch(): Promise<EpochPoint>;
  /** Frees every tensor the trainer holds. */
  dispose(): void;
}

function toTensors(dataset: Dataset): { inputs: tf.Tensor3D; targets: tf.Tensor1D } {
  return {
    inputs: tf.tensor3d(dataset.inputs, [dataset.samples, dataset.windowLength, dataset.features]),
    targets: tf.tensor1d(dataset.targets),
  };
}

/** Builds the data and the model a run's settings describe, on the current backend. */
export function createTrainer(settings: Settings): Trainer {
  const task = createSineTask(settings);
  const batchSize = Math.min(maxBatchSize, task.training.samples);
  const network = createNetwork(task.training.features, settings.hiddenUnits, settings.seed);
  const optimizer = new TunableAdam(settings.learningRate);
  // Validation data never changes during a run, so it stays on the device.
  const validation = toTensors(task.validation);
  let knobs: LiveKnobs = { ...settings };
  let epoch = 0;
  let step = 0;

  async function trainEpoch(): Promise<EpochPoint> {
    const batches = epochBatches(task.training, { seed: settings.seed, epoch, batchSize, jitter: knobs.augmentation });
    let lossSum: tf.Scalar = tf.scalar(0);
    for (const batch of batches) {
      const tensors = {
        inputs: tf.tensor3d(batch.inputs, [batchSize, task.training.windowLength, task.training.features]),
        targets: tf.tensor1d(batch.targets),
      };
      const dropoutSeed = createRandom(settings.seed, 'dropout', step).integer(2 ** 31);
      const loss = trainStep(network, optimizer, tensors, knobs, dropoutSeed);
      const total = tf.add<tf.Scalar>(lossSum, loss);
      tf.dispose([lossSum, loss, tensors.inputs, tensors.targets]);
      lossSum = total;
      step += 1;
    }
    const trainLoss = tf.tidy(() => tf.div(lossSum, batches.length));
    const valLoss = tf.tidy(() =>
      meanSquaredError(predict(network, validation.inputs, { dropout: 0, dropoutSeed: 0 }), validation.targets),
    );
    try {
      const [trainValue, valValue] = await Promise.all([trainLoss.data(), valLoss.data()]);
      epoch += 1;
      return { epoch, trainLoss: trainValue[0] as number, valLoss: valValue[0] as number };
    } finally {
      tf.dispose([lossSum, trainLoss, valLoss]);
    }
  }

  return {
    get epoch() {
      return epoch;
    },
    network,
    setKnobs(next) {
      knobs = { ...next };
    },
    trainEpoch,
    dispose() {
      disposeNetwork(network);
      optimizer.dispose();
      tf.dispose([validation.inputs, validation.targets]);
    },
  };
}

import * as tf from '@tensorflow/tfjs-core';
import { epochBatches } from '../data/batches';
import { createRandom } from '../data/random';
import { createSineTask, type Dataset } from '../data/sines';
import type { Settings } from '../settings/schema';
import { createMasks, disposeMasks } from './dropout';
import { EarlyStopping } from './early-stopping';
import { createNetwork, disposeNetwork, layerShapes, predict, restoreWeights, snapshotWeights, type Network } from './network';
import { meanSquaredError } from './objective';
import { createOptimizer, type TunableOptimizer } from './optimizer';
import { trainStep, type LiveKnobs, type StepFailure, type StepResult } from './train-step';

/** The result of one epoch. */
export interface EpochPoint {
  /** Epochs completed, counting from 1. */
  epoch: number;
  /** Mean data loss (MSE) over the epoch's batches, measured in training mode as Keras reports it. */
  trainLoss: number;
  /** Data loss (MSE) on the whole validation set, dropout off. */
  valLoss: number;
  /** What the optimizer minimised: training loss plus the mean L1/L2 penalty. */
  objective: number;
  /** The global gradient norm of every step of the epoch, before clipping. */
  gradientNorms: number[];
  /** For every step of the epoch, whether clipping changed its gradient. */
  clipped: boolean[];
}

/** How early stopping ended a run. */
export interface EarlyStopReport {
  /** The epoch with the best validation loss, counted from 1. */
  bestEpoch: number;
  bestValLoss: number;
  /** Whether the weights were set back to that epoch's. */
  restored: boolean;
}

/**
 * A training loss this many times the cost of always forecasting 0 (the mean squared target) counts
 * as exploded: the forecasts are then about ten times the size of the signal.
 */
export const explodedLossFactor = 100;

/** Where and why a run diverged. */
export interface DivergenceReport {
  /** The epoch that failed, counted from 1; the history keeps every epoch before it. */
  epoch: number;
  cause: StepFailure | 'validation loss not finite';
  /** The loss that gave it away. */
  loss: number;
}

/** What one epoch did: trained (perhaps ending in early stopping), or diverged. */
export type EpochOutcome =
  { kind: 'trained'; point: EpochPoint; earlyStop?: EarlyStopReport } | { kind: 'diverged'; divergence: DivergenceReport };

/** A run's data, model and optimizer, trained one epoch at a time. */
export interface Trainer {
  /** Epochs completed so far. */
  readonly epoch: number;
  /** The model being trained (read-only use: inspection and tests). */
  readonly network: Network;
  /** Replaces the live knobs; the next step uses them. A new optimizer kind starts with fresh state. */
  setKnobs(knobs: LiveKnobs): void;
  /** Trains one epoch and measures both losses. */
  trainEpoch(): Promise<EpochOutcome>;
  /** Frees every tensor the trainer holds. */
  dispose(): void;
}

function toTensors(dataset: Dataset): { inputs: tf.Tensor3D; targets: tf.Tensor1D } {
  return {
    inputs: tf.tensor3d(dataset.inputs, [dataset.samples, dataset.windowLength, dataset.features]),
    targets: tf.tensor1d(dataset.targets),
  };
}

function mean(values: number[], weights: number[] = values.map(() => 1)): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return values.reduce((sum, value, index) => sum + value * (weights[index] as number), 0) / total;
}

// Seeds for tf.randomUniform, derived from the run's seed and a name, so that masks are repeatable.
function maskSeed(...parts: (string | number)[]): number {
  return createRandom(...parts).integer(2 ** 31);
}

/** How the trainer shares its thread. */
export interface TrainerOptions {
  /** Awaited after every step, so the caller can let other work in (a worker: its messages). */
  betweenSteps?: () => Promise<void>;
}

/** Builds the data and the model a run's settings describe, on the current backend. */
export function createTrainer(settings: Settings, options: TrainerOptions = {}): Trainer {
  const task = createSineTask(settings);
  const batchSize = Math.min(settings.batchSize, task.training.samples);
  const network = createNetwork({ features: task.training.features, units: settings.hiddenUnits, layers: settings.layers }, settings.seed);
  const shapes = layerShapes(network);
  // Validation data never changes during a run, so it stays on the device.
  const validation = toTensors(task.validation);
  const earlyStopping = new EarlyStopping();
  let knobs: LiveKnobs = { ...settings };
  let optimizer: TunableOptimizer = createOptimizer(knobs.optimizer, knobs.learningRate);
  let bestWeights: tf.Tensor[] = [];
  let lastSoundWeights: tf.Tensor[] = [];
  let epoch = 0;
  let step = 0;

  const keep = (current: tf.Tensor[]) => {
    tf.dispose(current);
    return snapshotWeights(network);
  };

  const lossLimit = explodedLossFactor * mean(Array.from(task.training.targets, (target) => target * target));

  async function trainBatches(): Promise<{ steps: (StepResult & { rows: number })[]; divergence?: DivergenceReport }> {
    const steps = [];
    const batches = epochBatches(task.training, { seed: settings.seed, epoch, batchSize, jitter: knobs.augmentation });
    for (const batch of batches) {
      const rows = batch.targets.length;
      const tensors = {
        inputs: tf.tensor3d(batch.inputs, [rows, task.training.windowLength, task.training.features]),
        targets: tf.tensor1d(batch.targets),
      };
      const masks = createMasks(shapes, rows, knobs, (kind, layer) => maskSeed(settings.seed, 'dropout', step, kind, layer));
      lastSoundWeights = keep(lastSoundWeights);
      const result = await trainStep(network, optimizer, tensors, knobs, masks, lossLimit).finally(() => {
        disposeMasks(masks);
        tf.dispose([tensors.inputs, tensors.targets]);
      });
      step += 1;
      if (result.failure) return { steps, divergence: { epoch: epoch + 1, cause: result.failure, loss: result.dataLoss } };
      steps.push({ ...result, rows });
      await options.betweenSteps?.();
    }
    return { steps };
  }

  async function validationLoss(): Promise<number> {
    const loss = tf.tidy(() => meanSquaredError(predict(network, validation.inputs), validation.targets));
    try {
      return (await loss.data())[0] as number;
    } finally {
      loss.dispose();
    }
  }

  async function trainEpoch(): Promise<EpochOutcome> {
    const { steps, divergence } = await trainBatches();
    const valLoss = divergence ? NaN : await validationLoss();
    if (divergence || !Number.isFinite(valLoss)) {
      // Back to the weights before the last applied update: their loss and gradient were sound.
      restoreWeights(network, lastSoundWeights);
      return { kind: 'diverged', divergence: divergence ?? { epoch: epoch + 1, cause: 'validation loss not finite', loss: valLoss } };
    }
    epoch += 1;
    // Weighted by batch size, as Keras averages its per-batch losses, so a short last batch counts less.
    const batchSizes = steps.map((result) => result.rows);
    const weightedMean = (pick: (result: StepResult) => number) => mean(steps.map(pick), batchSizes);
    const trainLoss = weightedMean((result) => result.dataLoss);
    const point: EpochPoint = {
      epoch,
      trainLoss,
      valLoss,
      objective: trainLoss + weightedMean((result) => result.penalty),
      gradientNorms: steps.map((result) => result.gradientNorm),
      clipped: steps.map((result) => result.clipped),
    };
    const verdict = earlyStopping.observe(epoch, valLoss, knobs);
    if (verdict === 'improved') bestWeights = keep(bestWeights);
    if (verdict !== 'stop' || !knobs.earlyStopping) return { kind: 'trained', point };
    if (knobs.restoreBestWeights) restoreWeights(network, bestWeights);
    // A stopped run that is continued gets its full patience again, as a new Keras fit() would.
    earlyStopping.resumeWaiting();
    return {
      kind: 'trained',
      point,
      earlyStop: { bestEpoch: earlyStopping.bestEpoch, bestValLoss: earlyStopping.bestValLoss, restored: knobs.restoreBestWeights },
    };
  }

  return {
    get epoch() {
      return epoch;
    },
    network,
    setKnobs(next) {
      if (next.optimizer !== knobs.optimizer) {
        optimizer.dispose();
        optimizer = createOptimizer(next.optimizer, next.learningRate);
      } else if (next.learningRate !== knobs.learningRate) {
        optimizer.setLearningRate(next.learningRate);
      }
      knobs = { ...next };
    },
    trainEpoch,
    dispose() {
      disposeNetwork(network);
      optimizer.dispose();
      tf.dispose([validation.inputs, validation.targets, ...bestWeights, ...lastSoundWeights]);
    },
  };
}

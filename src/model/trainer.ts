import * as tf from '@tensorflow/tfjs-core';
import { augmentedSample, epochBatches } from '../data/batches';
import type { Dataset, TaskData } from '../data/dataset';
import { createRandom } from '../data/random';
import { createTask } from '../data/tasks';
import type { Settings } from '../settings/schema';
import { createMasks, disposeMasks } from './dropout';
import { EarlyStopping } from './early-stopping';
import { checkGradients, type GradientCheck } from './gradient-check';
import { firstSamples, inspectModel, readWeightStats, weightStatistics, type ModelInspection, type WeightStats } from './inspection';
import {
  createNetwork,
  disposeNetwork,
  layerShapes,
  networkVariables,
  predict,
  restoreWeights,
  snapshotWeights,
  type Network,
} from './network';
import { accuracy, taskLoss } from './objective';
import { createOptimizer, type TunableOptimizer } from './optimizer';
import { trainStep, type LiveKnobs, type StepFailure, type StepResult } from './train-step';

/** The result of one epoch. */
export interface EpochPoint {
  /** Epochs completed, counting from 1. */
  epoch: number;
  /** Mean data loss over the epoch's batches, measured in training mode as Keras reports it. */
  trainLoss: number;
  /** Data loss on the whole validation set, dropout off. */
  valLoss: number;
  /** Classification only: share of training samples classified right during the epoch (training mode). */
  trainAccuracy?: number;
  /** Classification only: share of validation samples classified right. */
  valAccuracy?: number;
  /** What the optimizer minimised: training loss plus the mean L1/L2 penalty. */
  objective: number;
  /** The global gradient norm of every step of the epoch, before clipping. */
  gradientNorms: number[];
  /** For every step of the epoch, whether clipping changed its gradient. */
  clipped: boolean[];
  /** The kernels' sizes at the end of the epoch. */
  weights: WeightStats;
  /** With repeated seeds: each seed's losses this epoch; the point's own losses are then their means. */
  seeds?: { trainLoss: number[]; valLoss: number[] };
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
 * A training loss this many times a know-nothing answer's counts as exploded: for regression the cost
 * of always forecasting 0 (the mean squared target: forecasts are then about ten times the signal's
 * size), for classification the cross-entropy of guessing every class equally (ln of the class count).
 */
export const explodedLossFactor = 100;

/** Where and why a run diverged. */
export interface DivergenceReport {
  /** The epoch that failed, counted from 1; the history keeps every epoch before it. */
  epoch: number;
  cause: StepFailure | 'validation loss not finite' | 'validation loss exploded';
  /** The epoch whose end-of-epoch weights the model went back to (0: the initial weights). */
  restoredEpoch: number;
  /** The loss that gave it away. */
  loss: number;
}

/** What one epoch did: trained (perhaps ending in early stopping), or diverged. */
export type EpochOutcome =
  { kind: 'trained'; point: EpochPoint; earlyStop?: EarlyStopReport } | { kind: 'diverged'; divergence: DivergenceReport };

/** A training sample before and after this epoch's augmentation, each [timeSteps × features], row-major. */
export interface AugmentationPreview {
  original: Float32Array;
  augmented: Float32Array;
}

/** A run's data, model and optimizer, trained one epoch at a time. */
export interface Trainer {
  /** Epochs completed so far. */
  readonly epoch: number;
  /** The task's data (read-only use). */
  readonly task: TaskData;
  /** The model being trained (read-only use: inspection and tests). */
  readonly network: Network;
  /** The first `count` training samples as the coming epoch's augmentation will change them. */
  previewAugmentation(count: number): AugmentationPreview[];
  /** Validation loss (and accuracy, for classification) and the kernels' sizes, for the model as it is now. */
  evaluate(): Promise<Evaluation>;
  /** The model's inner workings as they are now: gradients through time, two samples' predictions and gates. */
  inspect(): Promise<ModelInspection>;
  /** The hand-derived gradients of the first training batch compared with autodiff's. */
  checkGradients(): Promise<GradientCheck>;
  /** Replaces the live knobs; the next step uses them. A new optimizer kind starts with fresh state. */
  setKnobs(knobs: LiveKnobs): void;
  /** Trains one epoch and measures both losses. The first epoch after a stop begins a new fit (see `finishAtBudget`). */
  trainEpoch(): Promise<EpochOutcome>;
  /** Every weight's values and the steps taken, to rebuild this trainer elsewhere (see `TrainerOptions.resume`). */
  checkpoint(): Promise<{ step: number; weights: Float32Array[] }>;
  /**
   * Ends the fit at its epoch budget, as Keras's EarlyStopping.on_train_end does: with early stopping and
   * restore best weights on, the model goes back to the best epoch's weights (reported). Training on
   * afterwards is a new fit, which forgets the best value and weights, as a new Keras fit() does.
   */
  finishAtBudget(): EarlyStopReport | undefined;
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

/** What the trainer measures after an epoch, from the model as it is. */
export interface Evaluation {
  valLoss: number;
  /** Classification only. */
  valAccuracy?: number;
  weights: WeightStats;
}

/** What the trainer needs besides the settings. */
export interface TrainerOptions {
  /** Awaited after every step, so the caller can let other work in (a worker: its messages). */
  betweenSteps?: () => Promise<void>;
  /** The uploaded series, for the `series` task. */
  series?: Float32Array;
  /** Data to train on instead of the task the settings generate (the bias–variance lab's fresh draws). */
  task?: TaskData;
  /** Carry on from a checkpoint: these weights, after this many epochs and steps (the optimizer starts afresh). */
  resume?: { epoch: number; step: number; weights: Float32Array[] };
}

/** Builds the data and the model a run's settings describe, on the current backend. */
export function createTrainer(settings: Settings, options: TrainerOptions = {}): Trainer {
  const task = options.task ?? createTask(settings.task, settings, options.series);
  const batchSize = Math.min(settings.batchSize, task.training.samples);
  const network = createNetwork(
    { features: task.training.features, units: settings.hiddenUnits, layers: settings.layers, outputs: task.outputs },
    settings.seed,
  );
  const shapes = layerShapes(network);
  if (options.resume) {
    const saved = options.resume.weights;
    networkVariables(network).forEach((variable, index) => variable.assign(tf.tensor(saved[index] as Float32Array, variable.shape)));
  }
  // Validation data never changes during a run, so it stays on the device.
  const validation = toTensors(task.validation);
  const earlyStopping = new EarlyStopping();
  let knobs: LiveKnobs = { ...settings };
  let optimizer: TunableOptimizer = createOptimizer(knobs.optimizer, knobs.learningRate, knobs.weightDecay);
  let optimizerKind = knobs.optimizer;
  let bestWeights: tf.Tensor[] = [];
  // Set when a fit has ended (early stopping fired, or the budget was reached): the next epoch begins a new one.
  let fitEnded = false;
  let epoch = options.resume?.epoch ?? 0;
  let step = options.resume?.step ?? 0;
  // The weights at the end of the last epoch whose validation loss was finite and not exploded.
  let lastSoundWeights: tf.Tensor[] = snapshotWeights(network);

  const keep = (current: tf.Tensor[]) => {
    tf.dispose(current);
    return snapshotWeights(network);
  };

  // A new optimizer kind takes over between steps, never while a step still holds the old one.
  const optimizerForStep = () => {
    if (knobs.optimizer !== optimizerKind) {
      optimizer.dispose();
      optimizer = createOptimizer(knobs.optimizer, knobs.learningRate, knobs.weightDecay);
      optimizerKind = knobs.optimizer;
    }
    return optimizer;
  };

  const knowNothingLoss =
    task.kind === 'regression' ? mean(Array.from(task.training.targets, (target) => target * target)) : Math.log(task.outputs);
  const stepTask = { kind: task.kind, lossLimit: explodedLossFactor * knowNothingLoss };
  const augmentation = () => ({
    seed: settings.seed,
    epoch,
    element: task.element,
    augmentation: knobs,
    ...(task.labelOf ? { labelOf: task.labelOf } : {}),
  });

  async function trainBatches(): Promise<{ steps: (StepResult & { rows: number })[]; divergence?: DivergenceReport }> {
    const steps = [];
    const batches = epochBatches(task.training, { ...augmentation(), batchSize });
    for (const batch of batches) {
      const rows = batch.targets.length;
      const tensors = {
        inputs: tf.tensor3d(batch.inputs, [rows, task.training.windowLength, task.training.features]),
        targets: tf.tensor1d(batch.targets),
      };
      const masks = createMasks(shapes, rows, knobs, (kind, layer) => maskSeed(settings.seed, 'dropout', step, kind, layer));
      const result = await trainStep(network, optimizerForStep(), tensors, knobs, masks, stepTask).finally(() => {
        disposeMasks(masks);
        tf.dispose([tensors.inputs, tensors.targets]);
      });
      step += 1;
      if (result.failure)
        return { steps, divergence: { epoch: epoch + 1, cause: result.failure, loss: result.dataLoss, restoredEpoch: 0 } };
      steps.push({ ...result, rows });
      await options.betweenSteps?.();
    }
    return { steps };
  }

  async function evaluate(): Promise<Evaluation> {
    // One readback for everything: on WebGL each one waits for the GPU.
    const summary = tf.tidy(() => {
      // Forward only: no record for a backward pass that evaluation never runs.
      const outputs = predict(network, validation.inputs, undefined, 'none');
      const loss = taskLoss(task.kind, outputs, validation.targets);
      const scores = task.kind === 'classification' ? [loss, accuracy(outputs, validation.targets)] : [loss];
      return tf.concat([weightStatistics(network), tf.stack(scores)]);
    });
    try {
      const values = await summary.data();
      // The three weight statistics come first, then the scores.
      const [valLoss = NaN, valAccuracy] = values.subarray(3);
      const weights = readWeightStats(values);
      return valAccuracy === undefined ? { valLoss, weights } : { valLoss, valAccuracy, weights };
    } finally {
      summary.dispose();
    }
  }

  const beginFitIfEnded = () => {
    if (!fitEnded) return;
    fitEnded = false;
    earlyStopping.beginFit();
    tf.dispose(bestWeights);
    bestWeights = [];
  };

  const earlyStopReport = (restored: boolean): EarlyStopReport => ({
    bestEpoch: earlyStopping.bestEpoch,
    bestValLoss: earlyStopping.bestValLoss ?? NaN,
    restored,
  });

  async function trainEpoch(): Promise<EpochOutcome> {
    beginFitIfEnded();
    const { steps, divergence } = await trainBatches();
    const evaluation = divergence ? undefined : await evaluate();
    const valLoss = evaluation?.valLoss ?? NaN;
    const validationFailure = !Number.isFinite(valLoss)
      ? 'validation loss not finite'
      : valLoss > stepTask.lossLimit
        ? 'validation loss exploded'
        : undefined;
    if (divergence || !evaluation || validationFailure) {
      // Back to the end of the last epoch that was sound, where Train can carry on from (with gentler knobs).
      // The optimizer's moments built up on the way to the blow-up, so they go too, or they would blow it up again.
      restoreWeights(network, lastSoundWeights);
      optimizer.dispose();
      optimizer = createOptimizer(knobs.optimizer, knobs.learningRate, knobs.weightDecay);
      optimizerKind = knobs.optimizer;
      const failure = divergence ?? { epoch: epoch + 1, cause: validationFailure ?? 'validation loss not finite', loss: valLoss };
      return { kind: 'diverged', divergence: { ...failure, restoredEpoch: epoch } };
    }
    epoch += 1;
    lastSoundWeights = keep(lastSoundWeights);
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
      weights: evaluation.weights,
      ...(task.kind === 'classification'
        ? { trainAccuracy: weightedMean((result) => result.accuracy), valAccuracy: evaluation.valAccuracy ?? NaN }
        : {}),
    };
    // Early stopping watches the data-only validation loss, the curve on the chart. Keras's `val_loss`
    // adds the L1/L2 penalty; the exported Keras script monitors the data-only metric for the same reason.
    const verdict = earlyStopping.observe(epoch, valLoss, knobs);
    if (verdict === 'improved') bestWeights = keep(bestWeights);
    if (verdict !== 'stop' || !knobs.earlyStopping) return { kind: 'trained', point };
    if (knobs.restoreBestWeights) restoreWeights(network, bestWeights);
    fitEnded = true;
    return { kind: 'trained', point, earlyStop: earlyStopReport(knobs.restoreBestWeights) };
  }

  function finishAtBudget(): EarlyStopReport | undefined {
    if (fitEnded) return undefined;
    fitEnded = true;
    if (!knobs.earlyStopping || !knobs.restoreBestWeights || bestWeights.length === 0) return undefined;
    restoreWeights(network, bestWeights);
    return earlyStopReport(true);
  }

  return {
    get epoch() {
      return epoch;
    },
    task,
    network,
    previewAugmentation: (count) =>
      Array.from({ length: Math.min(count, task.training.samples) }, (_, sample) => {
        const valuesPerSample = task.training.windowLength * task.training.features;
        return {
          original: task.training.inputs.slice(sample * valuesPerSample, (sample + 1) * valuesPerSample),
          augmented: augmentedSample(task.training, sample, augmentation()),
        };
      }),
    evaluate,
    inspect: () => inspectModel(network, task),
    async checkGradients() {
      const batch = firstSamples(task.training, batchSize);
      try {
        return await checkGradients(network, batch, task.kind);
      } finally {
        tf.dispose([batch.inputs, batch.targets]);
      }
    },
    setKnobs(next) {
      if (next.learningRate !== knobs.learningRate) optimizer.setLearningRate(next.learningRate);
      if (next.weightDecay !== knobs.weightDecay) optimizer.setWeightDecay(next.weightDecay);
      knobs = { ...next };
    },
    trainEpoch,
    async checkpoint() {
      const weights = await Promise.all(networkVariables(network).map((variable) => variable.data() as Promise<Float32Array>));
      return { step, weights };
    },
    finishAtBudget,
    dispose() {
      disposeNetwork(network);
      optimizer.dispose();
      tf.dispose([validation.inputs, validation.targets, ...bestWeights, ...lastSoundWeights]);
    },
  };
}

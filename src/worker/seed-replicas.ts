import { mean } from '../stats/summary';
import * as tf from '@tensorflow/tfjs-core';
import { EarlyStopping } from '../model/early-stopping';
import { restoreWeights, snapshotWeights } from '../model/network';
import {
  createTrainer,
  type EarlyStopReport,
  type EpochOutcome,
  type EpochPoint,
  type Trainer,
  type TrainerOptions,
} from '../model/trainer';
import type { Settings } from '../settings/schema';
import type { Checkpoint } from './protocol';

/** The settings of replica `index`: its own seed and, with several seeds, early stopping left to the group. */
function replicaSettings(settings: Settings, index: number): Settings {
  const seed = settings.seed + index;
  return settings.seedRepeats > 1 ? { ...settings, seed, earlyStopping: false } : { ...settings, seed };
}

// One epoch point for the group: the means of the seeds' losses, each seed's losses, and the first
// seed's step-level detail (gradient norms, clipping, weight sizes), which the model views show.
function mergePoints(points: EpochPoint[]): EpochPoint {
  const first = points[0] as EpochPoint;
  if (points.length === 1) return first;
  const trainLoss = points.map((point) => point.trainLoss);
  const valLoss = points.map((point) => point.valLoss);
  const accuracies = (pick: (point: EpochPoint) => number | undefined) => mean(points.map((point) => pick(point) ?? NaN));
  return {
    ...first,
    trainLoss: mean(trainLoss),
    valLoss: mean(valLoss),
    objective: mean(points.map((point) => point.objective)),
    ...(first.trainAccuracy === undefined
      ? {}
      : { trainAccuracy: accuracies((point) => point.trainAccuracy), valAccuracy: accuracies((point) => point.valAccuracy) }),
    seeds: { trainLoss, valLoss },
  };
}

/**
 * The same settings trained with seeds seed, seed+1, …, seed+R−1, one epoch of each at a time. With one
 * seed it is that seed's trainer (Keras's early stopping included). With several, early stopping watches
 * the mean validation loss across the seeds, and restoring best weights sets every seed back to that
 * epoch, with the same Keras rules for the end of a fit.
 */
export class SeedReplicas {
  private readonly trainers: Trainer[];
  private readonly earlyStopping = new EarlyStopping();
  private bestWeights: tf.Tensor[][] = [];
  // Set when the group's fit ended (early stopping or the budget): the next epoch begins a new fit, as in Keras.
  private fitEnded = false;
  private settings: Settings;

  constructor(settings: Settings, options: Omit<TrainerOptions, 'resume'> & { resume?: Checkpoint }) {
    this.settings = settings;
    const { resume, ...shared } = options;
    this.trainers = Array.from({ length: settings.seedRepeats }, (_, index) => {
      const saved = resume?.replicas[index];
      return createTrainer(replicaSettings(settings, index), {
        ...shared,
        ...(resume && saved ? { resume: { epoch: resume.epoch, step: saved.step, weights: saved.weights } } : {}),
      });
    });
  }

  /** The first seed's trainer: the one the model views and the gradient check look into. */
  get primary(): Trainer {
    return this.trainers[0] as Trainer;
  }

  /** Epochs completed (the same for every seed). */
  get epoch(): number {
    return this.primary.epoch;
  }

  /** New live knobs for every seed. */
  setKnobs(settings: Settings): void {
    this.settings = settings;
    this.trainers.forEach((trainer, index) => trainer.setKnobs(replicaSettings(settings, index)));
  }

  /**
   * Trains one epoch of every seed. The first seed that diverges ends the epoch for the group: with
   * several seeds the others have then trained one epoch more, so such a run can only be reset.
   */
  async trainEpoch(): Promise<EpochOutcome> {
    if (this.fitEnded) this.beginFit();
    const points: EpochPoint[] = [];
    for (const trainer of this.trainers) {
      const outcome = await trainer.trainEpoch();
      if (outcome.kind === 'diverged') return outcome;
      if (this.trainers.length === 1) return outcome;
      points.push(outcome.point);
    }
    const point = mergePoints(points);
    const earlyStop = this.observe(point);
    return earlyStop ? { kind: 'trained', point, earlyStop } : { kind: 'trained', point };
  }

  // The group's early stopping, on the mean validation loss (only with several seeds).
  private observe(point: EpochPoint): EarlyStopReport | undefined {
    const verdict = this.earlyStopping.observe(point.epoch, point.valLoss, this.settings);
    if (verdict === 'improved') {
      tf.dispose(this.bestWeights.flat());
      this.bestWeights = this.trainers.map((trainer) => snapshotWeights(trainer.network));
    }
    if (verdict !== 'stop' || !this.settings.earlyStopping) return undefined;
    this.fitEnded = true;
    return this.restoreBest();
  }

  // Sets every seed back to the best epoch's weights when restoring is on, and reports the best epoch.
  private restoreBest(): EarlyStopReport {
    const restored = this.settings.restoreBestWeights && this.bestWeights.length > 0;
    if (restored) this.trainers.forEach((trainer, index) => restoreWeights(trainer.network, this.bestWeights[index] as tf.Tensor[]));
    return { bestEpoch: this.earlyStopping.bestEpoch, bestValLoss: this.earlyStopping.bestValLoss ?? NaN, restored };
  }

  // A new fit forgets the best value and weights, as a new Keras fit() does.
  private beginFit(): void {
    this.fitEnded = false;
    this.earlyStopping.beginFit();
    tf.dispose(this.bestWeights.flat());
    this.bestWeights = [];
  }

  /**
   * Ends the fit at the epoch budget: as Keras's EarlyStopping does at the end of training, restore best
   * weights (with early stopping on) sets the model back to the best epoch, reported; undefined otherwise.
   */
  finishAtBudget(): EarlyStopReport | undefined {
    if (this.trainers.length === 1) return this.primary.finishAtBudget();
    if (this.fitEnded) return undefined;
    this.fitEnded = true;
    if (!this.settings.earlyStopping || !this.settings.restoreBestWeights || this.bestWeights.length === 0) return undefined;
    return this.restoreBest();
  }

  /** Every seed's weights and steps, as they are now. */
  async checkpoint(): Promise<Checkpoint> {
    return { epoch: this.epoch, replicas: await Promise.all(this.trainers.map((trainer) => trainer.checkpoint())) };
  }

  /** How many weight values a checkpoint carries. */
  get checkpointSize(): number {
    return (
      this.trainers.length * this.primary.network.layers.reduce((sum, layer) => sum + layer.kernel.size + layer.recurrentKernel.size, 0)
    );
  }

  /** Frees every tensor of every seed. */
  dispose(): void {
    tf.dispose(this.bestWeights.flat());
    this.bestWeights = [];
    this.trainers.forEach((trainer) => trainer.dispose());
  }
}

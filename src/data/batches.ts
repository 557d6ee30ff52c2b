import { augmentSequence, augmenting, type AugmentationRates } from './augment';
import type { Dataset, ElementKind } from './dataset';
import { createRandom, shuffledIndices } from './random';

/** One training batch as plain arrays, ready to become tensors. */
export interface Batch {
  /** Row-major [batchSize, windowLength, features]. */
  inputs: Float32Array;
  /** [batchSize]. */
  targets: Float32Array;
}

/** Options for one epoch's batches. */
export interface EpochOptions {
  seed: number;
  /** 0-based epoch index: each epoch gets its own shuffle and its own augmentation. */
  epoch: number;
  batchSize: number;
  element: ElementKind;
  augmentation: AugmentationRates;
  /** The task's rule for labelling a changed sequence, if it has one (see TaskData.labelOf). */
  labelOf?: (sequence: Float32Array) => number;
}

/**
 * Batches per epoch. Like Keras, the last batch keeps the remainder rather than dropping it, so every
 * sample is seen each epoch; that adds at most one more batch shape for WebGL to compile, once.
 */
export function batchesPerEpoch(samples: number, batchSize: number): number {
  return Math.ceil(samples / batchSize);
}

/**
 * One training sample as this epoch's augmentation leaves it. Each (epoch, sample) pair draws from a
 * stream of its own, so the preview shows exactly what training sees, and batches are repeatable.
 */
export function augmentedSample(dataset: Dataset, sample: number, options: Omit<EpochOptions, 'batchSize'>): Float32Array {
  const valuesPerSample = dataset.windowLength * dataset.features;
  const values = dataset.inputs.subarray(sample * valuesPerSample, (sample + 1) * valuesPerSample);
  if (!augmenting(options.augmentation)) return values.slice();
  return augmentSequence(
    values,
    dataset.features,
    options.element,
    options.augmentation,
    createRandom(options.seed, 'augment', options.epoch, sample),
  );
}

/**
 * The epoch's training batches: a seeded shuffle, then augmentation drawn afresh for this epoch (with
 * the label recomputed where the task has a rule for it). Only training data goes through here;
 * validation data is never augmented.
 */
export function epochBatches(dataset: Dataset, options: EpochOptions): Batch[] {
  const order = shuffledIndices(dataset.samples, createRandom(options.seed, 'shuffle', options.epoch));
  const valuesPerSample = dataset.windowLength * dataset.features;
  const batches: Batch[] = [];
  for (let batch = 0; batch < batchesPerEpoch(dataset.samples, options.batchSize); batch += 1) {
    const rows = Math.min(options.batchSize, dataset.samples - batch * options.batchSize);
    const inputs = new Float32Array(rows * valuesPerSample);
    const targets = new Float32Array(rows);
    const relabel = options.labelOf && augmenting(options.augmentation) ? options.labelOf : undefined;
    for (let row = 0; row < rows; row += 1) {
      const sample = order[batch * options.batchSize + row] as number;
      const sequence = augmentedSample(dataset, sample, options);
      inputs.set(sequence, row * valuesPerSample);
      const target = dataset.targets[sample] as number;
      // The rule gives the clean label; a sample whose label noise flipped it stays flipped.
      targets[row] = relabel ? Math.abs(relabel(sequence) - Math.abs(target - (dataset.cleanTargets[sample] as number))) : target;
    }
    batches.push({ inputs, targets });
  }
  return batches;
}

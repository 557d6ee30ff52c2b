import { createRandom, shuffledIndices } from './random';
import type { Dataset } from './sines';

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
  /** 0-based epoch index: each epoch gets its own shuffle and its own jitter. */
  epoch: number;
  batchSize: number;
  /** Standard deviation of the Gaussian noise added to every input value; 0 leaves inputs untouched. */
  jitter: number;
}

/**
 * Batches per epoch. Like Keras, the last batch keeps the remainder rather than dropping it, so every
 * sample is seen each epoch; that adds at most one more batch shape for WebGL to compile, once.
 */
export function batchesPerEpoch(samples: number, batchSize: number): number {
  return Math.ceil(samples / batchSize);
}

/**
 * The epoch's training batches: a seeded shuffle, then jitter (the augmentation) drawn afresh for this
 * epoch. Only training data goes through here; validation data is never augmented.
 */
export function epochBatches(dataset: Dataset, options: EpochOptions): Batch[] {
  const order = shuffledIndices(dataset.samples, createRandom(options.seed, 'shuffle', options.epoch));
  const jitterRandom = createRandom(options.seed, 'jitter', options.epoch);
  const valuesPerSample = dataset.windowLength * dataset.features;
  const batches: Batch[] = [];
  for (let batch = 0; batch < batchesPerEpoch(dataset.samples, options.batchSize); batch += 1) {
    const rows = Math.min(options.batchSize, dataset.samples - batch * options.batchSize);
    const inputs = new Float32Array(rows * valuesPerSample);
    const targets = new Float32Array(rows);
    for (let row = 0; row < rows; row += 1) {
      const sample = order[batch * options.batchSize + row] as number;
      inputs.set(dataset.inputs.subarray(sample * valuesPerSample, (sample + 1) * valuesPerSample), row * valuesPerSample);
      targets[row] = dataset.targets[sample] as number;
    }
    if (options.jitter > 0) {
      for (let index = 0; index < inputs.length; index += 1) {
        inputs[index] = (inputs[index] as number) + options.jitter * jitterRandom.normal();
      }
    }
    batches.push({ inputs, targets });
  }
  return batches;
}

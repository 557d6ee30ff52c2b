import type { TaskName } from '../settings/schema';
import { drawAddingTestSet, drawAddingTrainingSet } from './adding';
import { allocateDataset, type Dataset, type TaskOptions } from './dataset';
import { createRandom } from './random';
import { createSeriesTask } from './series';
import { drawSineTestSet, drawSineTrainingSet } from './sines';

/**
 * Test windows for a generated task. Their own noise averages σ² within about √(2/n) = 3 % of it
 * (0.09 ± 0.003 at the default noise), close enough that expected and measured test error can be compared.
 */
export const labTestSamples = 2048;

/** The fixed test set every model of a sweep is judged on, and what is known about its noise. */
export interface LabTestSet {
  test: Dataset;
  /** σ² of the targets' noise; undefined where the task cannot know it (an uploaded series). */
  noiseVariance?: number;
  /** Whether `test.cleanTargets` holds noise-free targets (for a series they are the observed values). */
  cleanTargetsKnown: boolean;
}

// The samples at `rows` of a dataset, in that order (rows may repeat: a bootstrap resample).
function pickRows(dataset: Dataset, rows: ArrayLike<number>): Dataset {
  const picked = allocateDataset(rows.length, dataset.windowLength, dataset.features);
  const valuesPerSample = dataset.windowLength * dataset.features;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as number;
    picked.inputs.set(dataset.inputs.subarray(row * valuesPerSample, (row + 1) * valuesPerSample), index * valuesPerSample);
    picked.targets[index] = dataset.targets[row] as number;
    picked.cleanTargets[index] = dataset.cleanTargets[row] as number;
  }
  return picked;
}

/** The first `count` samples of a dataset (all of them when it has fewer). */
export function firstRows(dataset: Dataset, count: number): Dataset {
  return pickRows(
    dataset,
    Array.from({ length: Math.min(count, dataset.samples) }, (_, row) => row),
  );
}

// Every training window an uploaded series offers, from which the bootstrap resamples.
function seriesTrainingPool(series: Float32Array, options: TaskOptions): Dataset {
  return createSeriesTask(series, { ...options, trainingSamples: series.length, validationSamples: 1 }).training;
}

/**
 * Training set number `draw` for the lab's model number `draw`: a fresh sample from the task's process
 * (sines: the same waves; adding: the same rule), or, for an uploaded series, a bootstrap resample of
 * its training windows. Draws are nested: a smaller training set is the start of a larger one.
 */
export function drawLabTrainingSet(task: TaskName, options: TaskOptions, draw: number, series?: Float32Array): Dataset {
  switch (task) {
    case 'sines':
      return drawSineTrainingSet(options, draw);
    case 'adding':
      return drawAddingTrainingSet(options, draw);
    case 'series': {
      if (!series) throw new Error('No series has been loaded');
      const pool = seriesTrainingPool(series, options);
      const random = createRandom(options.seed, 'bootstrap', draw);
      return pickRows(
        pool,
        Array.from({ length: options.trainingSamples }, () => random.integer(pool.samples)),
      );
    }
    case 'reber':
      throw new Error('The bias–variance lab decomposes squared error; the Reber task is a classification');
  }
}

/** The lab's fixed test set for a task (an uploaded series: every window after the training part). */
export function labTestSet(task: TaskName, options: TaskOptions, series?: Float32Array): LabTestSet {
  switch (task) {
    case 'sines':
      return { test: drawSineTestSet(options, labTestSamples), noiseVariance: options.noise ** 2, cleanTargetsKnown: true };
    case 'adding':
      return { test: drawAddingTestSet(options, labTestSamples), noiseVariance: options.noise ** 2, cleanTargetsKnown: true };
    case 'series': {
      if (!series) throw new Error('No series has been loaded');
      const test = createSeriesTask(series, { ...options, validationSamples: series.length }).validation;
      return { test, cleanTargetsKnown: false };
    }
    case 'reber':
      throw new Error('The bias–variance lab decomposes squared error; the Reber task is a classification');
  }
}

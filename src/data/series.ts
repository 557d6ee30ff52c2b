import { allocateDataset, type Dataset, type TaskData, type TaskOptions } from './dataset';
import { createRandom, shuffledIndices } from './random';
import { longestWindow, seriesProblem, trainingShare } from './series-limits';

// Windows whose targets are the values at `targets`, in the order given, standardised.
function windowsAt(values: Float32Array, targets: Int32Array, windowLength: number, mean: number, scale: number): Dataset {
  const dataset = allocateDataset(targets.length, windowLength, 1);
  targets.forEach((target, sample) => {
    for (let step = 0; step < windowLength; step += 1) {
      dataset.inputs[sample * windowLength + step] = ((values[target - windowLength + step] as number) - mean) / scale;
    }
    dataset.targets[sample] = ((values[target] as number) - mean) / scale;
    dataset.cleanTargets[sample] = dataset.targets[sample] as number;
  });
  return dataset;
}

// A seeded choice of at most `count` of the indices from `first` to `last` (exclusive), kept in time order.
function chooseTargets(first: number, last: number, count: number, seed: number, purpose: string): Int32Array {
  const available = Math.max(0, last - first);
  const order = shuffledIndices(available, createRandom(seed, 'series', purpose)).slice(0, Math.min(count, available));
  return order.sort().map((offset) => first + offset);
}

/**
 * Your own series as a forecasting task: windows of past values predict the next one. The split is by
 * time, so validation windows forecast values after every training target: the model is judged on a
 * future it never saw. Values are standardised with the training part's mean and spread. Windows
 * longer than the series supports are shortened to `longestWindow`. The series keeps its own noise;
 * `noise` is not used.
 */
export function createSeriesTask(series: Float32Array, options: TaskOptions): TaskData {
  const problem = seriesProblem(series.length);
  // The page checks the length before it asks for the task, so this is a caller's mistake, not the user's.
  if (problem) throw new Error(`The series has ${problem.length} values; forecasting needs at least ${problem.needed}.`);
  const windowLength = Math.min(options.windowLength, longestWindow(series.length));
  const split = Math.floor(series.length * trainingShare);
  const trainingPart = series.subarray(0, split);
  const mean = trainingPart.reduce((sum, value) => sum + value, 0) / trainingPart.length;
  const spread = Math.sqrt(trainingPart.reduce((sum, value) => sum + (value - mean) ** 2, 0) / trainingPart.length);
  const scale = spread > 0 ? spread : 1;
  return {
    kind: 'regression',
    outputs: 1,
    element: 'continuous',
    training: windowsAt(
      series,
      chooseTargets(windowLength, split, options.trainingSamples, options.seed, 'training'),
      windowLength,
      mean,
      scale,
    ),
    validation: windowsAt(
      series,
      chooseTargets(split, series.length, options.validationSamples, options.seed, 'validation'),
      windowLength,
      mean,
      scale,
    ),
  };
}

import { allocateDataset, type Dataset, type TaskData, type TaskOptions } from './dataset';
import { createRandom, type Random } from './random';

function drawSequences(samples: number, windowLength: number, noise: number, random: Random): Dataset {
  const dataset = allocateDataset(samples, windowLength, 2);
  const half = Math.floor(windowLength / 2);
  for (let sample = 0; sample < samples; sample += 1) {
    const offset = sample * windowLength * 2;
    for (let step = 0; step < windowLength; step += 1) dataset.inputs[offset + step * 2] = random.uniform();
    // One marker in each half, so the two marked values can be as far apart as the sequence allows.
    const marked = [random.integer(half), half + random.integer(windowLength - half)];
    let sum = 0;
    for (const step of marked) {
      dataset.inputs[offset + step * 2 + 1] = 1;
      sum += dataset.inputs[offset + step * 2] as number;
    }
    dataset.cleanTargets[sample] = sum;
    dataset.targets[sample] = sum + noise * random.normal();
  }
  return dataset;
}

/**
 * The adding problem (Hochreiter & Schmidhuber 1997): each time step holds a value in [0, 1] and a
 * marker; exactly two steps are marked, one in each half, and the target is the sum of their values.
 * Longer sequences put the two further apart, so the model must carry a value across more steps.
 * `noise` is the standard deviation of label noise added to the targets.
 */
export function createAddingTask(options: TaskOptions): TaskData {
  const { windowLength, noise } = options;
  return {
    kind: 'regression',
    outputs: 1,
    element: 'marked-values',
    training: drawSequences(options.trainingSamples, windowLength, noise, createRandom(options.seed, 'adding', 'training')),
    validation: drawSequences(options.validationSamples, windowLength, noise, createRandom(options.seed, 'adding', 'validation')),
  };
}

/** Training set number `draw` of the adding problem, a fresh sample of the same process (for the bias–variance lab). */
export function drawAddingTrainingSet(options: TaskOptions, draw: number): Dataset {
  return drawSequences(options.trainingSamples, options.windowLength, options.noise, createRandom(options.seed, 'adding', 'draw', draw));
}

/** A test set of `samples` sequences of the adding problem, apart from every training draw. */
export function drawAddingTestSet(options: TaskOptions, samples: number): Dataset {
  return drawSequences(samples, options.windowLength, options.noise, createRandom(options.seed, 'adding', 'test'));
}

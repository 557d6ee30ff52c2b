import { allocateDataset, type Dataset, type TaskData, type TaskOptions } from './dataset';
import { createRandom, type Random } from './random';

/** One sine component of the underlying signal. */
interface Wave {
  amplitude: number;
  /** Cycles per time step. */
  frequency: number;
  phase: number;
}

/** Time steps over which window starts are spread, so windows see different parts of the signal. */
const seriesSpan = 10_000;
const waveCount = 3;

// The process is fixed by the seed alone: the training and validation sets are two draws from it,
// and the lab's draws come from the same waves.
function drawWaves(seed: number): Wave[] {
  const random = createRandom(seed, 'waves');
  const waves = Array.from({ length: waveCount }, () => ({
    amplitude: 0.3 + 0.7 * random.uniform(),
    frequency: 0.01 + 0.09 * random.uniform(),
    phase: 2 * Math.PI * random.uniform(),
  }));
  const total = waves.reduce((sum, wave) => sum + wave.amplitude, 0);
  return waves.map((wave) => ({ ...wave, amplitude: wave.amplitude / total }));
}

function signalAt(waves: Wave[], time: number): number {
  return waves.reduce((sum, wave) => sum + wave.amplitude * Math.sin(2 * Math.PI * wave.frequency * time + wave.phase), 0);
}

function drawWindows(waves: Wave[], samples: number, windowLength: number, noise: number, random: Random): Dataset {
  const dataset = allocateDataset(samples, windowLength, 1);
  for (let sample = 0; sample < samples; sample += 1) {
    const start = random.uniform() * seriesSpan;
    for (let step = 0; step < windowLength; step += 1) {
      dataset.inputs[sample * windowLength + step] = signalAt(waves, start + step) + noise * random.normal();
    }
    const clean = signalAt(waves, start + windowLength);
    dataset.cleanTargets[sample] = clean;
    dataset.targets[sample] = clean + noise * random.normal();
  }
  return dataset;
}

/**
 * Training set number `draw` of the sines task's process: the waves come from `options.seed`, the
 * windows and their noise from a stream of their own, so every draw is a fresh sample of the same
 * signal (for the bias–variance lab). The live run's training set is not one of these draws.
 */
export function drawSineTrainingSet(options: TaskOptions, draw: number): Dataset {
  const random = createRandom(options.seed, 'training', 'draw', draw);
  return drawWindows(drawWaves(options.seed), options.trainingSamples, options.windowLength, options.noise, random);
}

/** A test set of `samples` windows from the sines task's process, apart from every training draw. */
export function drawSineTestSet(options: TaskOptions, samples: number): Dataset {
  return drawWindows(drawWaves(options.seed), samples, options.windowLength, options.noise, createRandom(options.seed, 'test'));
}

/**
 * The noisy-sum-of-sines task: forecast the next observation from a window of past ones; `noise` is
 * the observation noise's standard deviation (the signal stays within ±1). The training and
 * validation sets are separate draws from the same process.
 */
export function createSineTask(options: TaskOptions): TaskData {
  const waves = drawWaves(options.seed);
  const { windowLength, noise } = options;
  return {
    kind: 'regression',
    outputs: 1,
    element: 'continuous',
    training: drawWindows(waves, options.trainingSamples, windowLength, noise, createRandom(options.seed, 'training')),
    validation: drawWindows(waves, options.validationSamples, windowLength, noise, createRandom(options.seed, 'validation')),
  };
}

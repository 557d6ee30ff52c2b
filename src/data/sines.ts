import { createRandom, type Random } from './random';

/** A forecasting dataset: windows of past values and the value that follows each. */
export interface Dataset {
  /** Number of windows. */
  samples: number;
  /** Time steps per window. */
  windowLength: number;
  /** Values per time step (1 for a univariate series). */
  features: number;
  /** Row-major [samples, windowLength, features]: what the model sees. */
  inputs: Float32Array;
  /** [samples]: the observed next value, noise included (what the loss compares against). */
  targets: Float32Array;
  /** [samples]: the next value without observation noise, so error can be told apart from noise. */
  cleanTargets: Float32Array;
}

/** One sine component of the underlying signal. */
interface Wave {
  amplitude: number;
  /** Cycles per time step. */
  frequency: number;
  phase: number;
}

/** What defines the forecasting task; the same values give the same data. */
export interface SineTaskOptions {
  seed: number;
  windowLength: number;
  trainingSamples: number;
  validationSamples: number;
  /** Standard deviation of the observation noise. */
  noise: number;
}

/** Time steps over which window starts are spread, so windows see different parts of the signal. */
const seriesSpan = 10_000;
const waveCount = 3;

// The process is fixed by the seed alone: the training and validation sets are two draws from it.
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
  const inputs = new Float32Array(samples * windowLength);
  const targets = new Float32Array(samples);
  const cleanTargets = new Float32Array(samples);
  for (let sample = 0; sample < samples; sample += 1) {
    const start = random.uniform() * seriesSpan;
    for (let step = 0; step < windowLength; step += 1) {
      inputs[sample * windowLength + step] = signalAt(waves, start + step) + noise * random.normal();
    }
    const clean = signalAt(waves, start + windowLength);
    cleanTargets[sample] = clean;
    targets[sample] = clean + noise * random.normal();
  }
  return { samples, windowLength, features: 1, inputs, targets, cleanTargets };
}

/**
 * The noisy-sum-of-sines task: forecast the next observation from a window of past ones. Returns a
 * training set and a separate validation set drawn from the same process.
 */
export function createSineTask(options: SineTaskOptions): { training: Dataset; validation: Dataset } {
  const waves = drawWaves(options.seed);
  const { windowLength, noise } = options;
  return {
    training: drawWindows(waves, options.trainingSamples, windowLength, noise, createRandom(options.seed, 'training')),
    validation: drawWindows(waves, options.validationSamples, windowLength, noise, createRandom(options.seed, 'validation')),
  };
}

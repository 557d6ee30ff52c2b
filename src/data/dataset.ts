/** A set of equal-length sequences and what the model should say about each. */
export interface Dataset {
  /** Number of sequences. */
  samples: number;
  /** Time steps per sequence. */
  windowLength: number;
  /** Values per time step. */
  features: number;
  /** Row-major [samples, windowLength, features]: what the model sees. */
  inputs: Float32Array;
  /** [samples]: the target the loss compares against, noise included (a value, or a class index). */
  targets: Float32Array;
  /** [samples]: the target without observation or label noise, so error can be told apart from noise. */
  cleanTargets: Float32Array;
}

/** How one time step is made up, which tells augmentation how to invent or pad one. */
export type ElementKind =
  /** One real value per step (a series). */
  | 'continuous'
  /** A value in [0, 1] and a 0/1 marker (the adding problem). */
  | 'marked-values'
  /** A one-hot token from a vocabulary. */
  | 'tokens';

/** A task: its data and how to learn it. */
export interface TaskData {
  /** Regression learns one value with mean squared error; classification learns classes with cross-entropy. */
  kind: 'regression' | 'classification';
  /** Output units: 1 for regression, the number of classes otherwise. */
  outputs: number;
  element: ElementKind;
  training: Dataset;
  validation: Dataset;
  /** For token tasks: the symbol of each one-hot position. */
  vocabulary?: readonly string[];
  /** For classification: what each class index means, in words. */
  classNames?: readonly string[];
  /**
   * For tasks whose label follows from the sequence by a rule (the Reber grammar): the clean label of
   * an augmented sequence, so that augmentation never teaches a wrong answer.
   */
  labelOf?: (sequence: Float32Array) => number;
}

/** What every generated task is built from; the same values give the same data. */
export interface TaskOptions {
  seed: number;
  windowLength: number;
  trainingSamples: number;
  validationSamples: number;
  /** Observation noise (a standard deviation) or label noise (a probability or standard deviation), per task. */
  noise: number;
}

/** An empty dataset of the given shape, to be filled in. */
export function allocateDataset(samples: number, windowLength: number, features: number): Dataset {
  return {
    samples,
    windowLength,
    features,
    inputs: new Float32Array(samples * windowLength * features),
    targets: new Float32Array(samples),
    cleanTargets: new Float32Array(samples),
  };
}

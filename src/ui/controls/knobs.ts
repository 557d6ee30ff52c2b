import type { SettingName } from '../../settings/schema';

/** How a slider's position maps to a setting's value. */
export type SliderScale =
  | { kind: 'linear'; step: number }
  /** Position is log10(value), from `minExponent` to `maxExponent`. */
  | { kind: 'log'; minExponent: number; maxExponent: number; step: number };

/** A slider in the panel: the setting it moves, its accessible name, and its one-line hint. */
export interface KnobSpec {
  name: SettingName;
  /** The control's accessible name: part of the page's contract, keep it stable. */
  label: string;
  hint: string;
  scale: SliderScale;
  /** 0 switches the technique off: shown as 'off', and on a log slider one step below the minimum. */
  offAtZero?: true;
}

const linear = (step: number): SliderScale => ({ kind: 'linear', step });
const log = (minExponent: number, maxExponent: number): SliderScale => ({ kind: 'log', minExponent, maxExponent, step: 0.25 });

/** Every slider of the panel, by setting. */
export const knobs = {
  inputDropout: {
    name: 'inputDropout',
    label: 'Input dropout',
    hint: 'Zeroes this share of each LSTM layer’s inputs x_t, one mask per sequence (Keras dropout). With one input feature, a dropped sample loses its whole input sequence.',
    scale: linear(0.05),
  },
  recurrentDropout: {
    name: 'recurrentDropout',
    label: 'Recurrent dropout',
    hint: 'Zeroes this share of h_{t−1} inside the recurrence, the same units at every time step of a sequence (variational, Keras recurrent_dropout).',
    scale: linear(0.05),
  },
  outputDropout: {
    name: 'outputDropout',
    label: 'Output dropout',
    hint: 'Zeroes this share of the last LSTM output before the dense head (non-recurrent dropout, Zaremba et al. 2014).',
    scale: linear(0.05),
  },
  l1: {
    name: 'l1',
    label: 'L1',
    hint: 'Adds l1·Σ|w| to the objective: pushes weights to exactly zero, keeping few.',
    scale: log(-5, -1),
    offAtZero: true,
  },
  l2: {
    name: 'l2',
    label: 'L2',
    hint: 'Adds l2·Σw² to the objective (weight decay): shrinks every weight, for a smoother function.',
    scale: log(-5, -1),
    offAtZero: true,
  },
  clipThreshold: {
    name: 'clipThreshold',
    label: 'Clip threshold',
    hint: 'The largest gradient norm (or element, in value mode) an update may use.',
    scale: log(-3, 2),
  },
  augmentation: {
    name: 'augmentation',
    label: 'Augmentation',
    hint: 'Gaussian jitter of this size added to the training inputs, drawn afresh each epoch. Validation data is never augmented.',
    scale: linear(0.01),
    offAtZero: true,
  },
  learningRate: {
    name: 'learningRate',
    label: 'Learning rate',
    hint: 'The optimizer’s step size: too small crawls, too large overshoots or diverges.',
    scale: log(-4, 1),
  },
  patience: {
    name: 'patience',
    label: 'Patience',
    hint: 'Epochs without improvement in validation loss before training stops.',
    scale: linear(1),
  },
  minDelta: {
    name: 'minDelta',
    label: 'Min delta',
    hint: 'How much validation loss must drop to count as an improvement.',
    scale: linear(0.001),
  },
  hiddenUnits: {
    name: 'hiddenUnits',
    label: 'Hidden units',
    hint: 'Size of each LSTM state: more units, more capacity to fit, and to memorise noise.',
    scale: linear(4),
  },
  layers: {
    name: 'layers',
    label: 'Layers',
    hint: 'Stacked LSTM layers, each reading the whole sequence of the one below.',
    scale: linear(1),
  },
  windowLength: {
    name: 'windowLength',
    label: 'Sequence length',
    hint: 'Past values the model sees before forecasting the next one (time steps to back-propagate through).',
    scale: linear(1),
  },
  batchSize: {
    name: 'batchSize',
    label: 'Batch size',
    hint: 'Windows per update: smaller batches give noisier steps (capped by the training set).',
    scale: linear(1),
  },
  trainingSamples: {
    name: 'trainingSamples',
    label: 'Training samples',
    hint: 'Windows to learn from: fewer make memorising easy and generalising hard.',
    scale: linear(8),
  },
  validationSamples: {
    name: 'validationSamples',
    label: 'Validation samples',
    hint: 'Held-out windows that measure generalisation; never trained on.',
    scale: linear(16),
  },
  noise: {
    name: 'noise',
    label: 'Noise',
    hint: 'Observation noise in the series: the part of the error no model can remove.',
    scale: linear(0.05),
  },
} satisfies Record<string, KnobSpec>;

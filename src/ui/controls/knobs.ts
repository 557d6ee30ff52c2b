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
  weightDecay: {
    name: 'weightDecay',
    label: 'Weight decay',
    hint: 'Shrinks every weight by learning rate × this share at each step, apart from the gradient (Keras weight_decay; with Adam, AdamW). With Adam this is not the same as L2.',
    scale: log(-3, 1),
    offAtZero: true,
  },
  clipThreshold: {
    name: 'clipThreshold',
    label: 'Clip threshold',
    hint: 'The largest gradient norm (or element, in value mode) an update may use.',
    scale: log(-3, 2),
  },
  jitter: {
    name: 'jitter',
    label: 'Jitter',
    hint: 'Adds Gaussian noise of this size to every value (never to markers or tokens).',
    scale: linear(0.01),
    offAtZero: true,
  },
  insertRate: {
    name: 'insertRate',
    label: 'Random insert',
    hint: 'Chance per step of inserting a new element: a value between its neighbours, or a random token.',
    scale: linear(0.01),
    offAtZero: true,
  },
  deleteRate: {
    name: 'deleteRate',
    label: 'Random delete',
    hint: 'Chance per step of deleting it; the sequence is padded back at the front.',
    scale: linear(0.01),
    offAtZero: true,
  },
  replaceRate: {
    name: 'replaceRate',
    label: 'Random replace',
    hint: 'Chance per step of replacing it: with a value between its neighbours, or another token.',
    scale: linear(0.01),
    offAtZero: true,
  },
  swapRate: {
    name: 'swapRate',
    label: 'Random swap',
    hint: 'Chance per step of trading places with the next one.',
    scale: linear(0.01),
    offAtZero: true,
  },
  cropRate: {
    name: 'cropRate',
    label: 'Truncate / pad',
    hint: 'Chance per sequence of cutting off up to half of its oldest steps and padding it back.',
    scale: linear(0.05),
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
    hint: 'Time steps per sequence, each one more step to back-propagate through. Reber strings need at least 12; a series caps it at what it can hold.',
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
  smoothing: {
    name: 'smoothing',
    label: 'Smoothing',
    hint: 'Draws an exponential moving average over the curves (as TensorBoard does), the raw ones faint behind.',
    scale: linear(0.01),
    offAtZero: true,
  },
  noise: {
    name: 'noise',
    label: 'Noise',
    hint: 'The part of the error no model can remove: observation noise for sines, label noise for the adding problem, flipped labels (half this share) for tokens. An uploaded series keeps its own.',
    scale: linear(0.05),
  },
} satisfies Record<string, KnobSpec>;

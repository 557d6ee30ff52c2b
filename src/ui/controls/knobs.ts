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

/** The sliders that act on a running run from its next step. */
export const liveKnobs: readonly KnobSpec[] = [
  {
    name: 'dropout',
    label: 'Dropout',
    hint: 'Zeroes this share of the LSTM outputs at each training step, so no unit can be relied on alone.',
    scale: { kind: 'linear', step: 0.05 },
  },
  {
    name: 'weightDecay',
    label: 'Weight decay',
    hint: 'L2 penalty on the LSTM weights: pulls them towards zero, for a smoother, simpler function.',
    scale: { kind: 'log', minExponent: -5, maxExponent: -1, step: 0.25 },
    offAtZero: true,
  },
  {
    name: 'clipThreshold',
    label: 'Clip threshold',
    hint: 'Rescales the gradient when its global L2 norm exceeds this, so one bad batch cannot blow up the weights.',
    scale: { kind: 'log', minExponent: -2, maxExponent: 2, step: 0.25 },
    offAtZero: true,
  },
  {
    name: 'augmentation',
    label: 'Augmentation',
    hint: 'Gaussian jitter of this size added to the training inputs, drawn afresh each epoch.',
    scale: { kind: 'linear', step: 0.01 },
    offAtZero: true,
  },
  {
    name: 'learningRate',
    label: 'Learning rate',
    hint: "Adam's step size: too small crawls, too large overshoots or diverges.",
    scale: { kind: 'log', minExponent: -4, maxExponent: 1, step: 0.25 },
  },
];

/** The sliders that change the model or the data; moving one starts the run over. */
export const shapeKnobs: readonly KnobSpec[] = [
  {
    name: 'hiddenUnits',
    label: 'Hidden units',
    hint: 'Size of the LSTM state: more units, more capacity to fit, and to memorise noise.',
    scale: { kind: 'linear', step: 1 },
  },
  {
    name: 'trainingSamples',
    label: 'Training samples',
    hint: 'Windows to learn from: fewer make memorising easy and generalising hard.',
    scale: { kind: 'linear', step: 8 },
  },
  {
    name: 'validationSamples',
    label: 'Validation samples',
    hint: 'Held-out windows that measure generalisation; never trained on.',
    scale: { kind: 'linear', step: 16 },
  },
  {
    name: 'windowLength',
    label: 'Window length',
    hint: 'Past values the model sees before forecasting the next one.',
    scale: { kind: 'linear', step: 1 },
  },
  {
    name: 'noise',
    label: 'Noise',
    hint: 'Observation noise in the series: the part of the error no model can remove.',
    scale: { kind: 'linear', step: 0.05 },
  },
];

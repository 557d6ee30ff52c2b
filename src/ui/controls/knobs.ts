import type { SettingName } from '../../settings/schema';

/** How a slider's position maps to a setting's value. */
export type SliderScale =
  | { kind: 'linear'; step: number }
  /** Position is log10(value), from `minExponent` to `maxExponent`. */
  | { kind: 'log'; minExponent: number; maxExponent: number; step: number };

/** A slider in the panel: the setting it moves and its scale (its name and hint are in the catalogues, src/i18n). */
export interface KnobSpec {
  name: SettingName;
  scale: SliderScale;
  /** 0 switches the technique off: shown as 'off', and on a log slider one step below the minimum. */
  offAtZero?: true;
}

const linear = (step: number): SliderScale => ({ kind: 'linear', step });
const log = (minExponent: number, maxExponent: number): SliderScale => ({ kind: 'log', minExponent, maxExponent, step: 0.25 });

/** Every slider of the panel, by setting. */
export const knobs = {
  inputDropout: { name: 'inputDropout', scale: linear(0.05) },
  recurrentDropout: { name: 'recurrentDropout', scale: linear(0.05) },
  outputDropout: { name: 'outputDropout', scale: linear(0.05) },
  l1: { name: 'l1', scale: log(-5, -1), offAtZero: true },
  l2: { name: 'l2', scale: log(-5, -1), offAtZero: true },
  weightDecay: { name: 'weightDecay', scale: log(-3, 1), offAtZero: true },
  clipThreshold: { name: 'clipThreshold', scale: log(-3, 2) },
  jitter: { name: 'jitter', scale: linear(0.01), offAtZero: true },
  insertRate: { name: 'insertRate', scale: linear(0.01), offAtZero: true },
  deleteRate: { name: 'deleteRate', scale: linear(0.01), offAtZero: true },
  replaceRate: { name: 'replaceRate', scale: linear(0.01), offAtZero: true },
  swapRate: { name: 'swapRate', scale: linear(0.01), offAtZero: true },
  cropRate: { name: 'cropRate', scale: linear(0.05), offAtZero: true },
  learningRate: { name: 'learningRate', scale: log(-4, 1) },
  patience: { name: 'patience', scale: linear(1) },
  minDelta: { name: 'minDelta', scale: linear(0.001) },
  hiddenUnits: { name: 'hiddenUnits', scale: linear(4) },
  layers: { name: 'layers', scale: linear(1) },
  windowLength: { name: 'windowLength', scale: linear(1) },
  batchSize: { name: 'batchSize', scale: linear(1) },
  trainingSamples: { name: 'trainingSamples', scale: linear(8) },
  validationSamples: { name: 'validationSamples', scale: linear(16) },
  smoothing: { name: 'smoothing', scale: linear(0.01), offAtZero: true },
  noise: { name: 'noise', scale: linear(0.05) },
} satisfies Record<string, KnobSpec>;

import { parsePlainNumber } from './plain-number';
import { numericFieldOf, type Settings } from './schema';

/** What the bias–variance lab can sweep, by URL value. */
export const sweepAxes = ['hidden', 'samples', 'epochs', 'l2', 'odrop'] as const;
/** One sweepable axis. */
export type SweepAxis = (typeof sweepAxes)[number];

/** How one axis is swept: the setting it changes, its limits, its default values. */
export interface SweepAxisRow {
  axis: SweepAxis;
  /** The setting the value replaces; `maxEpochs` for the epochs axis (models are read out at each value). */
  setting: 'hiddenUnits' | 'trainingSamples' | 'maxEpochs' | 'l2' | 'outputDropout';
  integer: boolean;
  min: number;
  max: number;
  /** A spread where the lesson shows at the default settings (measured: see bench/README.md). */
  defaults: readonly number[];
}

/** Most values one sweep may hold, and most epochs one model may train (keeps a sweep to minutes). */
export const maxSweepValues = 8;
/** The largest epoch count the lab trains a model for. */
export const maxLabEpochs = 1000;

/** The axes: one row each. Hidden units go down to 1, below the live run's 4, because capacity shows there. */
export const sweepAxisRows: Readonly<Record<SweepAxis, SweepAxisRow>> = {
  hidden: { axis: 'hidden', setting: 'hiddenUnits', integer: true, min: 1, max: 64, defaults: [1, 2, 4, 8, 32] },
  samples: { axis: 'samples', setting: 'trainingSamples', integer: true, min: 8, max: 512, defaults: [8, 16, 32, 64, 128] },
  epochs: { axis: 'epochs', setting: 'maxEpochs', integer: true, min: 1, max: maxLabEpochs, defaults: [2, 5, 20, 50, 150] },
  l2: { axis: 'l2', setting: 'l2', integer: false, min: 0, max: numericFieldOf('l2').max, defaults: [0, 0.001, 0.003, 0.01, 0.03] },
  odrop: {
    axis: 'odrop',
    setting: 'outputDropout',
    integer: false,
    min: 0,
    max: numericFieldOf('outputDropout').max,
    defaults: [0, 0.2, 0.4, 0.6, 0.8],
  },
};

/** The lab's set-up: what it sweeps and how many models it trains. */
export interface LabSetup {
  sweep: SweepAxis;
  /** The swept values, ascending, without repeats. */
  values: number[];
  /** Models trained at each value, each on its own training draw. */
  modelsPerPoint: number;
  /** Epochs each model trains (the epochs axis trains to its largest value instead). */
  epochsPerModel: number;
}

/** Limits of the models-per-point and epochs-per-model fields. */
export const labLimits = { modelsPerPoint: { min: 2, max: 32 }, epochsPerModel: { min: 1, max: maxLabEpochs } } as const;

/** The set-up a fresh page starts with: the epochs sweep, where bias² falls and variance rises at the defaults. */
export const defaultLabSetup: LabSetup = Object.freeze({
  sweep: 'epochs',
  values: [...sweepAxisRows.epochs.defaults],
  modelsPerPoint: 8,
  epochsPerModel: 100,
});

/** What is wrong with a list of sweep values, as data, so the page can say it in its own language. */
export type SweepValuesProblem =
  | { kind: 'tooFew' }
  | { kind: 'tooMany'; most: number }
  | { kind: 'notNumber'; piece: string }
  | { kind: 'notWhole'; piece: string }
  | { kind: 'outside'; piece: string; min: number; max: number }
  | { kind: 'notDifferent' };

/** Reads a comma-separated list of sweep values: the values, ascending and unique, or why they cannot be used. */
export function parseSweepValues(text: string, axis: SweepAxis): { values: number[] } | { problem: SweepValuesProblem } {
  const row = sweepAxisRows[axis];
  const pieces = text
    .split(',')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < 2) return { problem: { kind: 'tooFew' } };
  if (pieces.length > maxSweepValues) return { problem: { kind: 'tooMany', most: maxSweepValues } };
  const values: number[] = [];
  for (const piece of pieces) {
    const value = parsePlainNumber(piece);
    if (value === undefined) return { problem: { kind: 'notNumber', piece: piece.slice(0, 12) } };
    if (row.integer && !Number.isInteger(value)) return { problem: { kind: 'notWhole', piece } };
    if (value < row.min || value > row.max) return { problem: { kind: 'outside', piece, min: row.min, max: row.max } };
    values.push(value);
  }
  const unique = [...new Set(values)].sort((a, b) => a - b);
  if (unique.length < 2) return { problem: { kind: 'notDifferent' } };
  return { values: unique };
}

/** The settings model `draw`'s training uses at one swept value: the live settings with the value put in. */
export function settingsAtSweepValue(settings: Settings, setup: LabSetup, value: number): Settings {
  const row = sweepAxisRows[setup.sweep];
  // Early stopping would end models at different epochs, which the decomposition cannot compare.
  const base: Settings = { ...settings, earlyStopping: false, maxEpochs: setup.epochsPerModel };
  return { ...base, [row.setting]: value };
}

/** The epochs after which a model is read out: every swept value on the epochs axis, else the end of training. */
export function checkpointsOf(setup: LabSetup): number[] {
  return setup.sweep === 'epochs' ? [...setup.values] : [setup.epochsPerModel];
}

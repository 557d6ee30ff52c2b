import type { EpochPoint, SampleInspection, TaskSummary } from '../../state/run-slice';
import { keptIndices, maxChartPoints } from '../charts/chart-rows';
import { isMarked, valuesOf } from './sequence';

/** One training step's global gradient norm, before clipping. */
export interface StepGradientRow {
  /** Steps completed, counting from 1 over the whole run. */
  step: number;
  norm: number;
}

/** The gradient norm of every step of a run, cut to about `limit` rows (LTTB keeps the spikes), and how many steps were clipped. */
export function stepGradients(
  history: EpochPoint[],
  limit: number = maxChartPoints,
): { rows: StepGradientRow[]; clippedSteps: number; totalSteps: number } {
  const norms = history.flatMap((point) => point.gradientNorms);
  const clippedSteps = history.reduce((count, point) => count + point.clipped.filter(Boolean).length, 0);
  const rows = keptIndices(norms, limit).map((index) => ({ step: index + 1, norm: norms[index] as number }));
  return { rows, clippedSteps, totalSteps: norms.length };
}

/** The kernels' sizes after one epoch. */
export interface WeightRow {
  epoch: number;
  inputKernelNorm: number;
  recurrentKernelNorm: number;
  /** Share of kernel weights near zero, in percent. */
  nearZeroPercent: number;
}

/** The kernels' sizes epoch by epoch, cut to about `limit` rows per curve. */
export function weightRows(history: EpochPoint[], limit: number = maxChartPoints): WeightRow[] {
  const rows = history.map(({ epoch, weights }) => ({
    epoch,
    inputKernelNorm: weights.inputKernelNorm,
    recurrentKernelNorm: weights.recurrentKernelNorm,
    nearZeroPercent: 100 * weights.nearZeroShare,
  }));
  const series = (pick: (row: WeightRow) => number) => keptIndices(rows.map(pick), limit);
  const kept = new Set([
    ...series((row) => row.inputKernelNorm),
    ...series((row) => row.recurrentKernelNorm),
    ...series((row) => row.nearZeroPercent),
  ]);
  return rows.filter((_, index) => kept.has(index));
}

/** The name of a layer's curve in the gradient-through-time chart. */
export function layerName(layer: number): string {
  return `layer ${layer + 1}`;
}

/** Rows of the gradient-through-time chart: one per time step t, with ‖∂L/∂h_t‖ of each layer under its name. */
export function hiddenGradientRows(norms: number[][]): Record<string, number>[] {
  const timeSteps = norms[0]?.length ?? 0;
  return Array.from({ length: timeSteps }, (_, time) => {
    const row: Record<string, number> = { time: time + 1 };
    norms.forEach((layerNorms, layer) => (row[layerName(layer)] = layerNorms[time] as number));
    return row;
  });
}

/** Share of gradient that reaches the first time step compared with the last, per layer: below about 0.01 it has vanished. */
export function gradientReach(norms: number[][]): number[] {
  return norms.map((layerNorms) => (layerNorms[0] ?? NaN) / (layerNorms.at(-1) ?? NaN));
}

/** One time step of the prediction chart: the sequence up to T, then target, noise-free target and forecast at T + 1. */
export interface PredictionRow {
  time: number;
  observed?: number;
  /** The adding problem's marked values. */
  marked?: number;
  target?: number;
  clean?: number;
  forecast?: number;
}

/** The rows that draw a regression sample: what the model read, then what it should have said and what it said. */
export function predictionRows(sample: SampleInspection, task: Pick<TaskSummary, 'features'>): PredictionRow[] {
  const values = valuesOf(sample.inputs, task.features);
  const rows: PredictionRow[] = values.map((observed, step) => ({
    time: step + 1,
    observed,
    ...(isMarked(sample.inputs, task.features, step) ? { marked: observed } : {}),
  }));
  // A target without noise of its own (an uploaded series, or no noise) needs no second point.
  const clean = sample.cleanTarget === sample.target ? {} : { clean: sample.cleanTarget };
  rows.push({ time: values.length + 1, target: sample.target, ...clean, forecast: sample.prediction[0] ?? NaN });
  return rows;
}

/** A colour on a white-to-blue scale for a value in [0, 1] (gates), or white-centred red/blue for a signed one (the cell state). */
export function heatColour(value: number, signed: boolean): [number, number, number] {
  const clamped = Math.max(signed ? -1 : 0, Math.min(1, value));
  const toward = (target: [number, number, number], amount: number) =>
    target.map((channel) => Math.round(255 + (channel - 255) * amount)) as [number, number, number];
  const blue: [number, number, number] = [8, 69, 148];
  const red: [number, number, number] = [165, 15, 21];
  return clamped >= 0 ? toward(blue, clamped) : toward(red, -clamped);
}

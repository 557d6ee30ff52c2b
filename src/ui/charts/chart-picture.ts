import { t } from '../../i18n';
import type { EpochPoint } from '../../state/run-slice';
import { epochAxis, linearAxis, logAxis, type AxisLayout } from './axis-ticks';
import { chartColours } from './chart-colours';
import { chartRows, type ChartMetric, type ChartRow } from './chart-rows';
import type { CurveLayer, CurveSeries } from './curve-layer';

/** A pinned run as the chart draws it: faded, under the live run. */
export interface PinnedCurves {
  /** Its number in the list of pinned runs, from 1. */
  number: number;
  colour: string;
  history: EpochPoint[];
}

/** What a history chart shows. */
export interface ChartInputs {
  history: EpochPoint[];
  metric: ChartMetric;
  smoothing: number;
  logScale: boolean;
  /** Visible pinned runs. */
  pinned: PinnedCurves[];
  /** The value of a model that learned nothing (the task's know-nothing answer), drawn as a dashed level line. */
  baseline?: number;
}

/** The know-nothing baseline's name, on the chart and in its legend. */
export const baselineName = (): string => t().chart.baseline;

// Mean ± one standard deviation across seeds, around the drawn curve, where the rows carry a spread.
function seedBand(rows: readonly ChartRow[], which: 'train' | 'val'): Pick<CurveSeries, 'band'> {
  if (!rows.some((row) => row.spread)) return {};
  const drawn = rows.map((row) => (which === 'train' ? row.trainSmooth : row.valSmooth));
  const spread = rows.map((row) => row.spread?.[which] ?? 0);
  return {
    band: {
      lower: drawn.map((value, index) => value - (spread[index] ?? 0)),
      upper: drawn.map((value, index) => value + (spread[index] ?? 0)),
      opacity: 0.16,
    },
  };
}

/** Everything a history chart draws, in data units: the curves, the rows they come from and the axes. */
export interface ChartPicture {
  rows: ChartRow[];
  layer: CurveLayer;
  x: AxisLayout;
  y: AxisLayout;
  /** The metric's words: "loss" or "accuracy". */
  curve: string;
}

const column = (rows: readonly ChartRow[], key: 'train' | 'val' | 'trainSmooth' | 'valSmooth') => rows.map((row) => row[key]);

// Rows of a pinned run, computed once per history, metric and smoothing: pins do not change while the live run trains.
const pinnedRowsCache = new WeakMap<EpochPoint[], Map<string, ChartRow[]>>();
function pinnedRows(history: EpochPoint[], smoothing: number, metric: ChartMetric): ChartRow[] {
  const byKey = pinnedRowsCache.get(history) ?? new Map<string, ChartRow[]>();
  pinnedRowsCache.set(history, byKey);
  const key = `${metric}:${smoothing}`;
  const rows = byKey.get(key) ?? chartRows(history, smoothing, metric);
  byKey.set(key, rows);
  return rows;
}

function liveSeries(rows: ChartRow[], metric: ChartMetric, smoothed: boolean): CurveSeries[] {
  const words = t().chart;
  const curve = words.curve[metric];
  const x = rows.map((row) => row.epoch);
  const line = (name: string, y: number[], colour: string, faint: boolean): CurveSeries => ({
    name,
    x,
    y,
    colour,
    lineWidth: faint ? 1 : 2,
    opacity: faint ? 0.3 : 1,
  });
  return [
    ...(smoothed
      ? [
          line(words.raw(words.training(curve)), column(rows, 'train'), chartColours.training, true),
          line(words.raw(words.validation(curve)), column(rows, 'val'), chartColours.validation, true),
        ]
      : []),
    {
      ...line(
        smoothed ? words.smoothedLine(words.training(curve)) : words.training(curve),
        column(rows, 'trainSmooth'),
        chartColours.training,
        false,
      ),
      ...seedBand(rows, 'train'),
    },
    {
      ...line(
        smoothed ? words.smoothedLine(words.validation(curve)) : words.validation(curve),
        column(rows, 'valSmooth'),
        chartColours.validation,
        false,
      ),
      ...seedBand(rows, 'val'),
    },
  ];
}

function pinnedSeries(run: PinnedCurves, rows: ChartRow[]): CurveSeries[] {
  const x = rows.map((row) => row.epoch);
  const line = (training: boolean, y: number[], dash?: number[]): CurveSeries => ({
    name: t().chart.pinnedLine(String(run.number), training),
    x,
    y,
    colour: run.colour,
    lineWidth: 1.5,
    opacity: 0.55,
    ...(dash ? { dash } : {}),
  });
  return [
    { ...line(false, column(rows, 'valSmooth')), ...seedBand(rows, 'val') },
    { ...line(true, column(rows, 'trainSmooth'), [5, 3]), ...seedBand(rows, 'train') },
  ];
}

function valueAxis(series: readonly CurveSeries[], metric: ChartMetric, logScale: boolean): AxisLayout {
  if (metric === 'accuracy') return linearAxis(0, 1, 4);
  let [low, high] = [Infinity, -Infinity];
  for (const line of series)
    for (const values of [line.y, line.band?.lower ?? [], line.band?.upper ?? []])
      for (const value of values) {
        if (!Number.isFinite(value) || (logScale && value <= 0)) continue;
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
  if (logScale) return logAxis(low, high);
  return linearAxis(0, Number.isFinite(high) ? high : 1);
}

/**
 * The picture of a history chart: the live run's rows (smoothed, cut to about one per pixel), its
 * curves (raw ones faint behind when smoothed) with the generalization gap shaded between them, the
 * visible pinned runs faded under it, with repeated seeds a band of ± one standard deviation around each
 * curve, the know-nothing baseline as a dashed level, and axes with round, evenly spaced ticks that hold all of it.
 * Accuracy is drawn on a fixed 0–1 axis and never on a log scale.
 */
export function chartPicture(inputs: ChartInputs): ChartPicture {
  const curve = inputs.metric === 'loss' ? 'loss' : 'accuracy';
  const rows = chartRows(inputs.history, inputs.smoothing, inputs.metric);
  const pins = inputs.pinned.flatMap((run) => pinnedSeries(run, pinnedRows(run.history, inputs.smoothing, inputs.metric)));
  const series = [...pins, ...liveSeries(rows, inputs.metric, inputs.smoothing > 0)];
  const gap = {
    x: rows.map((row) => row.epoch),
    lower: rows.map((row) => row.gap[0]),
    upper: rows.map((row) => row.gap[1]),
    colour: chartColours.gap,
    opacity: 0.18,
  };
  const lastEpoch = Math.max(0, ...series.map((line) => line.x.at(-1) ?? 0));
  if (inputs.baseline !== undefined && Number.isFinite(inputs.baseline) && lastEpoch > 0)
    series.push({
      name: baselineName(),
      x: [1, lastEpoch],
      y: [inputs.baseline, inputs.baseline],
      colour: chartColours.baseline,
      lineWidth: 1.5,
      opacity: 0.9,
      dash: [2, 4],
    });
  const firstEpoch = Math.min(0, ...series.map((line) => line.x[0] ?? 0));
  const logScale = inputs.logScale && inputs.metric === 'loss';
  return {
    rows,
    layer: { fills: [gap], series },
    x: epochAxis(lastEpoch, firstEpoch),
    y: valueAxis(series, inputs.metric, logScale),
    curve,
  };
}

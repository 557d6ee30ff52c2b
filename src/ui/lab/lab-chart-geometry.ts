import type { LabRow } from '../../stats/sweep-row';
import { linearAxis } from '../charts/axis-ticks';
import { frameScales, SvgPath, traceBand, tracePolyline, type PlotFrame } from '../charts/curve-layer';

/** The curves the lab's chart can draw, by the row field each follows. */
export type LabSeries = 'biasSquared' | 'variance' | 'noise' | 'measuredTestError' | 'trainingError';

/** Space around the plot, in pixels: the value axis's labels on the left, the swept values below. */
export const labChartMargin = { top: 12, right: 12, bottom: 28, left: 48 } as const;

/** Where everything of the lab's chart goes, in pixels of an SVG `width` × `height`. */
export interface LabChartGeometry {
  /** The plot area; its x axis counts columns (row indices), its y axis is the value from 0. */
  frame: PlotFrame;
  /** The swept values' positions and labels, at even steps (the values are spread unevenly: 2, 5, 20, 50, 150). */
  columns: { x: number; label: string }[];
  /** The value axis's ticks and their heights. */
  ticks: { y: number; value: number }[];
  /** Each curve as an SVG path (broken where a row lacks the value, such as an unknown noise) and its dots. */
  lines: { series: LabSeries; path: string; dots: { x: number; y: number }[] }[];
  /** The ± one-spread bands of the learning curve, as closed SVG outlines. */
  bands: { series: 'measuredTestError' | 'trainingError'; path: string }[];
}

const spreadOf = { measuredTestError: 'testErrorSpread', trainingError: 'trainingErrorSpread' } as const;

// The band of one curve: its value ± its spread, floored at zero (an error is never negative).
function bandLimits(row: LabRow, series: 'measuredTestError' | 'trainingError'): [number, number] {
  const spread = row[spreadOf[series]];
  return [Math.max(0, row[series] - spread), row[series] + spread];
}

/**
 * Lays out the lab's chart: swept values in even columns, a value axis from 0 with round ticks, each
 * curve traced as the history chart's are (`tracePolyline`, `traceBand`) and, for the learning curve
 * (`bands`), the test and training errors ± one spread.
 */
export function labChartGeometry(
  rows: readonly LabRow[],
  series: readonly LabSeries[],
  bands: boolean,
  width: number,
  height: number,
): LabChartGeometry {
  const left = labChartMargin.left;
  const top = labChartMargin.top;
  const bandSeries = bands ? (['measuredTestError', 'trainingError'] as const) : [];
  const highest = Math.max(
    0,
    ...rows.flatMap((row) => series.map((name) => row[name]).filter(Number.isFinite)),
    ...rows.flatMap((row) => bandSeries.map((name) => bandLimits(row, name)[1])),
  );
  // Column i sits at the middle of the i-th of `rows.length` equal slots.
  const columnsAxis = { domain: [-0.5, Math.max(1, rows.length) - 0.5] as [number, number], ticks: [], log: false };
  const frame: PlotFrame = {
    left,
    top,
    width: Math.max(1, width - labChartMargin.right - left),
    height: Math.max(1, height - labChartMargin.bottom - top),
    x: columnsAxis,
    y: linearAxis(0, highest),
  };
  const { sx, sy } = frameScales(frame);
  const indices = rows.map((_, index) => index);
  const traced = (trace: (path: SvgPath) => void) => {
    const path = new SvgPath();
    trace(path);
    return String(path);
  };
  return {
    frame,
    columns: rows.map((row, index) => ({ x: sx(index), label: String(row.value) })),
    ticks: frame.y.ticks.map((value) => ({ y: sy(value), value })),
    lines: series.map((name) => {
      const values = rows.map((row) => row[name]);
      return {
        series: name,
        path: traced((path) => tracePolyline(path, indices, values, frame)),
        dots: values.flatMap((value, index) => (Number.isFinite(value) ? [{ x: sx(index), y: sy(value) }] : [])),
      };
    }),
    bands: bandSeries.map((name) => {
      const limits = rows.map((row) => bandLimits(row, name));
      const outline = { x: indices, lower: limits.map(([lower]) => lower), upper: limits.map(([, upper]) => upper) };
      return { series: name, path: `${traced((path) => traceBand(path, outline, frame))}Z` };
    }),
  };
}

import type { LabRow } from '../../stats/sweep-row';
import { linearAxis, pixelScale, type AxisLayout } from '../charts/axis-ticks';

/** The curves the lab's chart can draw, by the row field each follows. */
export type LabSeries = 'biasSquared' | 'variance' | 'noise' | 'measuredTestError' | 'trainingError';

/** Space around the plot, in pixels: the value axis's labels on the left, the swept values below. */
export const labChartMargin = { top: 12, right: 12, bottom: 28, left: 48 } as const;

/** Where everything of the lab's chart goes, in pixels of an SVG `width` × `height`. */
export interface LabChartGeometry {
  plot: { left: number; top: number; right: number; bottom: number };
  /** The swept values' positions and labels, at even steps (the values are spread unevenly: 2, 5, 20, 50, 150). */
  columns: { x: number; label: string }[];
  /** The value axis's ticks and their heights. */
  ticks: { y: number; value: number }[];
  /** Each curve's points (a value the row lacks, such as an unknown noise, breaks the line there). */
  lines: { series: LabSeries; points: ({ x: number; y: number } | undefined)[] }[];
  /** The ± one-spread bands of the learning curve, as closed outlines. */
  bands: { series: 'measuredTestError' | 'trainingError'; outline: { x: number; y: number }[] }[];
}

const spreadOf = { measuredTestError: 'testErrorSpread', trainingError: 'trainingErrorSpread' } as const;

// The band of one curve: its value ± its spread, floored at zero (an error is never negative).
function bandLimits(row: LabRow, series: 'measuredTestError' | 'trainingError'): [number, number] {
  const spread = row[spreadOf[series]];
  return [Math.max(0, row[series] - spread), row[series] + spread];
}

/**
 * Lays out the lab's chart: swept values in even columns, a value axis from 0 with round ticks, each
 * curve as points and, for the learning curve (`bands`), the test and training errors ± one spread.
 */
export function labChartGeometry(
  rows: readonly LabRow[],
  series: readonly LabSeries[],
  bands: boolean,
  width: number,
  height: number,
): LabChartGeometry {
  const plot = {
    left: labChartMargin.left,
    top: labChartMargin.top,
    right: Math.max(labChartMargin.left + 1, width - labChartMargin.right),
    bottom: Math.max(labChartMargin.top + 1, height - labChartMargin.bottom),
  };
  const bandSeries = bands ? (['measuredTestError', 'trainingError'] as const) : [];
  const highest = Math.max(
    0,
    ...rows.flatMap((row) => series.map((name) => row[name]).filter(Number.isFinite)),
    ...rows.flatMap((row) => bandSeries.map((name) => bandLimits(row, name)[1])),
  );
  const axis: AxisLayout = linearAxis(0, highest);
  const sy = pixelScale(axis, plot.bottom, plot.top);
  const step = (plot.right - plot.left) / Math.max(1, rows.length);
  const columnX = (index: number) => plot.left + (index + 0.5) * step;
  const point = (index: number, value: number) => (Number.isFinite(value) ? { x: columnX(index), y: sy(value) } : undefined);
  return {
    plot,
    columns: rows.map((row, index) => ({ x: columnX(index), label: String(row.value) })),
    ticks: axis.ticks.map((value) => ({ y: sy(value), value })),
    lines: series.map((name) => ({ series: name, points: rows.map((row, index) => point(index, row[name])) })),
    bands: bandSeries.map((name) => ({
      series: name,
      outline: [
        ...rows.map((row, index) => ({ x: columnX(index), y: sy(bandLimits(row, name)[1]) })),
        ...rows.map((row, index) => ({ x: columnX(index), y: sy(bandLimits(row, name)[0]) })).reverse(),
      ],
    })),
  };
}

import { describe, expect, it } from 'vitest';
import type { LabRow } from '../../stats/sweep-row';
import { labChartGeometry, labChartMargin } from './lab-chart-geometry';

const row = (value: number, measuredTestError: number, noise = 0.09): LabRow => ({
  value,
  biasSquared: 0.05,
  variance: 0.02,
  noise,
  expectedTestError: 0.16,
  measuredTestError,
  testErrorSpread: 0.1,
  trainingError: 0.04,
  trainingErrorSpread: 0.01,
  divergedModels: 0,
});

describe('labChartGeometry', () => {
  it('puts the swept values in even columns and the value axis from 0 to a round top', () => {
    const geometry = labChartGeometry([row(2, 0.2), row(20, 0.15), row(150, 0.3)], ['measuredTestError'], false, 348, 220);
    const width = 348 - labChartMargin.left - labChartMargin.right;
    expect(geometry.columns).toEqual([
      { x: labChartMargin.left + width / 6, label: '2' },
      { x: labChartMargin.left + width / 2, label: '20' },
      { x: labChartMargin.left + (5 * width) / 6, label: '150' },
    ]);
    // 0 at the bottom of the plot, the axis's top tick (0.3 here) at its top.
    const { top } = geometry.frame;
    const bottom = top + geometry.frame.height;
    expect(geometry.ticks[0]).toEqual({ y: bottom, value: 0 });
    expect(geometry.ticks.at(-1)).toEqual({ y: top, value: 0.3 });
    const points = geometry.lines[0]?.dots ?? [];
    expect(points[2]?.y).toBeCloseTo(top, 9);
    expect(points[1]?.y).toBeCloseTo(bottom - (0.15 / 0.3) * (bottom - top), 9);
  });

  it('breaks a curve where a row lacks the value (an unknown noise), and draws bands ± one spread floored at 0', () => {
    const geometry = labChartGeometry([row(8, 0.05, NaN), row(16, 0.3, NaN)], ['noise', 'measuredTestError'], true, 300, 220);
    expect(geometry.lines[0]).toEqual({ series: 'noise', path: '', dots: [] });
    const band = (geometry.bands.find((entry) => entry.series === 'measuredTestError')?.path ?? '').match(/[ML][^MLZ]+/g) ?? [];
    // Upper edge left to right, then the lower edge back: 0.05 − 0.1 is floored at 0, the plot's bottom.
    expect(band).toHaveLength(4);
    expect(Number(band[3]?.split(' ')[1])).toBeCloseTo(geometry.frame.top + geometry.frame.height, 2);
    // The top of the axis covers the highest band (0.3 + 0.1).
    expect(geometry.ticks.at(-1)?.value).toBeGreaterThanOrEqual(0.4);
  });
});

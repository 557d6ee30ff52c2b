import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { bestEpochOf, chartRows, generalizationGap, smooth } from './chart-rows';

const point = (epoch: number, trainLoss: number, valLoss: number): EpochPoint => ({
  epoch,
  trainLoss,
  valLoss,
  objective: trainLoss,
  gradientNorms: [1],
  clipped: [false],
});

describe('smooth', () => {
  it('returns the values unchanged at weight 0', () => {
    expect(smooth([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('is debiased: a constant series stays constant from its first point', () => {
    for (const value of smooth([5, 5, 5, 5], 0.9)) expect(value).toBeCloseTo(5, 10);
  });

  it('is an exponential moving average, as TensorBoard computes it', () => {
    const [first, second] = smooth([1, 3], 0.5);
    expect(first).toBeCloseTo(1, 10);
    // (0.5·0.5·1 + 0.5·3) / (1 − 0.25)
    expect(second).toBeCloseTo(2.3333333, 6);
  });
});

describe('generalizationGap and bestEpochOf', () => {
  it('measure how far validation is above training, and where validation was lowest', () => {
    expect(generalizationGap(point(1, 0.2, 0.5))).toBeCloseTo(0.3, 10);
    const history = [point(1, 0.5, 0.6), point(2, 0.3, 0.4), point(3, 0.2, 0.4), point(4, 0.1, 0.5)];
    expect(bestEpochOf(history)?.epoch).toBe(2);
    expect(bestEpochOf([])).toBeUndefined();
  });
});

describe('chartRows', () => {
  it('keeps every epoch of a short history, with the gap band between the drawn curves', () => {
    const rows = chartRows([point(1, 0.5, 0.4), point(2, 0.3, 0.5)], 0);
    expect(rows.map((row) => row.gap)).toEqual([
      [0.4, 0.5],
      [0.3, 0.5],
    ]);
  });

  it('cuts a long history to about the limit per curve, keeping the ends and the spikes', () => {
    const history = Array.from({ length: 10_000 }, (_, index) => point(index + 1, 1 / (index + 1), index === 6000 ? 9 : 0.5));
    const rows = chartRows(history, 0);
    expect(rows.length).toBeLessThanOrEqual(2000);
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    expect(rows[0]?.epoch).toBe(1);
    expect(rows.at(-1)?.epoch).toBe(10_000);
    expect(rows.some((row) => row.epoch === 6001)).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { bestEpochOf, chartRows, generalizationGap, keptIndices, maxChartPoints, smooth } from './chart-rows';

const point = (epoch: number, trainLoss: number, valLoss: number): EpochPoint => ({
  epoch,
  trainLoss,
  valLoss,
  objective: trainLoss,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
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

  it('finds the best epoch of a growing history as a full scan does, however runs grow, restart or alternate', () => {
    // Each action appends epochs to the current run (as the store does: a new array, the old points kept),
    // starts a new run, or asks about a pinned run in between.
    const action = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), losses: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { maxLength: 6 }) }),
      fc.record({ kind: fc.constant('restart' as const) }),
      fc.record({ kind: fc.constant('other' as const), losses: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { maxLength: 6 }) }),
    );
    const fullScan = (history: EpochPoint[]) =>
      history.reduce<EpochPoint | undefined>((best, entry) => (best && best.valLoss <= entry.valLoss ? best : entry), undefined);
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let history: EpochPoint[] = [];
        for (const step of actions) {
          if (step.kind === 'restart') history = [];
          if (step.kind === 'append')
            history = history.concat(step.losses.map((loss, index) => point(history.length + index + 1, loss, loss)));
          if (step.kind === 'other') {
            const other = step.losses.map((loss, index) => point(index + 1, loss, loss));
            expect(bestEpochOf(other)).toBe(fullScan(other));
          }
          expect(bestEpochOf(history)).toBe(fullScan(history));
        }
      }),
    );
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
    expect(rows.length).toBeLessThanOrEqual(2 * maxChartPoints);
    expect(rows.length).toBeGreaterThanOrEqual(maxChartPoints);
    expect(rows[0]?.epoch).toBe(1);
    expect(rows.at(-1)?.epoch).toBe(10_000);
    expect(rows.some((row) => row.epoch === 6001)).toBe(true);
  });

  it('draws accuracies from the epochs that have them', () => {
    const classified = { ...point(2, 0.5, 0.6), trainAccuracy: 0.9, valAccuracy: 0.7 };
    const rows = chartRows([point(1, 0.5, 0.6), classified], 0, 'accuracy');
    expect(rows).toEqual([{ epoch: 2, train: 0.9, val: 0.7, trainSmooth: 0.9, valSmooth: 0.7, gap: [0.7, 0.9] }]);
  });
});

describe('keptIndices', () => {
  it('keeps every index of a short series and about the limit of a long one, ends and spikes included', () => {
    expect(keptIndices([3, 1, 2], 10)).toEqual([0, 1, 2]);
    const long = Array.from({ length: 5000 }, (_, index) => (index === 1234 ? 50 : Math.sin(index / 100)));
    const kept = keptIndices(long, 500);
    expect(kept).toHaveLength(500);
    expect(kept).toEqual(expect.arrayContaining([0, 1234, 4999]));
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { comparePinnedRuns } from './pin-comparison';
import type { PinnedRun } from './pins-slice';

const pinnedRun = (id: number, valLoss: number[]): PinnedRun => ({
  id,
  settings: defaultSettings,
  hidden: false,
  history: [
    {
      epoch: 300,
      trainLoss: 0.01,
      valLoss: valLoss.reduce((sum, value) => sum + value, 0) / valLoss.length,
      objective: 0.01,
      gradientNorms: [],
      clipped: [],
      weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
      seeds: { trainLoss: valLoss.map(() => 0.01), valLoss },
    },
  ],
});

describe('comparePinnedRuns', () => {
  it('tests the issue’s measured example: dropout helps by about one seed’s spread, which four seeds cannot quite call real', () => {
    // Final validation losses over seeds 1–4, without and with output dropout 0.5 (sines, 300 epochs).
    const [comparison] = comparePinnedRuns([pinnedRun(1, [0.218, 0.258, 0.246, 0.23]), pinnedRun(2, [0.194, 0.227, 0.211, 0.212])]);
    expect(comparison?.firstLoss.mean).toBeCloseTo(0.238, 3);
    expect(comparison?.firstLoss.standardDeviation).toBeCloseTo(0.0176, 3);
    // t = 0.027 / √(0.0176²/4 + 0.0135²/4) = 2.44 on 5.6 degrees of freedom: p = 0.053, just short of 5 %.
    expect(comparison?.test.t).toBeCloseTo(2.436, 3);
    expect(comparison?.test.degreesOfFreedom).toBeCloseTo(5.62, 2);
    expect(comparison?.test.pValue).toBeCloseTo(0.0535, 3);
    expect(comparison?.test.significant).toBe(false);
  });

  it('calls a difference far beyond the spread real, and skips runs of fewer than three seeds', () => {
    const comparisons = comparePinnedRuns([pinnedRun(1, [0.2, 0.21, 0.19]), pinnedRun(2, [0.3, 0.31]), pinnedRun(3, [0.4, 0.41, 0.39])]);
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0]).toMatchObject({ first: 1, second: 3, test: { significant: true } });
    expect(comparisons[0]?.test.pValue).toBeLessThan(0.001);
  });
});

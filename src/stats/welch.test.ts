import { describe, expect, it } from 'vitest';
import { mean, standardDeviation } from './summary';
import { welchTest } from './welch';

// Wikipedia's "Welch's t-test" worked example 1 (samples of size 15 with unequal variances):
// t = −2.46, ν = 24.98, p = 0.021; the digits below are scipy.stats.ttest_ind(a, b, equal_var=False)'s.
const first = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
const second = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

describe('mean and standard deviation', () => {
  it('match hand-computed values, with n − 1 in the spread', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(mean([])).toBeNaN();
    expect(standardDeviation([3])).toBeNaN();
  });
});

describe('welchTest', () => {
  it("reproduces a published example's t, degrees of freedom and p-value", () => {
    const result = welchTest(first, second);
    expect(result.t).toBeCloseTo(-2.455356398, 8);
    expect(result.degreesOfFreedom).toBeCloseTo(24.98852929, 6);
    expect(result.pValue).toBeCloseTo(0.021378001, 8);
    expect(result.significant).toBe(true);
  });

  it('is symmetric and finds no difference between overlapping samples', () => {
    const swapped = welchTest(second, first);
    expect(swapped.t).toBeCloseTo(-welchTest(first, second).t, 12);
    const overlapping = welchTest([0.218, 0.258, 0.246, 0.23], [0.224, 0.25, 0.24, 0.236]);
    expect(overlapping.significant).toBe(false);
    // scipy: t = 0.0485, p = 0.9632.
    expect(overlapping.pValue).toBeCloseTo(0.963201592, 6);
  });

  it('handles samples without spread and refuses samples too small to test', () => {
    expect(welchTest([1, 1, 1], [2, 2, 2])).toMatchObject({ pValue: 0, significant: true });
    expect(welchTest([1, 1], [1, 1])).toMatchObject({ pValue: 1, significant: false });
    expect(() => welchTest([1], [1, 2])).toThrow();
  });
});

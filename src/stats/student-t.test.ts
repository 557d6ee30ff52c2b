import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta, studentTCdf } from './student-t';

describe('studentTCdf', () => {
  it('matches known values of the t distribution', () => {
    // scipy.stats.t.cdf: t(1) is the Cauchy distribution, arctan-based; the 97.5 % points of t(5) and t(30).
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(studentTCdf(-2, 1)).toBeCloseTo(0.5 - Math.atan(2) / Math.PI, 12);
    expect(studentTCdf(2.570581835636314, 5)).toBeCloseTo(0.975, 10);
    expect(studentTCdf(2.042272456301238, 30)).toBeCloseTo(0.975, 10);
    expect(studentTCdf(0, 7.3)).toBe(0.5);
  });

  it('is symmetric and handles the infinities', () => {
    expect(studentTCdf(-1.7, 4.4) + studentTCdf(1.7, 4.4)).toBeCloseTo(1, 14);
    expect(studentTCdf(Infinity, 3)).toBe(1);
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTCdf(1, 0)).toBeNaN();
  });

  it('rests on an incomplete beta function that matches closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 13);
    expect(regularizedIncompleteBeta(0.6, 2.5, 1)).toBeCloseTo(0.6 ** 2.5, 13);
    expect(regularizedIncompleteBeta(0.2, 1, 3.5)).toBeCloseTo(1 - 0.8 ** 3.5, 13);
  });
});

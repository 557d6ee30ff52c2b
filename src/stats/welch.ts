import { studentTCdf } from './student-t';
import { mean, sampleVariance } from './summary';

/** The significance level the page uses: a difference counts as real when p < 0.05 (two-sided). */
export const significanceLevel = 0.05;

/** The outcome of Welch's two-sample t-test. */
export interface WelchResult {
  /** (mean of a − mean of b) / its standard error. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom (not a whole number in general). */
  degreesOfFreedom: number;
  /** Two-sided p-value: the chance of a |t| this large if both samples came from one mean. */
  pValue: number;
  /** True when pValue < significanceLevel. */
  significant: boolean;
}

/**
 * Welch's t-test for two samples with possibly different variances (each needs two values or more).
 * Two samples with no spread at all give t = ±∞ (p = 0) when their means differ and p = 1 when not.
 */
export function welchTest(a: readonly number[], b: readonly number[]): WelchResult {
  if (a.length < 2 || b.length < 2) throw new Error("Welch's t-test needs at least two values in each sample");
  const varianceOfMeanA = sampleVariance(a) / a.length;
  const varianceOfMeanB = sampleVariance(b) / b.length;
  const standardError = Math.sqrt(varianceOfMeanA + varianceOfMeanB);
  const difference = mean(a) - mean(b);
  const degreesOfFreedom =
    (varianceOfMeanA + varianceOfMeanB) ** 2 / (varianceOfMeanA ** 2 / (a.length - 1) + varianceOfMeanB ** 2 / (b.length - 1));
  if (standardError === 0) {
    const pValue = difference === 0 ? 1 : 0;
    return {
      t: difference === 0 ? 0 : Math.sign(difference) * Infinity,
      degreesOfFreedom: NaN,
      pValue,
      significant: pValue < significanceLevel,
    };
  }
  const t = difference / standardError;
  const pValue = Math.min(1, 2 * studentTCdf(-Math.abs(t), degreesOfFreedom));
  return { t, degreesOfFreedom, pValue, significant: pValue < significanceLevel };
}

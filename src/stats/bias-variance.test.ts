import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { decompose } from './bias-variance';

// A case with a known answer: every model is the truth shifted by `offset` plus its own ±spread,
// the spreads cancelling across models, so bias² = offset² and variance = spread² exactly.
function knownCase(points: number, offset: number, spread: number, noiseStandardDeviation: number) {
  const uniform = seedrandom.alea('bias-variance test');
  // Box–Muller: a standard normal from two uniforms.
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const clean = Float64Array.from({ length: points }, (_, point) => Math.sin(point / 7));
  const noisy = clean.map((value) => value + noiseStandardDeviation * normal());
  const shifts = [spread, -spread, spread, -spread];
  const predictions = shifts.map((shift) => clean.map((value) => value + offset + shift));
  return { clean, noisy, predictions };
}

describe('decompose', () => {
  it('finds a known bias² and variance, and expected test error matches the measured one within sampling error', () => {
    const points = 20_000;
    const noiseStandardDeviation = 0.3;
    const { clean, noisy, predictions } = knownCase(points, 0.2, 0.25, noiseStandardDeviation);
    const result = decompose({ predictions, noisyTargets: noisy, cleanTargets: clean, noiseVariance: noiseStandardDeviation ** 2 });
    expect(result.biasSquared).toBeCloseTo(0.04, 10);
    expect(result.variance).toBeCloseTo(0.0625, 10);
    expect(result.noise).toBe(0.09);
    expect(result.expectedTestError).toBeCloseTo(0.04 + 0.0625 + 0.09, 10);
    // The measured error differs from the expected one by the test set's own noise: its standard error
    // here is about σ²·√(2/n) plus the bias–noise cross term, under 0.002; allow three of them.
    expect(Math.abs(result.measuredTestError - result.expectedTestError)).toBeLessThan(0.006);
    expect(result.modelTestErrors).toHaveLength(4);
  });

  it('flags a broken identity: a wrong noise variance puts expected and measured apart', () => {
    const { clean, noisy, predictions } = knownCase(20_000, 0.2, 0.25, 0.3);
    const result = decompose({ predictions, noisyTargets: noisy, cleanTargets: clean, noiseVariance: 0.3 });
    expect(result.expectedTestError - result.measuredTestError).toBeGreaterThan(0.15);
  });

  it('without clean targets measures bias² against the noisy ones, leaves the noise unknown and adds up exactly', () => {
    const { noisy, predictions } = knownCase(1000, 0.1, 0.2, 0.3);
    const result = decompose({ predictions, noisyTargets: noisy });
    expect(result.noise).toBeNaN();
    expect(result.biasSquared).toBeGreaterThan(0.09);
    expect(result.expectedTestError).toBeCloseTo(result.measuredTestError, 10);
  });

  it('refuses forecasts that do not cover the test set', () => {
    expect(() => decompose({ predictions: [[1, 2]], noisyTargets: [1, 2, 3] })).toThrow();
    expect(() => decompose({ predictions: [], noisyTargets: [1] })).toThrow();
  });
});

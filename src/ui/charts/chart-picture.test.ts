import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { baselineName, chartPicture } from './chart-picture';

const point = (epoch: number, seeds?: EpochPoint['seeds']): EpochPoint => ({
  epoch,
  trainLoss: seeds ? seeds.trainLoss.reduce((sum, value) => sum + value, 0) / seeds.trainLoss.length : 0.2,
  valLoss: seeds ? seeds.valLoss.reduce((sum, value) => sum + value, 0) / seeds.valLoss.length : 0.3,
  objective: 0.2,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
  ...(seeds ? { seeds } : {}),
});

const inputs = { metric: 'loss' as const, smoothing: 0, logScale: false, pinned: [] };

describe('chartPicture', () => {
  it('draws each curve of a run of several seeds with a band of ± one standard deviation across them', () => {
    // Validation losses 0.2, 0.3, 0.4: mean 0.3, sample standard deviation 0.1.
    const history = [
      point(1, { trainLoss: [0.1, 0.2, 0.3], valLoss: [0.2, 0.3, 0.4] }),
      point(2, { trainLoss: [0.1, 0.1, 0.1], valLoss: [0.3, 0.3, 0.3] }),
    ];
    const validation = chartPicture({ ...inputs, history }).layer.series.find((series) => series.name === 'Validation loss');
    expect(validation?.band?.lower[0]).toBeCloseTo(0.2, 6);
    expect(validation?.band?.upper[0]).toBeCloseTo(0.4, 6);
    expect(validation?.band?.upper[1]).toBeCloseTo(0.3, 6);
    const pinned = chartPicture({ ...inputs, history: [], pinned: [{ number: 1, colour: '#000', history }] }).layer.series;
    expect(pinned.find((series) => series.name === 'Pinned run 1 validation')?.band?.upper[0]).toBeCloseTo(0.4, 6);
  });

  it('draws no band for one seed, and the know-nothing baseline as a level line across the epochs', () => {
    const picture = chartPicture({ ...inputs, history: [point(1), point(2), point(3)], baseline: 0.9 });
    expect(picture.layer.series.some((series) => series.band)).toBe(false);
    expect(picture.layer.series.find((series) => series.name === baselineName())).toMatchObject({ x: [1, 3], y: [0.9, 0.9] });
    expect(picture.y.domain[1]).toBeGreaterThanOrEqual(0.9);
  });
});

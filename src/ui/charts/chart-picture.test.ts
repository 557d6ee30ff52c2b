import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { chartPicture } from './chart-picture';

const point = (epoch: number, seeds?: EpochPoint['seeds']): EpochPoint => ({
  epoch,
  trainLoss: 0.2,
  valLoss: 0.5,
  objective: 0.2,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
  ...(seeds ? { seeds } : {}),
});

describe('chartPicture', () => {
  it('shades mean ± sd across seeds around a run’s lines when its epochs carry each seed’s losses', () => {
    const seeds = { trainLoss: [0.1, 0.2, 0.3], valLoss: [0.4, 0.5, 0.6] };
    const picture = chartPicture({
      history: [point(1, seeds), point(2, seeds)],
      metric: 'loss',
      smoothing: 0,
      logScale: false,
      pinned: [{ number: 1, colour: '#8250df', history: [point(1, seeds)] }],
    });
    const validation = picture.layer.series.find((series) => series.name === 'Validation loss ± sd across seeds');
    expect(validation?.band?.lower[0]).toBeCloseTo(0.4, 12);
    expect(validation?.band?.upper[1]).toBeCloseTo(0.6, 12);
    expect(picture.layer.series.map((series) => series.name)).toContain('Pinned run 1 training ± sd across seeds');
    // The axis holds the band, not only the lines.
    expect(picture.y.domain[1]).toBeGreaterThanOrEqual(0.6);
  });

  it('draws plain lines for a single seed', () => {
    const picture = chartPicture({ history: [point(1)], metric: 'loss', smoothing: 0, logScale: false, pinned: [] });
    expect(picture.layer.series.map((series) => [series.name, series.band])).toEqual([
      ['Training loss', undefined],
      ['Validation loss', undefined],
    ]);
  });
});

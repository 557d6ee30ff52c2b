import { describe, expect, it } from 'vitest';
import { downsampleSeries, type SeriesPoint } from './downsample-series';

const series = (length: number): SeriesPoint[] =>
  Array.from({ length }, (_, index) => ({ epoch: index + 1, loss: Math.sin(index / 50) + (index === 3210 ? 5 : 0) }));

describe('downsampleSeries', () => {
  it('passes short series through', () => {
    const points = series(800);
    expect(downsampleSeries(points)).toBe(points);
  });

  it('cuts long series to the limit, keeping the ends and the spikes', () => {
    const reduced = downsampleSeries(series(10_000));
    expect(reduced).toHaveLength(1000);
    expect(reduced[0]?.epoch).toBe(1);
    expect(reduced.at(-1)?.epoch).toBe(10_000);
    expect(reduced.some((point) => point.epoch === 3211)).toBe(true);
  });
});

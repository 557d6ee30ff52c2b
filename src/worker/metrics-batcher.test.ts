import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../model/trainer';
import { MetricsBatcher } from './metrics-batcher';

const point = (epoch: number): EpochPoint => ({
  epoch,
  trainLoss: 1,
  valLoss: 1,
  objective: 1,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

describe('MetricsBatcher', () => {
  it('sends at most one batch per 100 ms and loses no point', () => {
    let clock = 0;
    const sent: EpochPoint[][] = [];
    const batcher = new MetricsBatcher(
      (points) => sent.push(points),
      () => clock,
    );
    for (let epoch = 1; epoch <= 50; epoch += 1) {
      batcher.add(point(epoch));
      clock += 7; // an epoch every 7 ms
    }
    batcher.flush();
    expect(sent.length).toBeLessThanOrEqual(Math.ceil((50 * 7) / 100) + 1);
    expect(sent.flat().map((entry) => entry.epoch)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
  });

  it('sends a slow run every epoch at once', () => {
    let clock = 0;
    const sent: EpochPoint[][] = [];
    const batcher = new MetricsBatcher(
      (points) => sent.push(points),
      () => clock,
    );
    batcher.add(point(1));
    clock += 250;
    batcher.add(point(2));
    expect(sent).toEqual([[point(1)], [point(2)]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { chartMarkers, mergedChanges } from './chart-markers';

const point = (epoch: number, valLoss: number): EpochPoint => ({
  epoch,
  trainLoss: 0.1,
  valLoss,
  objective: 0.1,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

describe('chartMarkers', () => {
  it('marks the best epoch, the early stop and each knob change in words', () => {
    const markers = chartMarkers({
      history: [point(1, 0.5), point(2, 0.3), point(3, 0.4), point(4, 0.45)],
      changes: [
        { epoch: 1, name: 'outputDropout', from: 0, to: 0.3 },
        { epoch: 1, name: 'l2', from: 0, to: 0.001 },
        { epoch: 3, name: 'earlyStopping', from: false, to: true },
      ],
      stopDetails: { reason: 'early-stopped', epoch: 4 },
    });
    expect(markers).toEqual([
      { epoch: 2, label: 'best', kind: 'best' },
      { epoch: 4, label: 'early stop', kind: 'stop' },
      { epoch: 1, label: 'Output dropout 0 → 0.3, L2 off → 0.001', kind: 'change' },
      { epoch: 3, label: 'Early stopping off → on', kind: 'change' },
    ]);
  });
});

describe('mergedChanges', () => {
  it('makes moves of one knob within a few seconds one change, and drops a burst that ends where it began', () => {
    const moves = [
      { epoch: 4, name: 'l2', from: 0, to: 0.001, at: 1000 },
      { epoch: 9, name: 'outputDropout', from: 0, to: 0.1, at: 1500 },
      { epoch: 12, name: 'l2', from: 0.001, to: 0.003, at: 2500 },
      { epoch: 20, name: 'outputDropout', from: 0.1, to: 0, at: 3000 },
      { epoch: 200, name: 'l2', from: 0.003, to: 0.01, at: 1000 + 60_000 },
    ] as const;
    expect(mergedChanges(moves)).toEqual([
      { epoch: 4, name: 'l2', from: 0, to: 0.003, at: 1000 },
      { epoch: 200, name: 'l2', from: 0.003, to: 0.01, at: 61_000 },
    ]);
  });
});

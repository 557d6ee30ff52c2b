import { describe, expect, it } from 'vitest';
import type { LabRow } from '../../state/lab-slice';
import { sweepSummary } from './lab-summary';

function row(value: number, biasSquared: number, variance: number, trainingError = 0.1): LabRow {
  const measuredTestError = biasSquared + variance + 0.09;
  return {
    value,
    biasSquared,
    variance,
    noise: 0.09,
    expectedTestError: measuredTestError,
    measuredTestError,
    testErrorSpread: 0.01,
    trainingError,
    trainingErrorSpread: 0.01,
    divergedModels: 0,
  };
}

describe('sweepSummary', () => {
  it('names a trade-off when the lowest error lies inside and bias² and variance move apart', () => {
    const text = sweepSummary('epochs', [row(2, 0.107, 0.01), row(20, 0.044, 0.025), row(300, 0.032, 0.11)]);
    expect(text).toBe(
      'From Epochs 2 to 300, bias² falls from 0.107 to 0.032 and variance rises from 0.010 to 0.110: a trade-off, and measured test error is lowest at 20 (0.159), where the two balance.',
    );
  });

  it('says when there is no trade-off, and why', () => {
    const text = sweepSummary('hidden', [row(4, 0.045, 0.056), row(16, 0.062, 0.113), row(64, 0.052, 0.09)]);
    expect(text).toContain(
      'lowest at 4 (0.191). No trade-off shows within these values, because bias² and variance move the same way here.',
    );
    const rising = sweepSummary('epochs', [row(5, 0.05, 0.02), row(50, 0.045, 0.06)]);
    expect(rising).toContain('because the change in variance outweighs the change in bias²');
  });

  it('reads a training-samples sweep as a learning curve', () => {
    const text = sweepSummary('samples', [row(8, 0.1, 0.2, 0.01), row(128, 0.05, 0.03, 0.08)]);
    expect(text).toBe(
      'As the training set grows from 8 to 128 windows, test error falls from 0.390 to 0.170 and training error rises from 0.010 to 0.080; variance falls from 0.200 to 0.030.',
    );
  });
});

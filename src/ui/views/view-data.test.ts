import { describe, expect, it } from 'vitest';
import type { EpochPoint, SampleInspection } from '../../state/run-slice';
import { gradientReach, heatColour, hiddenGradientRows, predictionRows, stepGradients, weightRows } from './view-data';

const point = (epoch: number, gradientNorms: number[], clipped: boolean[], nearZeroShare = 0): EpochPoint => ({
  epoch,
  trainLoss: 1,
  valLoss: 1,
  objective: 1,
  gradientNorms,
  clipped,
  weights: { inputKernelNorm: epoch, recurrentKernelNorm: 2 * epoch, nearZeroShare },
});

const sample = (inputs: number[]): SampleInspection => ({
  split: 'training',
  index: 0,
  inputs: Float32Array.from(inputs),
  target: 0.5,
  cleanTarget: 0.25,
  prediction: [0.4],
  gates: { forget: new Float32Array(), input: new Float32Array(), output: new Float32Array(), cell: new Float32Array() },
});

describe('stepGradients', () => {
  it('numbers the steps over the whole run and counts the clipped ones', () => {
    const summary = stepGradients([point(1, [3, 2], [true, false]), point(2, [1, 0.5], [true, true])]);
    expect(summary.rows).toEqual([
      { step: 1, norm: 3 },
      { step: 2, norm: 2 },
      { step: 3, norm: 1 },
      { step: 4, norm: 0.5 },
    ]);
    expect(summary).toMatchObject({ clippedSteps: 3, totalSteps: 4 });
  });

  it('keeps a long run’s spikes when it cuts it down', () => {
    const history = Array.from({ length: 4000 }, (_, index) => point(index + 1, [1, index === 2500 ? 40 : 1.1], [false, false]));
    const { rows } = stepGradients(history, 500);
    expect(rows).toHaveLength(500);
    expect(rows).toContainEqual({ step: 5002, norm: 40 });
  });
});

describe('weightRows', () => {
  it('gives each epoch’s kernel norms and the near-zero share in percent', () => {
    expect(weightRows([point(1, [1], [false], 0.25)])).toEqual([
      { epoch: 1, inputKernelNorm: 1, recurrentKernelNorm: 2, nearZeroPercent: 25 },
    ]);
  });
});

describe('hiddenGradientRows and gradientReach', () => {
  it('put each layer’s norm per time step under its name, and compare the first step with the last', () => {
    const norms = [
      [0.001, 0.01, 0.1],
      [0.5, 0.5, 1],
    ];
    expect(hiddenGradientRows(norms)).toEqual([
      { time: 1, 'layer 1': 0.001, 'layer 2': 0.5 },
      { time: 2, 'layer 1': 0.01, 'layer 2': 0.5 },
      { time: 3, 'layer 1': 0.1, 'layer 2': 1 },
    ]);
    expect(gradientReach(norms)).toEqual([0.01, 0.5]);
  });
});

describe('predictionRows', () => {
  it('draws the sequence, then target, noise-free target and forecast one step later', () => {
    expect(predictionRows(sample([0.125, 0.25, 0.5]), { features: 1 })).toEqual([
      { time: 1, observed: 0.125 },
      { time: 2, observed: 0.25 },
      { time: 3, observed: 0.5 },
      { time: 4, target: 0.5, clean: 0.25, forecast: expect.closeTo(0.4, 6) },
    ]);
  });

  it('leaves out the noise-free target when it is the target itself', () => {
    const rows = predictionRows({ ...sample([0.5, 0.25]), cleanTarget: 0.5 }, { features: 1 });
    expect(rows.at(-1)).toEqual({ time: 3, target: 0.5, forecast: expect.closeTo(0.4, 6) });
  });

  it('marks the adding problem’s two marked values', () => {
    const rows = predictionRows(sample([0.5, 1, 0.25, 0, 0.75, 1]), { features: 2 });
    expect(rows.filter((row) => row.marked !== undefined).map((row) => row.time)).toEqual([1, 3]);
  });
});

describe('heatColour', () => {
  it('goes from white to blue for gates, and from red through white to blue for signed values', () => {
    expect(heatColour(0, false)).toEqual([255, 255, 255]);
    expect(heatColour(1, false)).toEqual([8, 69, 148]);
    expect(heatColour(-1, true)).toEqual([165, 15, 21]);
    expect(heatColour(-1, false)).toEqual([255, 255, 255]);
  });
});

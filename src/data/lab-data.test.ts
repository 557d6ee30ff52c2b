import { describe, expect, it } from 'vitest';
import type { TaskOptions } from './dataset';
import { drawLabTrainingSet, labTestSamples, labTestSet } from './lab-data';
import { createSineTask } from './sines';

const options: TaskOptions = { seed: 1, windowLength: 20, trainingSamples: 32, validationSamples: 64, noise: 0.3 };

describe('the lab data', () => {
  it('draws a fresh, nested training set per model from the same process, leaving the live task as it was', () => {
    const first = drawLabTrainingSet('sines', options, 0);
    const second = drawLabTrainingSet('sines', options, 1);
    expect(first.inputs).not.toEqual(second.inputs);
    const smaller = drawLabTrainingSet('sines', { ...options, trainingSamples: 16 }, 0);
    expect(smaller.inputs).toEqual(first.inputs.subarray(0, 16 * 20));
    const live = createSineTask(options);
    expect(live.training.inputs).not.toEqual(first.inputs);
    expect(createSineTask(options).training.inputs).toEqual(live.training.inputs);
  });

  it('keeps a test set whose own noise averages σ² and whose clean targets follow the same waves', () => {
    const { test, noiseVariance, cleanTargetsKnown } = labTestSet('sines', options);
    expect(test.samples).toBe(labTestSamples);
    expect(cleanTargetsKnown).toBe(true);
    let noise = 0;
    for (let sample = 0; sample < test.samples; sample += 1)
      noise += ((test.targets[sample] as number) - (test.cleanTargets[sample] as number)) ** 2;
    expect(Math.abs(noise / test.samples - (noiseVariance as number))).toBeLessThan(0.1 * 0.09);
    // Another seed is another process: other waves, other clean targets.
    expect(labTestSet('sines', { ...options, seed: 2 }).test.cleanTargets).not.toEqual(test.cleanTargets);
  });

  it('resamples an uploaded series with replacement and says its noise is unknown', () => {
    const series = Float32Array.from({ length: 400 }, (_, index) => Math.sin(index / 9) + (index % 7) / 10);
    const resample = drawLabTrainingSet('series', { ...options, trainingSamples: 200 }, 0, series);
    const distinctTargets = new Set(Array.from(resample.targets));
    expect(resample.samples).toBe(200);
    expect(distinctTargets.size).toBeLessThan(200);
    const seriesTest = labTestSet('series', options, series);
    expect(seriesTest.cleanTargetsKnown).toBe(false);
    expect(seriesTest.noiseVariance).toBeUndefined();
    expect(() => drawLabTrainingSet('reber', options, 0)).toThrow();
  });
});

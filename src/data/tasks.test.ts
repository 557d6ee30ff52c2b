import { describe, expect, it } from 'vitest';
import type { TaskOptions } from './dataset';
import { reberVocabulary, tokensOf } from './reber';
import { createSeriesTask } from './series';
import { longestWindow, seriesProblem } from './series-limits';
import { createTask } from './tasks';

const options: TaskOptions = { seed: 7, windowLength: 12, trainingSamples: 40, validationSamples: 30, noise: 0.2 };
const series = Float32Array.from({ length: 300 }, (_, index) => 10 + 5 * Math.sin(index / 7) + index / 50);

describe.each(['sines', 'adding', 'reber'] as const)('the %s task', (task) => {
  it('gives the same data for the same seed and other data for another', () => {
    const [first, again] = [createTask(task, options), createTask(task, options)];
    expect([first.training, first.validation]).toEqual([again.training, again.validation]);
    expect(createTask(task, { ...options, seed: 8 }).training.inputs).not.toEqual(createTask(task, options).training.inputs);
  });

  it('draws training and validation sets of the asked sizes, separately', () => {
    const { training, validation } = createTask(task, options);
    expect(training.samples).toBe(40);
    expect(training.inputs).toHaveLength(40 * training.windowLength * training.features);
    expect(validation.targets).toHaveLength(30);
    const firstSample = training.windowLength * training.features;
    expect(validation.inputs.subarray(0, firstSample)).not.toEqual(training.inputs.subarray(0, firstSample));
  });
});

describe('the sines task', () => {
  it('adds observation noise of the asked size to the targets', () => {
    const { training } = createTask('sines', { ...options, trainingSamples: 2000 });
    let squared = 0;
    training.targets.forEach((target, index) => (squared += (target - (training.cleanTargets[index] as number)) ** 2));
    expect(Math.sqrt(squared / 2000)).toBeCloseTo(0.2, 1);
    const clean = createTask('sines', { ...options, noise: 0 }).training;
    expect(clean.targets).toEqual(clean.cleanTargets);
    expect(Math.max(...clean.inputs.map(Math.abs))).toBeLessThanOrEqual(1);
  });
});

describe('the adding problem', () => {
  it('marks exactly two steps, one in each half, and its clean target is the sum of their values', () => {
    const { training } = createTask('adding', { ...options, noise: 0 });
    for (let sample = 0; sample < training.samples; sample += 1) {
      const steps = Array.from({ length: 12 }, (_, step) => ({
        value: training.inputs[(sample * 12 + step) * 2] as number,
        marked: training.inputs[(sample * 12 + step) * 2 + 1] === 1,
      }));
      const marked = steps.flatMap((step, index) => (step.marked ? [index] : []));
      expect(marked).toHaveLength(2);
      expect(marked[0]).toBeLessThan(6);
      expect(marked[1]).toBeGreaterThanOrEqual(6);
      const sum = marked.reduce((total, index) => total + (steps[index]?.value ?? 0), 0);
      expect(training.targets[sample]).toBeCloseTo(sum, 5);
      expect(steps.every((step) => step.value >= 0 && step.value < 1)).toBe(true);
    }
  });
});

// The embedded Reber grammar as a regular expression, written from the grammar's graph independently
// of the generator: Reber = B (T S* X L4 | P T* V L5) E, with L4 = (X T* V P)* (S | X T* V V) and L5 = V | P L4.
const l4 = '(XT*VP)*(S|XT*VV)';
const reber = `B(TS*X${l4}|PT*V(V|P${l4}))E`;
const embeddedReber = new RegExp(`^B(T${reber}T|P${reber}P)E$`);

describe('the Reber token task', () => {
  it('labels every string as an independent check of the grammar does', () => {
    const { training, validation } = createTask('reber', { ...options, windowLength: 20, trainingSamples: 400, noise: 0 });
    for (const dataset of [training, validation]) {
      for (let sample = 0; sample < dataset.samples; sample += 1) {
        const text = tokensOf(dataset, sample);
        expect(embeddedReber.test(text) ? 1 : 0, text).toBe(dataset.targets[sample]);
      }
    }
  });

  it('has both classes in about equal shares, one-hot over the vocabulary, padded at the front', () => {
    const { training } = createTask('reber', { ...options, windowLength: 20, trainingSamples: 1000, noise: 0 });
    const valid = training.targets.reduce((sum, label) => sum + label, 0);
    expect(valid / 1000).toBeGreaterThan(0.45);
    expect(valid / 1000).toBeLessThan(0.55);
    expect(training.features).toBe(reberVocabulary.length);
    expect(tokensOf(training, 0).at(-1)).toBe('E');
    const lastStep = training.inputs.subarray((20 - 1) * 7, 20 * 7);
    expect(Array.from(lastStep)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('flips labels at half the noise setting, keeping the clean labels', () => {
    const { training } = createTask('reber', { ...options, windowLength: 20, trainingSamples: 2000, noise: 0.4 });
    const flipped = training.targets.filter((label, index) => label !== training.cleanTargets[index]).length;
    expect(flipped / 2000).toBeGreaterThan(0.17);
    expect(flipped / 2000).toBeLessThan(0.23);
  });

  it('raises windows too short for the grammar to the shortest that fits', () => {
    expect(createTask('reber', { ...options, windowLength: 5 }).training.windowLength).toBe(12);
  });
});

describe('your own series', () => {
  it('splits by time: every validation target comes after every training target', () => {
    const task = createSeriesTask(series, { ...options, trainingSamples: 1000, validationSamples: 1000 });
    expect(task.training.samples).toBe(240 - 12);
    expect(task.validation.samples).toBe(60);
    // Standardised with the training part: its targets have mean 0 and spread 1.
    const mean = task.training.targets.reduce((sum, value) => sum + value, 0) / task.training.samples;
    expect(Math.abs(mean)).toBeLessThan(0.1);
  });

  it('keeps each window with the value that follows it', () => {
    const task = createSeriesTask(series, { ...options, trainingSamples: 5 });
    const inputs = task.training.inputs.subarray(0, 12);
    const target = task.training.targets[0] as number;
    // The series is smooth: the target continues the window's last steps.
    expect(Math.abs(target - (inputs[11] as number))).toBeLessThan(0.5);
  });

  it('shortens windows the series cannot hold and refuses series too short to learn from', () => {
    expect(createSeriesTask(series, { ...options, windowLength: 500 }).training.windowLength).toBe(longestWindow(300));
    expect(seriesProblem(10)).toEqual({ kind: 'tooShort', length: 10, needed: 19 });
    expect(seriesProblem(19)).toBeUndefined();
    expect(() => createSeriesTask(series.subarray(0, 10), options)).toThrow(/needs at least/);
    expect(() => createTask('series', options)).toThrow(/No series/);
  });
});

import { describe, expect, it } from 'vitest';
import { batchesPerEpoch, epochBatches } from './batches';
import { createSineTask, type SineTaskOptions } from './sines';

const options: SineTaskOptions = { seed: 7, windowLength: 12, trainingSamples: 40, validationSamples: 30, noise: 0.2 };

describe('createSineTask', () => {
  it('gives the same data for the same seed', () => {
    expect(createSineTask(options)).toEqual(createSineTask(options));
  });

  it('gives different data for another seed', () => {
    expect(createSineTask({ ...options, seed: 8 }).training.inputs).not.toEqual(createSineTask(options).training.inputs);
  });

  it('draws training and validation sets of the asked sizes, separately', () => {
    const { training, validation } = createSineTask(options);
    expect(training.inputs).toHaveLength(40 * 12);
    expect(validation.targets).toHaveLength(30);
    expect(Array.from(validation.inputs.subarray(0, 12))).not.toEqual(Array.from(training.inputs.subarray(0, 12)));
  });

  it('adds observation noise of the asked size to the targets', () => {
    const { training } = createSineTask({ ...options, trainingSamples: 2000, noise: 0.2 });
    let squared = 0;
    training.targets.forEach((target, index) => (squared += (target - (training.cleanTargets[index] as number)) ** 2));
    expect(Math.sqrt(squared / 2000)).toBeCloseTo(0.2, 1);
    const clean = createSineTask({ ...options, noise: 0 }).training;
    expect(clean.targets).toEqual(clean.cleanTargets);
  });

  it('keeps the signal within ±1', () => {
    const { training } = createSineTask({ ...options, noise: 0 });
    expect(Math.max(...training.inputs.map(Math.abs))).toBeLessThanOrEqual(1);
  });
});

describe('epochBatches', () => {
  const { training } = createSineTask(options);

  it('uses every sample once per epoch, the last batch holding the remainder', () => {
    expect(batchesPerEpoch(40, 16)).toBe(3);
    const batches = epochBatches(training, { seed: 1, epoch: 0, batchSize: 16, jitter: 0 });
    expect(batches.map((batch) => batch.targets.length)).toEqual([16, 16, 8]);
    expect(batches[2]?.inputs).toHaveLength(8 * 12);
    const seen = batches.flatMap((batch) => Array.from(batch.targets)).sort();
    expect(seen).toEqual(Array.from(training.targets).sort());
  });

  it('reshuffles every epoch, the same way for the same seed', () => {
    const first = epochBatches(training, { seed: 1, epoch: 0, batchSize: 8, jitter: 0 });
    expect(epochBatches(training, { seed: 1, epoch: 0, batchSize: 8, jitter: 0 })).toEqual(first);
    expect(epochBatches(training, { seed: 1, epoch: 1, batchSize: 8, jitter: 0 })[0]?.targets).not.toEqual(first[0]?.targets);
  });

  it('keeps every window with its own target', () => {
    const [batch] = epochBatches(training, { seed: 3, epoch: 2, batchSize: 40, jitter: 0 });
    const sample = training.targets.indexOf(batch?.targets[0] as number);
    expect(Array.from(batch?.inputs.subarray(0, 12) ?? [])).toEqual(Array.from(training.inputs.subarray(sample * 12, sample * 12 + 12)));
  });

  it('jitters inputs with the asked standard deviation and leaves targets alone', () => {
    const plain = epochBatches(training, { seed: 1, epoch: 4, batchSize: 40, jitter: 0 })[0];
    const jittered = epochBatches(training, { seed: 1, epoch: 4, batchSize: 40, jitter: 0.1 })[0];
    expect(jittered?.targets).toEqual(plain?.targets);
    let squared = 0;
    jittered?.inputs.forEach((value, index) => (squared += (value - (plain?.inputs[index] as number)) ** 2));
    expect(Math.sqrt(squared / 480)).toBeCloseTo(0.1, 1);
  });
});

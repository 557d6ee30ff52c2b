import { describe, expect, it } from 'vitest';
import { augmenting, augmentSequence, type AugmentationRates } from './augment';
import { batchesPerEpoch, epochBatches } from './batches';
import { createRandom } from './random';
import { createTask } from './tasks';

const none: AugmentationRates = { jitter: 0, insertRate: 0, deleteRate: 0, replaceRate: 0, swapRate: 0, cropRate: 0 };
const length = 40;
// A ramp 1, 2, …, 40: every change an augmentation makes can be read off it.
const ramp = Float32Array.from({ length }, (_, index) => index + 1);

function many(rates: Partial<AugmentationRates>, runs = 500): Float32Array[] {
  const random = createRandom('augment-test', JSON.stringify(rates));
  return Array.from({ length: runs }, () => augmentSequence(ramp, 1, 'continuous', { ...none, ...rates }, random));
}

const share = (counts: number[], total: number) => counts.reduce((sum, count) => sum + count, 0) / total;

describe('augmentSequence', () => {
  it('leaves a sequence alone when every rate is 0, and never changes its input', () => {
    const copy = ramp.slice();
    expect(augmentSequence(ramp, 1, 'continuous', none, createRandom(1))).toEqual(ramp);
    many({ insertRate: 0.3, deleteRate: 0.3, replaceRate: 0.3, swapRate: 0.3, cropRate: 0.5, jitter: 0.1 }, 20);
    expect(ramp).toEqual(copy);
  });

  it('always restores the length, padding at the front', () => {
    for (const sequence of many({ insertRate: 0.3, deleteRate: 0.3, cropRate: 1 }, 100)) expect(sequence).toHaveLength(length);
    const [cropped] = many({ cropRate: 1 }, 1);
    const first = cropped?.[0] as number;
    expect(first).toBeGreaterThan(1);
    expect(cropped?.at(-1)).toBe(length);
    // The front is padded with the oldest value kept, so the sequence never ends before its last step.
    expect(cropped?.filter((value) => value === first).length).toBeGreaterThan(1);
  });

  it('deletes elements at its rate', () => {
    // Deleted values are gone; the padding repeats the oldest survivor, so count the missing ones.
    const missing = many({ deleteRate: 0.2 }).map((sequence) => length - new Set(sequence).size - (length - sequence.length));
    // Deletions near the front are hidden by nothing: each missing value is one deletion.
    expect(share(missing, 500 * length)).toBeCloseTo(0.2, 1);
    expect(Math.abs(share(missing, 500 * length) - 0.2)).toBeLessThan(0.02);
  });

  it('inserts elements at its rate, from between their neighbours', () => {
    const sequences = many({ insertRate: 0.1 });
    // Inserted values are fractional; the oldest ones fall off the front, so count over the newest 20 steps.
    const inserted = sequences.map((sequence) => sequence.subarray(20).filter((value) => !Number.isInteger(value)).length);
    const lastTwenty = sequences.map((sequence) => sequence.subarray(20));
    expect(Math.abs(share(inserted, 500 * 20) - 0.1 / 1.1)).toBeLessThan(0.015);
    for (const values of lastTwenty) {
      values.forEach((value, index) => {
        if (Number.isInteger(value) || index === 0) return;
        expect(value).toBeGreaterThanOrEqual(Math.floor(value));
        expect(value).toBeLessThanOrEqual(Math.ceil(value));
      });
    }
  });

  it('replaces elements at its rate', () => {
    const replaced = many({ replaceRate: 0.25 }).map((sequence) => sequence.filter((value, index) => value !== ramp[index]).length);
    expect(Math.abs(share(replaced, 500 * length) - 0.25)).toBeLessThan(0.02);
  });

  it('swaps neighbours at its rate, each element moving one place at most', () => {
    const sequences = many({ swapRate: 0.1 });
    const moved = sequences.map((sequence) => sequence.filter((value, index) => value !== ramp[index]).length / 2);
    // Left to right, a swap skips its partner: the expected share of steps starting a swap is p / (1 + p).
    expect(Math.abs(share(moved, 500 * (length - 1)) - 0.1 / 1.1)).toBeLessThan(0.015);
    for (const sequence of sequences) sequence.forEach((value, index) => expect(Math.abs(value - (index + 1))).toBeLessThanOrEqual(1));
  });

  it('crops a share of sequences equal to its rate', () => {
    const cropped = many({ cropRate: 0.3 }).filter((sequence) => sequence[0] !== 1).length;
    expect(Math.abs(cropped / 500 - 0.3)).toBeLessThan(0.06);
  });

  it('jitters values with the asked spread, but never markers or tokens', () => {
    const noisy = many({ jitter: 0.5 }, 200).flatMap((sequence) => Array.from(sequence, (value, index) => value - (ramp[index] as number)));
    const spread = Math.sqrt(noisy.reduce((sum, value) => sum + value * value, 0) / noisy.length);
    expect(Math.abs(spread - 0.5)).toBeLessThan(0.03);
    const marked = Float32Array.from([0.3, 1, 0.6, 0]);
    const jittered = augmentSequence(marked, 2, 'marked-values', { ...none, jitter: 1 }, createRandom(2));
    expect([jittered[1], jittered[3]]).toEqual([1, 0]);
    const tokens = Float32Array.from([1, 0, 0, 1]);
    expect(augmentSequence(tokens, 2, 'tokens', { ...none, jitter: 1 }, createRandom(2))).toEqual(tokens);
  });

  it('augments only the string of a padded token sequence', () => {
    // Four empty steps, then six tokens of symbol 2.
    const padded = Float32Array.from({ length: 7 * 10 }, (_, index) => (index >= 28 && index % 7 === 2 ? 1 : 0));
    for (let run = 0; run < 50; run += 1) {
      const augmented = augmentSequence(
        padded,
        7,
        'tokens',
        { ...none, replaceRate: 0.5, swapRate: 0.5, insertRate: 0.2 },
        createRandom('pad', run),
      );
      expect(Array.from(augmented.subarray(0, 7 * 3))).toEqual(Array(21).fill(0));
      expect(augmented).toHaveLength(70);
    }
  });

  it('never drops or changes the marked steps of the adding problem, so its answer stands', () => {
    // Values 0.05, 0.10, …; steps 3 and 14 marked.
    const values = Float32Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0 ? (index / 2 + 1) * 0.05 : index === 7 || index === 29 ? 1 : 0,
    );
    const markedSum = (sequence: Float32Array) =>
      Array.from({ length: 20 }, (_, step) => (sequence[step * 2 + 1] === 1 ? (sequence[step * 2] as number) : 0));
    const expected = markedSum(values).reduce((sum, value) => sum + value, 0);
    const rates = { ...none, insertRate: 0.3, deleteRate: 0.3, replaceRate: 0.5, swapRate: 0.3, cropRate: 1 };
    for (let run = 0; run < 200; run += 1) {
      const augmented = augmentSequence(values, 2, 'marked-values', rates, createRandom('marked', run));
      const marked = markedSum(augmented).filter((_, step) => augmented[step * 2 + 1] === 1);
      expect(marked).toHaveLength(2);
      expect(marked.reduce((sum, value) => sum + value, 0)).toBeCloseTo(expected, 6);
    }
  });

  it('counts only the six augmentation rates as augmentation', () => {
    expect(augmenting({ ...none, learningRate: 0.01, seed: 3 } as AugmentationRates)).toBe(false);
    expect(augmenting({ ...none, swapRate: 0.01 })).toBe(true);
  });

  it('invents tokens from the vocabulary, a different one when replacing', () => {
    const tokens = Float32Array.from({ length: 7 * 10 }, (_, index) => (index % 7 === 2 ? 1 : 0));
    const replaced = augmentSequence(tokens, 7, 'tokens', { ...none, replaceRate: 1 }, createRandom(3));
    for (let step = 0; step < 10; step += 1) {
      const slice = Array.from(replaced.subarray(step * 7, step * 7 + 7));
      expect(slice.reduce((sum, value) => sum + value, 0)).toBe(1);
      expect(slice[2]).toBe(0);
    }
  });
});

describe('epochBatches', () => {
  const { training, validation } = createTask('sines', {
    seed: 7,
    windowLength: 12,
    trainingSamples: 40,
    validationSamples: 30,
    noise: 0.2,
  });
  const plain = { seed: 1, epoch: 0, batchSize: 16, element: 'continuous' as const, augmentation: none };

  it('uses every sample once per epoch, the last batch holding the remainder', () => {
    expect(batchesPerEpoch(40, 16)).toBe(3);
    const batches = epochBatches(training, plain);
    expect(batches.map((batch) => batch.targets.length)).toEqual([16, 16, 8]);
    const seen = batches.flatMap((batch) => Array.from(batch.targets)).sort();
    expect(seen).toEqual(Array.from(training.targets).sort());
  });

  it('reshuffles every epoch, the same way for the same seed', () => {
    expect(epochBatches(training, plain)).toEqual(epochBatches(training, plain));
    expect(epochBatches(training, { ...plain, epoch: 1 })[0]?.targets).not.toEqual(epochBatches(training, plain)[0]?.targets);
  });

  it('gives the same augmented batch for the same seed and epoch, and a new one the next epoch', () => {
    const augmented = { ...plain, augmentation: { ...none, jitter: 0.1, replaceRate: 0.2, swapRate: 0.1 } };
    expect(epochBatches(training, augmented)).toEqual(epochBatches(training, augmented));
    expect(epochBatches(training, augmented)[0]?.inputs).not.toEqual(epochBatches(training, plain)[0]?.inputs);
    expect(epochBatches(training, { ...augmented, epoch: 1 })).not.toEqual(epochBatches(training, augmented));
  });

  it('relabels augmented Reber strings by the grammar, keeping label-noise flips', () => {
    const reber = createTask('reber', { seed: 3, windowLength: 20, trainingSamples: 300, validationSamples: 16, noise: 0.4 });
    const options = { seed: 1, epoch: 0, batchSize: 300, element: 'tokens' as const, augmentation: { ...none, replaceRate: 0.1 } };
    const [batch] = epochBatches(reber.training, { ...options, ...(reber.labelOf ? { labelOf: reber.labelOf } : {}) });
    const order = Array.from({ length: 300 }, (_, row) => row);
    const labelOf = reber.labelOf ?? (() => -1);
    let flipped = 0;
    for (const row of order) {
      const sequence = batch?.inputs.subarray(row * 140, (row + 1) * 140) ?? new Float32Array();
      const target = batch?.targets[row] as number;
      if (target !== labelOf(sequence)) flipped += 1;
    }
    // About a fifth of the labels were flipped by label noise (0.4 / 2), and only those disagree with the grammar.
    expect(flipped / 300).toBeGreaterThan(0.12);
    expect(flipped / 300).toBeLessThan(0.28);
    const [plain] = epochBatches(reber.training, { ...options, augmentation: none, ...(reber.labelOf ? { labelOf: reber.labelOf } : {}) });
    expect(Array.from(plain?.targets ?? []).sort()).toEqual(Array.from(reber.training.targets).sort());
  });

  it('never changes the datasets themselves', () => {
    const before = { training: training.inputs.slice(), validation: validation.inputs.slice() };
    epochBatches(training, {
      ...plain,
      augmentation: { jitter: 0.3, insertRate: 0.3, deleteRate: 0.3, replaceRate: 0.3, swapRate: 0.3, cropRate: 1 },
    });
    expect(training.inputs).toEqual(before.training);
    expect(validation.inputs).toEqual(before.validation);
  });
});

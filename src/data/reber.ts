import { allocateDataset, type Dataset, type TaskData, type TaskOptions } from './dataset';
import { createRandom, type Random } from './random';

/** The embedded Reber grammar's symbols, in one-hot order. */
export const reberVocabulary = ['B', 'T', 'P', 'S', 'X', 'V', 'E'] as const;

/** The shortest window the token task uses: embedded Reber strings have at least 9 symbols, most fewer than 12. */
export const reberMinimumLength = 12;

// The Reber grammar as a graph: from each state, two equally likely (symbol, next state) moves; -1 ends.
const transitions: readonly (readonly [string, number][])[] = [
  [
    ['T', 1],
    ['P', 2],
  ],
  [
    ['S', 1],
    ['X', 3],
  ],
  [
    ['T', 2],
    ['V', 4],
  ],
  [
    ['X', 2],
    ['S', -1],
  ],
  [
    ['P', 3],
    ['V', -1],
  ],
];

function reberString(random: Random): string {
  let text = 'B';
  for (let state = 0; state !== -1;) {
    const [symbol, next] = transitions[state]?.[random.integer(2)] ?? ['E', -1];
    text += symbol;
    state = next;
  }
  return `${text}E`;
}

/** A string of the embedded Reber grammar: B, then T or P, a Reber string, the same T or P again, E. */
function embeddedReberString(random: Random): string {
  const embedded = random.uniform() < 0.5 ? 'T' : 'P';
  return `B${embedded}${reberString(random)}${embedded}E`;
}

// Whether a string follows the grammar, by walking the same graph (generation's own check; the tests
// use an independent regular expression).
function followsGrammar(text: string): boolean {
  const embedded = text[1];
  if (text.length < 9 || text[0] !== 'B' || text.at(-1) !== 'E' || (embedded !== 'T' && embedded !== 'P') || text.at(-2) !== embedded)
    return false;
  const inner = text.slice(2, -2);
  if (inner[0] !== 'B' || inner.at(-1) !== 'E') return false;
  let state = 0;
  for (const symbol of inner.slice(1, -1)) {
    if (state === -1) return false;
    const move = transitions[state]?.find(([candidate]) => candidate === symbol);
    if (!move) return false;
    state = move[1];
  }
  return state === -1;
}

const corruptibleSymbols = ['T', 'P', 'S', 'X', 'V'];

/**
 * A string one symbol away from the grammar. Half the time the closing T/P no longer matches the
 * opening one: only a model that remembers the second symbol across the whole string can tell.
 */
function corruptedString(random: Random, maxLength: number): string {
  for (;;) {
    const text = embeddedReberString(random);
    if (text.length > maxLength) continue;
    let corrupted: string;
    if (random.uniform() < 0.5) {
      corrupted = `${text.slice(0, -2)}${text.at(-2) === 'T' ? 'P' : 'T'}E`;
    } else {
      const position = 2 + random.integer(text.length - 4);
      const others = corruptibleSymbols.filter((symbol) => symbol !== text[position]);
      corrupted = text.slice(0, position) + (others[random.integer(others.length)] as string) + text.slice(position + 1);
    }
    if (!followsGrammar(corrupted)) return corrupted;
  }
}

function validString(random: Random, maxLength: number): string {
  for (;;) {
    const text = embeddedReberString(random);
    if (text.length <= maxLength) return text;
  }
}

/** Decodes a one-hot sequence ([timeSteps × vocabulary]) back into its string; padding steps are skipped. */
export function decodeTokens(sequence: Float32Array): string {
  const width = reberVocabulary.length;
  let text = '';
  for (let step = 0; step < sequence.length / width; step += 1) {
    const index = sequence.subarray(step * width, (step + 1) * width).indexOf(1);
    if (index >= 0) text += reberVocabulary[index];
  }
  return text;
}

/** Decodes one sequence of a token dataset back into its string. */
export function tokensOf(dataset: Dataset, sample: number): string {
  const valuesPerSample = dataset.windowLength * dataset.features;
  return decodeTokens(dataset.inputs.subarray(sample * valuesPerSample, (sample + 1) * valuesPerSample));
}

function drawStrings(samples: number, windowLength: number, labelFlip: number, random: Random): Dataset {
  const features = reberVocabulary.length;
  const dataset = allocateDataset(samples, windowLength, features);
  for (let sample = 0; sample < samples; sample += 1) {
    const valid = random.uniform() < 0.5;
    const text = valid ? validString(random, windowLength) : corruptedString(random, windowLength);
    // Padded at the front, so every string ends on the last step, where the model answers.
    const start = windowLength - text.length;
    [...text].forEach((symbol, index) => {
      dataset.inputs[
        (sample * windowLength + start + index) * features + reberVocabulary.indexOf(symbol as (typeof reberVocabulary)[number])
      ] = 1;
    });
    dataset.cleanTargets[sample] = valid ? 1 : 0;
    dataset.targets[sample] = random.uniform() < labelFlip ? 1 - (valid ? 1 : 0) : valid ? 1 : 0;
  }
  return dataset;
}

/**
 * Token sequences: strings of the embedded Reber grammar (class 1) and strings one symbol away from it
 * (class 0), fed as one-hot vectors, to be told apart; an augmented string is relabelled by the
 * grammar. Windows shorter than `reberMinimumLength` are
 * raised to it. Label noise flips each label with probability `noise / 2`, so noise 1 makes labels
 * coin flips.
 */
export function createReberTask(options: TaskOptions): TaskData {
  const windowLength = Math.max(options.windowLength, reberMinimumLength);
  const labelFlip = options.noise / 2;
  return {
    kind: 'classification',
    outputs: 2,
    classNames: ['not grammatical', 'grammatical'],
    element: 'tokens',
    vocabulary: reberVocabulary,
    labelOf: (sequence) => (followsGrammar(decodeTokens(sequence)) ? 1 : 0),
    training: drawStrings(options.trainingSamples, windowLength, labelFlip, createRandom(options.seed, 'reber', 'training')),
    validation: drawStrings(options.validationSamples, windowLength, labelFlip, createRandom(options.seed, 'reber', 'validation')),
  };
}

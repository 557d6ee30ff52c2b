/** The first feature of every step: the value of a series, or of the adding problem's pairs. */
export function valuesOf(sequence: Float32Array, features: number): number[] {
  return Array.from({ length: sequence.length / features }, (_, step) => sequence[step * features] as number);
}

/** Whether the adding problem marks a step (its second feature is 1). */
export function isMarked(sequence: Float32Array, features: number, step: number): boolean {
  return features > 1 && sequence[step * features + 1] === 1;
}

/** A one-hot token sequence as its symbols; an empty (padding) step shows as "·". */
export function tokensOf(sequence: Float32Array, vocabulary: readonly string[]): string {
  let text = '';
  for (let step = 0; step < sequence.length / vocabulary.length; step += 1) {
    const index = sequence.subarray(step * vocabulary.length, (step + 1) * vocabulary.length).indexOf(1);
    text += index >= 0 ? vocabulary[index] : '·';
  }
  return text;
}

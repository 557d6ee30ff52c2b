// Kept apart from the series task, so the page can check a file without loading the seeded sampler.

/** Share of the series, from its start, whose next values are training targets; the rest are validation's. */
export const trainingShare = 0.8;
/** Fewest windows each side needs for a task worth training. */
const minimumTrainingWindows = 8;
const minimumValidationWindows = 4;

/** A series too short to forecast: how many values it has and how many forecasting needs. */
export interface SeriesTooShort {
  kind: 'tooShort';
  length: number;
  needed: number;
}

/** The longest window a series of `length` values supports, given the split above. */
export function longestWindow(length: number): number {
  return Math.floor(length * trainingShare) - minimumTrainingWindows;
}

/** Why a series is too short for forecasting at all, or undefined when it is long enough. */
export function seriesProblem(length: number): SeriesTooShort | undefined {
  const needed = Math.ceil((4 + minimumTrainingWindows) / trainingShare) + minimumValidationWindows;
  return length < needed ? { kind: 'tooShort', length, needed } : undefined;
}

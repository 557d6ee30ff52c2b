import { mean, standardDeviation } from '../stats/summary';
import { welchTest, type WelchResult } from '../stats/welch';
import type { PinnedRun } from './pins-slice';

/** Fewest seeds a pinned run needs before its spread is worth comparing. */
export const minimumSeedsToCompare = 3;

/** Two pinned runs' final validation losses across their seeds, and Welch's test of their difference. */
export interface PinComparison {
  /** The pinned runs' numbers in the list, from 1. */
  first: number;
  second: number;
  /** Each run's final validation loss across its seeds: mean and sample standard deviation. */
  firstLoss: { mean: number; standardDeviation: number; seeds: number };
  secondLoss: { mean: number; standardDeviation: number; seeds: number };
  test: WelchResult;
}

function finalValLosses(run: PinnedRun): number[] | undefined {
  const losses = run.history.at(-1)?.seeds?.valLoss;
  return losses && losses.length >= minimumSeedsToCompare ? losses : undefined;
}

const spreadOf = (values: number[]) => ({ mean: mean(values), standardDeviation: standardDeviation(values), seeds: values.length });

/**
 * Each pinned run of three or more seeds compared with the next such run in the list: whether their final
 * validation losses differ by more than the seeds' spread explains (Welch's t-test, two-sided, 5 % level).
 */
export function comparePinnedRuns(pinned: readonly PinnedRun[]): PinComparison[] {
  const eligible = pinned.flatMap((run, index) => {
    const losses = finalValLosses(run);
    return losses ? [{ number: index + 1, losses }] : [];
  });
  return eligible.slice(1).map((second, index) => {
    const first = eligible[index] as (typeof eligible)[number];
    return {
      first: first.number,
      second: second.number,
      firstLoss: spreadOf(first.losses),
      secondLoss: spreadOf(second.losses),
      test: welchTest(first.losses, second.losses),
    };
  });
}

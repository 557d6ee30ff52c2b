import type { StepBenchResult, StepPlan } from '../cores/plan';

/** The page's one command to the benchmark worker: run this plan. */
export type ToStepsWorker = StepPlan;

/** The benchmark worker's messages: progress lines, then a result or an error. */
export type FromStepsWorker =
  { type: 'progress'; line: string } | { type: 'result'; result: StepBenchResult } | { type: 'error'; message: string };

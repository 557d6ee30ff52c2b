import type { StepBenchResult, StepPlan } from '../cores/plan';

/** The page's messages to the benchmark worker: run this plan; the load average the worker asked for. */
export type ToStepsWorker = { type: 'run'; plan: StepPlan } | { type: 'load-average'; value: number };

/** The benchmark worker's messages: progress lines and requests for the load average, then a result or an error. */
export type FromStepsWorker =
  | { type: 'progress'; line: string }
  | { type: 'load-average-request' }
  | { type: 'result'; result: StepBenchResult }
  | { type: 'error'; message: string };

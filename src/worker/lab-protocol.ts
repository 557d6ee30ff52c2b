import type { BackendChoice } from '../settings/schema';
import type { LabJob, LabJobResult } from './lab-job';

/** Commands to a lab worker: run one job, or cancel the one it runs. */
export type ToLabWorker = { type: 'run-job'; jobId: number; job: LabJob; backend: BackendChoice } | { type: 'cancel-job'; jobId: number };

/** Events from a lab worker, each naming its job. */
export type FromLabWorker =
  | { type: 'job-progress'; jobId: number; epoch: number }
  | { type: 'job-done'; jobId: number; result: LabJobResult; backend: string }
  | { type: 'job-cancelled'; jobId: number }
  | { type: 'job-failed'; jobId: number; message: string };

/** The arrays a finished job hands over: transferred, not copied. */
export function transferablesOf(result: LabJobResult): ArrayBuffer[] {
  return result.checkpoints.map((checkpoint) => checkpoint.testPredictions.buffer as ArrayBuffer);
}

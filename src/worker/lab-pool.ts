import type { BackendChoice } from '../settings/schema';
import type { LabJob, LabJobResult } from './lab-job';
import type { FromLabWorker, ToLabWorker } from './lab-protocol';

/** What the pool needs of a worker (a real Worker, or a stand-in in tests). */
export interface LabWorkerHandle {
  postMessage(message: ToLabWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromLabWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Workers for experiments: one per core, leaving one for the page, at least one. */
export function labPoolSize(hardwareConcurrency: number | undefined): number {
  return hardwareConcurrency && hardwareConcurrency > 1 ? Math.floor(hardwareConcurrency) - 1 : 1;
}

/** Starts a lab worker; the only place on the main thread where one is created. */
export function createLabWorker(): LabWorkerHandle {
  return new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'lab' });
}

/** What a batch of jobs reports as it runs. */
export interface LabBatchListener {
  /** Epochs trained so far over all jobs (a finished job counts all its epochs). */
  onProgress(epochsDone: number): void;
  /** Job `index` (its place in the batch) finished. */
  onResult(index: number, result: LabJobResult, backend: string): void;
}

/** How a batch ended. */
export type LabBatchEnd = { kind: 'finished' } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

interface Slot {
  worker: LabWorkerHandle;
  /** The job it runs: its place in the batch, its id, and the epochs it has reported. */
  running?: { index: number; jobId: number; epochs: number };
}

/** A job that failed once is given to a fresh worker once more; a second failure fails the batch. */
const attemptsPerJob = 2;

/**
 * A pool of lab workers that runs one batch of jobs at a time: queued, each worker one job at a time,
 * cancellable, with progress. A worker whose job fails (an error, a lost context) is ended and replaced,
 * and the job tried once more.
 */
export class LabPool {
  private slots: Slot[] = [];
  private nextJobId = 1;
  private batch?: {
    jobs: LabJob[];
    queue: number[];
    attempts: number[];
    epochsDone: number;
    finished: number;
    backend: BackendChoice;
    listener: LabBatchListener;
    end: (outcome: LabBatchEnd) => void;
  };

  constructor(
    /** How many jobs run at once. */
    readonly size: number,
    private readonly createWorker: () => LabWorkerHandle = createLabWorker,
  ) {}

  /** Runs `jobs` (any batch still running is cancelled first); resolves when all are done, cancelled or one fails twice. */
  run(jobs: LabJob[], backend: BackendChoice, listener: LabBatchListener): Promise<LabBatchEnd> {
    this.cancel();
    return new Promise((resolve) => {
      this.batch = {
        jobs,
        queue: jobs.map((_, index) => index),
        attempts: jobs.map(() => 0),
        epochsDone: 0,
        finished: 0,
        backend,
        listener,
        end: (outcome) => {
          this.batch = undefined;
          resolve(outcome);
        },
      };
      if (jobs.length === 0) this.batch.end({ kind: 'finished' });
      else this.fill();
    });
  }

  /** Stops the running batch: queued jobs are dropped and running ones told to stop, freeing their tensors. */
  cancel(): void {
    const batch = this.batch;
    if (!batch) return;
    this.stopRunningJobs();
    batch.end({ kind: 'cancelled' });
  }

  private stopRunningJobs(): void {
    for (const slot of this.slots) {
      if (slot.running) slot.worker.postMessage({ type: 'cancel-job', jobId: slot.running.jobId });
      slot.running = undefined;
    }
  }

  /** Ends every worker. */
  dispose(): void {
    this.cancel();
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }

  private startWorker(): Slot {
    const slot: Slot = { worker: this.createWorker() };
    slot.worker.addEventListener('message', (event) => this.handle(slot, event.data));
    slot.worker.addEventListener('error', (event) => this.fail(slot, event.message || 'A lab worker failed'));
    return slot;
  }

  private fill(): void {
    const batch = this.batch;
    if (!batch) return;
    while (this.slots.length < this.size) this.slots.push(this.startWorker());
    for (const slot of this.slots) {
      if (slot.running) continue;
      const index = batch.queue.shift();
      if (index === undefined) return;
      const jobId = this.nextJobId++;
      batch.attempts[index] = (batch.attempts[index] as number) + 1;
      slot.running = { index, jobId, epochs: 0 };
      slot.worker.postMessage({ type: 'run-job', jobId, job: batch.jobs[index] as LabJob, backend: batch.backend });
    }
  }

  private handle(slot: Slot, message: FromLabWorker): void {
    const batch = this.batch;
    const running = slot.running;
    // Messages about a cancelled job (or from an earlier batch) arrive late: nothing runs under that id any more.
    if (!batch || !running || running.jobId !== message.jobId) return;
    switch (message.type) {
      case 'job-progress':
        batch.epochsDone += message.epoch - running.epochs;
        running.epochs = message.epoch;
        batch.listener.onProgress(batch.epochsDone);
        return;
      case 'job-done':
        slot.running = undefined;
        batch.finished += 1;
        batch.epochsDone += (batch.jobs[running.index]?.checkpoints.at(-1) ?? running.epochs) - running.epochs;
        batch.listener.onProgress(batch.epochsDone);
        batch.listener.onResult(running.index, message.result, message.backend);
        if (batch.finished === batch.jobs.length) batch.end({ kind: 'finished' });
        else this.fill();
        return;
      case 'job-failed':
        this.fail(slot, message.message);
        return;
      case 'job-cancelled':
        return;
    }
  }

  // Ends a failed worker and starts another in its place; its job goes back to the front of the queue once.
  private fail(slot: Slot, reason: string): void {
    slot.worker.terminate();
    this.slots = this.slots.filter((other) => other !== slot);
    const batch = this.batch;
    const running = slot.running;
    if (!batch || !running) return;
    batch.epochsDone -= running.epochs;
    if ((batch.attempts[running.index] as number) >= attemptsPerJob) {
      this.stopRunningJobs();
      batch.end({ kind: 'failed', message: reason });
      return;
    }
    batch.queue.unshift(running.index);
    this.fill();
  }
}

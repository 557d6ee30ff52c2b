import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import type { LabJob, LabJobResult } from './lab-job';
import { LabPool, labPoolSize, type LabWorkerHandle } from './lab-pool';
import type { FromLabWorker, ToLabWorker } from './lab-protocol';

// A stand-in worker that answers each job on the next tick, failing where `fails` says so.
class FakeWorker implements LabWorkerHandle {
  static started = 0;
  terminated = false;
  received: ToLabWorker[] = [];
  private listeners: ((event: MessageEvent<FromLabWorker>) => void)[] = [];
  constructor(private readonly fails: (draw: number) => boolean) {
    FakeWorker.started += 1;
  }
  postMessage(message: ToLabWorker): void {
    this.received.push(message);
    if (message.type !== 'run-job') return;
    setTimeout(() => {
      if (this.terminated) return;
      const { jobId, job } = message;
      const reply: FromLabWorker = this.fails(job.draw)
        ? { type: 'job-failed', jobId, message: 'context lost' }
        : { type: 'job-done', jobId, backend: 'wasm', result: resultOf(job) };
      this.emit({ type: 'job-progress', jobId, epoch: 1 });
      this.emit(reply);
    });
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.listeners.push(listener as (event: MessageEvent<FromLabWorker>) => void);
  }
  terminate(): void {
    this.terminated = true;
  }
  private emit(data: FromLabWorker): void {
    for (const listener of this.listeners) listener({ data } as MessageEvent<FromLabWorker>);
  }
}

function resultOf(job: LabJob): LabJobResult {
  return { checkpoints: [{ epoch: 1, testPredictions: new Float32Array([job.draw]), trainingError: job.draw }] };
}

const jobs: LabJob[] = Array.from({ length: 5 }, (_, draw) => ({ settings: defaultSettings, draw, checkpoints: [1] }));
const quietListener = { onProgress: () => undefined, onResult: () => undefined };

describe('labPoolSize', () => {
  it('leaves one core for the page and falls back to one worker', () => {
    expect(labPoolSize(8)).toBe(7);
    expect(labPoolSize(2)).toBe(1);
    expect(labPoolSize(1)).toBe(1);
    expect(labPoolSize(undefined)).toBe(1);
  });
});

describe('LabPool', () => {
  it('runs every job once, at most `size` at a time, and reports each result in place', async () => {
    const workers: FakeWorker[] = [];
    const pool = new LabPool(2, () => {
      const worker = new FakeWorker(() => false);
      workers.push(worker);
      return worker;
    });
    const seen: number[] = [];
    const end = await pool.run(jobs, 'wasm', {
      onProgress: () => undefined,
      onResult: (index, result) => seen.push(index * 10 + (result.checkpoints[0]?.trainingError ?? -1)),
    });
    expect(end).toEqual({ kind: 'finished' });
    expect(workers).toHaveLength(2);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 11, 22, 33, 44]);
  });

  it('replaces a failing worker and retries its job once', async () => {
    let failuresLeft = 1;
    const pool = new LabPool(1, () => new FakeWorker((draw) => draw === 3 && failuresLeft-- > 0));
    const started = FakeWorker.started;
    const end = await pool.run(jobs, 'wasm', quietListener);
    expect(end).toEqual({ kind: 'finished' });
    expect(FakeWorker.started - started).toBe(2);
  });

  it('fails the batch when a job fails twice', async () => {
    const pool = new LabPool(1, () => new FakeWorker((draw) => draw === 1));
    expect(await pool.run(jobs, 'wasm', quietListener)).toEqual({ kind: 'failed', message: 'context lost' });
  });

  it('cancels: queued jobs never start and running ones are told to stop', async () => {
    const workers: FakeWorker[] = [];
    const pool = new LabPool(1, () => {
      const worker = new FakeWorker(() => false);
      workers.push(worker);
      return worker;
    });
    const running = pool.run(jobs, 'wasm', quietListener);
    pool.cancel();
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(workers[0]?.received.map((message) => message.type)).toEqual(['run-job', 'cancel-job']);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../settings/schema';
import type { Checkpoint, FromWorker, ToWorker } from './protocol';
import { createRunClient, defaultTiming, type WorkerHealth, type WorkerLike } from './training-client';

// A worker stand-in: records what it is sent and lets the test speak for it.
class FakeWorker implements WorkerLike {
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: FromWorker): void {
    this.listeners.get('message')?.forEach((listener) => listener(new MessageEvent('message', { data: message })));
  }
  fail(): void {
    this.listeners.get('error')?.forEach((listener) => listener(new Event('error')));
  }
}

function supervised() {
  const workers: FakeWorker[] = [];
  const health: WorkerHealth[] = [];
  const client = createRunClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  client.onHealth((next) => health.push(next));
  const latest = () => workers.at(-1) as FakeWorker;
  return { client, workers, health, latest };
}

const checkpoint: Checkpoint = { epoch: 3, replicas: [{ step: 6, weights: [Float32Array.from([1, 2])] }] };
const task = { kind: 'regression', element: 'continuous', windowLength: 20, features: 1, knowNothingLoss: 1 } as const;

describe('createRunClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('replaces a worker that goes silent mid-run and rebuilds the run from its last checkpoint, training on', async () => {
    const { client, workers, health, latest } = supervised();
    void client.call('build', { runId: 1, settings: defaultSettings }).catch(() => undefined);
    latest().say({ type: 'alive', stalledMs: 0, quietMs: 0 });
    latest().say({ type: 'run', runId: 1, status: 'ready', points: [], built: { backend: 'wasm', passedOver: [], task } });
    latest().say({ type: 'run', runId: 1, status: 'training', points: [], checkpoint });
    vi.advanceTimersByTime(defaultTiming.silenceMs + 1_000);
    expect(workers[0]?.terminated).toBe(true);
    expect(health.at(-1)).toEqual({ state: 'replacing', reason: 'it stopped answering for 7 s', cause: { kind: 'silent', seconds: 7 } });
    vi.advanceTimersByTime(defaultTiming.backoffMs);
    expect(workers).toHaveLength(2);
    expect(latest().sent[0]).toMatchObject({ name: 'build', args: { runId: 1, resume: checkpoint } });
    expect(latest().sent[0]?.args).not.toHaveProperty('avoid');
    const build = latest().sent[0] as ToWorker;
    latest().say({ type: 'reply', callId: build.callId, ok: true, value: undefined });
    await vi.advanceTimersByTimeAsync(0);
    expect(latest().sent[1]).toMatchObject({ name: 'train' });
  });

  it('moves off a backend that lost its WebGL context or hung in a step', () => {
    const { client, latest } = supervised();
    void client.call('build', { runId: 1, settings: defaultSettings }).catch(() => undefined);
    latest().say({ type: 'run', runId: 1, status: 'ready', points: [], built: { backend: 'webgl', passedOver: [], task } });
    latest().say({ type: 'fault', fault: 'webgl-context-lost', backend: 'webgl' });
    vi.advanceTimersByTime(defaultTiming.backoffMs);
    expect(latest().sent[0]).toMatchObject({ name: 'build', args: { avoid: ['webgl'] } });
    latest().say({ type: 'run', runId: 1, status: 'ready', points: [], built: { backend: 'wasm', passedOver: [], task } });
    latest().say({ type: 'alive', stalledMs: 2 * defaultTiming.stalledMs + 1, quietMs: 0 });
    vi.advanceTimersByTime(defaultTiming.backoffMs);
    vi.advanceTimersByTime(defaultTiming.backoffMs);
    expect(latest().sent[0]).toMatchObject({ name: 'build', args: { avoid: ['webgl', 'wasm'] } });
  });

  it('rejects the commands a replaced worker never answered', async () => {
    const { client, latest } = supervised();
    const pending = client.call('checkGradients', undefined);
    latest().fail();
    await expect(pending).rejects.toThrow('The training worker was replaced: it failed');
  });

  it('gives up after failures in a row, says so, and starts afresh when revived', () => {
    const { client, workers, health, latest } = supervised();
    for (let attempt = 1; attempt <= defaultTiming.maxRestarts + 1; attempt += 1) {
      latest().fail();
      vi.advanceTimersByTime(defaultTiming.backoffMs * attempt);
    }
    expect(health.at(-1)).toEqual({ state: 'down', reason: 'it failed', cause: { kind: 'failed' } });
    expect(workers).toHaveLength(defaultTiming.maxRestarts + 1);
    client.revive();
    expect(workers).toHaveLength(defaultTiming.maxRestarts + 2);
    latest().say({ type: 'alive', stalledMs: 0, quietMs: 0 });
    expect(health.at(-1)).toEqual({ state: 'alive' });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Checkpoint } from '../worker/protocol';
import type { EpochPoint } from './run-slice';
import { epochsPerChunk, maxSavedEpochs, maxSavedWeights, saveDelayMs, startPersistence, type RunStorage } from './persistence';
import { createPlaygroundStore } from './store';

const point = (epoch: number): EpochPoint => ({
  epoch,
  trainLoss: 1 / epoch,
  valLoss: 0.5 + 1 / epoch,
  objective: 1 / epoch,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});
const epochs = (from: number, count: number) => Array.from({ length: count }, (_, index) => point(from + index));

// An in-memory storage that counts what each save writes, as IndexedDB would keep it (structured clones).
function memoryStorage() {
  const entries = new Map<string, unknown>();
  const writes: string[] = [];
  const storage: RunStorage = {
    get: async <Value>(key: string) => structuredClone(entries.get(key)) as Value | undefined,
    set: async (key, value) => {
      writes.push(key);
      entries.set(key, structuredClone(value));
    },
    delete: async (keys) => {
      for (const key of keys) entries.delete(key);
    },
  };
  return { storage, entries, writes };
}

async function settle(persistence: { flush(): Promise<void> }) {
  await vi.advanceTimersByTimeAsync(saveDelayMs + 10);
  await persistence.flush();
}

describe('startPersistence', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('brings back the live run’s curves, changes and pins on a page with the same settings', async () => {
    const { storage } = memoryStorage();
    const first = createPlaygroundStore();
    const saving = startPersistence(first, storage);
    await saving.restored;
    first.getState().mirrorRun({ type: 'run', runId: first.getState().runId, status: 'training', points: epochs(1, 1200) });
    first.getState().recordChanges([{ epoch: 3, name: 'l2', from: 0, to: 0.001 }]);
    first.getState().pin(first.getState().settings, epochs(1, 5));
    await settle(saving);

    const second = createPlaygroundStore();
    const restoring = startPersistence(second, storage);
    expect(await restoring.restored).toBe('curves');
    expect(second.getState().history).toEqual(epochs(1, 1200));
    expect(second.getState().changes).toEqual([{ epoch: 3, name: 'l2', from: 0, to: 0.001 }]);
    expect(second.getState().pinned.map((run) => run.history.length)).toEqual([5]);
  });

  it('appends: a save after more epochs rewrites only the last chunk and the new ones', async () => {
    const { storage, writes } = memoryStorage();
    const store = createPlaygroundStore();
    const persistence = startPersistence(store, storage);
    await persistence.restored;
    store
      .getState()
      .mirrorRun({ type: 'run', runId: store.getState().runId, status: 'training', points: epochs(1, 3 * epochsPerChunk + 10) });
    await settle(persistence);
    writes.length = 0;
    store
      .getState()
      .mirrorRun({ type: 'run', runId: store.getState().runId, status: 'training', points: epochs(3 * epochsPerChunk + 11, 600) });
    await settle(persistence);
    expect(writes).toEqual(['live:3', 'live:4', 'live']);
  });

  it('keeps a different run’s curves out of the live run, and caps a run at maxSavedEpochs', async () => {
    const { storage, entries } = memoryStorage();
    const first = createPlaygroundStore();
    const saving = startPersistence(first, storage);
    await saving.restored;
    first.getState().mirrorRun({ type: 'run', runId: first.getState().runId, status: 'training', points: epochs(1, maxSavedEpochs + 50) });
    await settle(saving);
    expect(entries.get('live')).toMatchObject({ epochs: maxSavedEpochs });

    const other = createPlaygroundStore();
    other.getState().changeSetting('hiddenUnits', 8);
    expect(await startPersistence(other, storage).restored).toBe('nothing');
    expect(other.getState().history).toEqual([]);
  });

  it('pins the restored curves when a fresh model trains, and forgets everything on request', async () => {
    const { storage, entries } = memoryStorage();
    const first = createPlaygroundStore();
    const saving = startPersistence(first, storage);
    await saving.restored;
    first.getState().mirrorRun({ type: 'run', runId: first.getState().runId, status: 'training', points: epochs(1, 40) });
    await settle(saving);

    const second = createPlaygroundStore();
    const restoring = startPersistence(second, storage);
    await restoring.restored;
    second.getState().mirrorRun({ type: 'run', runId: second.getState().runId, status: 'training', points: epochs(1, 2) });
    expect(second.getState().history).toEqual(epochs(1, 2));
    expect(second.getState().pinned.map((run) => run.history)).toEqual([epochs(1, 40)]);

    await restoring.forget();
    expect([...entries.keys()]).toEqual([]);
    second.getState().mirrorRun({ type: 'run', runId: second.getState().runId, status: 'training', points: epochs(3, 5) });
    await settle(restoring);
    expect([...entries.keys()]).toEqual([]);
  });

  it('keeps the model with its curves, so a reload carries the run on from the checkpoint’s epoch', async () => {
    const { storage, entries } = memoryStorage();
    const first = createPlaygroundStore();
    const saving = startPersistence(first, storage, () => undefined);
    await saving.restored;
    const checkpoint = (epoch: number): Checkpoint => ({ epoch, replicas: [{ step: epoch * 4, weights: [Float32Array.of(epoch, 2, 3)] }] });
    // The weights come with the points of the same event: as of the last epoch sent.
    const runId = first.getState().runId;
    first.getState().mirrorRun({ type: 'run', runId, status: 'training', points: epochs(1, 6), checkpoint: checkpoint(6) });
    first.getState().recordChanges([{ epoch: 5, name: 'l2', from: 0, to: 0.001 }]);
    await settle(saving);

    const second = createPlaygroundStore();
    const resumed: Checkpoint[] = [];
    const restoring = startPersistence(second, storage, (model) => resumed.push(model));
    expect(await restoring.restored).toBe('model');
    expect(resumed).toEqual([checkpoint(6)]);
    expect(second.getState().history).toEqual(epochs(1, 6));
    // The carried-on run's epochs follow the restored ones: nothing is pinned.
    second.getState().mirrorRun({ type: 'run', runId: second.getState().runId, status: 'training', points: epochs(7, 2) });
    expect(second.getState().history).toEqual(epochs(1, 8));
    expect(second.getState().pinned).toEqual([]);

    // A run that diverged keeps its curves only: its weights are not worth carrying on.
    second.getState().mirrorRun({
      type: 'run',
      runId: second.getState().runId,
      status: 'diverged',
      points: [],
      stop: { reason: 'diverged', epoch: 8 },
      checkpoint: checkpoint(8),
    });
    await settle(restoring);
    expect(entries.has('checkpoint')).toBe(false);
    // Nor is a model larger than the cap kept.
    const large: Checkpoint = { epoch: 9, replicas: [{ step: 36, weights: [new Float32Array(maxSavedWeights + 1)] }] };
    second.getState().mirrorRun({ type: 'run', runId: second.getState().runId, status: 'paused', points: epochs(9, 1), checkpoint: large });
    await settle(restoring);
    expect(entries.has('checkpoint')).toBe(false);
    expect(await startPersistence(createPlaygroundStore(), storage, () => undefined).restored).toBe('curves');
  });

  it('rebuilds a resumed run under a new id, keeping its epochs and changes up to the checkpoint only', () => {
    const store = createPlaygroundStore();
    const runId = store.getState().runId;
    store.getState().mirrorRun({ type: 'run', runId, status: 'paused', points: epochs(1, 9) });
    store.getState().recordChanges([
      { epoch: 3, name: 'l2', from: 0, to: 0.001 },
      { epoch: 8, name: 'l1', from: 0, to: 0.001 },
    ]);
    const checkpoint: Checkpoint = { epoch: 5, replicas: [] };
    expect(store.getState().beginResumedRun(checkpoint)).toBe(runId + 1);
    expect(store.getState()).toMatchObject({ status: 'building', checkpoint, history: epochs(1, 5) });
    expect(store.getState().changes.map((change) => change.epoch)).toEqual([3]);
  });
});

import { changedTrainingSettings, type Settings } from '../settings/schema';
import type { Checkpoint } from '../worker/protocol';
import type { PinnedRun } from './pins-slice';
import type { EpochPoint, KnobChange, StopDetails } from './run-slice';
import type { PlaygroundStore } from './store';

/** Where saved runs are kept: a key–value store (IndexedDB in the page, a Map in tests). */
export interface RunStorage {
  get<Value>(key: string): Promise<Value | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Most epochs kept of one run: the epoch budget's maximum. Later epochs of a longer run are not saved. */
export const maxSavedEpochs = 20_000;

/** Epochs per stored chunk: a save writes only the chunks that changed, never the whole history. */
export const epochsPerChunk = 500;

/** Quiet time (ms) after a change before it is saved: a run trains on between saves. */
export const saveDelayMs = 1500;

/**
 * Largest model kept across reloads, in weights of all seeds together (16 MB of float32). The default
 * model has about 4,300; the largest set-up (3 layers of 256 units) 1.3 million a seed, so with 4 or more
 * seeds it keeps its curves only: writing tens of megabytes at every save would stall the page.
 */
export const maxSavedWeights = 4_000_000;

interface LiveRecord {
  version: 1;
  settings: Settings;
  changes: KnobChange[];
  stopDetails: StopDetails | undefined;
  /** Epochs saved, in chunks `live:0`, `live:1`, … */
  epochs: number;
  /** The epoch of the weights saved under `checkpoint`, if any were. */
  checkpointEpoch?: number;
}

const keys = { live: 'live', pins: 'pins', checkpoint: 'checkpoint', chunk: (index: number) => `live:${index}` } as const;

/** What came back of the last visit: nothing, the live run's curves, or its curves and its model too. */
export type Restored = 'nothing' | 'curves' | 'model';

/** What a page has done with saved runs: whether curves came back, and how to forget them. */
export interface Persistence {
  /** Resolves once saved runs are back in the store (or there were none), saying what of the live run came back. */
  restored: Promise<Restored>;
  /** Deletes every saved run and saves nothing more during this visit. */
  forget(): Promise<void>;
  /** Saves what is pending now (the page calls it when it is hidden). */
  flush(): Promise<void>;
}

// A run is the one saved when it has the same training settings: the settings that only change the picture may differ.
function sameRun(saved: Settings, current: Settings): boolean {
  return (
    saved.task !== 'series' &&
    saved.task === current.task &&
    changedTrainingSettings(saved, current).length === 0 &&
    saved.seed === current.seed
  );
}

// Weights in a checkpoint, over all its seeds.
const weightCount = (checkpoint: Checkpoint) =>
  checkpoint.replicas.reduce((sum, replica) => sum + replica.weights.reduce((count, weights) => count + weights.length, 0), 0);

/**
 * Keeps the live run's history (with its knob changes and how it stopped), its last weights checkpoint
 * and the pinned runs across reloads. On start it puts back the pinned runs, and the live run's curves
 * when the page opens with the same settings and nothing trained yet; with the checkpoint it hands
 * `resume` the weights, so the run carries on from that epoch (its optimizer's moments start afresh). A
 * run whose model was not kept (diverged, failed, too large) keeps its curves only: when the worker's
 * fresh run posts its first epoch, they move to a pinned run (if there is room) so that they stay on the
 * chart. Saves are debounced and append-only (changed chunks of `epochsPerChunk` epochs).
 */
export function startPersistence(store: PlaygroundStore, storage: RunStorage, resume?: (checkpoint: Checkpoint) => void): Persistence {
  let saving = true;
  let savedHistory: EpochPoint[] = [];
  let savedEpochs = 0;
  let savedChunks = 0;
  let savedPins: PinnedRun[] | undefined;
  let savedRecord: Pick<LiveRecord, 'changes' | 'stopDetails' | 'settings'> | Record<string, never> = {};
  let savedCheckpoint: Checkpoint | undefined;
  let restoredHistory: EpochPoint[] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue = Promise.resolve();

  const saveNow = async () => {
    const state = store.getState();
    if (!saving) return;
    if (state.pinned !== savedPins) {
      savedPins = state.pinned;
      await storage.set(
        keys.pins,
        state.pinned.map((run) => ({ ...run, history: run.history.slice(0, maxSavedEpochs) })),
      );
    }
    if (
      state.history === savedHistory &&
      state.changes === savedRecord.changes &&
      state.stopDetails === savedRecord.stopDetails &&
      state.settings === savedRecord.settings
    )
      return;
    const history = state.history.slice(0, maxSavedEpochs);
    // A history that is not the saved one grown longer (a reset, a new run) is saved from its start.
    const appended = history.length >= savedEpochs && savedEpochs > 0 && history[savedEpochs - 1] === savedHistory[savedEpochs - 1];
    const firstChunk = appended ? Math.floor(savedEpochs / epochsPerChunk) : 0;
    const chunks = Math.ceil(history.length / epochsPerChunk);
    for (let index = firstChunk; index < chunks; index += 1)
      await storage.set(keys.chunk(index), history.slice(index * epochsPerChunk, (index + 1) * epochsPerChunk));
    if (savedChunks > chunks)
      await storage.delete(Array.from({ length: savedChunks - chunks }, (_, offset) => keys.chunk(chunks + offset)));
    // The weights are worth keeping only where training can go on from them, and only as of a saved epoch.
    const checkpoint = state.checkpoint;
    const keep =
      checkpoint !== undefined &&
      checkpoint.epoch > 0 &&
      checkpoint.epoch <= (history.at(-1)?.epoch ?? 0) &&
      state.stopDetails?.reason !== 'diverged' &&
      state.stopDetails?.reason !== 'failed' &&
      weightCount(checkpoint) <= maxSavedWeights;
    if (keep && checkpoint !== savedCheckpoint) await storage.set(keys.checkpoint, checkpoint);
    if (!keep && savedCheckpoint) await storage.delete([keys.checkpoint]);
    savedCheckpoint = keep ? checkpoint : undefined;
    const record: LiveRecord = {
      version: 1,
      settings: state.settings,
      changes: state.changes,
      stopDetails: state.stopDetails,
      epochs: history.length,
      ...(keep ? { checkpointEpoch: checkpoint.epoch } : {}),
    };
    await storage.set(keys.live, record);
    [savedHistory, savedEpochs, savedChunks] = [state.history, history.length, chunks];
    savedRecord = { changes: state.changes, stopDetails: state.stopDetails, settings: state.settings };
  };
  const flush = () => {
    clearTimeout(timer);
    queue = queue.then(saveNow).catch((error: unknown) => console.warn('Saving the runs failed; they will not survive a reload.', error));
    return queue;
  };

  const restore = async (): Promise<Restored> => {
    const [pins, live] = await Promise.all([storage.get<PinnedRun[]>(keys.pins), storage.get<LiveRecord>(keys.live)]);
    if (pins && pins.length > 0 && store.getState().pinned.length === 0) store.setState({ pinned: pins });
    savedPins = store.getState().pinned;
    const state = store.getState();
    if (!live || live.version !== 1 || live.epochs === 0 || state.history.length > 0 || !sameRun(live.settings, state.settings))
      return 'nothing';
    const [model, chunks] = await Promise.all([
      live.checkpointEpoch === undefined || !resume ? undefined : storage.get<Checkpoint>(keys.checkpoint),
      Promise.all(
        Array.from({ length: Math.ceil(live.epochs / epochsPerChunk) }, (_, index) => storage.get<EpochPoint[]>(keys.chunk(index))),
      ),
    ]);
    const history = chunks.flatMap((chunk) => chunk ?? []);
    if (history.length !== live.epochs || store.getState().history.length > 0) return 'nothing';
    [savedHistory, savedEpochs, savedChunks] = [history, history.length, chunks.length];
    if (model && resume && model.epoch === live.checkpointEpoch) {
      savedCheckpoint = model;
      store.setState({ history, changes: live.changes, stopDetails: live.stopDetails });
      resume(model);
      return 'model';
    }
    restoredHistory = history;
    store.setState({ history, changes: live.changes, stopDetails: live.stopDetails });
    return 'curves';
  };

  const restored = restore().catch((error: unknown): Restored => {
    console.warn('Reading the saved runs failed; the page starts without them.', error);
    return 'nothing';
  });

  void restored.then(() =>
    store.subscribe((state, previous) => {
      const restoredRun = restoredHistory;
      // The worker trained a fresh model after restored curves: they become a pinned run, the new epochs the live run.
      if (
        restoredRun &&
        state.history !== previous.history &&
        state.history.length > restoredRun.length &&
        state.history[0] === restoredRun[0]
      ) {
        restoredHistory = undefined;
        const fresh = state.history.slice(restoredRun.length);
        if ((fresh[0]?.epoch ?? Infinity) <= (restoredRun.at(-1)?.epoch ?? 0)) {
          state.pin(state.settings, restoredRun);
          store.setState({ history: fresh, changes: [], stopDetails: undefined });
          return;
        }
      }
      if (state.history !== previous.history && state.history[0] !== restoredRun?.[0]) restoredHistory = undefined;
      if (
        state.history === previous.history &&
        state.pinned === previous.pinned &&
        state.changes === previous.changes &&
        state.stopDetails === previous.stopDetails
      )
        return;
      if (!saving) return;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), saveDelayMs);
    }),
  );

  return {
    restored,
    flush,
    async forget() {
      saving = false;
      clearTimeout(timer);
      await queue;
      await storage.delete([
        keys.live,
        keys.pins,
        keys.checkpoint,
        ...Array.from({ length: Math.ceil(maxSavedEpochs / epochsPerChunk) }, (_, index) => keys.chunk(index)),
      ]);
    },
  };
}

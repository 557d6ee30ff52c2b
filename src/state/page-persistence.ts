import { createStore, delMany, get, set } from 'idb-keyval';
import type { Checkpoint } from '../worker/protocol';
import { startPersistence, type Persistence, type RunStorage } from './persistence';
import type { PlaygroundStore } from './store';

/** The browser's IndexedDB as run storage (database "overfitting-playground", object store "runs"). */
export function indexedDbStorage(): RunStorage {
  const database = createStore('overfitting-playground', 'runs');
  return {
    get: (key) => get(key, database),
    set: (key, value) => set(key, value, database),
    delete: (keys) => delMany(keys, database),
  };
}

let pagePersistence: Persistence | undefined;

/** Starts keeping the page's runs across reloads (once), saving at once when the page is hidden; `resume` carries a saved model on. */
export function startPagePersistence(store: PlaygroundStore, resume: (checkpoint: Checkpoint) => void): Persistence {
  if (pagePersistence) return pagePersistence;
  const persistence = startPersistence(store, indexedDbStorage(), resume);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void persistence.flush();
  });
  pagePersistence = persistence;
  return persistence;
}

/** Deletes the page's saved runs and saves no more during this visit (nothing when persistence never started). */
export async function forgetSavedRuns(): Promise<void> {
  await pagePersistence?.forget();
}

/** The page's persistence, once started. */
export function startedPersistence(): Persistence | undefined {
  return pagePersistence;
}

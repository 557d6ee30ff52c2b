import { createStore, useStore } from 'zustand';
import { augmenting } from '../data/augment';
import { createBackendSlice, type BackendSlice } from './backend-slice';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createPinsSlice, type PinsSlice } from './pins-slice';
import { createRunSlice, type RunSlice } from './run-slice';
import { createSeriesSlice, type SeriesSlice } from './series-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

/** Everything the page shows: settings, the uploaded series, the run, the pinned runs, the backends' speeds and the lab. */
export type PlaygroundState = SettingsSlice & SeriesSlice & RunSlice & PinsSlice & BackendSlice & LabSlice;

/** The store as a plain object, for code outside React. */
export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

/** A fresh store; the page makes one, tests make their own. */
export function createPlaygroundStore() {
  return createStore<PlaygroundState>()((...parts) => ({
    ...createSettingsSlice(...parts),
    ...createSeriesSlice(...parts),
    ...createRunSlice(...parts),
    ...createPinsSlice(...parts),
    ...createBackendSlice(...parts),
    ...createLabSlice(...parts),
  }));
}

/** The page's store. */
export const playgroundStore = createPlaygroundStore();

/** Reads a slice of the page's store in a component, re-rendering when it changes. */
export function usePlayground<Selected>(selector: (state: PlaygroundState) => Selected): Selected {
  return useStore(playgroundStore, selector);
}

/** True when at least one augmentation operation is on. */
export function selectAugmenting(state: PlaygroundState): boolean {
  return augmenting(state.settings);
}

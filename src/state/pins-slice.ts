import type { StateCreator } from 'zustand';
import type { EpochPoint } from '../model/trainer';
import type { Settings } from '../settings/schema';

/** Most runs kept pinned at once; more would crowd the chart. */
export const maxPinnedRuns = 5;

/** A finished or paused run kept on the chart for comparison. */
export interface PinnedRun {
  /** Stable within the page, for keys and names. */
  id: number;
  settings: Settings;
  history: EpochPoint[];
  hidden: boolean;
}

/** The pinned runs, oldest first. */
export interface PinsSlice {
  pinned: PinnedRun[];
  /** Keeps a run's settings and history (ignored when the list is full or the run has no epochs). */
  pin: (settings: Settings, history: EpochPoint[]) => void;
  unpin: (id: number) => void;
  toggleHidden: (id: number) => void;
}

/** Builds the pins slice of the store. */
export const createPinsSlice: StateCreator<PinsSlice, [], [], PinsSlice> = (set) => ({
  pinned: [],
  pin: (settings, history) =>
    set((state) =>
      state.pinned.length >= maxPinnedRuns || history.length === 0
        ? state
        : { pinned: [...state.pinned, { id: Math.max(0, ...state.pinned.map((run) => run.id)) + 1, settings, history, hidden: false }] },
    ),
  unpin: (id) => set((state) => ({ pinned: state.pinned.filter((run) => run.id !== id) })),
  toggleHidden: (id) => set((state) => ({ pinned: state.pinned.map((run) => (run.id === id ? { ...run, hidden: !run.hidden } : run)) })),
});

import type { StateCreator } from 'zustand';
import type { EpochPoint } from '../model/trainer';
import type { BackendName, StopReason } from '../worker/protocol';

/** One epoch's losses, re-exported so the view never reaches into the model. */
export type { EpochPoint };

/** Where the run stands, as the page shows it. */
export type RunStatus = 'starting' | 'ready' | 'training' | StopReason | 'error';

/** The run being shown: its id, status, backend and full history (never downsampled here). */
export interface RunSlice {
  runId: number;
  status: RunStatus;
  backend: BackendName | undefined;
  /** Why the backend is not the first one tried, when it is not. */
  backendNote: string | undefined;
  /** One point per epoch, oldest first. */
  history: EpochPoint[];
  /** The last error's words, when status is 'error'. */
  errorMessage: string | undefined;
  /** Starts a new, empty run under a new id. */
  beginRun: () => number;
  /** Marks the run's status. */
  setStatus: (status: RunStatus) => void;
  /** The run is built on `backend`. */
  markReady: (backend: BackendName, note: string | undefined) => void;
  /** Adds a batch of epoch points. */
  appendPoints: (points: EpochPoint[]) => void;
  /** Stops on an error and keeps its message. */
  fail: (message: string) => void;
}

/** Builds the run slice of the store. */
export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => ({
  runId: 0,
  status: 'starting',
  backend: undefined,
  backendNote: undefined,
  history: [],
  errorMessage: undefined,
  beginRun() {
    const runId = get().runId + 1;
    set({ runId, status: 'starting', history: [], errorMessage: undefined });
    return runId;
  },
  setStatus: (status) => set({ status }),
  // Train may have been pressed while the run was being built: then it is already training.
  markReady: (backend, backendNote) =>
    set((state) => ({ status: state.status === 'starting' ? 'ready' : state.status, backend, backendNote })),
  appendPoints: (points) => set((state) => ({ history: state.history.concat(points) })),
  fail: (errorMessage) => set({ status: 'error', errorMessage }),
});

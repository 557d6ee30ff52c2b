import type { StateCreator } from 'zustand';
import { defaultLabSetup, type LabSetup } from '../settings/lab-setup';
import type { TaskName } from '../settings/schema';
import type { LabRow } from '../stats/sweep-row';

/** Where a sweep stands. */
export type SweepStatus = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

/** The last sweep started: its set-up, progress and rows so far. */
export interface SweepState {
  status: SweepStatus;
  /** The set-up it ran with (the panel's may have changed since). */
  setup: LabSetup;
  task: TaskName;
  rows: LabRow[];
  epochsDone: number;
  totalEpochs: number;
  /** performance.now() when it started, in milliseconds. */
  startedAtMs: number;
  /** Estimated from the pace so far; undefined until the first epoch is in. */
  secondsLeft?: number;
  /** The backend the lab's workers train on. */
  backend?: string;
  /** Why it failed. */
  message?: string;
}

/** The bias–variance lab: its set-up (in the URL), whether it is open, and the last sweep. */
export interface LabSlice {
  labSetup: LabSetup;
  labOpen: boolean;
  /** How many models train at once. */
  labWorkers: number;
  sweep: SweepState;
  setLabSetup: (setup: LabSetup) => void;
  setLabOpen: (open: boolean) => void;
  /** A link was read: its lab set-up, and whether it opens the lab. */
  loadLabSetup: (setup: LabSetup, open: boolean) => void;
  setLabWorkers: (workers: number) => void;
  sweepStarted: (setup: LabSetup, task: TaskName, totalEpochs: number, nowMs: number) => void;
  sweepProgressed: (epochsDone: number, nowMs: number) => void;
  sweepRowsChanged: (rows: LabRow[], backend: string) => void;
  sweepEnded: (status: Exclude<SweepStatus, 'idle' | 'running'>, message?: string) => void;
}

const idleSweep: SweepState = {
  status: 'idle',
  setup: defaultLabSetup,
  task: 'sines',
  rows: [],
  epochsDone: 0,
  totalEpochs: 0,
  startedAtMs: 0,
};

/** Builds the lab slice of the store. */
export const createLabSlice: StateCreator<LabSlice, [], [], LabSlice> = (set) => ({
  labSetup: defaultLabSetup,
  labOpen: false,
  labWorkers: 1,
  sweep: idleSweep,
  setLabSetup: (labSetup) => set({ labSetup }),
  setLabOpen: (labOpen) => set({ labOpen }),
  loadLabSetup: (labSetup, open) => set((state) => ({ labSetup, labOpen: state.labOpen || open })),
  setLabWorkers: (labWorkers) => set({ labWorkers }),
  sweepStarted: (setup, task, totalEpochs, nowMs) =>
    set({ sweep: { status: 'running', setup, task, rows: [], epochsDone: 0, totalEpochs, startedAtMs: nowMs } }),
  sweepProgressed: (epochsDone, nowMs) =>
    set((state) => {
      const { sweep } = state;
      if (sweep.status !== 'running') return state;
      const elapsedSeconds = (nowMs - sweep.startedAtMs) / 1000;
      const secondsLeft = epochsDone > 0 ? (elapsedSeconds / epochsDone) * (sweep.totalEpochs - epochsDone) : undefined;
      return { sweep: { ...sweep, epochsDone, ...(secondsLeft === undefined ? {} : { secondsLeft }) } };
    }),
  sweepRowsChanged: (rows, backend) => set((state) => ({ sweep: { ...state.sweep, rows, backend } })),
  sweepEnded: (status, message) =>
    set((state) => ({
      sweep: {
        ...state.sweep,
        status,
        ...(status === 'finished' ? { epochsDone: state.sweep.totalEpochs, secondsLeft: 0 } : {}),
        ...(message === undefined ? {} : { message }),
      },
    })),
});

/** One swept value's row of the table (re-exported for the page, which imports the state layer only). */
export type { LabRow } from '../stats/sweep-row';

import type { StateCreator } from 'zustand';
import type { GradientCheck } from '../model/gradient-check';
import type { GateActivations, ModelInspection, SampleInspection } from '../model/inspection';
import type { AugmentationPreview, DivergenceReport, EarlyStopReport, EpochPoint } from '../model/trainer';
import type { SettingName, Settings } from '../settings/schema';
import type { BackendName, StopReason, TaskSummary } from '../worker/protocol';

/** The model's and worker's reports, re-exported so the view never reaches into them. */
export type {
  AugmentationPreview,
  DivergenceReport,
  EarlyStopReport,
  EpochPoint,
  GateActivations,
  GradientCheck,
  ModelInspection,
  SampleInspection,
  TaskSummary,
};

/** A gradient check of the run's model after some epoch. */
export interface GradientCheckReport {
  epoch: number;
  check: GradientCheck;
}

/** The model's inner workings after some epoch, as the worker last reported them. */
export interface ModelSnapshot {
  epoch: number;
  inspection: ModelInspection;
}

/** A live setting moved during a run: after which epoch, which one, from what to what. */
export interface KnobChange {
  /** The last epoch completed before the change; the change acts from the next step on. */
  epoch: number;
  name: SettingName;
  from: Settings[SettingName];
  to: Settings[SettingName];
  /** When it was made (ms since 1970), so that a burst of moves to one knob can be shown as one change. */
  at?: number;
}

/** How the last start or step command ended. */
export interface StopDetails {
  reason: StopReason;
  /** The last epoch completed when it ended. */
  epoch: number;
  earlyStop?: EarlyStopReport;
  divergence?: DivergenceReport;
}

/** Where the run stands, as the page shows it; `needs-series` waits for a CSV file before it can be built. */
export type RunStatus = 'starting' | 'needs-series' | 'ready' | 'training' | StopReason | 'error';

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
  /** How the last command ended, when it was early stopping or divergence that ended it. */
  stopDetails: StopDetails | undefined;
  /** Every live setting moved while this run had epochs behind it, oldest first. */
  changes: KnobChange[];
  /** The run's task as built, once ready. */
  task: TaskSummary | undefined;
  /** Training samples before and after the next pass's augmentation. */
  preview: AugmentationPreview[] | undefined;
  /** The latest look inside the model, while the views ask for one. */
  snapshot: ModelSnapshot | undefined;
  /** The last gradient check of this run; `checking` while one is on its way. */
  gradientCheck: GradientCheckReport | 'checking' | undefined;
  /** Starts a new, empty run under a new id. */
  beginRun: () => number;
  /** Marks the run's status. */
  setStatus: (status: RunStatus) => void;
  /** A command ended: keeps how, for the page to explain. */
  stopWith: (details: StopDetails) => void;
  /** Adds knob changes to the run's record. */
  recordChanges: (changes: KnobChange[]) => void;
  /** The run is built on `backend`, for `task`. */
  markReady: (backend: BackendName, note: string | undefined, task: TaskSummary) => void;
  /** Shows a new augmentation preview. */
  showPreview: (preview: AugmentationPreview[]) => void;
  /** Keeps a gradient check's result, or marks one as under way. */
  showGradientCheck: (report: GradientCheckReport | 'checking') => void;
  /** Shows a new look inside the model. */
  showSnapshot: (snapshot: ModelSnapshot) => void;
  /** Adds a batch of epoch points. */
  appendPoints: (points: EpochPoint[]) => void;
  /** Stops on an error and keeps its message. */
  fail: (message: string) => void;
}

// A setting moved again after the same epoch (a dragged slider moves many times) is one change, from
// its first value to its last; moved back where it was, it is no change at all.
function mergeChange(changes: KnobChange[], change: KnobChange): KnobChange[] {
  const earlier = changes.findIndex((entry) => entry.epoch === change.epoch && entry.name === change.name);
  if (earlier < 0) return [...changes, change];
  const merged = { ...change, from: (changes[earlier] as KnobChange).from };
  const others = changes.filter((_, index) => index !== earlier);
  return merged.from === merged.to ? others : [...others, merged];
}

// What a run starts with; the backend outlives runs.
const freshRun = {
  status: 'starting',
  history: [],
  errorMessage: undefined,
  stopDetails: undefined,
  changes: [],
  task: undefined,
  preview: undefined,
  snapshot: undefined,
  gradientCheck: undefined,
} satisfies Partial<RunSlice>;

/** Builds the run slice of the store. */
export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => ({
  runId: 0,
  backend: undefined,
  backendNote: undefined,
  ...freshRun,
  beginRun() {
    const runId = get().runId + 1;
    set({ runId, ...freshRun });
    return runId;
  },
  setStatus: (status) => set({ status }),
  stopWith: (details) => set({ status: details.reason, stopDetails: details }),
  recordChanges: (changes) => set((state) => ({ changes: changes.reduce(mergeChange, state.changes) })),
  // Train may have been pressed while the run was being built: then it is already training.
  markReady: (backend, backendNote, task) =>
    set((state) => ({ status: state.status === 'starting' ? 'ready' : state.status, backend, backendNote, task })),
  showPreview: (preview) => set({ preview }),
  showSnapshot: (snapshot) => set({ snapshot }),
  showGradientCheck: (gradientCheck) => set({ gradientCheck }),
  appendPoints: (points) => set((state) => ({ history: state.history.concat(points) })),
  fail: (errorMessage) => set({ status: 'error', errorMessage }),
});

import type { StateCreator } from 'zustand';
import type { GradientCheck, VariableName } from '../model/gradient-check';
import type { GateActivations, ModelInspection, SampleInspection } from '../model/inspection';
import type { AugmentationPreview, DivergenceReport, EarlyStopReport, EpochPoint } from '../model/trainer';
import type { SettingName, Settings } from '../settings/schema';
import type { BackendName, Checkpoint, PassedOver, RunEvent, RunStatus, StopDetails, TaskSummary } from '../worker/protocol';
import type { WorkerHealth } from '../worker/training-client';

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
  VariableName,
  WorkerHealth,
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

/** How the run last stopped, as the worker told it. */
export type { StopDetails };

/**
 * Where the run stands, as the page shows it: the worker's status, mirrored; `needs-series` when no run
 * can be built until a CSV file is loaded.
 */
export type PageRunStatus = RunStatus | 'needs-series';

/** The run being shown: a mirror of the worker's run events (its id, status, backend and full history, never downsampled here). */
export interface RunSlice {
  runId: number;
  status: PageRunStatus;
  backend: BackendName | undefined;
  /** Why each backend tried before the one in use was passed over (empty when it was the first). */
  passedOver: PassedOver[];
  /** One point per epoch, oldest first. */
  history: EpochPoint[];
  /** How the run last stopped (paused, stepped, finished, early-stopped, diverged or failed). */
  stopDetails: StopDetails | undefined;
  /** The run's weights as of its last epoch shown (or as built), kept so that a reload can carry the run on. */
  checkpoint: Checkpoint | undefined;
  /** Whether the training worker is there, as its supervisor reports it. */
  workerHealth: WorkerHealth;
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
  /** Starts a new, empty run under a new id; `needs-series` when it cannot be built yet. */
  beginRun: (status?: 'building' | 'needs-series') => number;
  /** Starts a new id for the run shown, keeping its history: it is being rebuilt from `checkpoint` (a reload). */
  beginResumedRun: (checkpoint: Checkpoint) => number;
  /** Mirrors one of the worker's run events. */
  mirrorRun: (event: RunEvent) => void;
  /** Adds knob changes to the run's record. */
  recordChanges: (changes: KnobChange[]) => void;
  /** Shows a new augmentation preview. */
  showPreview: (preview: AugmentationPreview[]) => void;
  /** Keeps a gradient check's result, or marks one as under way. */
  showGradientCheck: (report: GradientCheckReport | 'checking' | undefined) => void;
  /** Shows a new look inside the model. */
  showSnapshot: (snapshot: ModelSnapshot) => void;
  /** Mirrors the supervisor's word on the worker. */
  setWorkerHealth: (health: WorkerHealth) => void;
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
  history: [],
  stopDetails: undefined,
  checkpoint: undefined,
  changes: [],
  task: undefined,
  preview: undefined,
  snapshot: undefined,
  gradientCheck: undefined,
} satisfies Partial<RunSlice>;

/** Builds the run slice of the store. */
export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set, get) => ({
  runId: 0,
  status: 'building',
  backend: undefined,
  passedOver: [],
  ...freshRun,
  workerHealth: { state: 'starting' },
  beginRun(status = 'building') {
    const runId = get().runId + 1;
    set({ runId, status, ...freshRun });
    return runId;
  },
  beginResumedRun(checkpoint) {
    const runId = get().runId + 1;
    // Epochs after the checkpoint were not kept with it: the rebuilt run trains them again.
    set((state) => ({
      runId,
      status: 'building',
      checkpoint,
      history: state.history.filter((point) => point.epoch <= checkpoint.epoch),
      changes: state.changes.filter((change) => change.epoch <= checkpoint.epoch),
    }));
    return runId;
  },
  mirrorRun: (event) =>
    set((state) => {
      const built = event.built;
      // A run rebuilt from a checkpoint in a new worker carries on after the checkpoint's epoch.
      const kept = built?.resumedAt === undefined ? state.history : state.history.filter((point) => point.epoch <= (built.resumedAt ?? 0));
      return {
        status: event.status,
        history: event.points.length > 0 ? kept.concat(event.points) : kept,
        stopDetails: event.status === 'training' || event.status === 'building' ? state.stopDetails : event.stop,
        checkpoint: event.checkpoint ?? state.checkpoint,
        ...(built ? { backend: built.backend, passedOver: built.passedOver, task: built.task } : {}),
      };
    }),
  recordChanges: (changes) => set((state) => ({ changes: changes.reduce(mergeChange, state.changes) })),
  showPreview: (preview) => set({ preview }),
  showSnapshot: (snapshot) => set({ snapshot }),
  showGradientCheck: (gradientCheck) => set({ gradientCheck }),
  setWorkerHealth: (workerHealth) => set({ workerHealth }),
});

import type { GradientCheck } from '../model/gradient-check';
import type { ModelInspection } from '../model/inspection';
import type { AugmentationPreview, DivergenceReport, EarlyStopReport, EpochPoint } from '../model/trainer';
import type { TaskData } from '../data/dataset';
import type { Settings } from '../settings/schema';

/** A TensorFlow.js backend the worker can run on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** Why a backend failed to start: setBackend refused it, its smoke test computed wrongly or gave no answer, or TF.js threw. */
export type StartProblem =
  { kind: 'didNotStart' | 'wrongResult' } | { kind: 'noAnswer'; seconds: number } | { kind: 'error'; detail: string };

/**
 * Why a backend was passed over before the one in use: it failed under this run before, Safari cannot run
 * WebGL in a worker, WebGL here is a software emulation, or it failed to start.
 */
export type PassedOver =
  | { backend: BackendName; reason: 'failedUnderRun' | 'safari' }
  | { backend: BackendName; reason: 'software'; renderer: string }
  | { backend: BackendName; reason: 'failed'; problem: StartProblem };

/** How fast one backend trained the default model on this device, or why it could not. */
export type BackendSpeed = { backend: BackendName; stepsPerSecond: number } | { backend: BackendName; failure: string };

/** What the page needs to know of a run's task to show it. */
export interface TaskSummary {
  kind: TaskData['kind'];
  element: TaskData['element'];
  /** Time steps per sequence, as built (a task may lengthen or shorten the asked one). */
  windowLength: number;
  features: number;
  vocabulary?: readonly string[];
  classNames?: readonly string[];
  /**
   * The validation loss of a model that learned nothing: always the training targets' mean (regression)
   * or the training set's class frequencies (classification).
   */
  knowNothingLoss: number;
  /** Classification only: validation accuracy of always answering the most frequent training class. */
  knowNothingAccuracy?: number;
}

/**
 * Where a run stands. Only the worker's run machine moves it:
 * building → ready → training → paused / finished / early-stopped / diverged, and failed from anywhere.
 */
export type RunStatus = 'building' | 'ready' | 'training' | 'paused' | 'finished' | 'early-stopped' | 'diverged' | 'failed';

/** Why the run last stopped advancing, with what the page needs to explain it. */
export interface StopDetails {
  reason: 'paused' | 'stepped' | 'finished' | 'early-stopped' | 'diverged' | 'failed';
  /** The last epoch completed when it stopped. */
  epoch: number;
  earlyStop?: EarlyStopReport;
  divergence?: DivergenceReport;
  /** The failure's words, when it failed. */
  message?: string;
  /** When it failed because no backend started: why each was passed over. */
  noBackend?: PassedOver[];
}

/** One trained replica's state: enough to rebuild it in a new worker and carry on. */
export interface ReplicaCheckpoint {
  /** Steps taken (dropout masks are seeded by it). */
  step: number;
  /** Every weight tensor's values, in the network's variable order. */
  weights: Float32Array[];
}

/** A run's weights after some epoch, kept on the page so that a replaced worker can carry on from there. */
export interface Checkpoint {
  epoch: number;
  replicas: ReplicaCheckpoint[];
}

/** What `build` needs: the settings, the series for the series task, and where to resume from. */
export interface BuildRequest {
  /** Chosen by the page; every event of this run carries it. */
  runId: number;
  settings: Settings;
  series?: Float32Array;
  /** What `auto` tries first, when measured. */
  measuredFastest?: BackendName;
  /** Backends not to try (one just failed under this run). */
  avoid?: BackendName[];
  /** Rebuild with these weights after this epoch instead of fresh ones. */
  resume?: Checkpoint;
}

/**
 * Every command the worker answers, with its argument and its answer. The worker's handler table is
 * typed from this map, so a new query is one entry here and one handler there.
 */
export interface Commands {
  /** Builds a run (data, model, optimizer), choosing the backend; answers when it is ready. */
  build: { args: BuildRequest; result: undefined };
  /** Trains epoch after epoch until paused, finished, early-stopped or diverged; answers at once. */
  train: { args: undefined; result: undefined };
  pause: { args: undefined; result: undefined };
  /** Trains exactly one epoch; answers when it is done. */
  step: { args: undefined; result: undefined };
  /** New values for the live knobs; they apply from the next step. */
  update: { args: Settings; result: undefined };
  /** Starts or stops snapshots of the model's inner workings (a few a second while training). */
  inspect: { args: boolean; result: undefined };
  /** Compares the hand-derived gradients with automatic differentiation's on the current model. */
  checkGradients: { args: undefined; result: { epoch: number; check: GradientCheck } };
  /** Times the default model's training step on every backend (asked of a worker of its own). */
  measureBackends: { args: undefined; result: BackendSpeed[] };
}

/** A command's name. */
export type CommandName = keyof Commands;

/** Commands to the worker: a call of one entry of `Commands`, answered by a `reply` with the same id. */
export type ToWorker = { [Name in CommandName]: { type: 'call'; callId: number; name: Name; args: Commands[Name]['args'] } }[CommandName];

/** The one stream of a run's life: its status, the epochs since the last event, and how it stopped. */
export interface RunEvent {
  type: 'run';
  runId: number;
  status: RunStatus;
  /** Every epoch finished since the last event, oldest first. */
  points: EpochPoint[];
  /** How the run last stopped, when it is not training. */
  stop?: StopDetails;
  /** Sent once, when the run is built. */
  built?: { backend: BackendName; passedOver: PassedOver[]; task: TaskSummary; resumedAt?: number };
  /** The weights as of the last point sent (or as built), for the page to keep. */
  checkpoint?: Checkpoint;
}

/** Why the worker says its backend can no longer be trusted. */
export type BackendFault = 'webgl-context-lost';

/** Events from the worker (nouns). */
export type FromWorker =
  | RunEvent
  /** A few training samples as the next pass's augmentation changes them. */
  | { type: 'preview'; runId: number; samples: AugmentationPreview[] }
  /** The model's inner workings after `epoch` epochs. */
  | { type: 'snapshot'; runId: number; epoch: number; inspection: ModelInspection }
  /** A command's answer. */
  | { type: 'reply'; callId: number; ok: true; value: unknown }
  | { type: 'reply'; callId: number; ok: false; error: string }
  /**
   * Sent every second, and whenever `quietMs` changes: the worker is alive, how long its current work has
   * gone without progress, and how long one step may keep it from answering (a step blocks its thread).
   */
  | { type: 'alive'; stalledMs: number; quietMs: number }
  /** The backend broke under the run; the page replaces the worker. */
  | { type: 'fault'; fault: BackendFault; backend: BackendName };

/** How often the worker says it is alive; the page's watchdog counts on it. */
export const aliveIntervalMs = 1_000;

/** Compile-time exhaustiveness check for the protocol's switches. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}

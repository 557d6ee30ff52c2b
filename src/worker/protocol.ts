import type { GradientCheck } from '../model/gradient-check';
import type { ModelInspection } from '../model/inspection';
import type { AugmentationPreview, DivergenceReport, EarlyStopReport, EpochPoint } from '../model/trainer';
import type { TaskData } from '../data/dataset';
import type { Settings } from '../settings/schema';

/** A TensorFlow.js backend the worker can run on. */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

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
}

/** Why a run stopped advancing. */
export type StopReason = 'paused' | 'stepped' | 'finished' | 'early-stopped' | 'diverged';

/**
 * Commands to the worker (verbs). Every one names its run; the worker ignores commands for a run
 * that a later `reset` replaced. `start` and `step` carry a number that their `stopped` event echoes,
 * so the page can tell the end of an old command from the end of the current one.
 */
export type ToWorker =
  /**
   * Build a fresh run (data, model, optimizer) from these settings, choosing the backend if needed;
   * `series` feeds the series task; `measuredFastest`, when known, is what `auto` tries first.
   */
  | { type: 'reset'; runId: number; settings: Settings; series?: Float32Array; measuredFastest?: BackendName }
  /** Train epoch after epoch until paused, finished, early-stopped or diverged. */
  | { type: 'start'; runId: number; commandId: number }
  | { type: 'pause'; runId: number }
  /** Train exactly one epoch. */
  | { type: 'step'; runId: number; commandId: number }
  /** New values for the live knobs; they apply from the next step. */
  | { type: 'update-settings'; runId: number; settings: Settings }
  /** Compare the hand-derived gradients with automatic differentiation's on the current model. */
  | { type: 'check-gradients'; runId: number }
  /** Time the default model's training step on every backend (sent to a worker of its own, not the training one). */
  | { type: 'measure-backends'; runId: number }
  /** Start or stop sending snapshots of the model's inner workings (a few a second while training); lasts across runs. */
  | { type: 'inspect'; runId: number; enabled: boolean };

/** Events from the worker (nouns). */
export type FromWorker =
  /** The run is built and waits for commands; `backend` is where it runs, `note` says why if not the first choice. */
  | { type: 'ready'; runId: number; backend: BackendName; note?: string; task: TaskSummary }
  /** A few training samples as the next pass's augmentation changes them. */
  | { type: 'preview'; runId: number; samples: AugmentationPreview[] }
  /** Every epoch finished since the last metrics message, oldest first. */
  | { type: 'metrics'; runId: number; points: EpochPoint[] }
  /** The gradient comparison `check-gradients` asked for, after `epoch` epochs. */
  | { type: 'gradient-check'; runId: number; epoch: number; check: GradientCheck }
  /** What `measure-backends` measured, in the order tried. */
  | { type: 'backend-speeds'; runId: number; speeds: BackendSpeed[] }
  /** The model's inner workings after `epoch` epochs. */
  | { type: 'snapshot'; runId: number; epoch: number; inspection: ModelInspection }
  /** A start or step command ended; `epoch` is the last completed epoch. */
  | {
      type: 'stopped';
      runId: number;
      commandId: number;
      reason: StopReason;
      epoch: number;
      earlyStop?: EarlyStopReport;
      divergence?: DivergenceReport;
    }
  | { type: 'error'; runId: number; message: string };

/** Compile-time exhaustiveness check for the protocol's switches. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}

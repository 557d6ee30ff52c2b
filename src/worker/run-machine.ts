import { knowNothingScores } from '../data/know-nothing';
import type { EpochPoint } from '../model/trainer';
import type { BackendChoice } from '../settings/schema';
import { NoBackendError, selectBackend, watchContextLoss, type BackendSelection } from './backend';
import { measureBackendSpeeds } from './backend-speed';
import type {
  BackendName,
  BuildRequest,
  Checkpoint,
  CommandName,
  Commands,
  FromWorker,
  RunStatus,
  StopDetails,
  TaskSummary,
} from './protocol';
import { SeedReplicas } from './seed-replicas';

// A macrotask boundary: lets pause, step and knob messages in before the next step starts.
// setTimeout(0) would do, but browsers stretch nested timeouts to 4 ms, a tenth of a small step.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Training samples shown in the augmentation preview. */
const previewSamples = 3;

/** Shortest time between two model snapshots while training: two a second, each costing about one training step. */
const snapshotIntervalMs = 500;

/** How long the page should wait for a run's first step before it doubts the worker. */
const firstStepQuietMs = 30_000;

/**
 * Shortest time between two run events while training: at most four a second reach the page, the rate
 * its chart redraws at. Ten a second kept the readouts and the augmentation preview re-rendering for
 * nothing the eye can follow (measured: the main thread busy 185 ms a second with a 5,000-epoch chart).
 */
const eventIntervalMs = 250;

/**
 * Above this many weight values a checkpoint goes with at most one event in two seconds (a 256-unit,
 * three-layer model is 1.6 million values, 6 MB per copy); the default model's 4,300 go with every event.
 */
const largeCheckpointValues = 200_000;
const largeCheckpointIntervalMs = 2_000;

/** The worker's handler for each command, typed from the protocol's map. */
export type CommandHandlers = { [Name in CommandName]: (args: Commands[Name]['args']) => Promise<Commands[Name]['result']> };

/** Statuses from which Train and Step may go on. */
const resumable: readonly RunStatus[] = ['ready', 'paused', 'finished', 'early-stopped', 'diverged'];

/**
 * The worker's run: the one place a run's status is decided. It builds the run's seeds, trains them
 * on command, and tells the page everything in one stream of run events. Work that touches tensors
 * runs one piece at a time, in the order the commands came.
 */
export class RunMachine {
  private runId = -1;
  private status: RunStatus = 'building';
  private request: BuildRequest | undefined;
  private replicas: SeedReplicas | undefined;
  private backend: (BackendSelection & { choice: BackendChoice; measuredFastest: BackendName | undefined; avoid: string }) | undefined;
  private running = false;
  private inspecting = false;
  private lastStop: StopDetails | undefined;
  private pending: EpochPoint[] = [];
  private lastEventAt = -Infinity;
  private lastCheckpointAt = -Infinity;
  private lastSnapshotAt = -Infinity;
  private work: Promise<void> = Promise.resolve();
  // For the page's watchdog: when queued work last moved forward, and whether any is under way.
  private busy = false;
  private lastProgressAt: number;
  // How long a step may block: unknown before a run's first step (shaders compile then), then measured.
  private longestStepMs: number | undefined;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastProgressAt = now();
  }

  /** How long the work under way has gone without finishing a step; 0 when idle. */
  stalledMs(): number {
    return this.busy ? this.now() - this.lastProgressAt : 0;
  }

  /**
   * How long one step may keep the worker from answering: three times the longest step so far, and
   * before a run's first step half a minute (a software WebGL compiles its shaders then, for seconds).
   */
  quietMs(): number {
    return this.longestStepMs === undefined ? firstStepQuietMs : 3 * this.longestStepMs;
  }

  // Marks a finished step, learning how long steps take; says so when that changes what the page should expect.
  private progress(): void {
    const now = this.now();
    const stepMs = now - this.lastProgressAt;
    this.lastProgressAt = now;
    const before = this.quietMs();
    this.longestStepMs = Math.max(this.longestStepMs ?? 0, stepMs);
    if (this.quietMs() !== before) this.post({ type: 'alive', stalledMs: 0, quietMs: this.quietMs() });
  }

  /** The commands, one handler each. */
  readonly handlers: CommandHandlers = {
    build: async (request) => {
      this.runId = request.runId;
      this.request = request;
      this.running = false;
      this.pending = [];
      this.lastStop = undefined;
      this.setStatus('building');
      await this.enqueue(() => this.rebuild(request.runId));
      return undefined;
    },
    train: async () => {
      // Train pressed while the run is being built trains it as soon as it is ready.
      if (this.status !== 'building') this.assertCanTrain();
      if (this.running) return;
      this.running = true;
      if (this.status !== 'building') this.setStatus('training');
      const runId = this.runId;
      void this.enqueue(() => this.trainUntilStopped(runId)).catch(() => undefined);
    },
    pause: async () => {
      this.running = false;
    },
    step: async () => {
      this.assertCanTrain();
      const runId = this.runId;
      await this.enqueue(async () => {
        if (runId !== this.runId || this.running) return;
        const stop = (await this.trainOneEpoch(runId)) ?? { reason: 'stepped', epoch: this.replicas?.epoch ?? 0 };
        await this.stopWith(runId, stop);
      });
      return undefined;
    },
    update: async (settings) => {
      if (!this.request) return;
      this.request = { ...this.request, settings };
      this.replicas?.setKnobs(settings);
      this.postPreview();
    },
    inspect: async (enabled) => {
      this.inspecting = enabled;
      if (enabled) await this.enqueue(() => this.postSnapshot());
    },
    checkGradients: async () => {
      const runId = this.runId;
      return this.enqueue(async () => {
        const trainer = this.replicas?.primary;
        if (runId !== this.runId || !trainer) throw new Error('the run was replaced');
        return { epoch: trainer.epoch, check: await trainer.checkGradients() };
      });
    },
    measureBackends: () => this.enqueue(() => measureBackendSpeeds()),
  };

  private assertCanTrain(): void {
    if (!resumable.includes(this.status)) throw new Error(`a ${this.status} run cannot train`);
    if (this.status === 'diverged' && (this.request?.settings.seedRepeats ?? 1) > 1)
      throw new Error('a diverged run of several seeds cannot go on: its seeds stopped at different epochs');
  }

  private setStatus(status: RunStatus, extra: Partial<Extract<FromWorker, { type: 'run' }>> = {}): void {
    this.status = status;
    this.post({ type: 'run', runId: this.runId, status, points: [], ...(this.lastStop ? { stop: this.lastStop } : {}), ...extra });
  }

  // Runs `task` after all earlier work. A failure of the current run's work fails the run; the caller's
  // promise rejects either way, so a command's answer says what happened.
  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const runId = this.runId;
    const result = this.work.then(async () => {
      this.busy = true;
      this.lastProgressAt = this.now();
      try {
        return await task();
      } finally {
        this.busy = false;
      }
    });
    this.work = result.then(
      () => undefined,
      (error: unknown) => {
        if (runId !== this.runId) return;
        this.running = false;
        this.lastStop = {
          reason: 'failed',
          epoch: this.replicas?.epoch ?? 0,
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof NoBackendError ? { noBackend: error.passedOver } : {}),
        };
        this.setStatus('failed');
      },
    );
    return result;
  }

  private async rebuild(runId: number): Promise<void> {
    const request = this.request;
    if (runId !== this.runId || !request) return;
    this.replicas?.dispose();
    this.replicas = undefined;
    this.longestStepMs = undefined;
    this.post({ type: 'alive', stalledMs: 0, quietMs: this.quietMs() });
    const { settings } = request;
    const choice = settings.backend;
    // Only `auto` follows the measurement; a backend asked for by name stays whatever was measured.
    const measuredFastest = choice === 'auto' ? request.measuredFastest : undefined;
    const avoid = (request.avoid ?? []).join();
    const backend = this.backend;
    if (!backend || backend.choice !== choice || backend.measuredFastest !== measuredFastest || backend.avoid !== avoid) {
      const selection = await selectBackend(choice, measuredFastest, request.avoid);
      this.backend = { choice, measuredFastest, avoid, ...selection };
      if (selection.backend === 'webgl')
        watchContextLoss(() => this.post({ type: 'fault', fault: 'webgl-context-lost', backend: 'webgl' }));
    }
    // A later build may have come in while the backend started; it will build its own run.
    if (runId !== this.runId || !this.backend) return;
    this.replicas = new SeedReplicas(settings, {
      betweenSteps: () => {
        this.progress();
        return nextTask();
      },
      ...(request.series ? { series: request.series } : {}),
      ...(request.resume ? { resume: request.resume } : {}),
    });
    const trainer = this.replicas.primary;
    const { kind, element, training, vocabulary, classNames } = trainer.task;
    const knowNothing = knowNothingScores(trainer.task);
    const task: TaskSummary = {
      kind,
      element,
      windowLength: training.windowLength,
      features: training.features,
      knowNothingLoss: knowNothing.valLoss,
      ...(knowNothing.valAccuracy === undefined ? {} : { knowNothingAccuracy: knowNothing.valAccuracy }),
      ...(vocabulary ? { vocabulary } : {}),
      ...(classNames ? { classNames } : {}),
    };
    const built = {
      backend: this.backend.backend,
      passedOver: this.backend.passedOver,
      task,
      ...(request.resume ? { resumedAt: request.resume.epoch } : {}),
    };
    this.setStatus('ready', { built, checkpoint: await this.replicas.checkpoint() });
    this.postPreview();
    await this.postSnapshot();
  }

  private async postSnapshot(): Promise<void> {
    const trainer = this.replicas?.primary;
    if (!this.inspecting || !trainer) return;
    this.lastSnapshotAt = this.now();
    // Called only from queued work, so no rebuild can dispose the trainer while it is being read.
    this.post({ type: 'snapshot', runId: this.runId, epoch: trainer.epoch, inspection: await trainer.inspect() });
  }

  private postPreview(): void {
    const trainer = this.replicas?.primary;
    if (trainer) this.post({ type: 'preview', runId: this.runId, samples: trainer.previewAugmentation(previewSamples) });
  }

  // Sends the epochs trained since the last event, with the weights they ended at when a checkpoint is due.
  private async flush(status: RunStatus, force: boolean): Promise<void> {
    const replicas = this.replicas;
    if (!replicas || (this.pending.length === 0 && !force)) return;
    const now = this.now();
    const interval = replicas.checkpointSize > largeCheckpointValues ? largeCheckpointIntervalMs : 0;
    const checkpoint: Checkpoint | undefined = force || now - this.lastCheckpointAt >= interval ? await replicas.checkpoint() : undefined;
    if (checkpoint) this.lastCheckpointAt = now;
    this.status = status;
    this.post({
      type: 'run',
      runId: this.runId,
      status,
      points: this.pending,
      ...(this.lastStop && status !== 'training' ? { stop: this.lastStop } : {}),
      ...(checkpoint ? { checkpoint } : {}),
    });
    this.pending = [];
    this.lastEventAt = now;
    // Every event brings the coming pass's augmentation along.
    this.postPreview();
  }

  // Trains one epoch of every seed; returns how the run stops if this epoch stops it.
  private async trainOneEpoch(runId: number): Promise<StopDetails | undefined> {
    const replicas = this.replicas;
    if (!replicas || runId !== this.runId) return undefined;
    const outcome = await replicas.trainEpoch();
    this.lastProgressAt = this.now();
    // A build that came in meanwhile has replaced this run: its epoch belongs to nobody.
    if (runId !== this.runId) return undefined;
    if (outcome.kind === 'diverged') return { reason: 'diverged', epoch: outcome.divergence.restoredEpoch, divergence: outcome.divergence };
    this.pending.push(outcome.point);
    return outcome.earlyStop ? { reason: 'early-stopped', epoch: outcome.point.epoch, earlyStop: outcome.earlyStop } : undefined;
  }

  private async stopWith(runId: number, stop: StopDetails): Promise<void> {
    if (runId !== this.runId) return;
    this.running = false;
    this.lastStop = stop;
    const status: RunStatus = stop.reason === 'stepped' || stop.reason === 'paused' ? 'paused' : stop.reason;
    // The picture of where the run stopped arrives before the word that it stopped.
    await this.postSnapshot();
    await this.flush(status, true);
  }

  private async trainUntilStopped(runId: number): Promise<void> {
    const replicas = this.replicas;
    if (runId !== this.runId || !replicas || !this.running) return;
    if (this.status !== 'training') this.setStatus('training');
    let stop: StopDetails | undefined;
    while (this.running && runId === this.runId) {
      if (replicas.epoch >= (this.request?.settings.maxEpochs ?? 0)) {
        // The end of the budget ends the fit: restore best weights acts here too, as in Keras.
        const restored = replicas.finishAtBudget();
        stop = { reason: 'finished', epoch: replicas.epoch, ...(restored ? { earlyStop: restored } : {}) };
        break;
      }
      stop = await this.trainOneEpoch(runId);
      if (stop || runId !== this.runId) break;
      if (this.now() - this.lastEventAt >= eventIntervalMs) await this.flush('training', false);
      if (this.now() - this.lastSnapshotAt >= snapshotIntervalMs) await this.postSnapshot();
      await nextTask();
    }
    await this.stopWith(runId, stop ?? { reason: 'paused', epoch: replicas.epoch });
  }
}

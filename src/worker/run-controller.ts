import { createTrainer, type EpochOutcome, type Trainer } from '../model/trainer';
import type { BackendChoice, Settings } from '../settings/schema';
import { selectBackend, type BackendSelection } from './backend';
import { measureBackendSpeeds } from './backend-speed';
import { MetricsBatcher } from './metrics-batcher';
import { assertNever, type BackendName, type FromWorker, type ToWorker } from './protocol';

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
export const snapshotIntervalMs = 500;

/** How a start or step command ended, as the `stopped` event tells it. */
type Ending = Pick<Extract<FromWorker, { type: 'stopped' }>, 'reason' | 'earlyStop' | 'divergence'>;

/**
 * The worker's side of the protocol: owns the run (trainer, settings, backend) and the training loop.
 * Work that touches tensors runs one piece at a time, in the order the commands came.
 */
export class RunController {
  /** The newest run asked for; commands naming an older run are ignored. */
  private runId = -1;
  private settings: Settings | undefined;
  private series: Float32Array | undefined;
  private trainer: Trainer | undefined;
  private trainerRunId = -1;
  private backend: (BackendSelection & { choice: BackendChoice; measuredFastest: BackendName | undefined }) | undefined;
  private measuredFastest: BackendName | undefined;
  private running = false;
  private diverged = false;
  private inspecting = false;
  private lastSnapshotAt = -Infinity;
  private work: Promise<void> = Promise.resolve();
  private readonly metrics = new MetricsBatcher((points) => {
    this.post({ type: 'metrics', runId: this.trainerRunId, points });
    this.postPreview();
  });

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Acts on one command from the page. */
  handle(message: ToWorker): void {
    switch (message.type) {
      case 'reset':
        this.runId = message.runId;
        this.settings = message.settings;
        this.series = message.series;
        this.measuredFastest = message.measuredFastest;
        this.running = false;
        this.enqueue(message.runId, () => this.rebuild(message.runId));
        return;
      case 'start':
        if (message.runId !== this.runId || this.running) return;
        this.running = true;
        this.enqueue(message.runId, () => this.trainUntilStopped(message.runId, message.commandId));
        return;
      case 'pause':
        if (message.runId === this.runId) this.running = false;
        return;
      case 'step':
        if (message.runId === this.runId) this.enqueue(message.runId, () => this.stepOnce(message.runId, message.commandId));
        return;
      case 'update-settings':
        if (message.runId !== this.runId) return;
        this.settings = message.settings;
        if (this.trainerRunId !== message.runId) return;
        this.trainer?.setKnobs(message.settings);
        this.postPreview();
        return;
      case 'check-gradients':
        this.enqueue(message.runId, async () => {
          const trainer = this.trainer;
          if (message.runId !== this.trainerRunId || !trainer) return;
          this.post({ type: 'gradient-check', runId: message.runId, epoch: trainer.epoch, check: await trainer.checkGradients() });
        });
        return;
      case 'measure-backends':
        this.enqueue(message.runId, async () =>
          this.post({ type: 'backend-speeds', runId: message.runId, speeds: await measureBackendSpeeds() }),
        );
        return;
      case 'inspect':
        this.inspecting = message.enabled;
        if (message.enabled) this.enqueue(this.runId, () => this.postSnapshot());
        return;
      default:
        assertNever(message);
    }
  }

  private enqueue(runId: number, task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      // A failure of a run that a reset already replaced concerns nobody.
      if (runId !== this.runId) return;
      this.running = false;
      this.post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    });
  }

  private async rebuild(runId: number): Promise<void> {
    if (runId !== this.runId || !this.settings) return;
    this.metrics.clear();
    this.trainer?.dispose();
    this.trainer = undefined;
    const choice = this.settings.backend;
    // Only `auto` follows the measurement; a backend asked for by name stays whatever was measured.
    const measuredFastest = choice === 'auto' ? this.measuredFastest : undefined;
    if (this.backend?.choice !== choice || this.backend.measuredFastest !== measuredFastest)
      this.backend = { choice, measuredFastest, ...(await selectBackend(choice, measuredFastest)) };
    // A later reset may have come in while the backend started; it will build its own run.
    if (runId !== this.runId) return;
    this.trainer = createTrainer(this.settings, { betweenSteps: nextTask, ...(this.series ? { series: this.series } : {}) });
    this.trainerRunId = runId;
    this.diverged = false;
    const { kind, element, training, vocabulary, classNames } = this.trainer.task;
    this.post({
      type: 'ready',
      runId,
      backend: this.backend.backend,
      ...(this.backend.note ? { note: this.backend.note } : {}),
      task: {
        kind,
        element,
        windowLength: training.windowLength,
        features: training.features,
        ...(vocabulary ? { vocabulary } : {}),
        ...(classNames ? { classNames } : {}),
      },
    });
    this.postPreview();
    await this.postSnapshot();
  }

  private async postSnapshot(): Promise<void> {
    const trainer = this.trainer;
    if (!this.inspecting || !trainer) return;
    this.lastSnapshotAt = this.now();
    // Called only from queued work, so no reset can dispose the trainer while it is being read.
    this.post({ type: 'snapshot', runId: this.trainerRunId, epoch: trainer.epoch, inspection: await trainer.inspect() });
  }

  private postPreview(): void {
    if (!this.trainer) return;
    this.post({
      type: 'preview',
      runId: this.trainerRunId,
      samples: this.trainer.previewAugmentation(previewSamples),
    });
  }

  // Trains one epoch and says how the command should end if this epoch ends it.
  private async trainOneEpoch(trainer: Trainer): Promise<Ending | undefined> {
    const outcome: EpochOutcome = await trainer.trainEpoch();
    if (outcome.kind === 'diverged') {
      this.diverged = true;
      return { reason: 'diverged', divergence: outcome.divergence };
    }
    this.metrics.add(outcome.point);
    return outcome.earlyStop ? { reason: 'early-stopped', earlyStop: outcome.earlyStop } : undefined;
  }

  private async stop(runId: number, commandId: number, ending: Ending): Promise<void> {
    // Every metrics message brings a preview along; without one, the preview goes alone.
    if (!this.metrics.flush()) this.postPreview();
    // The picture of where the run stopped arrives before the word that it stopped.
    await this.postSnapshot();
    this.post({ type: 'stopped', runId, commandId, epoch: this.trainer?.epoch ?? 0, ...ending });
  }

  private async stepOnce(runId: number, commandId: number): Promise<void> {
    const trainer = this.trainer;
    if (runId !== this.runId || runId !== this.trainerRunId || !trainer || this.diverged) return;
    await this.stop(runId, commandId, (await this.trainOneEpoch(trainer)) ?? { reason: 'stepped' });
  }

  private async trainUntilStopped(runId: number, commandId: number): Promise<void> {
    // A start for a run that has been replaced must not touch `running`: it belongs to the new run now.
    if (runId !== this.runId) return;
    const trainer = this.trainer;
    if (runId !== this.trainerRunId || !trainer || this.diverged) {
      this.running = false;
      return;
    }
    let ending: Ending = { reason: 'paused' };
    while (this.running && runId === this.runId) {
      if (trainer.epoch >= (this.settings?.maxEpochs ?? 0)) {
        // The end of the budget ends the fit: restore best weights acts here too, as in Keras.
        const restored = trainer.finishAtBudget();
        ending = { reason: 'finished', ...(restored ? { earlyStop: restored } : {}) };
        break;
      }
      const early = await this.trainOneEpoch(trainer);
      if (early) {
        ending = early;
        break;
      }
      if (this.now() - this.lastSnapshotAt >= snapshotIntervalMs) await this.postSnapshot();
      await nextTask();
    }
    if (runId === this.runId) this.running = false;
    await this.stop(runId, commandId, ending);
  }
}

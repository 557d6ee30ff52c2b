import { createTrainer, type Trainer } from '../model/trainer';
import type { BackendChoice, Settings } from '../settings/schema';
import { selectBackend, type BackendSelection } from './backend';
import { MetricsBatcher } from './metrics-batcher';
import { assertNever, type FromWorker, type StopReason, type ToWorker } from './protocol';

// A macrotask boundary: lets pause, step and knob messages in before the next epoch starts.
// setTimeout(0) would do, but browsers stretch nested timeouts to 4 ms, a tenth of a small epoch.
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The worker's side of the protocol: owns the run (trainer, settings, backend) and the training loop.
 * Work that touches tensors runs one piece at a time, in the order the commands came.
 */
export class RunController {
  /** The newest run asked for; commands naming an older run are ignored. */
  private runId = -1;
  private settings: Settings | undefined;
  private trainer: Trainer | undefined;
  private trainerRunId = -1;
  private backend: (BackendSelection & { choice: BackendChoice }) | undefined;
  private running = false;
  private diverged = false;
  private work: Promise<void> = Promise.resolve();
  private readonly metrics = new MetricsBatcher((points) => this.post({ type: 'metrics', runId: this.trainerRunId, points }));

  constructor(private readonly post: (message: FromWorker) => void) {}

  /** Acts on one command from the page. */
  handle(message: ToWorker): void {
    switch (message.type) {
      case 'reset':
        this.runId = message.runId;
        this.settings = message.settings;
        this.running = false;
        this.enqueue(() => this.rebuild(message.runId));
        return;
      case 'start':
        if (message.runId !== this.runId || this.running) return;
        this.running = true;
        this.enqueue(() => this.trainUntilStopped(message.runId));
        return;
      case 'pause':
        if (message.runId === this.runId) this.running = false;
        return;
      case 'step':
        if (message.runId === this.runId) this.enqueue(() => this.stepOnce(message.runId));
        return;
      case 'update-settings':
        if (message.runId !== this.runId) return;
        this.settings = message.settings;
        if (this.trainerRunId === message.runId) this.trainer?.setKnobs(message.settings);
        return;
      default:
        assertNever(message);
    }
  }

  private enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((error: unknown) => {
      this.running = false;
      this.post({ type: 'error', runId: this.runId, message: error instanceof Error ? error.message : String(error) });
    });
  }

  private async rebuild(runId: number): Promise<void> {
    if (runId !== this.runId || !this.settings) return;
    this.metrics.clear();
    this.trainer?.dispose();
    this.trainer = undefined;
    const choice = this.settings.backend;
    if (this.backend?.choice !== choice) this.backend = { choice, ...(await selectBackend(choice)) };
    // A later reset may have come in while the backend started; it will build its own run.
    if (runId !== this.runId) return;
    this.trainer = createTrainer(this.settings);
    this.trainerRunId = runId;
    this.diverged = false;
    this.post({ type: 'ready', runId, backend: this.backend.backend, ...(this.backend.note ? { note: this.backend.note } : {}) });
  }

  // Trains one epoch; false when the loss stopped being a finite number.
  private async trainOneEpoch(trainer: Trainer): Promise<boolean> {
    const point = await trainer.trainEpoch();
    if (!Number.isFinite(point.trainLoss) || !Number.isFinite(point.valLoss)) {
      this.diverged = true;
      return false;
    }
    this.metrics.add(point);
    return true;
  }

  private stop(runId: number, reason: StopReason): void {
    this.metrics.flush();
    this.post({ type: 'stopped', runId, reason, epoch: this.trainer?.epoch ?? 0 });
  }

  private async stepOnce(runId: number): Promise<void> {
    const trainer = this.trainer;
    if (runId !== this.runId || runId !== this.trainerRunId || !trainer || this.diverged) return;
    this.stop(runId, (await this.trainOneEpoch(trainer)) ? 'stepped' : 'diverged');
  }

  private async trainUntilStopped(runId: number): Promise<void> {
    const trainer = this.trainer;
    if (runId !== this.trainerRunId || !trainer || this.diverged) {
      this.running = false;
      return;
    }
    let reason: StopReason = 'paused';
    while (this.running && runId === this.runId) {
      if (trainer.epoch >= (this.settings?.maxEpochs ?? 0)) {
        reason = 'finished';
        break;
      }
      if (!(await this.trainOneEpoch(trainer))) {
        reason = 'diverged';
        break;
      }
      await nextTask();
    }
    if (runId === this.runId) this.running = false;
    this.stop(runId, reason);
  }
}

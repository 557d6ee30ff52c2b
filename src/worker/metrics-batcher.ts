import type { EpochPoint } from '../model/trainer';

/** Shortest time between two metrics messages: at most ten a second reach the page. */
export const metricsIntervalMs = 100;

/** Collects epoch points and lets them go in batches, at most one batch per interval. */
export class MetricsBatcher {
  private pending: EpochPoint[] = [];
  private lastSentAt = -Infinity;

  constructor(
    private readonly send: (points: EpochPoint[]) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Adds a point; sends the batch if the interval has passed since the last one. */
  add(point: EpochPoint): void {
    this.pending.push(point);
    if (this.now() - this.lastSentAt >= metricsIntervalMs) this.flush();
  }

  /** Sends whatever is pending now (when a run stops, so the last points are never held back); true if it sent any. */
  flush(): boolean {
    if (this.pending.length === 0) return false;
    this.send(this.pending);
    this.pending = [];
    this.lastSentAt = this.now();
    return true;
  }

  /** Forgets pending points (their run was replaced). */
  clear(): void {
    this.pending = [];
  }
}

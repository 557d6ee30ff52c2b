/** What the main thread did during a measuring window, as the page itself sees it; durations in milliseconds. */
export interface MainThreadMeasures {
  windowMs: number;
  /** Every long task (over 50 ms, as the browser reports them) in the window. */
  longTasksMs: number[];
  frames: number;
  /** The longest time between two consecutive animation frames. */
  worstFrameGapMs: number;
}

/** Watches the main thread from start() to stop(): long tasks and animation-frame gaps. */
export class MainThreadProbe {
  private measuring = false;
  private startedAt = 0;
  private longTasksMs: number[] = [];
  private frames = 0;
  private lastFrameAt: number | undefined;
  private worstFrameGapMs = 0;
  private readonly observer = new PerformanceObserver((list) => {
    if (this.measuring) this.longTasksMs.push(...list.getEntries().map((entry) => entry.duration));
  });

  /** Starts watching. */
  start(): void {
    this.observer.observe({ type: 'longtask' });
    this.measuring = true;
    this.startedAt = performance.now();
    const frame = (now: number) => {
      if (!this.measuring) return;
      if (this.lastFrameAt !== undefined) this.worstFrameGapMs = Math.max(this.worstFrameGapMs, now - this.lastFrameAt);
      this.lastFrameAt = now;
      this.frames += 1;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }

  /** Stops watching and returns what it saw. */
  stop(): MainThreadMeasures {
    this.measuring = false;
    // Long tasks are reported after they end: collect those still queued.
    this.longTasksMs.push(...this.observer.takeRecords().map((entry) => entry.duration));
    this.observer.disconnect();
    return {
      windowMs: performance.now() - this.startedAt,
      longTasksMs: this.longTasksMs,
      frames: this.frames,
      worstFrameGapMs: this.worstFrameGapMs,
    };
  }
}

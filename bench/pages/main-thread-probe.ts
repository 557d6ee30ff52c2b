import type { ProfilerOnRenderCallback } from 'react';

/**
 * One chart update: React committed the page with new chart data, and recharts' own follow-up renders
 * (Profiler phase "nested-update", which only a chart's redraw sets off) committed after it. The page
 * redraws its charts a few times a second, whatever the rate of metrics batches. Milliseconds.
 */
export interface ChartUpdate {
  /** Main-thread time React spent: for each of its commits, from render start to commit end, summed. */
  workMs: number;
  /** From the first commit's render start to the last commit's end (other work in between included). */
  settleMs: number;
  /** React's own measure of the render work (Profiler actualDuration), summed over the commits. */
  renderMs: number;
  commits: number;
}

/** What the main thread did during a measuring window; durations in milliseconds. */
export interface MainThreadMeasures {
  windowMs: number;
  /** Every long task (over 50 ms, as the browser reports them) in the window. */
  longTasksMs: number[];
  frames: number;
  /** The longest time between two consecutive animation frames. */
  worstFrameGapMs: number;
  chartUpdates: ChartUpdate[];
}

/** Watches the main thread from start() to stop(): long tasks, animation-frame gaps and chart updates. */
export class MainThreadProbe {
  private measuring = false;
  private startedAt = 0;
  private longTasksMs: number[] = [];
  private frames = 0;
  private lastFrameAt: number | undefined;
  private worstFrameGapMs = 0;
  private openUpdate: (ChartUpdate & { startedAt: number }) | undefined;
  private chartUpdates: ChartUpdate[] = [];
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

  // A commit group that had no nested update redrew no chart (a readout, a button): it is not counted.
  private closeUpdate(): void {
    if (!this.openUpdate) return;
    const { workMs, settleMs, renderMs, commits } = this.openUpdate;
    if (commits > 1) this.chartUpdates.push({ workMs, settleMs, renderMs, commits });
    this.openUpdate = undefined;
  }

  /**
   * The <Profiler> callback. Every commit that is not a nested update opens a group; the nested updates
   * that follow it (recharts re-rendering from its effects) belong to it.
   */
  readonly onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration, _baseDuration, renderStartedAt) => {
    if (!this.measuring) return;
    const now = performance.now();
    if (phase !== 'nested-update' || !this.openUpdate) {
      this.closeUpdate();
      this.openUpdate = { workMs: 0, settleMs: 0, renderMs: 0, commits: 0, startedAt: renderStartedAt };
    }
    const update = this.openUpdate;
    update.workMs += now - renderStartedAt;
    update.settleMs = now - update.startedAt;
    update.renderMs += actualDuration;
    update.commits += 1;
  };

  /** Stops watching and returns what it saw. */
  stop(): MainThreadMeasures {
    this.measuring = false;
    this.closeUpdate();
    // Long tasks are reported after they end: collect those still queued.
    this.longTasksMs.push(...this.observer.takeRecords().map((entry) => entry.duration));
    this.observer.disconnect();
    return {
      windowMs: performance.now() - this.startedAt,
      longTasksMs: this.longTasksMs,
      frames: this.frames,
      worstFrameGapMs: this.worstFrameGapMs,
      chartUpdates: this.chartUpdates,
    };
  }
}

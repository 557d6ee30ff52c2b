/** The middle value of a list of numbers (mean of the middle two for an even count); NaN for none. */
function median(values) {
  return percentile(values, 50);
}

/** Linear-interpolated percentile (0–100) of a list of numbers; NaN for none. */
function percentile(values, rank) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = ((sorted.length - 1) * rank) / 100;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** One history size's main-thread windows (from every round) folded into the numbers the report shows. */
export function summariseMainThread(historyPoints, windows) {
  const updates = windows.flatMap((window) => window.chartUpdates);
  const workMs = updates.map((update) => update.workMs);
  const longTasksMs = windows.flatMap((window) => window.longTasksMs);
  return {
    historyPoints,
    backend: windows[0]?.backend ?? 'none',
    windows: windows.length,
    measuredSeconds: windows.reduce((sum, window) => sum + window.windowMs, 0) / 1000,
    longTasks: longTasksMs.length,
    longestTaskMs: Math.max(0, ...longTasksMs),
    frames: windows.reduce((sum, window) => sum + window.frames, 0),
    worstFrameGapMs: Math.max(...windows.map((window) => window.worstFrameGapMs)),
    chartUpdates: updates.length,
    chartUpdateMedianMs: median(workMs),
    chartUpdateP95Ms: percentile(workMs, 95),
    chartUpdateMaxMs: Math.max(...workMs),
    chartSettleMedianMs: median(updates.map((update) => update.settleMs)),
    reactRenderMedianMs: median(updates.map((update) => update.renderMs)),
    commitsPerUpdateMedian: median(updates.map((update) => update.commits)),
    epochsTrained: windows.reduce((sum, window) => sum + window.epochsTrained, 0),
  };
}

/** Paths of every number in `value` that is not finite (NaN and ±Infinity; JSON would write null). */
export function nonFiniteNumbers(value, path = 'result') {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((entry, index) => nonFiniteNumbers(entry, `${path}[${index}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => nonFiniteNumbers(entry, `${path}.${key}`));
  return [];
}

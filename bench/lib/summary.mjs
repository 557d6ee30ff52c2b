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
  const longTasksMs = windows.flatMap((window) => window.longTasksMs);
  // Busy milliseconds per second, per window: the main thread's traced tasks summed over the trace's span.
  const busyPerSecond = windows.map((window) => window.tasksMs.reduce((sum, task) => sum + task, 0) / (window.traceSpanMs / 1000));
  const tasksMs = windows.flatMap((window) => window.tasksMs);
  return {
    historyPoints,
    backend: windows[0]?.backend ?? 'none',
    windows: windows.length,
    measuredSeconds: windows.reduce((sum, window) => sum + window.windowMs, 0) / 1000,
    longTasks: longTasksMs.length,
    longestTaskMs: Math.max(0, ...longTasksMs),
    frames: windows.reduce((sum, window) => sum + window.frames, 0),
    worstFrameGapMs: Math.max(...windows.map((window) => window.worstFrameGapMs)),
    busyMsPerSecondMedian: median(busyPerSecond),
    busyMsPerSecondMax: Math.max(...busyPerSecond),
    tasks: tasksMs.length,
    taskP95Ms: percentile(tasksMs, 95),
    taskMaxMs: Math.max(0, ...tasksMs),
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

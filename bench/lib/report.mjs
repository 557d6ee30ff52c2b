/** Gzip kilobytes (1 kB = 1,000 bytes, as Vite reports) the main thread may load before the page works. */
const mainChunkBudgetKilobytes = 120;
/**
 * Main-thread busy milliseconds per second while training: 2 ms per chart update at four updates a second.
 * The measure is all the page's work (readouts, layout, paint included), so it bounds the chart's share.
 */
const busyBudgetMsPerSecond = 8;
/** How much faster than tf.layers.lstm the project's step should be, on wasm at 32 units. */
const ratioTarget = 4;
/** How many times the epochs per second before the fused kernels the project should reach, on wasm at the defaults. */
const epochRatioTarget = 2;
/** The share of the backend's matMul throughput the step should approach at the largest size. */
const efficiencyTarget = 0.25;

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const percent = (share) => `${fixed(100 * share)} %`;
const kilobytes = (bytes) => `${fixed(bytes / 1000)} kB`;
const sum = (values) => values.reduce((total, value) => total + value, 0);

function targetRow(target, measured, met) {
  return { target, measured, met };
}

function ratioRows(browserTimings) {
  const timing = browserTimings.find((entry) => entry.backend === 'wasm');
  const cell = timing?.available ? timing.cells.find((entry) => entry.hiddenUnits === 32) : undefined;
  const target = `Step ≥ ${ratioTarget}× faster than tf.layers.lstm, wasm, 32 units, 20 time steps (baseline ms / project ms)`;
  if (!cell) return [targetRow(target, timing?.available === false ? `unavailable: ${timing.reason}` : 'not measured', undefined)];
  return [
    targetRow(
      target,
      `${fixed(cell.ratio, 2)}× (${fixed(cell.baseline.medianMs)} / ${fixed(cell.project.medianMs)} ms; before the fused kernels ` +
        `${fixed(cell.unfusedRatio, 2)}×, ${fixed(cell.unfused.medianMs)} ms; load ${fixed(cell.loadAverage.atStart)}–${fixed(cell.loadAverage.atEnd)})`,
      cell.ratio >= ratioTarget,
    ),
  ];
}

function epochRows(epochs, where) {
  return [
    targetRow(
      `Epochs per second at the defaults ≥ ${epochRatioTarget}× before the fused kernels, ${epochs.backend}, ${where}`,
      `${fixed(epochs.ratio, 2)}× (${fixed(epochs.after.epochsPerSecond)} / ${fixed(epochs.before.epochsPerSecond)} epochs/s; ` +
        `load ${fixed(epochs.loadAverage.atStart)}–${fixed(epochs.loadAverage.atEnd)})`,
      epochs.ratio >= epochRatioTarget,
    ),
  ];
}

function efficiencyRows(browserTimings) {
  return browserTimings
    .filter((timing) => timing.available && timing.cells.length > 1)
    .map((timing) => {
      const shares = timing.cells.map((cell) => cell.projectEfficiency);
      const rising = shares.every((share, index) => index === 0 || share >= shares[index - 1]);
      const sizes = timing.cells.map((cell) => cell.hiddenUnits).join(' → ');
      return targetRow(
        `Efficiency rising with units, toward ${percent(efficiencyTarget)} at the largest, ${timing.backend}`,
        `${shares.map(percent).join(' → ')} (${sizes} units)`,
        rising && shares.at(-1) >= efficiencyTarget,
      );
    });
}

function mainThreadRows(summaries) {
  return summaries.flatMap((summary) => {
    const history = `${summary.historyPoints.toLocaleString('en')}-epoch history`;
    return [
      targetRow(
        `0 long tasks (> 50 ms) while training, ${history}`,
        `${summary.longTasks} in ${fixed(summary.measuredSeconds, 0)} s (longest ${fixed(summary.longestTaskMs)} ms)`,
        summary.longTasks === 0,
      ),
      targetRow(
        `Main-thread busy time ≤ ${busyBudgetMsPerSecond} ms per second (2 ms per chart update at 4 a second; all work counted), ${history}`,
        `${fixed(summary.busyMsPerSecondMedian)} ms/s median over windows (max ${fixed(summary.busyMsPerSecondMax)})`,
        summary.busyMsPerSecondMedian <= busyBudgetMsPerSecond,
      ),
    ];
  });
}

function bundleRows(bundle) {
  const initialGzip = sum(bundle.mainThreadInitial.map((chunk) => chunk.gzipBytes));
  const workerComplete = bundle.tfjsMarkersInWorker.length === bundle.tfjsMarkers.length;
  return [
    targetRow(
      `Main-thread JavaScript loaded at start ≤ ${mainChunkBudgetKilobytes} kB gzip`,
      kilobytes(initialGzip),
      initialGzip <= mainChunkBudgetKilobytes * 1000,
    ),
    targetRow(
      'TF.js only in the worker chunk (markers found in the worker, none in main-thread chunks)',
      `worker ${bundle.tfjsMarkersInWorker.length}/${bundle.tfjsMarkers.length}, main thread ${bundle.tfjsMarkersInMainThread.length ? bundle.tfjsMarkersInMainThread.join(', ') : 'none'}`,
      workerComplete && bundle.tfjsMarkersInMainThread.length === 0,
    ),
  ];
}

function tensorRows(counts) {
  if (!counts) return [];
  return [
    targetRow(
      `Tensor count flat over training (${counts.backend})`,
      `${counts.afterFirstEpoch} after the first epoch → ${counts.afterTrainingSteps} after ${counts.trainingSteps} steps`,
      counts.afterTrainingSteps === counts.afterFirstEpoch,
    ),
    targetRow(
      `Tensor count flat over resets (${counts.backend})`,
      `${counts.beforeTrainer} before → ${counts.afterResets} after ${counts.resets} resets`,
      counts.afterResets === counts.beforeTrainer,
    ),
  ];
}

/** Every target with its measured value and whether it is met (undefined: could not be measured). */
export function evaluateTargets(results) {
  return [
    ...ratioRows(results.browser.timings),
    ...epochRows(results.browser.epochs, 'browser worker'),
    ...epochRows(results.node.epochs, 'Node'),
    ...efficiencyRows(results.browser.timings),
    ...mainThreadRows(results.mainThread),
    ...bundleRows(results.bundle),
    ...tensorRows(results.browser.tensorCounts),
  ];
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function stepTable(timings) {
  const rows = timings.flatMap((timing) =>
    timing.available
      ? timing.cells.map((cell) => [
          timing.backend,
          cell.hiddenUnits,
          fixed(cell.project.medianMs),
          fixed(cell.unfused.medianMs),
          fixed(cell.baseline.medianMs),
          `${fixed(cell.ratio, 2)}× / ${fixed(cell.unfusedRatio, 2)}×`,
          `${cell.kernelsPerStep.project} / ${cell.kernelsPerStep.unfused} / ${cell.kernelsPerStep.baseline}`,
          fixed(cell.flopsPerStep / 1e6),
          `${fixed(timing.matMul.gigaflopsPerSecond)} (${timing.matMul.size}²)`,
          percent(cell.projectEfficiency),
          percent(cell.baselineEfficiency),
          `${fixed(cell.project.firstStepMs, 0)} / ${fixed(cell.baseline.firstStepMs, 0)}`,
          `${fixed(cell.loadAverage.atStart)}–${fixed(cell.loadAverage.atEnd)}`,
        ])
      : [[timing.backend, '—', 'unavailable', timing.reason, '', '', '', '', '', '', '', '', '']],
  );
  const header = [
    'backend',
    'units',
    'project ms',
    'unfused ms',
    'baseline ms',
    'ratio (project / unfused)',
    'kernels per step (p / u / b)',
    'MFLOP/step',
    'matMul GFLOP/s',
    'project eff.',
    'baseline eff.',
    'first step ms (p / b)',
    'load average',
  ];
  return table(header, rows);
}

function epochTable(rows) {
  return table(
    ['where', 'backend', 'after: epochs/s (median ms)', 'before: epochs/s (median ms)', 'ratio', 'load average'],
    rows.map(([where, epochs]) => [
      where,
      epochs.backend,
      `${fixed(epochs.after.epochsPerSecond)} (${fixed(epochs.after.medianMs)})`,
      `${fixed(epochs.before.epochsPerSecond)} (${fixed(epochs.before.medianMs)})`,
      `${fixed(epochs.ratio, 2)}×`,
      `${fixed(epochs.loadAverage.atStart)}–${fixed(epochs.loadAverage.atEnd)}`,
    ]),
  );
}

/** The report printed to stdout: targets first, then the detail behind them. */
export function markdownReport(results) {
  const mainThread = results.mainThread.map((summary) => [
    summary.historyPoints.toLocaleString('en'),
    summary.backend,
    `${summary.windows} × ${fixed(summary.measuredSeconds / summary.windows)} s`,
    summary.longTasks,
    fixed(summary.longestTaskMs),
    fixed(summary.worstFrameGapMs),
    `${fixed(summary.busyMsPerSecondMedian)} / ${fixed(summary.busyMsPerSecondMax)}`,
    summary.tasks,
    `${fixed(summary.taskP95Ms)} / ${fixed(summary.taskMaxMs)}`,
    summary.epochsTrained,
  ]);
  const chunks = [
    ...results.bundle.mainThreadInitial.map((chunk) => ['main thread, at start', chunk]),
    ...results.bundle.mainThreadLazy.map((chunk) => ['main thread, on demand', chunk]),
    ...results.bundle.worker.map((chunk) => ['worker', chunk]),
  ].map(([role, chunk]) => [role, chunk.file, kilobytes(chunk.bytes), kilobytes(chunk.gzipBytes)]);
  const verdict = (met) => (met === undefined ? 'not measured' : met ? 'met' : 'not met');
  return [
    `# Benchmark (${results.mode}), ${results.date}`,
    '',
    `${results.machine.description}`,
    '',
    table(
      ['target', 'measured', 'verdict'],
      results.targets.map((row) => [row.target, row.measured, verdict(row.met)]),
    ),
    '',
    '## Training step, in the browser worker (median ms; efficiency = FLOPs per step / (matMul throughput × step time))',
    '',
    'project: the step as it is (fused kernels on wasm and cpu); unfused: the same step before the fused kernels; baseline: tf.layers.lstm.',
    '',
    stepTable(results.browser.timings),
    '',
    '## Training step, in Node',
    '',
    stepTable(results.node.timings),
    '',
    '## Epochs per second at the default settings (a real trainer: two steps and the evaluation of 256 validation windows)',
    '',
    epochTable([
      ['browser worker', results.browser.epochs],
      ['Node', results.node.epochs],
    ]),
    '',
    '## Main thread while training (busy: every main-thread task in a Chromium trace, summed, per second of window)',
    '',
    table(
      [
        'history',
        'backend',
        'windows',
        'long tasks',
        'longest ms',
        'worst frame gap ms',
        'busy ms/s median / max',
        'tasks',
        'task ms p95 / max',
        'epochs trained',
      ],
      mainThread,
    ),
    '',
    '## Bundle (production build, gzip level 9)',
    '',
    table(['loaded', 'chunk', 'size', 'gzip'], chunks),
    '',
  ].join('\n');
}

/** Gzip kilobytes (1 kB = 1,000 bytes, as Vite reports) the main thread may load before the page works. */
const mainChunkBudgetKilobytes = 200;
/** Milliseconds a chart update may take: half a 60 Hz frame, leaving the rest for layout and paint. */
const chartUpdateBudgetMs = 8;
/** How much faster than tf.layers.lstm the project's step should be. */
const ratioTarget = 3;
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
  return ['wasm', 'webgl'].map((backend) => {
    const timing = browserTimings.find((entry) => entry.backend === backend);
    const cell = timing?.available ? timing.cells.find((entry) => entry.hiddenUnits === 32) : undefined;
    const target = `Step ≥ ${ratioTarget}× faster than tf.layers.lstm, ${backend}, 32 units (baseline ms / project ms)`;
    if (!cell) return targetRow(target, timing?.available === false ? `unavailable: ${timing.reason}` : 'not measured', undefined);
    return targetRow(
      target,
      `${fixed(cell.ratio, 2)}× (${fixed(cell.baseline.medianMs)} / ${fixed(cell.project.medianMs)} ms)`,
      cell.ratio >= ratioTarget,
    );
  });
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
        `${summary.longTasks} (longest ${fixed(summary.longestTaskMs)} ms)`,
        summary.longTasks === 0,
      ),
      targetRow(
        `Chart update ≤ ${chartUpdateBudgetMs} ms (median React work per metrics batch), ${history}`,
        `${fixed(summary.chartUpdateMedianMs)} ms (p95 ${fixed(summary.chartUpdateP95Ms)}, max ${fixed(summary.chartUpdateMaxMs)})`,
        summary.chartUpdateMedianMs <= chartUpdateBudgetMs,
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
          fixed(cell.baseline.medianMs),
          `${fixed(cell.ratio, 2)}×`,
          fixed(cell.flopsPerStep / 1e6),
          `${fixed(timing.matMul.gigaflopsPerSecond)} (${timing.matMul.size}²)`,
          percent(cell.projectEfficiency),
          percent(cell.baselineEfficiency),
          `${fixed(cell.project.firstStepMs, 0)} / ${fixed(cell.baseline.firstStepMs, 0)}`,
        ])
      : [[timing.backend, '—', 'unavailable', timing.reason, '', '', '', '', '', '']],
  );
  const header = [
    'backend',
    'units',
    'project ms',
    'baseline ms',
    'ratio',
    'MFLOP/step',
    'matMul GFLOP/s',
    'project eff.',
    'baseline eff.',
    'first step ms (p / b)',
  ];
  return table(header, rows);
}

/** The report printed to stdout: targets first, then the detail behind them. */
export function markdownReport(results) {
  const mainThread = results.mainThread.map((summary) => [
    summary.historyPoints.toLocaleString('en'),
    summary.backend,
    `${summary.windows} × ${fixed(summary.measuredSeconds / summary.windows)} s`,
    summary.longTasks,
    fixed(summary.worstFrameGapMs),
    summary.chartUpdates,
    `${fixed(summary.chartUpdateMedianMs)} / ${fixed(summary.chartUpdateP95Ms)} / ${fixed(summary.chartUpdateMaxMs)}`,
    fixed(summary.reactRenderMedianMs),
    summary.commitsPerUpdateMedian,
    fixed(summary.chartSettleMedianMs),
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
    stepTable(results.browser.timings),
    '',
    '## Training step, in Node',
    '',
    stepTable(results.node.timings),
    '',
    '## Main thread while training',
    '',
    table(
      [
        'history',
        'backend',
        'windows',
        'long tasks',
        'worst frame gap ms',
        'chart updates',
        'update work ms median / p95 / max',
        'React render ms (median)',
        'commits per update',
        'settled after ms (median)',
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

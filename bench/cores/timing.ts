import * as tf from '@tensorflow/tfjs-core';
import { squareMatMulFlops, trainingStepFlops } from './flops';
import type { BenchBackend, Implementation, MatMulThroughput, StepCell, StepPlan, StepTimes } from './plan';
import type { BenchHost } from './run-steps';
import { createProjectRunner, createTimingBatch, type StepRunner } from '../../src/model/step-runner';
import { createBaselineRunner, createUnfusedProjectRunner } from './step-runners';

/** The middle value (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds one call takes, awaited. */
export async function timeOne(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times runners in alternating blocks (A B C, C B A, …), so drift of a shared machine (another process,
 * thermal state) falls on all alike. Each runner first takes its warm-up steps; `afterBlock` runs after
 * every block (the throughput probe, so it samples the same drift).
 */
async function timeInterleaved(
  runners: Record<Implementation, StepRunner>,
  plan: StepPlan,
  afterBlock: () => Promise<void>,
): Promise<Record<Implementation, StepTimes>> {
  const names = Object.keys(runners) as Implementation[];
  const firstStepMs: Partial<Record<Implementation, number>> = {};
  const samplesMs = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Implementation, number[]>;
  for (const name of names) {
    firstStepMs[name] = await timeOne(() => runners[name].step());
    for (let step = 1; step < plan.warmupSteps; step += 1) await runners[name].step();
  }
  for (let block = 0; block < plan.blocks; block += 1) {
    // Forward, then backward order: no runner always follows the same other runner's (possibly cache-warming) block.
    for (const name of block % 2 === 0 ? names : [...names].reverse()) {
      for (let step = 0; step < plan.stepsPerBlock; step += 1) samplesMs[name].push(await timeOne(() => runners[name].step()));
      await afterBlock();
    }
  }
  const times = (name: Implementation): StepTimes => ({
    medianMs: median(samplesMs[name]),
    firstStepMs: firstStepMs[name] ?? NaN,
    samplesMs: samplesMs[name],
  });
  return { project: times('project'), unfused: times('unfused'), baseline: times('baseline') };
}

// Kernels one step runs, from tf.profile (which also runs the step).
async function kernelsPerStep(runner: StepRunner): Promise<number> {
  return (await tf.profile(() => runner.step())).kernels.length;
}

/** A square matMul kept on the device, timed one repetition at a time. */
interface MatMulProbe {
  size: number;
  /** Milliseconds of one matMul, reduced to a scalar and read back, so the time is the device's. */
  time(): Promise<number>;
  dispose(): void;
}

function matMulProbe(size: number): MatMulProbe {
  const [left, right] = [tf.randomNormal([size, size], 0, 1, 'float32', 1), tf.randomNormal([size, size], 0, 1, 'float32', 2)];
  return {
    size,
    time: () =>
      timeOne(async () => {
        // Reading back a scalar instead of the n² product keeps the download out of the arithmetic's time.
        const total = tf.tidy(() => tf.sum(tf.matMul(left, right)));
        await total.data();
        total.dispose();
      }),
    dispose: () => tf.dispose([left, right]),
  };
}

/**
 * Times the project's step, the same step before the fused kernels and the baseline's at one hidden size
 * on the current backend, counts their kernels, and notes the machine's load; efficiency is filled in later.
 */
async function timeCell(
  plan: StepPlan,
  hiddenUnits: number,
  loadAverage: () => Promise<number>,
  afterBlock: () => Promise<void>,
): Promise<Omit<StepCell, 'projectEfficiency' | 'baselineEfficiency'>> {
  const loadAtStart = await loadAverage();
  const batch = createTimingBatch(plan.batchSize, plan.timeSteps, plan.features);
  const runners: Record<Implementation, StepRunner> = {
    project: createProjectRunner(batch, hiddenUnits),
    unfused: createUnfusedProjectRunner(batch, hiddenUnits),
    baseline: createBaselineRunner(batch, hiddenUnits),
  };
  try {
    const times = await timeInterleaved(runners, plan, afterBlock);
    const kernels = {
      project: await kernelsPerStep(runners.project),
      unfused: await kernelsPerStep(runners.unfused),
      baseline: await kernelsPerStep(runners.baseline),
    };
    const flopsPerStep = trainingStepFlops({ ...plan, hiddenUnits, outputs: 1 });
    return {
      hiddenUnits,
      ...times,
      ratio: times.baseline.medianMs / times.project.medianMs,
      unfusedRatio: times.baseline.medianMs / times.unfused.medianMs,
      kernelsPerStep: kernels,
      loadAverage: { atStart: loadAtStart, atEnd: await loadAverage() },
      flopsPerStep,
    };
  } finally {
    Object.values(runners).forEach((runner) => runner.dispose());
    tf.dispose([batch.inputs, batch.targets]);
  }
}

/**
 * Times every hidden size on the backend already set. The matMul throughput, the reference for
 * efficiency, is the median of one matMul before the steps and one after every block of steps.
 */
export async function timeBackend(
  backend: BenchBackend,
  plan: StepPlan,
  host: Pick<BenchHost, 'progress' | 'loadAverage'>,
): Promise<{ matMul: MatMulThroughput; cells: StepCell[] }> {
  const { progress } = host;
  const probe = matMulProbe(plan.matMulSizes[backend]);
  await probe.time(); // compiles the shader on WebGL, allocates the buffers elsewhere
  const matMulSamplesMs = [await probe.time()];
  const timed = [];
  try {
    for (const hiddenUnits of plan.hiddenUnits[backend] ?? []) {
      const cell = await timeCell(plan, hiddenUnits, host.loadAverage, async () => {
        matMulSamplesMs.push(await probe.time());
      });
      progress(
        `${backend} H=${hiddenUnits}: project ${cell.project.medianMs.toFixed(1)} ms (${cell.kernelsPerStep.project} kernels), ` +
          `unfused ${cell.unfused.medianMs.toFixed(1)} ms (${cell.kernelsPerStep.unfused}), baseline ${cell.baseline.medianMs.toFixed(1)} ms (${cell.kernelsPerStep.baseline})`,
      );
      timed.push(cell);
    }
  } finally {
    probe.dispose();
  }
  const flopsPerSecond = squareMatMulFlops(probe.size) / (median(matMulSamplesMs) / 1000);
  const matMul = { size: probe.size, gigaflopsPerSecond: flopsPerSecond / 1e9, samplesMs: matMulSamplesMs };
  progress(`${backend} matMul ${probe.size}²: ${matMul.gigaflopsPerSecond.toFixed(1)} GFLOP/s`);
  const efficiency = (flops: number, stepMs: number) => flops / (flopsPerSecond * (stepMs / 1000));
  return {
    matMul,
    cells: timed.map((cell) => ({
      ...cell,
      projectEfficiency: efficiency(cell.flopsPerStep, cell.project.medianMs),
      baselineEfficiency: efficiency(cell.flopsPerStep, cell.baseline.medianMs),
    })),
  };
}

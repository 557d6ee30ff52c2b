import * as tf from '@tensorflow/tfjs-core';
import { squareMatMulFlops, trainingStepFlops } from './flops';
import type { BenchBackend, MatMulThroughput, StepCell, StepPlan, StepTimes } from './plan';
import { createProjectRunner, createTimingBatch, type StepRunner } from '../../src/model/step-runner';
import { createBaselineRunner } from './step-runners';

/** The middle value (mean of the middle two for an even count). */
function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function timeOne(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times two runners in alternating blocks (project, baseline, baseline, project, …), so drift of a shared
 * machine (another process, thermal state) falls on both alike. Each runner first takes its warm-up
 * steps; `afterBlock` runs after every block (the throughput probe, so it samples the same drift).
 */
async function timeInterleaved(
  project: StepRunner,
  baseline: StepRunner,
  plan: StepPlan,
  afterBlock: () => Promise<void>,
): Promise<Record<'project' | 'baseline', StepTimes>> {
  const runners = { project, baseline };
  const firstStepMs = { project: 0, baseline: 0 };
  const samplesMs: Record<'project' | 'baseline', number[]> = { project: [], baseline: [] };
  for (const name of ['project', 'baseline'] as const) {
    firstStepMs[name] = await timeOne(() => runners[name].step());
    for (let step = 1; step < plan.warmupSteps; step += 1) await runners[name].step();
  }
  for (let block = 0; block < plan.blocks; block += 1) {
    // ABBA order: neither runner always goes right after the other's (possibly cache-warming) block.
    const order = block % 2 === 0 ? (['project', 'baseline'] as const) : (['baseline', 'project'] as const);
    for (const name of order) {
      for (let step = 0; step < plan.stepsPerBlock; step += 1) samplesMs[name].push(await timeOne(() => runners[name].step()));
      await afterBlock();
    }
  }
  const times = (name: 'project' | 'baseline'): StepTimes => ({
    medianMs: median(samplesMs[name]),
    firstStepMs: firstStepMs[name],
    samplesMs: samplesMs[name],
  });
  return { project: times('project'), baseline: times('baseline') };
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
 * The smallest square matMul from 256 up (doubling) that takes at least `minimumMs`, capped at
 * `maximumSize`: large enough that launch and read-back overheads hardly count, on any backend.
 */
async function largeMatMulProbe(minimumMs: number, maximumSize: number): Promise<MatMulProbe> {
  for (let size = 256; ; size *= 2) {
    const probe = matMulProbe(size);
    await probe.time(); // compiles the shader on WebGL, allocates the buffers elsewhere
    if (size >= maximumSize || (await probe.time()) >= minimumMs) return probe;
    probe.dispose();
  }
}

/** Times the project's and the baseline's step at one hidden size on the current backend; efficiency is filled in later. */
async function timeCell(
  plan: StepPlan,
  hiddenUnits: number,
  afterBlock: () => Promise<void>,
): Promise<Omit<StepCell, 'projectEfficiency' | 'baselineEfficiency'>> {
  const batch = createTimingBatch(plan.batchSize, plan.timeSteps, plan.features);
  const project = createProjectRunner(batch, hiddenUnits);
  const baseline = createBaselineRunner(batch, hiddenUnits);
  try {
    const times = await timeInterleaved(project, baseline, plan, afterBlock);
    const flopsPerStep = trainingStepFlops({ ...plan, hiddenUnits, outputs: 1 });
    return { hiddenUnits, ...times, ratio: times.baseline.medianMs / times.project.medianMs, flopsPerStep };
  } finally {
    project.dispose();
    baseline.dispose();
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
  progress: (line: string) => void,
): Promise<{ matMul: MatMulThroughput; cells: StepCell[] }> {
  const probe = await largeMatMulProbe(plan.matMulMinimumMs, plan.matMulMaximumSize);
  const matMulSamplesMs = [await probe.time()];
  const timed = [];
  try {
    for (const hiddenUnits of plan.hiddenUnits) {
      const cell = await timeCell(plan, hiddenUnits, async () => {
        matMulSamplesMs.push(await probe.time());
      });
      progress(
        `${backend} H=${hiddenUnits}: project ${cell.project.medianMs.toFixed(1)} ms, baseline ${cell.baseline.medianMs.toFixed(1)} ms`,
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

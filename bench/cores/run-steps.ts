import { timeEpochs } from './epochs';
import type { BackendTimings, BenchBackend, StepBenchResult, StepPlan } from './plan';
import { countTensors } from './tensor-counts';
import { timeBackend } from './timing';

/** What the place the benchmark runs in (the browser worker, Node) provides. */
export interface BenchHost {
  /** Starts a backend; resolves to undefined when it runs, else to the reason it does not. */
  startBackend(backend: BenchBackend): Promise<string | undefined>;
  progress(line: string): void;
  /** The machine's 1-minute load average now (from the Node process that drives the run). */
  loadAverage(): Promise<number>;
}

/**
 * The step timings on every planned backend, epochs per second at the default settings, then the
 * tensor-count check; the same code runs in the browser worker and in Node.
 */
export async function runStepBench(plan: StepPlan, host: BenchHost): Promise<StepBenchResult> {
  const { startBackend, progress } = host;
  const timings: BackendTimings[] = [];
  for (const backend of plan.backends) {
    const reason = await startBackend(backend);
    if (reason) {
      progress(`${backend}: unavailable (${reason})`);
      timings.push({ backend, available: false, reason });
      continue;
    }
    timings.push({ backend, available: true, ...(await timeBackend(backend, plan, host)) });
  }
  const epochReason = await startBackend(plan.epochs.backend);
  if (epochReason) throw new Error(`The epoch timing needs ${plan.epochs.backend}: ${epochReason}`);
  const epochs = await timeEpochs(plan.epochs, host.loadAverage);
  progress(
    `epochs per second at the defaults on ${epochs.backend}: ${epochs.after.epochsPerSecond.toFixed(1)} after, ` +
      `${epochs.before.epochsPerSecond.toFixed(1)} before (${epochs.ratio.toFixed(2)}×)`,
  );
  if (!plan.tensorCheck) return { timings, epochs };
  const reason = await startBackend(plan.tensorCheck.backend);
  if (reason) throw new Error(`The tensor-count check needs ${plan.tensorCheck.backend}: ${reason}`);
  const tensorCounts = await countTensors(plan.tensorCheck);
  progress(
    `tensors on ${tensorCounts.backend}: ${tensorCounts.afterFirstEpoch} → ${tensorCounts.afterTrainingSteps} after ${tensorCounts.trainingSteps} steps`,
  );
  return { timings, epochs, tensorCounts };
}

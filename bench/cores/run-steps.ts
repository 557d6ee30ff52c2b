import type { BackendTimings, BenchBackend, StepBenchResult, StepPlan } from './plan';
import { countTensors } from './tensor-counts';
import { timeBackend } from './timing';

/** Starts a backend; resolves to undefined when it runs, else to the reason it does not. */
export type BackendStarter = (backend: BenchBackend) => Promise<string | undefined>;

/** The step timings on every planned backend, then the tensor-count check; the same code runs in the browser worker and in Node. */
export async function runStepBench(
  plan: StepPlan,
  startBackend: BackendStarter,
  progress: (line: string) => void,
): Promise<StepBenchResult> {
  const timings: BackendTimings[] = [];
  for (const backend of plan.backends) {
    const reason = await startBackend(backend);
    if (reason) {
      progress(`${backend}: unavailable (${reason})`);
      timings.push({ backend, available: false, reason });
      continue;
    }
    timings.push({ backend, available: true, ...(await timeBackend(backend, plan, progress)) });
  }
  if (!plan.tensorCheck) return { timings };
  const reason = await startBackend(plan.tensorCheck.backend);
  if (reason) throw new Error(`The tensor-count check needs ${plan.tensorCheck.backend}: ${reason}`);
  const tensorCounts = await countTensors(plan.tensorCheck);
  progress(
    `tensors on ${tensorCounts.backend}: ${tensorCounts.afterFirstEpoch} → ${tensorCounts.afterTrainingSteps} after ${tensorCounts.trainingSteps} steps`,
  );
  return { timings, tensorCounts };
}

import type { StepBenchResult, StepPlan } from '../cores/plan';
import type { FromStepsWorker } from './steps-protocol';

declare global {
  interface Window {
    /** Runs the step benchmark in a module worker, as the app trains; set by this page for bench/run.mjs. */
    runStepBench?: (plan: StepPlan) => Promise<StepBenchResult>;
    /** Progress lines go to the orchestrator's terminal (bound with Playwright's exposeFunction). */
    reportBenchProgress?: (line: string) => Promise<void>;
    /** The machine's 1-minute load average, from the orchestrator (bound with Playwright's exposeFunction). */
    benchLoadAverage?: () => Promise<number>;
  }
}

window.runStepBench = (plan) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./steps.worker.ts', import.meta.url), { type: 'module', name: 'bench-steps' });
    worker.addEventListener('message', (event: MessageEvent<FromStepsWorker>) => {
      const message = event.data;
      if (message.type === 'progress') void window.reportBenchProgress?.(message.line);
      else if (message.type === 'load-average-request') {
        void (window.benchLoadAverage?.() ?? Promise.resolve(NaN)).then((value) => worker.postMessage({ type: 'load-average', value }));
      } else {
        worker.terminate();
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The benchmark worker failed to start')));
    worker.postMessage({ type: 'run', plan });
  });

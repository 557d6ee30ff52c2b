import { selectBackend } from './backend';
import { LabJobCancelled, runLabJob } from './lab-job';
import { transferablesOf, type FromLabWorker, type ToLabWorker } from './lab-protocol';

// A macrotask boundary between steps lets a cancel message in; taken at most every `yieldEveryMs`,
// since each costs a message round trip.
const yieldEveryMs = 20;
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
let lastYield = 0;
function yieldSometimes(): Promise<void> {
  if (performance.now() - lastYield < yieldEveryMs) return Promise.resolve();
  lastYield = performance.now();
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const progressEveryMs = 100;
let lastProgress = 0;
const cancelled = new Set<number>();
let backendReady: Promise<string> | undefined;

// The project compiles against the DOM library, whose `self` is a Window; a dedicated worker has the
// same one-argument postMessage, which is all this entry uses.
function post(message: FromLabWorker, transfer: ArrayBuffer[] = []): void {
  self.postMessage(message, { transfer });
}

async function run(message: Extract<ToLabWorker, { type: 'run-job' }>): Promise<void> {
  const { jobId } = message;
  try {
    backendReady ??= selectBackend(message.backend).then((selection) => selection.backend);
    const backend = await backendReady;
    const result = await runLabJob(message.job, {
      cancelled: () => cancelled.has(jobId),
      betweenSteps: yieldSometimes,
      onEpoch: (epoch) => {
        // Ten reports a second are plenty for a progress bar, and keep the page's message queue short.
        if (performance.now() - lastProgress < progressEveryMs) return;
        lastProgress = performance.now();
        post({ type: 'job-progress', jobId, epoch });
      },
    });
    post({ type: 'job-done', jobId, result, backend }, transferablesOf(result));
  } catch (error) {
    if (error instanceof LabJobCancelled) post({ type: 'job-cancelled', jobId });
    else post({ type: 'job-failed', jobId, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(jobId);
  }
}

self.addEventListener('message', (event: MessageEvent<ToLabWorker>) => {
  const message = event.data;
  if (message.type === 'run-job') void run(message);
  else cancelled.add(message.jobId);
});

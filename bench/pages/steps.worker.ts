import type { BenchBackend } from '../cores/plan';
import { runStepBench } from '../cores/run-steps';
import { passedOverInEnglish, selectBackend } from '../../src/worker/backend';
import type { FromStepsWorker, ToStepsWorker } from './steps-protocol';

// The app's own backend start-up (wasm paths, single-threaded wasm, smoke test), asked for one backend:
// when it falls back to another, the asked one is unavailable here.
async function startBackend(backend: BenchBackend): Promise<string | undefined> {
  const selection = await selectBackend(backend);
  return selection.backend === backend ? undefined : passedOverInEnglish(selection.passedOver) || `started ${selection.backend} instead`;
}

// Which GPU (or emulator) WebGL runs on: the timings mean little without it.
function webglRenderer(): string | undefined {
  const context = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!context) return undefined;
  const debugInfo = context.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(context.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : context.RENDERER));
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}

const post = (message: FromStepsWorker) => self.postMessage(message);

// The worker cannot see the machine: the page asks the orchestrator, one request at a time.
let loadAverageAnswer: ((value: number) => void) | undefined;
function loadAverage(): Promise<number> {
  return new Promise((resolve) => {
    loadAverageAnswer = resolve;
    post({ type: 'load-average-request' });
  });
}

self.addEventListener('message', (event: MessageEvent<ToStepsWorker>) => {
  const message = event.data;
  if (message.type === 'load-average') {
    loadAverageAnswer?.(message.value);
    return;
  }
  const renderer = webglRenderer();
  runStepBench(message.plan, { startBackend, progress: (line) => post({ type: 'progress', line }), loadAverage })
    .then((result) => post({ type: 'result', result: renderer ? { ...result, webglRenderer: renderer } : result }))
    .catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});

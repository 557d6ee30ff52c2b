import type { BackendSpeed, FromWorker, ToWorker } from './protocol';

/** The page's handle on the training worker. */
export interface TrainingClient {
  /** Sends a command to the worker. */
  send(message: ToWorker): void;
  /** Calls `listener` with every event the worker posts. */
  onEvent(listener: (message: FromWorker) => void): void;
}

/** Starts the training worker: the only place on the main thread where a Worker is created. */
export function createTrainingClient(): TrainingClient {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'training' });
  return {
    send: (message) => worker.postMessage(message),
    onEvent(listener) {
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener(event.data));
      worker.addEventListener('error', (event) =>
        listener({ type: 'error', runId: -1, message: event.message || 'The training worker failed to start' }),
      );
    },
  };
}

/**
 * Times every backend in a worker of its own, so training goes on meanwhile, then ends that worker
 * (and its WebGL context). It runs the training worker's script, which the browser has already loaded.
 */
export function measureBackendsInWorker(): Promise<BackendSpeed[]> {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'backend-speeds' });
  return new Promise<BackendSpeed[]>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'backend-speeds') resolve(event.data.speeds);
      if (event.data.type === 'error') reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'The measuring worker failed to start')));
    const command: ToWorker = { type: 'measure-backends', runId: 0 };
    worker.postMessage(command);
  }).finally(() => worker.terminate());
}

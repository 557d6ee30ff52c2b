import type { FromWorker, ToWorker } from './protocol';

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

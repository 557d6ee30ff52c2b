import type { BackendName, BackendSpeed, BuildRequest, Checkpoint, CommandName, Commands, FromWorker, ToWorker } from './protocol';

/** The run's events the page shows (the worker's other messages stay inside the client). */
export type RunStreamEvent = Extract<FromWorker, { type: 'run' | 'preview' | 'snapshot' }>;

/** Whether the page's training worker is there to answer, and if not, why. */
export interface WorkerHealth {
  state: 'starting' | 'alive' | 'replacing' | 'down';
  /** What went wrong, in English words, when it is not alive. */
  reason?: string;
  /** What went wrong, as data, so the page can say it in its own language. */
  cause?: WorkerFailure;
}

/** Why the supervisor replaced the training worker. */
export type WorkerFailure =
  | { kind: 'stalled'; seconds: number; backend?: string }
  | { kind: 'contextLost' }
  | { kind: 'failed'; detail?: string }
  | { kind: 'unreadable' }
  | { kind: 'silent'; seconds: number };

/** The page's handle on the training worker, which it supervises and replaces when it fails. */
export interface RunClient {
  /** Sends a command; the promise settles with the worker's answer, or rejects if the worker is replaced first. */
  call<Name extends CommandName>(name: Name, args: Commands[Name]['args']): Promise<Commands[Name]['result']>;
  /** Calls `listener` with every run, preview and snapshot event. */
  onEvent(listener: (event: RunStreamEvent) => void): void;
  /** Calls `listener` whenever the worker's health changes. */
  onHealth(listener: (health: WorkerHealth) => void): void;
  /** After the worker is down for good: starts a new one (the page's Reset). */
  revive(): void;
}

/** The part of a Worker the client uses, so tests can give it a stand-in. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** How patient the supervisor is. */
export interface SupervisionTiming {
  /** Silence (no message at all) after which the worker counts as dead or frozen. */
  silenceMs: number;
  /** Work without progress after which the worker counts as hung (a read that never returns). */
  stalledMs: number;
  /** Failures in a row, without an epoch trained in between, after which the supervisor gives up. */
  maxRestarts: number;
  /** Pause before a replacement starts, times the failures in a row. */
  backoffMs: number;
}

/**
 * Alive messages come every second. Seven seconds of silence, or fifteen stuck on one piece of work,
 * mean trouble, unless the worker said a step may take longer (it does before a run's first step,
 * which compiles WebGL shaders: 15 s on a loaded 2-core machine with a software renderer). Each
 * replacement in a row doubles both, so a slow device is not mistaken for a broken one twice.
 */
export const defaultTiming: SupervisionTiming = { silenceMs: 7_000, stalledMs: 15_000, maxRestarts: 3, backoffMs: 500 };

function spawnTrainingWorker(name = 'training'): WorkerLike {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name });
}

/** Why a command was not answered: its worker was replaced meanwhile. */
export class WorkerReplacedError extends Error {}

/**
 * Starts the training worker and watches it: the only place on the main thread where it is created.
 * When it fails to start, dies, stops answering, hangs in a step or loses its WebGL context, the
 * client says so, starts a new worker (avoiding the backend when the backend was to blame), rebuilds the
 * run from its settings and the last checkpoint the old worker sent, and trains on if it was training.
 */
export function createRunClient(spawn: () => WorkerLike = spawnTrainingWorker, timing: SupervisionTiming = defaultTiming): RunClient {
  const eventListeners: ((event: RunStreamEvent) => void)[] = [];
  const healthListeners: ((health: WorkerHealth) => void)[] = [];
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let worker: WorkerLike | undefined;
  let callCount = 0;
  let health: WorkerHealth = { state: 'starting' };
  let lastHeardAt = Date.now();
  // What the supervisor needs to rebuild the current run elsewhere.
  let build: BuildRequest | undefined;
  let checkpoint: Checkpoint | undefined;
  let training = false;
  let backend: BackendName | undefined;
  let avoid: BackendName[] = [];
  let failuresInRow = 0;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;

  const patience = () => 2 ** failuresInRow;
  // How long the worker said one step may keep it silent.
  let quietMs = 0;
  // A step the replaced worker never finished is asked of the new one.
  let stepping = false;

  const setHealth = (next: WorkerHealth) => {
    if (next.state === health.state && next.reason === health.reason) return;
    health = next;
    healthListeners.forEach((listener) => listener(health));
  };

  const send = (message: ToWorker) => worker?.postMessage(message);

  function call<Name extends CommandName>(name: Name, args: Commands[Name]['args']): Promise<Commands[Name]['result']> {
    if (name === 'build') {
      const request = args as BuildRequest;
      // A backend chosen anew is tried again even if it failed before.
      if (build && build.settings.backend !== request.settings.backend) avoid = [];
      build = request;
      checkpoint = undefined;
      training = false;
    }
    if (name === 'update' && build) build = { ...build, settings: args as Commands['update']['args'] };
    callCount += 1;
    const callId = callCount;
    if (name === 'step') stepping = true;
    return new Promise((resolve, reject) => {
      pending.set(callId, {
        resolve: (value) => {
          if (name === 'step') stepping = false;
          resolve(value as Commands[Name]['result']);
        },
        reject,
      });
      send({ type: 'call', callId, name, args } as ToWorker);
    });
  }

  function onMessage(message: FromWorker): void {
    lastHeardAt = Date.now();
    switch (message.type) {
      case 'alive':
        quietMs = message.quietMs;
        if (message.stalledMs > Math.max(timing.stalledMs, quietMs) * patience()) {
          const seconds = Math.round(message.stalledMs / 1000);
          replace(
            `it made no progress for ${seconds} s (a computation on ${backend ?? 'its backend'} never finished)`,
            true,
            backend ? { kind: 'stalled', seconds, backend } : { kind: 'stalled', seconds },
          );
          return;
        }
        if (health.state !== 'alive') setHealth({ state: 'alive' });
        return;
      case 'reply': {
        const waiter = pending.get(message.callId);
        pending.delete(message.callId);
        if (message.ok) waiter?.resolve(message.value);
        else waiter?.reject(new Error(message.error));
        return;
      }
      case 'fault':
        replace('its WebGL context was lost', true, { kind: 'contextLost' });
        return;
      case 'run':
        if (message.runId === build?.runId) {
          if (message.checkpoint) checkpoint = message.checkpoint;
          if (message.built) backend = message.built.backend;
          // Only an epoch trained proves the new worker sound; a build alone does not.
          if (message.points.length > 0) failuresInRow = 0;
          training = message.status === 'training';
        }
        eventListeners.forEach((listener) => listener(message));
        return;
      case 'preview':
      case 'snapshot':
        eventListeners.forEach((listener) => listener(message));
        return;
    }
  }

  function start(): void {
    const next = spawn();
    worker = next;
    lastHeardAt = Date.now();
    quietMs = 0;
    next.addEventListener('message', (event) => {
      if (worker === next) onMessage((event as MessageEvent<FromWorker>).data);
    });
    next.addEventListener('error', (event) => {
      if (worker !== next) return;
      // A script that fails to load or run gives an ErrorEvent, sometimes with words; Node has no ErrorEvent.
      const words = 'message' in event && typeof event.message === 'string' ? event.message : '';
      const detail = words ? `: ${words}` : '';
      replace(`it failed${detail}`, false, words ? { kind: 'failed', detail: words } : { kind: 'failed' });
    });
    next.addEventListener('messageerror', () => {
      if (worker === next) replace('a message from it could not be read', false, { kind: 'unreadable' });
    });
  }

  // Ends the worker and starts another after a pause, unless it failed too often in a row.
  function replace(reason: string, blameBackend: boolean, cause: WorkerFailure): void {
    if (!worker) return;
    worker.terminate();
    worker = undefined;
    const replaced = new WorkerReplacedError(`The training worker was replaced: ${reason}`);
    pending.forEach((waiter) => waiter.reject(replaced));
    pending.clear();
    if (blameBackend && backend && !avoid.includes(backend)) avoid = [...avoid, backend];
    failuresInRow += 1;
    if (failuresInRow > timing.maxRestarts) {
      setHealth({ state: 'down', reason, cause });
      return;
    }
    setHealth({ state: 'replacing', reason, cause });
    const resumeTraining = training;
    const resumeStep = stepping;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      start();
      if (!build) return;
      const request: BuildRequest = { ...build, ...(avoid.length > 0 ? { avoid } : {}), ...(checkpoint ? { resume: checkpoint } : {}) };
      const onward = resumeTraining ? 'train' : resumeStep ? 'step' : undefined;
      call('build', request).then(
        () => (onward ? call(onward, undefined) : undefined),
        () => undefined,
      );
      // call('build') forgets the checkpoint, as for any new run; this one carries on from it.
      if (request.resume) checkpoint = request.resume;
    }, timing.backoffMs * failuresInRow);
  }

  setInterval(() => {
    const silenceMs = Math.max(timing.silenceMs, quietMs) * patience();
    const seconds = Math.round(silenceMs / 1000);
    if (worker && Date.now() - lastHeardAt > silenceMs)
      replace(`it stopped answering for ${seconds} s`, false, { kind: 'silent', seconds });
  }, 500);
  start();

  return {
    call,
    onEvent: (listener) => void eventListeners.push(listener),
    onHealth: (listener) => void healthListeners.push(listener),
    revive() {
      if (health.state !== 'down' || restartTimer) return;
      failuresInRow = 0;
      setHealth({ state: 'starting' });
      start();
    },
  };
}

/**
 * Times every backend in a worker of its own, so training goes on meanwhile, then ends that worker
 * (and its WebGL context). It runs the training worker's script, which the browser has already loaded.
 */
export function measureBackendsInWorker(): Promise<BackendSpeed[]> {
  const worker = spawnTrainingWorker('backend-speeds');
  return new Promise<BackendSpeed[]>((resolve, reject) => {
    worker.addEventListener('message', (event) => {
      const message = (event as MessageEvent<FromWorker>).data;
      if (message.type !== 'reply') return;
      if (message.ok) resolve(message.value as BackendSpeed[]);
      else reject(new Error(message.error));
    });
    worker.addEventListener('error', () => reject(new Error('The measuring worker failed to start')));
    worker.postMessage({ type: 'call', callId: 1, name: 'measureBackends', args: undefined });
  }).finally(() => worker.terminate());
}

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// Vite does not emit the backend's .wasm files by itself; importing them as URLs does.
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendChoice } from '../settings/schema';
import type { BackendName, PassedOver, StartProblem } from './protocol';

/** How long a started backend may take to answer its smoke test before the next one is tried. */
const smokeTimeoutMs = 10_000;

const preferenceOrder: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

// Threaded wasm hangs in a minified build and gives no speed-up on small models, so it stays off.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
// setWasmPaths wants all three binaries named, although the threaded one is never fetched.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});

/** Why a backend failed its start, as data (`StartProblem`), with English words for logs. */
class BackendStartError extends Error {
  /** What went wrong. */
  readonly problem: StartProblem;

  constructor(problem: StartProblem) {
    super(
      problem.kind === 'noAnswer'
        ? `no answer in ${problem.seconds * 1000} ms`
        : problem.kind === 'didNotStart'
          ? 'it did not start'
          : 'it computed a wrong result',
    );
    this.problem = problem;
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new BackendStartError({ kind: 'noAnswer', seconds: milliseconds / 1000 })), milliseconds),
    ),
  ]);
}

/**
 * Makes `name` the current backend, or throws why it cannot be. setBackend only warns when a backend
 * fails to start, and a started one can still fail its first read (a lost WebGL context): a tiny
 * computation read back proves it works. setBackend itself gets no time limit: tfjs keeps waiting on
 * an abandoned initialisation and would refuse every other backend.
 */
export async function startBackend(name: BackendName): Promise<void> {
  if (!(await tf.setBackend(name))) throw new BackendStartError({ kind: 'didNotStart' });
  const probe = tf.tidy(() => tf.add(tf.tensor1d([1, 2]), 1));
  try {
    const values = await withTimeout(probe.data(), smokeTimeoutMs);
    if (values[0] !== 2 || values[1] !== 3) throw new BackendStartError({ kind: 'wrongResult' });
  } finally {
    probe.dispose();
  }
}

/**
 * The emulator's name when WebGL runs on a CPU emulation (SwiftShader, llvmpipe): for this model it is
 * 3–8× slower than wasm and spends seconds compiling shaders, so the automatic choice passes it over.
 */
function softwareWebglRenderer(): string | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const context = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!context) return undefined;
  const debugInfo = context.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(context.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : context.RENDERER));
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.exec(renderer)?.[0];
}

/** Whether this browser is Safari, which cannot run TF.js's WebGL inside a worker. */
export function isSafari(): boolean {
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return /Safari\//.test(agent) && !/Chrome\/|Chromium\//.test(agent);
}

/** The backend in use and why each backend tried before it was passed over (empty when it was the first). */
export interface BackendSelection {
  backend: BackendName;
  passedOver: PassedOver[];
}

/** No backend started: each one's reason, as data for the page and in English for logs. */
export class NoBackendError extends Error {
  /** Why each backend was passed over. */
  readonly passedOver: PassedOver[];

  constructor(passedOver: PassedOver[]) {
    super(`No TensorFlow.js backend works here (${passedOverInEnglish(passedOver)})`);
    this.passedOver = passedOver;
  }
}

/** Why backends were passed over, in English, for logs and the benchmark's report; the page words it from its catalogue. */
export function passedOverInEnglish(passedOver: readonly PassedOver[]): string {
  return passedOver.map(englishReason).join('; ');
}

function englishReason(passed: PassedOver): string {
  switch (passed.reason) {
    case 'failedUnderRun':
      return `${passed.backend} failed under this run`;
    case 'safari':
      return 'Safari cannot run WebGL in a worker';
    case 'software':
      return `WebGL here is ${passed.renderer}, a software emulation slower than wasm`;
    case 'failed':
      return `${passed.backend}: ${passed.problem.kind === 'error' ? passed.problem.detail : new BackendStartError(passed.problem).message}`;
  }
}

/**
 * Starts the preferred backend that works: the asked one first, then webgl → wasm → cpu. `auto` tries
 * the backend measured fastest on this device first when there is one; before any measurement it
 * passes over software WebGL and, in Safari, WebGL in a worker. Backends in `avoid` come last.
 */
export async function selectBackend(
  choice: BackendChoice,
  measuredFastest?: BackendName,
  avoid: BackendName[] = [],
): Promise<BackendSelection> {
  const first = choice === 'auto' ? measuredFastest : choice;
  const preferred = first ? [first, ...preferenceOrder.filter((name) => name !== first)] : preferenceOrder;
  // A backend that just failed under this run is tried last, not never: it may be the only one there is.
  const order = [...preferred.filter((name) => !avoid.includes(name)), ...preferred.filter((name) => avoid.includes(name))];
  const passedOver: PassedOver[] = avoid.map((backend) => ({ backend, reason: 'failedUnderRun' }));
  const guessing = choice === 'auto' && !measuredFastest;
  const emulatedRenderer = guessing ? softwareWebglRenderer() : undefined;
  for (const name of order) {
    if (name === 'webgl' && guessing && isSafari()) {
      passedOver.push({ backend: name, reason: 'safari' });
      continue;
    }
    if (name === 'webgl' && emulatedRenderer) {
      passedOver.push({ backend: name, reason: 'software', renderer: emulatedRenderer });
      continue;
    }
    try {
      await startBackend(name);
      return { backend: name, passedOver };
    } catch (error) {
      const problem: StartProblem =
        error instanceof BackendStartError
          ? error.problem
          : { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
      passedOver.push({ backend: name, reason: 'failed', problem });
    }
  }
  throw new NoBackendError(passedOver);
}

/**
 * Calls `onLost` when the WebGL backend's context is lost. TF.js does not notice by itself: its next
 * read waits forever, so the page must be told.
 */
export function watchContextLoss(onLost: () => void): void {
  const backend = tf.backend() as Partial<MathBackendWebGL>;
  const context = backend.gpgpu?.gl;
  context?.canvas.addEventListener('webglcontextlost', onLost as EventListener, { once: true });
  // Within reach of the browser's developer tools and of the end-to-end tests, which lose it on purpose
  // (WEBGL_lose_context) to check that the page recovers.
  (globalThis as { trainingWebglContext?: WebGL2RenderingContext | WebGLRenderingContext }).trainingWebglContext = context;
}

import * as tf from '@tensorflow/tfjs-core';
import { createProjectRunner, createTimingBatch } from '../model/step-runner';
import { defaultSettings } from '../settings/schema';
import { isSafari, startBackend } from './backend';
import type { BackendName, BackendSpeed } from './protocol';

/** Untimed steps first: WebGL compiles its shaders and every backend warms its caches on them. */
const warmUpSteps = 3;
/** Timed steps stop after this long, or after `maximumSteps`, whichever comes first. */
const measureMs = 600;
const maximumSteps = 40;

// One timed training run of the default model (32 hidden units, 20 time steps, batch 32, Adam), the
// same step the app takes, on a fixed batch: what a learner's first run costs per step.
async function stepsPerSecond(now: () => number): Promise<number> {
  const settings = defaultSettings;
  const batch = createTimingBatch(settings.batchSize, settings.windowLength, 1);
  const runner = createProjectRunner(batch, settings.hiddenUnits);
  try {
    for (let done = 0; done < warmUpSteps; done += 1) await runner.step();
    const start = now();
    let steps = 0;
    while (steps < maximumSteps && now() - start < measureMs) {
      await runner.step();
      steps += 1;
    }
    return steps / ((now() - start) / 1000);
  } finally {
    runner.dispose();
    tf.dispose([batch.inputs, batch.targets]);
  }
}

/**
 * Times the default model's training step on each backend that starts, one after another. Meant for a
 * worker of its own, so that training elsewhere goes on meanwhile.
 */
export async function measureBackendSpeeds(
  candidates: readonly BackendName[] = ['webgl', 'wasm', 'cpu'],
  now: () => number = () => performance.now(),
): Promise<BackendSpeed[]> {
  const speeds: BackendSpeed[] = [];
  for (const backend of candidates) {
    if (backend === 'webgl' && isSafari()) {
      speeds.push({ backend, failure: 'Safari cannot run WebGL in a worker' });
      continue;
    }
    try {
      await startBackend(backend);
      speeds.push({ backend, stepsPerSecond: await stepsPerSecond(now) });
    } catch (error) {
      speeds.push({ backend, failure: error instanceof Error ? error.message : String(error) });
    }
  }
  return speeds;
}

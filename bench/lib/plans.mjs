/** Batch, sequence and input sizes of every timed step: the app's defaults (src/settings/schema.ts). */
const shape = { batchSize: 32, timeSteps: 20, features: 1 };

/**
 * The throughput matMul's size per backend, fixed so that the efficiency figure means the same in every run:
 * large enough that launch and read-back costs hardly count (50–100 ms per product here), small enough for
 * the slow backends.
 */
const matMul = { matMulSizes: { wasm: 1024, webgl: 512, cpu: 256 } };

/** Epochs per second at the defaults, before and after, on wasm. */
const epochs = { backend: 'wasm', warmupEpochs: 3, blocks: 4, epochsPerBlock: 10 };

/** The full run: every backend and size; 5–6.5 minutes on a 2-core machine without a GPU. */
export const fullPlan = {
  browser: {
    ...shape,
    ...matMul,
    backends: ['wasm', 'webgl', 'cpu'],
    hiddenUnits: { wasm: [32, 64, 128], webgl: [32, 64], cpu: [32] },
    // The first WebGL step compiles the shaders; the next two settle the texture pool.
    warmupSteps: 3,
    blocks: 4,
    stepsPerBlock: 4,
    epochs,
    tensorCheck: { backend: 'wasm', trainingSteps: 2000, resets: 20 },
  },
  // About 4–6 minutes on a quiet 2-core machine; a hung backend ends the run after this.
  workerPartTimeoutMs: 25 * 60_000,
  node: {
    ...shape,
    ...matMul,
    epochs,
    backends: ['wasm', 'cpu'],
    hiddenUnits: { wasm: [32, 64, 128], cpu: [32] },
    warmupSteps: 2,
    blocks: 4,
    stepsPerBlock: 3,
  },
  mainThread: { historySizes: [5000, 10_000], rounds: 2, windowMs: 5000 },
};

/** The smoke run's step timings, the same in the browser and in Node: one size, one backend, a few steps. */
const smokeSteps = {
  ...shape,
  matMulSizes: { wasm: 256, webgl: 256, cpu: 128 },
  epochs: { backend: 'wasm', warmupEpochs: 1, blocks: 2, epochsPerBlock: 2 },
  backends: ['wasm'],
  hiddenUnits: { wasm: [32] },
  warmupSteps: 2,
  blocks: 2,
  stepsPerBlock: 3,
};

/** The CI smoke run: the same code on one size and one backend, a few steps, a short window; well under a minute. */
export const smokePlan = {
  browser: { ...smokeSteps, tensorCheck: { backend: 'wasm', trainingSteps: 20, resets: 3 } },
  workerPartTimeoutMs: 120_000,
  node: smokeSteps,
  mainThread: { historySizes: [5000], rounds: 1, windowMs: 2000 },
};

/** Batch, sequence and input sizes of every timed step, as the task fixes them. */
const shape = { batchSize: 32, timeSteps: 30, features: 1 };

/** The throughput matMul: at least 50 ms per repetition (256² up, doubling), at most 2048². */
const matMul = { matMulMinimumMs: 50, matMulMaximumSize: 2048 };

/** The full run: every backend and size; 5–6.5 minutes on a 2-core machine without a GPU. */
export const fullPlan = {
  browser: {
    ...shape,
    ...matMul,
    backends: ['wasm', 'webgl', 'cpu'],
    hiddenUnits: [32, 64, 128],
    // The first WebGL step compiles the shaders; the next two settle the texture pool.
    warmupSteps: 3,
    blocks: 4,
    stepsPerBlock: 4,
    tensorCheck: { backend: 'wasm', trainingSteps: 2000, resets: 20 },
  },
  // About 3–4 minutes here; a hung backend ends the run after this.
  workerPartTimeoutMs: 15 * 60_000,
  node: { ...shape, ...matMul, backends: ['wasm', 'cpu'], hiddenUnits: [32, 64, 128], warmupSteps: 2, blocks: 4, stepsPerBlock: 3 },
  mainThread: { historySizes: [5000, 10_000], rounds: 2, windowMs: 5000 },
};

/** The smoke run's step timings, the same in the browser and in Node: one size, one backend, a few steps. */
const smokeSteps = {
  ...shape,
  matMulMinimumMs: 10,
  matMulMaximumSize: 512,
  backends: ['wasm'],
  hiddenUnits: [32],
  warmupSteps: 2,
  blocks: 2,
  stepsPerBlock: 3,
};

/** The CI smoke run: the same code on one size and one backend, a few steps, a short window; well under a minute. */
export const smokePlan = {
  browser: { ...smokeSteps, tensorCheck: { backend: 'wasm', trainingSteps: 20, resets: 3 } },
  workerPartTimeoutMs: 60_000,
  node: smokeSteps,
  mainThread: { historySizes: [5000], rounds: 1, windowMs: 2000 },
};

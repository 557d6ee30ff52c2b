/** A TensorFlow.js backend the benchmark times. */
export type BenchBackend = 'wasm' | 'webgl' | 'cpu';

/** What the step-timing part does; bench/lib/plans.mjs holds the full and the smoke values. */
export interface StepPlan {
  /** Backends to time, in this order; one that does not start is reported as unavailable. */
  backends: BenchBackend[];
  hiddenUnits: number[];
  batchSize: number;
  timeSteps: number;
  features: number;
  /** Untimed steps per implementation before timing (the first WebGL steps compile shaders). */
  warmupSteps: number;
  /** Timed blocks per implementation; the project's and the baseline's blocks alternate. */
  blocks: number;
  stepsPerBlock: number;
  /** The throughput matMul: the smallest square size from 256 up (doubling) whose one matMul takes at least this long… */
  matMulMinimumMs: number;
  /** …or this size, whichever comes first. */
  matMulMaximumSize: number;
  /** The tensor-count check, on one backend; absent in the Node part. */
  tensorCheck?: TensorCheckPlan;
}

/** The tensor-count check: train a real trainer this many steps, then create and dispose this many. */
export interface TensorCheckPlan {
  backend: BenchBackend;
  trainingSteps: number;
  resets: number;
}

/** Step times of one implementation in one cell, in milliseconds. */
export interface StepTimes {
  medianMs: number;
  /** The first warm-up step (on WebGL: mostly shader compiling). */
  firstStepMs: number;
  /** Every timed step, in the order run. */
  samplesMs: number[];
}

/** One backend × hidden-units cell: project vs baseline. */
export interface StepCell {
  hiddenUnits: number;
  project: StepTimes;
  baseline: StepTimes;
  /** baseline median / project median: above 1 means the project is faster. */
  ratio: number;
  /** Matrix-multiply FLOPs in one training step (see flops.ts). */
  flopsPerStep: number;
  /** flopsPerStep / (matMul throughput × project step time), a share in [0, 1]. */
  projectEfficiency: number;
  /** The same for the baseline. */
  baselineEfficiency: number;
}

/** Throughput of a large square matMul, timed once before the steps and once after every block. */
export interface MatMulThroughput {
  size: number;
  /** Median over every timed repetition. */
  gigaflopsPerSecond: number;
  samplesMs: number[];
}

/** Everything timed on one backend, or why it could not be. */
export type BackendTimings =
  | { backend: BenchBackend; available: true; matMul: MatMulThroughput; cells: StepCell[] }
  | { backend: BenchBackend; available: false; reason: string };

/** Live tensors (`tf.memory().numTensors`) at each point of the tensor-count check. */
export interface TensorCounts {
  backend: BenchBackend;
  beforeTrainer: number;
  afterFirstEpoch: number;
  trainingSteps: number;
  afterTrainingSteps: number;
  resets: number;
  afterResets: number;
}

/** The worker-side (or Node-side) result of one run. */
export interface StepBenchResult {
  timings: BackendTimings[];
  tensorCounts?: TensorCounts;
  /** The WebGL renderer's name (browser only), e.g. SwiftShader on a machine without a GPU. */
  webglRenderer?: string;
}

/** A TensorFlow.js backend the benchmark times. */
export type BenchBackend = 'wasm' | 'webgl' | 'cpu';

/** What the step-timing part does; bench/lib/plans.mjs holds the full and the smoke values. */
export interface StepPlan {
  /** Backends to time, in this order; one that does not start is reported as unavailable. */
  backends: BenchBackend[];
  /** Hidden sizes to time, per backend (the slow backends get fewer, so a run stays within minutes). */
  hiddenUnits: Partial<Record<BenchBackend, number[]>>;
  batchSize: number;
  timeSteps: number;
  features: number;
  /** Untimed steps per implementation before timing (the first WebGL steps compile shaders). */
  warmupSteps: number;
  /** Timed blocks per implementation; the project's and the baseline's blocks alternate. */
  blocks: number;
  stepsPerBlock: number;
  /** The throughput matMul's square size per backend, fixed so that the efficiency figure means the same in every run. */
  matMulSizes: Record<BenchBackend, number>;
  /** Epochs per second at the default settings, before and after, on one backend. */
  epochs: EpochPlan;
  /** The tensor-count check, on one backend; absent in the Node part. */
  tensorCheck?: TensorCheckPlan;
}

/** The epoch timing: untimed epochs per implementation, then alternating timed blocks. */
export interface EpochPlan {
  backend: BenchBackend;
  warmupEpochs: number;
  blocks: number;
  epochsPerBlock: number;
}

/** The implementations the benchmark times: the project as it is, the project before the fused kernels, and tf.layers.lstm. */
export type Implementation = 'project' | 'unfused' | 'baseline';

/** Epoch times of one implementation of the project at the default settings. */
export interface EpochTimes {
  medianMs: number;
  epochsPerSecond: number;
  samplesMs: number[];
}

/** Epochs per second at the default settings (a real trainer: its steps and its evaluation), before and after. */
export interface EpochTimings {
  backend: BenchBackend;
  /** The project as it is (fused kernels where the backend has them, forward-only evaluation). */
  after: EpochTimes;
  /** The project before the fused kernels: step-by-step ops, evaluation through the differentiable pass. */
  before: EpochTimes;
  /** after.epochsPerSecond / before.epochsPerSecond. */
  ratio: number;
  /** 1-minute load average when the timing started and when it ended. */
  loadAverage: LoadAverage;
}

/** The machine's 1-minute load average at the start and the end of a measurement. */
export interface LoadAverage {
  atStart: number;
  atEnd: number;
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

/** One backend × hidden-units cell: the project, the project before the fused kernels, and the baseline. */
export interface StepCell {
  hiddenUnits: number;
  project: StepTimes;
  unfused: StepTimes;
  baseline: StepTimes;
  /** baseline median / project median: above 1 means the project is faster. */
  ratio: number;
  /** baseline median / unfused median: the same ratio before the fused kernels. */
  unfusedRatio: number;
  /** Kernels one step runs (tf.profile of one step after the warm-up), per implementation. */
  kernelsPerStep: Record<Implementation, number>;
  /** 1-minute load average when the cell started and when it ended. */
  loadAverage: LoadAverage;
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
  epochs: EpochTimings;
  tensorCounts?: TensorCounts;
  /** The WebGL renderer's name (browser only), e.g. SwiftShader on a machine without a GPU. */
  webglRenderer?: string;
}

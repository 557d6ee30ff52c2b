/** The compute backends TensorFlow.js can run on; `auto` tries webgl, then wasm, then cpu. */
export const backendChoices = ['auto', 'webgl', 'wasm', 'cpu'] as const;
/** A backend preference as stored in the settings and the URL. */
export type BackendChoice = (typeof backendChoices)[number];

/** Gradient clipping modes, after Keras: none, `global_clipnorm`, `clipnorm` (per tensor), `clipvalue`. */
export const clipModes = ['off', 'global', 'tensor', 'value'] as const;
/** A gradient clipping mode. */
export type ClipMode = (typeof clipModes)[number];

/** The tasks on offer: noisy sines, the adding problem, Reber-grammar tokens, and an uploaded series. */
export const taskChoices = ['sines', 'adding', 'reber', 'series'] as const;
/** A task's name. */
export type TaskName = (typeof taskChoices)[number];

/** The optimizers on offer. */
export const optimizerChoices = ['adam', 'rmsprop', 'sgd'] as const;
/** An optimizer's name. */
export type OptimizerChoice = (typeof optimizerChoices)[number];

/** Every setting of a run; numbers carry their unit in the name or the doc comment. */
export interface Settings {
  /** What the model learns. */
  task: TaskName;
  /** Seeds the data, the initial weights, the shuffles, dropout and augmentation. */
  seed: number;
  /** Runs trained side by side with seeds seed, seed+1, …, to show the spread a seed alone makes. */
  seedRepeats: number;
  /** Time steps per window: past values the model sees to forecast the next one. */
  windowLength: number;
  /** Windows in the training set. */
  trainingSamples: number;
  /** Windows in the validation set. */
  validationSamples: number;
  /** Observation or label noise, per task (see each task's generator). */
  noise: number;
  /** Units in each LSTM layer's hidden state. */
  hiddenUnits: number;
  /** Stacked LSTM layers. */
  layers: number;
  /** Windows per optimizer step (capped by the training set's size). */
  batchSize: number;
  optimizer: OptimizerChoice;
  /** The optimizer's step size. */
  learningRate: number;
  /** Keras `dropout`: share of each LSTM layer's inputs x_t zeroed, one mask per sequence. */
  inputDropout: number;
  /** Keras `recurrent_dropout`: share of h_{t-1} zeroed in the recurrence, one mask per sequence (variational). */
  recurrentDropout: number;
  /** Share of the last LSTM output zeroed before the dense head (a Keras Dropout layer). */
  outputDropout: number;
  /** L1 strength on the kernels: strength · Σ|w|; 0 is off. */
  l1: number;
  /** L2 strength on the kernels: strength · Σw²; 0 is off. */
  l2: number;
  /**
   * Keras 3 `weight_decay` on the optimizer (with Adam, AdamW): every step first shrinks every weight by
   * learningRate · weightDecay of itself, apart from the gradient; 0 is off.
   */
  weightDecay: number;
  /** Whether L1/L2 also apply to the recurrent kernels (they always apply to the input kernels, never to biases). */
  penaliseRecurrent: boolean;
  clipMode: ClipMode;
  /** The clipping threshold: a norm for the norm modes, a bound on each element for `value`. */
  clipThreshold: number;
  /** Standard deviation of the Gaussian jitter added to training inputs each epoch; 0 is off. */
  jitter: number;
  /** Chance, per time step, of inserting a new element before it. */
  insertRate: number;
  /** Chance, per time step, of deleting it. */
  deleteRate: number;
  /** Chance, per time step, of replacing it. */
  replaceRate: number;
  /** Chance, per time step, of swapping it with the next one. */
  swapRate: number;
  /** Chance, per sequence, of truncating up to half of it and padding it back. */
  cropRate: number;
  /** Stop when validation loss stops improving (Keras EarlyStopping on val_loss). */
  earlyStopping: boolean;
  /** Epochs without improvement before early stopping ends the run. */
  patience: number;
  /** Smallest drop in validation loss that counts as an improvement. */
  minDelta: number;
  /** When early stopping ends the run, go back to the weights of the best epoch. */
  restoreBestWeights: boolean;
  /** Epochs after which a run stops by itself. */
  maxEpochs: number;
  /** Which TensorFlow.js backend to run on. */
  backend: BackendChoice;
  /** Chart only: weight of the exponential moving average drawn over the curves; 0 draws them raw. */
  smoothing: number;
  /** Chart only: draw losses on a logarithmic axis. */
  logScale: boolean;
}

/** A setting's name. */
export type SettingName = keyof Settings;

interface FieldBase {
  /** The setting this row describes. */
  name: SettingName;
  /** Short, stable query-string key; never rename one, or shared links break. */
  key: string;
  /** True when changing it rebuilds the data or the model, so the run starts over. */
  resetsRun: boolean;
  /** True for how the page shows a run, not how it trains: never sent to training, never marked on the chart. */
  viewOnly?: true;
}

/** A numeric setting: a float or an integer with its limits. */
export interface NumericField extends FieldBase {
  kind: 'float' | 'integer';
  defaultValue: number;
  min: number;
  max: number;
}

/** An on/off setting, written 1 or 0 in the URL. */
export interface BooleanField extends FieldBase {
  kind: 'boolean';
  defaultValue: boolean;
}

/** A setting that takes one of a few named values. */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  defaultValue: string;
  choices: readonly string[];
}

/** One row of the schema table. */
export type Field = NumericField | BooleanField | ChoiceField;

const float = (name: SettingName, key: string, defaultValue: number, min: number, max: number, resetsRun = false): NumericField => ({
  name,
  key,
  kind: 'float',
  defaultValue,
  min,
  max,
  resetsRun,
});
const integer = (name: SettingName, key: string, defaultValue: number, min: number, max: number, resetsRun: boolean): NumericField => ({
  ...float(name, key, defaultValue, min, max, resetsRun),
  kind: 'integer',
});
const boolean = (name: SettingName, key: string, defaultValue: boolean): BooleanField => ({
  name,
  key,
  kind: 'boolean',
  defaultValue,
  resetsRun: false,
});
const choice = (name: SettingName, key: string, choices: readonly string[], resetsRun: boolean): ChoiceField => ({
  name,
  key,
  kind: 'choice',
  defaultValue: choices[0] as string,
  choices,
  resetsRun,
});

/**
 * The schema table: the single description of every setting. The URL codec, the defaults and the
 * reset rule are all derived from it, so a new setting is one new row.
 */
export const schema: readonly Field[] = [
  choice('task', 'task', taskChoices, true),
  integer('seed', 'seed', 1, 0, 999_999, true),
  integer('seedRepeats', 'reps', 1, 1, 10, true),
  integer('windowLength', 'win', 20, 4, 100, true),
  integer('trainingSamples', 'train', 48, 8, 2000, true),
  integer('validationSamples', 'valid', 256, 16, 2000, true),
  float('noise', 'noise', 0.3, 0, 1, true),
  integer('hiddenUnits', 'hidden', 32, 4, 256, true),
  integer('layers', 'layers', 1, 1, 3, true),
  integer('batchSize', 'batch', 32, 1, 256, true),
  choice('optimizer', 'opt', optimizerChoices, false),
  float('learningRate', 'lr', 0.01, 0.0001, 10),
  float('inputDropout', 'idrop', 0, 0, 0.8),
  float('recurrentDropout', 'rdrop', 0, 0, 0.8),
  float('outputDropout', 'odrop', 0, 0, 0.8),
  float('l1', 'l1', 0, 0, 0.1),
  float('l2', 'l2', 0, 0, 0.1),
  float('weightDecay', 'wdecay', 0, 0, 10),
  boolean('penaliseRecurrent', 'rpen', true),
  choice('clipMode', 'clip', clipModes, false),
  float('clipThreshold', 'clipat', 1, 0.001, 100),
  float('jitter', 'jitter', 0, 0, 0.5),
  float('insertRate', 'ins', 0, 0, 0.5),
  float('deleteRate', 'del', 0, 0, 0.5),
  float('replaceRate', 'rep', 0, 0, 0.5),
  float('swapRate', 'swap', 0, 0, 0.5),
  float('cropRate', 'crop', 0, 0, 1),
  boolean('earlyStopping', 'es', false),
  integer('patience', 'patience', 20, 1, 500, false),
  float('minDelta', 'mindelta', 0, 0, 0.1),
  boolean('restoreBestWeights', 'restore', false),
  integer('maxEpochs', 'epochs', 1000, 1, 20_000, false),
  choice('backend', 'backend', backendChoices, true),
  { ...float('smoothing', 'smooth', 0, 0, 0.99), viewOnly: true },
  { ...boolean('logScale', 'logy', false), viewOnly: true },
];

/** The schema row of one setting. */
export function fieldOf(name: SettingName): Field {
  const field = schema.find((row) => row.name === name);
  if (!field) throw new Error(`No schema row for setting ${name}`);
  return field;
}

/** The schema row of a numeric setting; throws for any other kind. */
export function numericFieldOf(name: SettingName): NumericField {
  const field = fieldOf(name);
  if (field.kind !== 'float' && field.kind !== 'integer') throw new Error(`${name} is not a numeric setting`);
  return field;
}

/** The settings a fresh page starts with. */
export const defaultSettings: Settings = Object.freeze(
  // The schema rows name every setting once (a unit test checks it), so this object is a full Settings.
  Object.fromEntries(schema.map((field) => [field.name, field.defaultValue])) as unknown as Settings,
);

/** True when going from `before` to `after` changes the data or the model's shape. */
export function changeResetsRun(before: Settings, after: Settings): boolean {
  return schema.some((field) => field.resetsRun && before[field.name] !== after[field.name]);
}

/** The settings that act on training and whose values differ between `before` and `after`. */
export function changedTrainingSettings(before: Settings, after: Settings): SettingName[] {
  return schema.filter((field) => !field.viewOnly && before[field.name] !== after[field.name]).map((field) => field.name);
}

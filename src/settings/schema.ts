/** How a setting's value is read from and shown in the URL and the panel. */
export type SettingKind = 'float' | 'integer' | 'choice';

/** The compute backends TensorFlow.js can run on; `auto` tries webgl, then wasm, then cpu. */
export const backendChoices = ['auto', 'webgl', 'wasm', 'cpu'] as const;

/** A backend preference as stored in the settings and the URL. */
export type BackendChoice = (typeof backendChoices)[number];

/** Every setting of a run; numbers carry their unit in the name or the doc comment. */
export interface Settings {
  /** Seeds the data, the initial weights, the shuffles, dropout and augmentation. */
  seed: number;
  /** Past values the model sees to forecast the next one (time steps). */
  windowLength: number;
  /** Windows in the training set. */
  trainingSamples: number;
  /** Windows in the validation set. */
  validationSamples: number;
  /** Standard deviation of the observation noise added to the series (signal amplitude is about 1). */
  noise: number;
  /** Units in the LSTM's hidden state. */
  hiddenUnits: number;
  /** Adam's step size. */
  learningRate: number;
  /** Share of the LSTM's outputs zeroed during training, on the non-recurrent connection to the head. */
  dropout: number;
  /** L2 strength on the input kernel and the recurrent kernel; 0 is off. */
  weightDecay: number;
  /** Largest global L2 norm of the gradient before it is rescaled; 0 is off. */
  clipThreshold: number;
  /** Standard deviation of the Gaussian jitter added to training inputs each epoch; 0 is off. */
  augmentation: number;
  /** Epochs after which a run stops by itself. */
  maxEpochs: number;
  /** Which TensorFlow.js backend to run on. */
  backend: BackendChoice;
}

/** A setting's name. */
export type SettingName = keyof Settings;

interface FieldBase<Name extends SettingName> {
  /** The setting this row describes. */
  name: Name;
  /** Short, stable query-string key; never rename one, or shared links break. */
  key: string;
  /** True when changing it rebuilds the data or the model, so the run starts over. */
  resetsRun: boolean;
}

/** A numeric setting: a float or an integer with its limits. */
export interface NumericField<Name extends SettingName = SettingName> extends FieldBase<Name> {
  kind: 'float' | 'integer';
  defaultValue: number;
  min: number;
  max: number;
}

/** A setting that takes one of a few named values. */
export interface ChoiceField<Name extends SettingName = SettingName> extends FieldBase<Name> {
  kind: 'choice';
  defaultValue: string;
  choices: readonly string[];
}

/** One row of the schema table. */
export type Field = NumericField | ChoiceField;

/**
 * The schema table: the single description of every setting. The URL codec, the defaults and the
 * reset rule are all derived from it, so a new setting is one new row.
 */
export const schema: readonly Field[] = [
  { name: 'seed', key: 'seed', kind: 'integer', defaultValue: 1, min: 0, max: 999_999, resetsRun: true },
  { name: 'windowLength', key: 'win', kind: 'integer', defaultValue: 20, min: 4, max: 100, resetsRun: true },
  { name: 'trainingSamples', key: 'train', kind: 'integer', defaultValue: 48, min: 8, max: 2000, resetsRun: true },
  { name: 'validationSamples', key: 'valid', kind: 'integer', defaultValue: 256, min: 16, max: 2000, resetsRun: true },
  { name: 'noise', key: 'noise', kind: 'float', defaultValue: 0.3, min: 0, max: 1, resetsRun: true },
  { name: 'hiddenUnits', key: 'hidden', kind: 'integer', defaultValue: 32, min: 2, max: 128, resetsRun: true },
  { name: 'learningRate', key: 'lr', kind: 'float', defaultValue: 0.01, min: 0.0001, max: 10, resetsRun: false },
  { name: 'dropout', key: 'drop', kind: 'float', defaultValue: 0, min: 0, max: 0.8, resetsRun: false },
  { name: 'weightDecay', key: 'wd', kind: 'float', defaultValue: 0, min: 0, max: 0.1, resetsRun: false },
  { name: 'clipThreshold', key: 'clip', kind: 'float', defaultValue: 0, min: 0, max: 100, resetsRun: false },
  { name: 'augmentation', key: 'aug', kind: 'float', defaultValue: 0, min: 0, max: 0.5, resetsRun: false },
  { name: 'maxEpochs', key: 'epochs', kind: 'integer', defaultValue: 1000, min: 1, max: 20_000, resetsRun: false },
  { name: 'backend', key: 'backend', kind: 'choice', defaultValue: 'auto', choices: backendChoices, resetsRun: true },
];

/** The schema row of one setting. */
export function fieldOf(name: SettingName): Field {
  const field = schema.find((row) => row.name === name);
  if (!field) throw new Error(`No schema row for setting ${name}`);
  return field;
}

/** The settings a fresh page starts with. */
export const defaultSettings: Settings = Object.freeze(
  Object.fromEntries(schema.map((field) => [field.name, field.defaultValue])) as unknown as Settings,
);

/** True when going from `before` to `after` changes the data or the model's shape. */
export function changeResetsRun(before: Settings, after: Settings): boolean {
  return schema.some((field) => field.resetsRun && before[field.name] !== after[field.name]);
}

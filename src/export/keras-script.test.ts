import { describe, expect, it } from 'vitest';
import { defaultSettings, schema, type SettingName, type Settings } from '../settings/schema';
import { kerasScript } from './keras-script';

// For every setting that shapes training: a value other than the default, and what the script must then say.
const expectations: { change: Partial<Settings>; says: string[] }[] = [
  { change: { seedRepeats: 3 }, says: ['SEED_REPEATS = 3', 'for repeat in range(SEED_REPEATS)'] },
  { change: { task: 'adding' }, says: ['TASK = "adding"', 'ELEMENT = "marked-values"', 'The adding problem'] },
  {
    change: { task: 'reber' },
    says: ['def follows_grammar', 'SparseCategoricalCrossentropy(from_logits=True)', 'build_model(x_train.shape[1], x_train.shape[2], 2)'],
  },
  { change: { task: 'series' }, says: ['SERIES = np.array([1, 2.5, 3])', 'split = int(len(values) * 0.8)'] },
  {
    change: { seed: 42 },
    says: ['SEED = 42', 'keras.utils.set_random_seed(seed)', 'np.random.default_rng(seed)', 'train_one(SEED + repeat'],
  },
  { change: { windowLength: 33 }, says: ['WINDOW_LENGTH = 33'] },
  { change: { trainingSamples: 77 }, says: ['TRAINING_SAMPLES = 77'] },
  { change: { validationSamples: 99 }, says: ['VALIDATION_SAMPLES = 99'] },
  { change: { noise: 0.45 }, says: ['NOISE = 0.45'] },
  { change: { hiddenUnits: 48 }, says: ['HIDDEN_UNITS = 48'] },
  { change: { layers: 3 }, says: ['LAYERS = 3', 'return_sequences=layer < LAYERS - 1'] },
  { change: { batchSize: 8 }, says: ['BATCH_SIZE = 8'] },
  { change: { optimizer: 'rmsprop' }, says: ['keras.optimizers.RMSprop(learning_rate=0.01, rho=0.9, epsilon=1e-7)'] },
  { change: { optimizer: 'sgd' }, says: ['keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)'] },
  { change: { learningRate: 0.003 }, says: ['keras.optimizers.Adam(learning_rate=0.003, beta_1=0.9, beta_2=0.999, epsilon=1e-7)'] },
  { change: { weightDecay: 0.1 }, says: ['keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.1, beta_1=0.9'] },
  { change: { inputDropout: 0.2 }, says: ['INPUT_DROPOUT = 0.2', 'dropout=INPUT_DROPOUT'] },
  { change: { recurrentDropout: 0.3 }, says: ['RECURRENT_DROPOUT = 0.3', 'recurrent_dropout=RECURRENT_DROPOUT'] },
  { change: { outputDropout: 0.5 }, says: ['OUTPUT_DROPOUT = 0.5', 'keras.layers.Dropout(OUTPUT_DROPOUT)'] },
  { change: { l1: 0.001 }, says: ['REGULARIZER = keras.regularizers.L1L2(l1=0.001, l2=0)', 'recurrent_regularizer=REGULARIZER'] },
  { change: { l2: 0.003 }, says: ['REGULARIZER = keras.regularizers.L1L2(l1=0, l2=0.003)'] },
  { change: { l2: 0.003, penaliseRecurrent: false }, says: ['kernel_regularizer=REGULARIZER', 'recurrent_regularizer=None'] },
  { change: { clipMode: 'global', clipThreshold: 0.5 }, says: ['global_clipnorm=0.5'] },
  { change: { clipMode: 'tensor', clipThreshold: 2 }, says: ['clipnorm=2'] },
  { change: { clipMode: 'value', clipThreshold: 0.1 }, says: ['clipvalue=0.1'] },
  { change: { jitter: 0.2 }, says: ['JITTER = 0.2', 'def augment_batch', 'return augment_batch(self.inputs[rows]'] },
  { change: { insertRate: 0.1 }, says: ['INSERT_RATE = 0.1', 'def augment_batch'] },
  { change: { deleteRate: 0.1 }, says: ['DELETE_RATE = 0.1', 'def augment_batch'] },
  { change: { replaceRate: 0.1 }, says: ['REPLACE_RATE = 0.1', 'def augment_batch'] },
  { change: { swapRate: 0.1 }, says: ['SWAP_RATE = 0.1', 'def augment_batch'] },
  { change: { cropRate: 0.5 }, says: ['CROP_RATE = 0.5', 'def augment_batch'] },
  {
    change: { earlyStopping: true, patience: 15, minDelta: 0.001, restoreBestWeights: true },
    says: ['monitor="val_data_loss", mode="min", patience=15, min_delta=0.001', 'restore_best_weights=True'],
  },
  { change: { earlyStopping: true }, says: ['patience=20, min_delta=0', 'restore_best_weights=False'] },
  { change: { maxEpochs: 250 }, says: ['EPOCHS = 250'] },
];

// Settings that change how the page shows, where it runs or how often it repeats a run, not what Keras would train.
const notForKeras: SettingName[] = ['backend', 'smoothing', 'logScale'];

describe('kerasScript', () => {
  it('covers every training setting of the schema', () => {
    const covered = new Set(expectations.flatMap(({ change }) => Object.keys(change)));
    const missing = schema.map((field) => field.name).filter((name) => !covered.has(name) && !notForKeras.includes(name));
    expect(missing).toEqual([]);
  });

  it.each(expectations)('says what $change sets', ({ change, says }) => {
    const script = kerasScript({ ...defaultSettings, ...change }, { series: Float32Array.from([1, 2.5, 3]) });
    for (const text of says) expect(script).toContain(text);
  });

  it('leaves out what is off: no augmentation, no penalty, no clipping, no early stopping, plain Adam', () => {
    const script = kerasScript(defaultSettings);
    expect(script).toContain('REGULARIZER = None');
    expect(script).toContain('return self.inputs[rows], self.targets[rows]');
    expect(script).not.toContain('def augment');
    expect(script).not.toMatch(/clipnorm|clipvalue|weight_decay=|EarlyStopping\(/);
    expect(script).toContain('keras.optimizers.Adam(learning_rate=0.01,');
    expect(script).toContain('MeanSquaredError(name="data_loss")');
  });

  it('names the link it was made from', () => {
    expect(kerasScript({ ...defaultSettings, l2: 0.003 })).toContain('from the link ?l2=0.003&v=1');
  });
});

import { defaultSettings, type Settings } from '../../src/settings/schema';

/** The model set-ups compared with Keras: small, so the fixtures stay small, with two stacked layers for regression. */
export const referenceCases = {
  regression: {
    ...defaultSettings,
    seed: 7,
    windowLength: 10,
    hiddenUnits: 6,
    layers: 2,
    trainingSamples: 32,
    validationSamples: 32,
    batchSize: 8,
  },
  classification: {
    ...defaultSettings,
    task: 'reber',
    seed: 7,
    windowLength: 12,
    hiddenUnits: 5,
    trainingSamples: 32,
    validationSamples: 32,
    batchSize: 8,
  },
} satisfies Record<string, Settings>;

/** The 20-epoch runs compared with Keras (Adam, then AdamW with this weight decay): one layer, four batches an epoch. */
export const trainingCase = {
  ...defaultSettings,
  seed: 11,
  windowLength: 10,
  hiddenUnits: 6,
  trainingSamples: 32,
  validationSamples: 32,
  batchSize: 8,
  learningRate: 0.01,
  epochs: 20,
  adamWeightDecay: 0.5,
} satisfies Settings & { epochs: number; adamWeightDecay: number };

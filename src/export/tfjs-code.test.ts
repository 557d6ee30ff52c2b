import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { tfjsCode } from './tfjs-code';

const expectations: { change: Partial<Settings>; says: string[] }[] = [
  {
    change: {},
    says: [
      'inputShape: [20, 1]',
      'units: 32',
      'tf.train.adam(0.01, 0.9, 0.999, 1e-7)',
      "loss: 'meanSquaredError'",
      'epochs: 1000',
      'batchSize: 32',
    ],
  },
  { change: { task: 'adding', windowLength: 30 }, says: ['inputShape: [30, 2]'] },
  {
    change: { task: 'reber', windowLength: 8 },
    says: ['inputShape: [12, 7]', 'tf.layers.dense({ units: 2 })', 'tf.losses.softmaxCrossEntropy'],
  },
  { change: { hiddenUnits: 64, layers: 2 }, says: ['units: 64, returnSequences: true', 'units: 64, returnSequences: false'] },
  {
    change: { inputDropout: 0.2, recurrentDropout: 0.3, outputDropout: 0.5 },
    says: ['dropout: 0.2', 'recurrentDropout: 0.3', 'tf.layers.dropout({ rate: 0.5 })'],
  },
  {
    change: { l1: 0.001, l2: 0.003 },
    says: ['kernelRegularizer: tf.regularizers.l1l2({ l1: 0.001, l2: 0.003 })', 'recurrentRegularizer:'],
  },
  { change: { optimizer: 'rmsprop', learningRate: 0.003 }, says: ['tf.train.rmsprop(0.003, 0.9, 0, 1e-7)'] },
  { change: { optimizer: 'sgd', learningRate: 0.1 }, says: ['tf.train.momentum(0.1, 0.9)'] },
  { change: { weightDecay: 0.2 }, says: ['weight_decay 0.2'] },
  { change: { clipMode: 'tensor', clipThreshold: 2 }, says: ['clipnorm 2'] },
  {
    change: { earlyStopping: true, patience: 15, minDelta: 0.01, restoreBestWeights: true },
    says: ['patience: 15, minDelta: 0.01', 'cannot restore the best weights'],
  },
  { change: { maxEpochs: 300, batchSize: 16 }, says: ['epochs: 300', 'batchSize: 16'] },
];

describe('tfjsCode', () => {
  it.each(expectations)('says what $change sets', ({ change, says }) => {
    const code = tfjsCode({ ...defaultSettings, ...change });
    for (const text of says) expect(code).toContain(text);
  });

  it('penalises only the input kernels when recurrent weights are spared, and says nothing of what is off', () => {
    const code = tfjsCode({ ...defaultSettings, optimizer: 'sgd', l2: 0.01, penaliseRecurrent: false });
    expect(code).toContain('kernelRegularizer:');
    expect(code).not.toContain('recurrentRegularizer');
    expect(code).not.toMatch(/weight_decay|clipnorm|earlyStopping|sqrt/);
  });
});

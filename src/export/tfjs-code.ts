import { encodeSettings } from '../settings/url-codec';
import type { Settings } from '../settings/schema';

const featuresOf = { sines: 1, adding: 2, reber: 7, series: 1 } as const;

function regularizer(settings: Settings): string | undefined {
  if (settings.l1 <= 0 && settings.l2 <= 0) return undefined;
  return `tf.regularizers.l1l2({ l1: ${settings.l1}, l2: ${settings.l2} })`;
}

function optimizer(settings: Settings): string {
  switch (settings.optimizer) {
    case 'adam':
      return `tf.train.adam(${settings.learningRate}, 0.9, 0.999, 1e-7)`;
    case 'rmsprop':
      return `tf.train.rmsprop(${settings.learningRate}, 0.9, 0, 1e-7)`;
    case 'sgd':
      return `tf.train.momentum(${settings.learningRate}, 0.9)`;
  }
}

// What tf.layers and tf.train cannot express, said where it would go.
function caveats(settings: Settings): string[] {
  const notes: string[] = [];
  if (settings.weightDecay > 0)
    notes.push(`// weight_decay ${settings.weightDecay}: tf.train has no decoupled weight decay; the playground applies it itself.`);
  if (settings.clipMode !== 'off') {
    const keras = { global: 'global_clipnorm', tensor: 'clipnorm', value: 'clipvalue' }[settings.clipMode];
    notes.push(`// ${keras} ${settings.clipThreshold}: tf.train optimizers do not clip; clip the gradients in a custom loop.`);
  }
  if (settings.optimizer === 'adam')
    notes.push('// tf.train.adam divides by sqrt(v̂) + ε; Keras 3 (and the playground) by sqrt(v) + ε with a scaled step.');
  return notes;
}

function callbacks(settings: Settings): string {
  if (!settings.earlyStopping) return '';
  const restore = settings.restoreBestWeights ? ' // tfjs cannot restore the best weights (Keras: restore_best_weights=True)' : '';
  return `\n  callbacks: [tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: ${settings.patience}, minDelta: ${settings.minDelta} })],${restore}`;
}

/**
 * A TensorFlow.js (tf.layers) snippet for the same model and optimizer: the LSTM stack with its
 * dropouts and penalties, the output dropout, the dense head, compile and fit with validation data.
 * Training data is left to the reader, as tensors of [samples, timeSteps, features].
 */
export function tfjsCode(settings: Settings): string {
  const classification = settings.task === 'reber';
  const penalty = regularizer(settings);
  const timeSteps = settings.task === 'reber' ? Math.max(12, settings.windowLength) : settings.windowLength;
  const layers = Array.from({ length: settings.layers }, (_, layer) => {
    const options = [
      `units: ${settings.hiddenUnits}`,
      `returnSequences: ${layer < settings.layers - 1}`,
      "recurrentActivation: 'sigmoid'",
      `dropout: ${settings.inputDropout}`,
      `recurrentDropout: ${settings.recurrentDropout}`,
      ...(layer === 0 ? [`inputShape: [${timeSteps}, ${featuresOf[settings.task]}]`] : []),
      ...(penalty ? [`kernelRegularizer: ${penalty}`] : []),
      ...(penalty && settings.penaliseRecurrent ? [`recurrentRegularizer: ${penalty}`] : []),
    ];
    return `model.add(tf.layers.lstm({ ${options.join(', ')} }));`;
  });
  return `// The Overfitting Playground's model in TensorFlow.js (tf.layers), from the link ?${encodeSettings(settings)}
// xTrain, xVal: tensors [samples, ${timeSteps}, ${featuresOf[settings.task]}]; yTrain, yVal: ${classification ? 'one-hot labels [samples, 2]' : 'targets [samples, 1]'}.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
${layers.join('\n')}
model.add(tf.layers.dropout({ rate: ${settings.outputDropout} }));
model.add(tf.layers.dense({ units: ${classification ? 2 : 1} }));
${caveats(settings).join('\n')}${caveats(settings).length > 0 ? '\n' : ''}model.compile({ optimizer: ${optimizer(settings)}, loss: ${classification ? 'tf.losses.softmaxCrossEntropy' : "'meanSquaredError'"} });

const history = await model.fit(xTrain, yTrain, {
  epochs: ${settings.maxEpochs},
  batchSize: ${settings.batchSize},
  shuffle: true,
  validationData: [xVal, yVal],${callbacks(settings)}
});
console.log(history.history.loss, history.history.val_loss);
`;
}

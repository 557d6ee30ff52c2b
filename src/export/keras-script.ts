import { augmenting } from '../data/augment';
import { encodeSettings } from '../settings/url-codec';
import type { Settings } from '../settings/schema';
import { pythonAugmentSource } from './python-augment';
import { pythonTaskSource } from './python-tasks';

/** What the script needs besides the settings: the uploaded series, for the series task. */
export interface KerasScriptOptions {
  series?: Float32Array;
}

const elementOf = { sines: 'continuous', adding: 'marked-values', reber: 'tokens', series: 'continuous' } as const;

/** A Python literal for a number: integers stay integers, floats keep what the page shows. */
export function pythonNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

const pythonBoolean = (value: boolean) => (value ? 'True' : 'False');

function optimizerLine(settings: Settings): string {
  const options = [`learning_rate=${pythonNumber(settings.learningRate)}`];
  if (settings.weightDecay > 0) options.push(`weight_decay=${pythonNumber(settings.weightDecay)}`);
  const clipKeyword = { off: undefined, global: 'global_clipnorm', tensor: 'clipnorm', value: 'clipvalue' }[settings.clipMode];
  if (clipKeyword) options.push(`${clipKeyword}=${pythonNumber(settings.clipThreshold)}`);
  switch (settings.optimizer) {
    case 'adam':
      // Keras 3's AdamW is Adam with decoupled weight decay; without decay, plain Adam.
      return `keras.optimizers.${settings.weightDecay > 0 ? 'AdamW' : 'Adam'}(${options.join(', ')}, beta_1=0.9, beta_2=0.999, epsilon=1e-7)`;
    case 'rmsprop':
      return `keras.optimizers.RMSprop(${options.join(', ')}, rho=0.9, epsilon=1e-7)`;
    case 'sgd':
      return `keras.optimizers.SGD(${options.join(', ')}, momentum=0.9)`;
  }
}

function regularizerLine(settings: Settings): string {
  if (settings.l1 <= 0 && settings.l2 <= 0) return 'REGULARIZER = None';
  return `REGULARIZER = keras.regularizers.L1L2(l1=${pythonNumber(settings.l1)}, l2=${pythonNumber(settings.l2)})`;
}

function seriesLine(options: KerasScriptOptions): string {
  const values = Array.from(options.series ?? [], (value) => pythonNumber(value));
  return `SERIES = np.array([${values.join(', ')}])  # the uploaded column, as the page read it`;
}

function callbacksSource(settings: Settings): string {
  const lines = ['# The page stops a run whose loss stops being a finite number.', 'callbacks = [keras.callbacks.TerminateOnNaN()]'];
  if (settings.earlyStopping) {
    lines.push(
      '# Early stopping watches the data-only validation loss, as the page does: Keras\u2019s val_loss adds the L1/L2 penalty.',
      'callbacks.append(',
      '    keras.callbacks.EarlyStopping(',
      `        monitor="val_data_loss", mode="min", patience=${settings.patience}, min_delta=${pythonNumber(settings.minDelta)},`,
      `        restore_best_weights=${pythonBoolean(settings.restoreBestWeights)},`,
      '    )',
      ')',
    );
  }
  return lines.join('\n');
}

/**
 * A runnable Keras 3 script (Python) that reproduces a set-up: the task's data generator with the same
 * sizes, noise and split, augmentation applied to each epoch's training batches, the LSTM stack with its
 * dropouts and penalties, the optimizer with its learning rate, weight decay and clipping, early
 * stopping, fit with the validation data, and a matplotlib plot of both curves.
 */
export function kerasScript(settings: Settings, options: KerasScriptOptions = {}): string {
  const classification = settings.task === 'reber';
  const augment = augmenting(settings);
  const penaliseRecurrent = settings.penaliseRecurrent ? 'REGULARIZER' : 'None';
  return `"""The Overfitting Playground's set-up as a Keras 3 script.

Made by the Overfitting Playground from the link ?${encodeSettings(settings)}
Run it with Keras 3 on any backend (pip install keras jax matplotlib):

    python overfitting_playground.py [--epochs N] [--no-plot]

The data follows the same process as the page's, drawn by numpy from the same seed number (so not the
same numbers), and Keras draws its own initial weights and dropout masks: expect the same story, not
the same curves.
"""

import argparse
import math
import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import keras  # noqa: E402
import numpy as np  # noqa: E402

SEED = ${settings.seed}
# Runs trained one after another with seeds SEED, SEED + 1, … (Repeat over seeds): data, weights and all.
SEED_REPEATS = ${settings.seedRepeats}
TASK = "${settings.task}"
ELEMENT = "${elementOf[settings.task]}"
WINDOW_LENGTH = ${settings.windowLength}
TRAINING_SAMPLES = ${settings.trainingSamples}
VALIDATION_SAMPLES = ${settings.validationSamples}
NOISE = ${pythonNumber(settings.noise)}
HIDDEN_UNITS = ${settings.hiddenUnits}
LAYERS = ${settings.layers}
BATCH_SIZE = ${settings.batchSize}
EPOCHS = ${settings.maxEpochs}
INPUT_DROPOUT = ${pythonNumber(settings.inputDropout)}
RECURRENT_DROPOUT = ${pythonNumber(settings.recurrentDropout)}
OUTPUT_DROPOUT = ${pythonNumber(settings.outputDropout)}
JITTER = ${pythonNumber(settings.jitter)}
INSERT_RATE = ${pythonNumber(settings.insertRate)}
DELETE_RATE = ${pythonNumber(settings.deleteRate)}
REPLACE_RATE = ${pythonNumber(settings.replaceRate)}
SWAP_RATE = ${pythonNumber(settings.swapRate)}
CROP_RATE = ${pythonNumber(settings.cropRate)}
${settings.task === 'series' ? `${seriesLine(options)}\n` : ''}

${pythonTaskSource[settings.task]}
${augment ? `\n${pythonAugmentSource}` : ''}

class TrainingBatches(keras.utils.PyDataset):
    """The training set in batches of BATCH_SIZE (the last one keeps the remainder), shuffled afresh
    every epoch${augment ? ' and augmented afresh every epoch' : ''}."""

    def __init__(self, inputs, targets, rng):
        super().__init__()
        self.inputs, self.targets, self.rng = inputs, targets, rng
        self.order = rng.permutation(len(inputs))

    def __len__(self):
        return math.ceil(len(self.inputs) / BATCH_SIZE)

    def __getitem__(self, index):
        rows = self.order[index * BATCH_SIZE : (index + 1) * BATCH_SIZE]
        ${augment ? 'return augment_batch(self.inputs[rows], self.targets[rows], self.rng)' : 'return self.inputs[rows], self.targets[rows]'}

    def on_epoch_end(self):
        self.order = self.rng.permutation(len(self.inputs))


${regularizerLine(settings)}


def build_model(time_steps, features, outputs):
    """LSTM layers (sigmoid gates, glorot kernel, orthogonal recurrent kernel, forget bias 1: Keras's
    defaults, as on the page), dropout on the last output, and a dense head."""
    model = keras.Sequential([keras.Input((time_steps, features))])
    for layer in range(LAYERS):
        model.add(
            keras.layers.LSTM(
                HIDDEN_UNITS,
                return_sequences=layer < LAYERS - 1,
                dropout=INPUT_DROPOUT,
                recurrent_dropout=RECURRENT_DROPOUT,
                kernel_regularizer=REGULARIZER,
                recurrent_regularizer=${penaliseRecurrent},
            )
        )
    model.add(keras.layers.Dropout(OUTPUT_DROPOUT))
    model.add(keras.layers.Dense(outputs))
    return model


def train_one(seed, epochs):
    """One run of the set-up with this seed; returns its curves, one value per epoch."""
    keras.utils.set_random_seed(seed)
    rng = np.random.default_rng(seed)
    (x_train, y_train), (x_val, y_val) = make_data(rng)
    model = build_model(x_train.shape[1], x_train.shape[2], ${classification ? 2 : 1})
    optimizer = ${optimizerLine(settings)}
    # The data-only loss as a metric: Keras's "loss" adds the L1/L2 penalty, the page's curves do not.
    model.compile(
        optimizer=optimizer,
        loss=${classification ? 'keras.losses.SparseCategoricalCrossentropy(from_logits=True)' : 'keras.losses.MeanSquaredError()'},
        metrics=[${classification ? 'keras.metrics.SparseCategoricalCrossentropy(from_logits=True, name="data_loss"), keras.metrics.SparseCategoricalAccuracy(name="accuracy")' : 'keras.metrics.MeanSquaredError(name="data_loss")'}],
    )
${callbacksSource(settings)
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
    history = model.fit(
        TrainingBatches(x_train, y_train, rng),
        validation_data=(x_val, y_val),
        epochs=epochs,
        callbacks=callbacks,
        verbose=2,
    )
    return history.history


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="epoch budget (Stop after)")
    parser.add_argument("--no-plot", action="store_true", help="skip the matplotlib plot")
    arguments = parser.parse_args()

    runs = [train_one(SEED + repeat, arguments.epochs) for repeat in range(SEED_REPEATS)]
    for repeat, curves in enumerate(runs):
        best = int(np.argmin(curves["val_data_loss"]))
        print(f"seed {SEED + repeat}: best validation loss {curves['val_data_loss'][best]:.4f} at epoch {best + 1}")
    if arguments.no_plot:
        return
    import matplotlib.pyplot as plt

    # Early stopping may end the seeds' runs at different epochs: the mean covers the epochs all of them have.
    length = min(len(curves["data_loss"]) for curves in runs)
    train = np.array([curves["data_loss"][:length] for curves in runs])
    val = np.array([curves["val_data_loss"][:length] for curves in runs])
    epochs = np.arange(1, length + 1)
    plt.plot(epochs, train.mean(axis=0), "--", label="training loss")
    plt.plot(epochs, val.mean(axis=0), label="validation loss")
    plt.fill_between(epochs, train.mean(axis=0), val.mean(axis=0), alpha=0.15, label="generalization gap")
    if SEED_REPEATS > 1:
        # Mean ± one standard deviation across the seeds, as the page draws it.
        for curve in (train, val):
            spread = curve.std(axis=0, ddof=1)
            plt.fill_between(epochs, curve.mean(axis=0) - spread, curve.mean(axis=0) + spread, alpha=0.2)
    plt.xlabel("epoch")
    plt.ylabel("${classification ? 'cross-entropy' : 'mean squared error'}")
    plt.legend()
    plt.savefig("overfitting_playground.png", dpi=150)
    print("saved overfitting_playground.png")
    plt.show()


if __name__ == "__main__":
    main()
`;
}

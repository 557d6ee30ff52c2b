import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type ClipMode, type OptimizerChoice, type Settings } from '../settings/schema';
import { runOnCpuBackend } from './cpu-backend.testing';
import { EarlyStopping } from './early-stopping';
import { createNetwork, networkVariables, predict, restoreWeights, type Network } from './network';
import { taskLoss, weightPenalty, type PenaltyOptions, type TaskKind } from './objective';
import { createOptimizer } from './optimizer';
import { trainStep } from './train-step';
import { createTrainer } from './trainer';

// What Keras 3.15 (JAX backend) computes from the project's own weights and batches:
// tools/keras-reference/ writes both files (see its README); the tests never need Python.
const fixtures = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../tools/keras-reference/fixtures/${name}`, import.meta.url), 'utf8'));

interface Weights {
  shape: number[];
  values: number[];
}
interface ModelInputs {
  settings: Settings;
  kind: TaskKind;
  outputs: number;
  weights: Weights[];
  batch: { inputs: number[]; targets: number[]; shape: [number, number, number] };
}
interface KerasModelCase {
  outputs: number[];
  dataLoss: number;
  gradients: number[][];
  penalties: (PenaltyOptions & { penalty: number; gradients: number[][] })[];
  stepPenalty?: PenaltyOptions;
  steps?: {
    optimizer: OptimizerChoice;
    learningRate: number;
    weightDecay: number;
    clipMode: ClipMode;
    clipThreshold: number;
    weights: number[][];
  }[];
}
interface KerasRun {
  weightDecay: number;
  trainLoss: number[];
  valLoss: number[];
  weights: number[][];
}
interface EarlyStoppingSequence {
  values: number[];
  patience: number;
  minDelta: number;
  fits: { startEpoch: number; budgetEpoch: number; stoppedEarly: boolean; lastEpoch: number; bestEpoch: number; restoredEpoch: number }[];
}

const inputs = fixtures('inputs.json') as {
  regression: ModelInputs;
  classification: ModelInputs;
  trainingCase: Settings & { epochs: number; adamWeightDecay: number };
  training: { weights: Weights[] };
};
const keras = fixtures('keras.json') as {
  keras: string;
  regression: KerasModelCase;
  classification: KerasModelCase;
  training: { adam: KerasRun; adamw: KerasRun };
  earlyStopping: EarlyStoppingSequence[];
};

/**
 * Tolerances, each relative to the largest magnitude of what is compared. float32 rounding gives about
 * 1e-7 per operation; the fused LSTM kernel computes tanh as 2σ(2z) − 1, which adds a few of those.
 */
const tolerance = { forward: 5e-6, gradient: 1e-5, step: 1e-5, twentyEpochs: 1e-4 };

function relativeDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let largest = 0;
  let difference = 0;
  for (let index = 0; index < expected.length; index += 1) {
    largest = Math.max(largest, Math.abs(expected[index] as number));
    difference = Math.max(difference, Math.abs((actual[index] as number) - (expected[index] as number)));
  }
  return difference / Math.max(largest, 1e-12);
}

function expectClose(actual: ArrayLike<number>[], expected: ArrayLike<number>[], within: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((values, index) => expect(relativeDifference(values, expected[index] as ArrayLike<number>)).toBeLessThanOrEqual(within));
}

function networkFrom(model: ModelInputs): Network {
  const { settings } = model;
  const network = createNetwork(
    { features: model.batch.shape[2], units: settings.hiddenUnits, layers: settings.layers, outputs: model.outputs },
    settings.seed,
  );
  const snapshot = model.weights.map((weights) => tf.tensor(weights.values, weights.shape));
  restoreWeights(network, snapshot);
  tf.dispose(snapshot);
  return network;
}

function batchOf(model: ModelInputs) {
  return { inputs: tf.tensor3d(model.batch.inputs, model.batch.shape), targets: tf.tensor1d(model.batch.targets) };
}

function currentWeights(network: Network): Float32Array[] {
  return networkVariables(network).map((variable) => variable.dataSync() as Float32Array);
}

// Gradients of data loss plus penalty, as a training step takes them (the hand-derived backward pass).
function objectiveGradients(network: Network, model: ModelInputs, penalty: PenaltyOptions) {
  const batch = batchOf(model);
  const { value, grads } = tf.variableGrads(() => {
    const dataLoss = taskLoss(model.kind, predict(network, batch.inputs), batch.targets);
    const cost = weightPenalty(network, penalty);
    return cost ? tf.add(dataLoss, cost) : dataLoss;
  }, networkVariables(network));
  const gradients = networkVariables(network).map((variable) => grads[variable.name]?.dataSync() as Float32Array);
  const result = { value: value.dataSync()[0] as number, gradients };
  tf.dispose([value, ...Object.values(grads), batch.inputs, batch.targets]);
  return result;
}

runOnCpuBackend();

describe(`against Keras ${keras.keras} on the project's weights and batches`, () => {
  for (const name of ['regression', 'classification'] as const) {
    describe(`${name} (${inputs[name].settings.layers} layer(s), ${inputs[name].settings.hiddenUnits} units)`, () => {
      const model = inputs[name];
      const expected = keras[name];
      const noPenalty = { l1: 0, l2: 0, penaliseRecurrent: true };

      it('gives the same forward pass and data loss', () => {
        const network = networkFrom(model);
        const batch = batchOf(model);
        const outputs = predict(network, batch.inputs);
        const loss = taskLoss(model.kind, outputs, batch.targets);
        expect(relativeDifference(outputs.dataSync(), expected.outputs)).toBeLessThan(tolerance.forward);
        expect(relativeDifference([loss.dataSync()[0] as number], [expected.dataLoss])).toBeLessThan(tolerance.forward);
        tf.dispose([outputs, loss, batch.inputs, batch.targets, ...networkVariables(network)]);
      });

      it('gives the same gradients', () => {
        const network = networkFrom(model);
        expectClose(objectiveGradients(network, model, noPenalty).gradients, expected.gradients, tolerance.gradient);
        tf.dispose(networkVariables(network));
      });

      it.each(expected.penalties)('gives the same penalty and gradients with l1 $l1, l2 $l2, recurrent $penaliseRecurrent', (penalty) => {
        const network = networkFrom(model);
        const cost = weightPenalty(network, penalty);
        expect(relativeDifference([cost?.dataSync()[0] ?? 0], [penalty.penalty])).toBeLessThan(tolerance.forward);
        expectClose(objectiveGradients(network, model, penalty).gradients, penalty.gradients, tolerance.gradient);
        tf.dispose([cost, ...networkVariables(network)].filter((tensor) => tensor !== undefined));
      });
    });
  }

  describe('one step of each optimizer, with and without weight decay, with each clip mode', () => {
    const model = inputs.regression;
    const penalty = keras.regression.stepPenalty as PenaltyOptions;
    it.each(keras.regression.steps ?? [])(
      '$optimizer, learning rate $learningRate, weight decay $weightDecay, clip $clipMode',
      async ({ optimizer: kind, learningRate, weightDecay, clipMode, clipThreshold, weights }) => {
        const network = networkFrom(model);
        const optimizer = createOptimizer(kind, learningRate, weightDecay);
        const batch = batchOf(model);
        const knobs = { ...defaultSettings, ...penalty, optimizer: kind, learningRate, weightDecay, clipMode, clipThreshold };
        const masks = { layers: network.layers.map(() => ({})) };
        const result = await trainStep(network, optimizer, batch, knobs, masks, { kind: model.kind, lossLimit: Infinity });
        expect(result.failure).toBeUndefined();
        expect(result.clipped).toBe(clipMode !== 'off');
        expectClose(currentWeights(network), weights, tolerance.step);
        optimizer.dispose();
        tf.dispose([batch.inputs, batch.targets, ...networkVariables(network)]);
      },
    );
  });

  describe(`${inputs.trainingCase.epochs} epochs of the trainer`, () => {
    it.each([
      ['Adam', keras.training.adam],
      ['AdamW', keras.training.adamw],
    ] as const)('%s: the same losses every epoch and the same weights at the end', async (_, run) => {
      const trainer = createTrainer({ ...inputs.trainingCase, weightDecay: run.weightDecay });
      // The fixtures were made from these very weights; a change to initialisation must regenerate them.
      expectClose(
        currentWeights(trainer.network),
        inputs.training.weights.map((weights) => weights.values),
        0,
      );
      const trainLosses: number[] = [];
      const valLosses: number[] = [];
      for (let epoch = 0; epoch < inputs.trainingCase.epochs; epoch += 1) {
        const outcome = await trainer.trainEpoch();
        if (outcome.kind !== 'trained') throw new Error('diverged');
        trainLosses.push(outcome.point.trainLoss);
        valLosses.push(outcome.point.valLoss);
      }
      expect(relativeDifference(trainLosses, run.trainLoss)).toBeLessThan(tolerance.twentyEpochs);
      expect(relativeDifference(valLosses, run.valLoss)).toBeLessThan(tolerance.twentyEpochs);
      expectClose(currentWeights(trainer.network), run.weights, tolerance.twentyEpochs);
      trainer.dispose();
    });
  });

  it(`early stopping ends, and restores, where Keras does on ${keras.earlyStopping.length} scripted sequences`, () => {
    for (const sequence of keras.earlyStopping) {
      const tracker = new EarlyStopping();
      let epoch = 0;
      const fits = sequence.fits.map((expected) => {
        tracker.beginFit();
        let stoppedEarly = false;
        while (epoch < expected.budgetEpoch && !stoppedEarly) {
          epoch += 1;
          stoppedEarly = tracker.observe(epoch, sequence.values[epoch - 1] as number, sequence) === 'stop';
        }
        // The trainer restores the snapshot it took at the best epoch, at a stop and at the budget's end alike.
        return { ...expected, stoppedEarly, lastEpoch: epoch, bestEpoch: tracker.bestEpoch, restoredEpoch: tracker.bestEpoch };
      });
      expect(fits).toEqual(sequence.fits);
    }
  });
});

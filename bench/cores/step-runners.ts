import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
// tf.layers calls chained tensor methods (flatten(), …), which tfjs-core registers only on request.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { createRandom } from '../../src/data/random';
import { createMasks, disposeMasks } from '../../src/model/dropout';
import { createNetwork, disposeNetwork, layerShapes } from '../../src/model/network';
import { createOptimizer, optimizerEpsilon } from '../../src/model/optimizer';
import { trainStep, type LiveKnobs } from '../../src/model/train-step';
import { explodedLossFactor } from '../../src/model/trainer';
import { defaultSettings } from '../../src/settings/schema';

/** One model with its optimizer, trained one step at a time on a fixed batch. */
export interface StepRunner {
  /** One optimizer step, its loss read back (both implementations wait for that, as the app does). */
  step(): Promise<void>;
  dispose(): void;
}

/** A fixed regression batch: inputs [batch, timeSteps, features], one target per sample. */
export interface BenchBatch {
  inputs: tf.Tensor3D;
  targets: tf.Tensor1D;
  /** The mean squared target: the loss of always answering 0. */
  knowNothingLoss: number;
}

/** Seed of the batch, the weights and the dropout streams. */
const benchSeed = 1;

/** A seeded batch of standard-normal inputs and targets in [−1, 1); the values do not change the timing. */
export function createBatch(batchSize: number, timeSteps: number, features: number): BenchBatch {
  const random = createRandom(benchSeed, 'bench', 'batch');
  const inputs = Float32Array.from({ length: batchSize * timeSteps * features }, () => random.normal());
  const targets = Float32Array.from({ length: batchSize }, () => 2 * random.uniform() - 1);
  return {
    inputs: tf.tensor3d(inputs, [batchSize, timeSteps, features]),
    targets: tf.tensor1d(targets),
    knowNothingLoss: targets.reduce((sum, target) => sum + target * target, 0) / batchSize,
  };
}

/**
 * The project's step as the trainer takes it (src/model/trainer.ts): a network from createNetwork, Adam
 * from createOptimizer, the default settings as live knobs, fresh dropout masks per step, trainStep.
 */
export function createProjectRunner(batch: BenchBatch, hiddenUnits: number): StepRunner {
  const [batchSize, , features] = batch.inputs.shape;
  const network = createNetwork({ features, units: hiddenUnits, layers: 1, outputs: 1 }, benchSeed);
  const knobs: LiveKnobs = { ...defaultSettings };
  const optimizer = createOptimizer(knobs.optimizer, knobs.learningRate);
  const task = { kind: 'regression' as const, lossLimit: explodedLossFactor * batch.knowNothingLoss };
  let step = 0;
  return {
    async step() {
      const masks = createMasks(layerShapes(network), batchSize, knobs, (kind, layer) =>
        createRandom(benchSeed, 'dropout', step, kind, layer).integer(2 ** 31),
      );
      const result = await trainStep(network, optimizer, batch, knobs, masks, task).finally(() => disposeMasks(masks));
      step += 1;
      // A withheld update would make the step cheaper than a real one: the timing would be wrong.
      if (result.failure) throw new Error(`The project's step ${step} failed: ${result.failure}`);
    },
    dispose() {
      disposeNetwork(network);
      optimizer.dispose();
    },
  };
}

/**
 * The Keras-equivalent baseline: tf.layers.lstm with the Keras defaults (sigmoid recurrent activation,
 * glorot-uniform kernel, orthogonal recurrent kernel, forget bias 1), a Dense(1) head, MSE and Adam with
 * epsilon 1e-7, trained with trainOnBatch on the same batch.
 */
export function createBaselineRunner(batch: BenchBatch, hiddenUnits: number): StepRunner {
  const [batchSize, timeSteps, features] = batch.inputs.shape;
  const model = tfl.sequential({
    layers: [
      tfl.layers.lstm({
        units: hiddenUnits,
        inputShape: [timeSteps, features],
        recurrentActivation: 'sigmoid',
        kernelInitializer: 'glorotUniform',
        recurrentInitializer: 'orthogonal',
        biasInitializer: 'zeros',
        // tfjs-layers defaults to false, Keras to true.
        unitForgetBias: true,
      }),
      tfl.layers.dense({ units: 1 }),
    ],
  });
  const optimizer = tf.train.adam(defaultSettings.learningRate, 0.9, 0.999, optimizerEpsilon);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  // The head answers [batch, 1]; Keras would broadcast [batch] targets, tfjs-layers wants the same shape.
  const targets = tf.reshape(batch.targets, [batchSize, 1]);
  return {
    async step() {
      await model.trainOnBatch(batch.inputs, targets);
    },
    dispose() {
      // A model disposes only an optimizer it created itself.
      model.dispose();
      optimizer.dispose();
      targets.dispose();
    },
  };
}

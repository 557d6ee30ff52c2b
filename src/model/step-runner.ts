import * as tf from '@tensorflow/tfjs-core';
import { createRandom } from '../data/random';
import { defaultSettings } from '../settings/schema';
import { createMasks, disposeMasks } from './dropout';
import { createNetwork, disposeNetwork, layerShapes } from './network';
import { createOptimizer } from './optimizer';
import { trainStep, type LiveKnobs } from './train-step';
import { explodedLossFactor } from './trainer';

// The training step in isolation, on a fixed batch: what the page's backend measurement and the
// benchmark both time.

/** One model with its optimizer, trained one step at a time on a fixed batch. */
export interface StepRunner {
  /** One optimizer step, its loss read back (both implementations wait for that, as the app does). */
  step(): Promise<void>;
  dispose(): void;
}

/** A fixed regression batch: inputs [batch, timeSteps, features], one target per sample. */
export interface TimingBatch {
  inputs: tf.Tensor3D;
  targets: tf.Tensor1D;
  /** The mean squared target: the loss of always answering 0. */
  knowNothingLoss: number;
}

/** Seed of the batch, the weights and the dropout streams. */
const timingSeed = 1;

/** A seeded batch of standard-normal inputs and targets in [−1, 1); the values do not change the timing. */
export function createTimingBatch(batchSize: number, timeSteps: number, features: number): TimingBatch {
  const random = createRandom(timingSeed, 'timing', 'batch');
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
export function createProjectRunner(batch: TimingBatch, hiddenUnits: number): StepRunner {
  const [batchSize, , features] = batch.inputs.shape;
  const network = createNetwork({ features, units: hiddenUnits, layers: 1, outputs: 1 }, timingSeed);
  const knobs: LiveKnobs = { ...defaultSettings };
  const optimizer = createOptimizer(knobs.optimizer, knobs.learningRate);
  const task = { kind: 'regression' as const, lossLimit: explodedLossFactor * batch.knowNothingLoss };
  let step = 0;
  return {
    async step() {
      const masks = createMasks(layerShapes(network), batchSize, knobs, (kind, layer) =>
        createRandom(timingSeed, 'dropout', step, kind, layer).integer(2 ** 31),
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

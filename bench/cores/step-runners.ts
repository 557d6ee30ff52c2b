import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
// tf.layers calls chained tensor methods (flatten(), …), which tfjs-core registers only on request.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import { setLstmImplementation } from '../../src/model/lstm';
import { optimizerEpsilon } from '../../src/model/optimizer';
import { createProjectRunner, type StepRunner, type TimingBatch } from '../../src/model/step-runner';
import { defaultSettings } from '../../src/settings/schema';

/**
 * The Keras-equivalent baseline: tf.layers.lstm with the Keras defaults (sigmoid recurrent activation,
 * glorot-uniform kernel, orthogonal recurrent kernel, forget bias 1), a Dense(1) head, MSE and Adam with
 * epsilon 1e-7, trained with trainOnBatch on the same batch.
 */
export function createBaselineRunner(batch: TimingBatch, hiddenUnits: number): StepRunner {
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

/**
 * The project's step as it ran before the fused kernels (the step-by-step ops on every backend): the
 * benchmark's "before" column. The switch is global, so it is set for each step and set back after it.
 */
export function createUnfusedProjectRunner(batch: TimingBatch, hiddenUnits: number): StepRunner {
  const runner = createProjectRunner(batch, hiddenUnits);
  return {
    async step() {
      setLstmImplementation('unfused');
      try {
        await runner.step();
      } finally {
        setLstmImplementation('fused');
      }
    },
    dispose: () => runner.dispose(),
  };
}

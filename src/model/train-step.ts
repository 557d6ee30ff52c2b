import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Settings } from '../settings/schema';
import { clipByGlobalNorm } from './clipping';
import { networkVariables, predict, type Network } from './network';
import { l2Penalty, meanSquaredError } from './objective';
import type { TunableAdam } from './optimizer';

/** The settings read afresh at every step, so moving one mid-run needs no rebuild. */
export type LiveKnobs = Pick<Settings, 'learningRate' | 'dropout' | 'weightDecay' | 'clipThreshold' | 'augmentation'>;

/** One batch on the device: inputs [batch, timeSteps, features] and targets [batch]. */
export interface TensorBatch {
  inputs: tf.Tensor3D;
  targets: tf.Tensor1D;
}

/**
 * One optimizer step: gradients of (data loss + L2 penalty), clipped by global norm, applied by Adam.
 * Returns the data loss alone (the penalty is not part of what the chart calls training loss); the
 * caller owns and disposes it.
 */
export function trainStep(network: Network, optimizer: TunableAdam, batch: TensorBatch, knobs: LiveKnobs, dropoutSeed: number): tf.Scalar {
  optimizer.setLearningRate(knobs.learningRate);
  return tf.tidy(() => {
    let dataLoss: tf.Scalar | undefined;
    const { grads } = tf.variableGrads(() => {
      // Kept: variableGrads disposes everything its function made except the value it returns.
      dataLoss = tf.keep(meanSquaredError(predict(network, batch.inputs, { dropout: knobs.dropout, dropoutSeed }), batch.targets));
      return knobs.weightDecay > 0 ? tf.add(dataLoss, l2Penalty(network.lstm, knobs.weightDecay)) : dataLoss;
    }, networkVariables(network));
    const clipped = clipByGlobalNorm(grads, knobs.clipThreshold).gradients;
    // As a list: Adam's typings ask for a map of Variables although it only reads the gradients.
    optimizer.applyGradients(Object.entries(clipped).map(([name, tensor]) => ({ name, tensor })));
    if (!dataLoss) throw new Error('The loss function did not run');
    return dataLoss;
  });
}

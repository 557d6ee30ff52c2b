import * as tf from '@tensorflow/tfjs-core';

/**
 * An inverted-dropout mask: each element is 0 with probability `rate`, else 1 / (1 − rate), so the
 * expected value of what it multiplies is unchanged and evaluation needs no rescaling.
 */
export function dropoutMask(shape: [number, number], rate: number, seed: number): tf.Tensor2D {
  return tf.tidy(() => tf.div(tf.floor(tf.add(tf.randomUniform(shape, 0, 1, 'float32', seed), 1 - rate)), 1 - rate));
}

/** One LSTM layer's dropout masks; an absent mask means that dropout is off. */
export interface LayerMasks {
  /** [batch, features]: multiplies x_t at every time step (one mask per sequence, Keras `dropout`). */
  input?: tf.Tensor2D;
  /** [batch, units]: multiplies h_{t-1} in the recurrence at every time step (variational, Keras `recurrent_dropout`). */
  recurrent?: tf.Tensor2D;
}

/** Every dropout mask of one training step. */
export interface NetworkMasks {
  /** One entry per LSTM layer, first layer first. */
  layers: LayerMasks[];
  /** [batch, units]: multiplies the last hidden state before the dense head. */
  output?: tf.Tensor2D;
}

/** The three dropout rates, each a share in [0, 1). */
export interface DropoutRates {
  inputDropout: number;
  recurrentDropout: number;
  outputDropout: number;
}

/**
 * Fresh masks for one step. `seedFor` names each mask's seed, so every step, layer and kind draws its
 * own: a fixed seed would drop the same units at every step.
 */
export function createMasks(
  layerShapes: { features: number; units: number }[],
  batchSize: number,
  rates: DropoutRates,
  seedFor: (kind: 'input' | 'recurrent' | 'output', layer: number) => number,
): NetworkMasks {
  const masks: NetworkMasks = {
    layers: layerShapes.map(({ features, units }, layer) => ({
      ...(rates.inputDropout > 0 ? { input: dropoutMask([batchSize, features], rates.inputDropout, seedFor('input', layer)) } : {}),
      ...(rates.recurrentDropout > 0
        ? { recurrent: dropoutMask([batchSize, units], rates.recurrentDropout, seedFor('recurrent', layer)) }
        : {}),
    })),
  };
  const lastUnits = layerShapes.at(-1)?.units ?? 0;
  if (rates.outputDropout > 0) masks.output = dropoutMask([batchSize, lastUnits], rates.outputDropout, seedFor('output', 0));
  return masks;
}

/** Frees a step's masks. */
export function disposeMasks(masks: NetworkMasks): void {
  tf.dispose([...masks.layers.flatMap((layer) => [layer.input, layer.recurrent]), masks.output].filter((mask) => mask !== undefined));
}

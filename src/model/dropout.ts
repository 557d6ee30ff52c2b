import * as tf from '@tensorflow/tfjs-core';

/**
 * An inverted-dropout mask: each element is 0 with probability `rate`, else 1 / (1 − rate), so the
 * expected value of what it multiplies is unchanged and evaluation needs no rescaling.
 */
export function dropoutMask(shape: [number, number], rate: number, seed: number): tf.Tensor2D;
export function dropoutMask(shape: [number, number, number], rate: number, seed: number): tf.Tensor3D;
export function dropoutMask(shape: [number, number] | [number, number, number], rate: number, seed: number): GateMask;
export function dropoutMask(shape: [number, number] | [number, number, number], rate: number, seed: number): GateMask {
  return tf.tidy(() => tf.div<GateMask>(tf.floor(tf.add(tf.randomUniform(shape, 0, 1, 'float32', seed), 1 - rate)), 1 - rate));
}

/**
 * A layer mask: [batch, width], shared by the four gates, or [4, batch, width], one per gate in Keras's gate
 * order i, f, C̃, o.
 */
export type GateMask = tf.Tensor2D | tf.Tensor3D;

/**
 * One LSTM layer's dropout masks, each drawn once per sequence and applied at every time step; an absent
 * mask means that dropout is off. As in Keras 3 (keras/src/layers/rnn/lstm.py, dropout_rnn_cell.py): with
 * recurrent dropout the cell runs its "implementation 1" and draws four independent masks for h_{t-1} and,
 * with input dropout, four for x_t, one per gate; with input dropout alone one mask serves all four gates.
 */
export interface LayerMasks {
  /** Multiplies x_t (Keras `dropout`): [batch, features], or [4, batch, features] per gate. */
  input?: GateMask;
  /** Multiplies h_{t-1} in the recurrence (variational, Keras `recurrent_dropout`): [4, batch, units], one per gate. */
  recurrent?: GateMask;
}

/** A layer's masks when every gate shares them (no recurrent dropout), as the unfused pass takes them. */
export interface SharedLayerMasks {
  input?: tf.Tensor2D;
  recurrent?: tf.Tensor2D;
}

/** The layers' masks as shared masks, or undefined when some layer has per-gate masks. */
export function sharedMasks(masks: LayerMasks[]): SharedLayerMasks[] | undefined {
  return masks.every((layer) => gateCopiesOf(layer) === 1) ? (masks as SharedLayerMasks[]) : undefined;
}

/** 4 when a layer's masks differ per gate, else 1: how many differently masked copies of [x_t; h_{t-1}] the gates read. */
export function gateCopiesOf(masks: LayerMasks): number {
  return [masks.input, masks.recurrent].some((mask) => mask?.rank === 3) ? 4 : 1;
}

/** The mask gate `gate` (0…3, Keras order) sees: the shared [batch, width] mask, or that gate's slice of a per-gate one. */
export function maskForGate(mask: GateMask, gate: number): tf.Tensor2D {
  if (mask.rank === 2) return mask as tf.Tensor2D;
  const [, batch, width] = mask.shape as [number, number, number];
  return tf.reshape(tf.slice(mask, [gate, 0, 0], [1, batch, width]), [batch, width]);
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
    layers: layerShapes.map(({ features, units }, layer) => {
      // Keras 3 draws one mask per gate as soon as recurrent dropout is on (implementation 1).
      const perGate = rates.recurrentDropout > 0;
      const shape = (width: number): [number, number] | [number, number, number] => (perGate ? [4, batchSize, width] : [batchSize, width]);
      return {
        ...(rates.inputDropout > 0 ? { input: dropoutMask(shape(features), rates.inputDropout, seedFor('input', layer)) } : {}),
        ...(perGate ? { recurrent: dropoutMask(shape(units), rates.recurrentDropout, seedFor('recurrent', layer)) } : {}),
      };
    }),
  };
  const lastUnits = layerShapes.at(-1)?.units ?? 0;
  if (rates.outputDropout > 0) masks.output = dropoutMask([batchSize, lastUnits], rates.outputDropout, seedFor('output', 0));
  return masks;
}

/** Frees a step's masks. */
export function disposeMasks(masks: NetworkMasks): void {
  tf.dispose([...masks.layers.flatMap((layer) => [layer.input, layer.recurrent]), masks.output].filter((mask) => mask !== undefined));
}

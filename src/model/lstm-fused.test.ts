import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { createMasks, disposeMasks } from './dropout';
import { dropoutCases } from './dropout-cases.testing';
import { setLstmImplementation, type GradientMode, type LstmImplementation } from './lstm';
import { fusedKernelsAvailable } from './lstm-fused-kernels';
import { createNetwork, disposeNetwork, layerShapes, networkVariables, predict } from './network';
import { taskLoss } from './objective';
import { createTrainer } from './trainer';

// The fused kernels against the step-by-step ops and autodiff, on both backends that run them. Node's wasm
// backend is the browser's (the same .wasm module, single-threaded as the app sets it).
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

// Batch 1, and 5: the shape of a partial last batch (any size other than the full one).
const cases = [1, 2, 3].flatMap((layers) =>
  [1, 5].flatMap((batch) => dropoutCases.map(([name, rates]) => [layers, batch, name, rates] as const)),
);

/**
 * max |a − b| / max(1, max |a|, max |b|): relative for tensors with elements above 1, absolute below. A
 * tensor of small values (a forecast near 0 when dropout silenced a sample) still carries the float32
 * rounding of the O(1) terms that formed it, so a purely relative bound would flag noise there.
 */
function scaledDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => {
    const scale = tf.maximum(tf.maximum(tf.max(tf.abs(a)), tf.max(tf.abs(b))), 1);
    return tf.div(tf.max(tf.abs(tf.sub(a, b))), scale).dataSync()[0] as number;
  });
}

type Path = { implementation: LstmImplementation; gradients: GradientMode };
const fused: Path = { implementation: 'fused', gradients: 'hand' };
const references: [string, Path][] = [
  ['the unfused pass', { implementation: 'unfused', gradients: 'hand' }],
  ['autodiff', { implementation: 'fused', gradients: 'automatic' }],
];

describe.each(['cpu', 'wasm'])('the fused LSTM kernels on %s', (backend) => {
  beforeAll(async () => {
    await tf.setBackend(backend);
    await tf.ready();
  });
  afterAll(() => setLstmImplementation('fused'));

  it('are what the backend runs', () => {
    expect(fusedKernelsAvailable()).toBe(true);
  });

  it.each(cases)(
    '%i layer(s), batch %i, %s: forecasts and every gradient equal the unfused pass and autodiff',
    (layers, batch, _, rates) => {
      const network = createNetwork({ features: 2, units: 5, layers, outputs: 1 }, 30 + layers);
      const inputs = tf.randomNormal<tf.Rank.R3>([batch, 6, 2], 0, 1, 'float32', 4);
      const targets = tf.randomNormal<tf.Rank.R1>([batch], 0, 1, 'float32', 5);
      const masks = createMasks(layerShapes(network), batch, rates, (kind, layer) => 200 + 10 * layer + kind.length);
      // Forecast, then the gradients of every variable and of the inputs.
      const run = ({ implementation, gradients }: Path) =>
        tf.tidy(() => {
          setLstmImplementation(implementation);
          const loss = (x: tf.Tensor) => taskLoss('regression', predict(network, x as tf.Tensor3D, masks, gradients), targets);
          const { grads } = tf.variableGrads(() => loss(inputs), networkVariables(network));
          return [
            predict(network, inputs, masks, gradients),
            ...networkVariables(network).map((variable) => grads[variable.name] as tf.Tensor),
            tf.grad(loss)(inputs),
          ];
        });
      const actual = run(fused);
      for (const [name, path] of references) {
        const expected = run(path);
        expected.forEach((tensor, index) => {
          expect(scaledDifference(actual[index] as tf.Tensor, tensor), `${name}, tensor ${index}`).toBeLessThan(1e-5);
        });
        tf.dispose(expected);
      }
      tf.dispose([...actual, inputs, targets]);
      disposeMasks(masks);
      disposeNetwork(network);
    },
  );

  it('leaks no tensor over 500 training steps with a partial last batch, nor over 20 resets', async () => {
    // Every tensor-making option on, two layers, 10 windows in batches of 4 (4, 4, 2).
    const settings: Settings = {
      ...defaultSettings,
      hiddenUnits: 4,
      layers: 2,
      windowLength: 5,
      trainingSamples: 10,
      validationSamples: 16,
      batchSize: 4,
      inputDropout: 0.2,
      recurrentDropout: 0.2,
      outputDropout: 0.2,
      l1: 1e-4,
      l2: 1e-4,
      clipMode: 'global',
      jitter: 0.05,
      earlyStopping: true,
      patience: 1000,
      restoreBestWeights: true,
    };
    const before = tf.memory().numTensors;
    const trainer = createTrainer(settings);
    let steps = 0;
    const epoch = async () => {
      const outcome = await trainer.trainEpoch();
      if (outcome.kind !== 'trained') throw new Error('the run diverged');
      steps += outcome.point.gradientNorms.length;
    };
    await epoch();
    const afterFirstEpoch = tf.memory().numTensors;
    while (steps < 500) await epoch();
    expect(tf.memory().numTensors).toBe(afterFirstEpoch);
    trainer.dispose();
    for (let reset = 0; reset < 20; reset += 1) {
      const next = createTrainer(settings);
      await next.trainEpoch();
      next.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});

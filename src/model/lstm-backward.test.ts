import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { createMasks, disposeMasks, type DropoutRates, type NetworkMasks } from './dropout';
import { dropoutCases, noDropout } from './dropout-cases.testing';
import { float64Loss, float64Problem, type Float64Problem } from './float64-reference.testing';
import { relativeDifference } from './gradient-check';
import { setLstmImplementation, type GradientMode, type LstmImplementation } from './lstm';
import { createNetwork, disposeNetwork, layerShapes, networkVariables, predict, type Network } from './network';
import { taskLoss, weightPenalty, type PenaltyOptions } from './objective';

runOnCpuBackend();

const penalty: PenaltyOptions = { l1: 0.01, l2: 0.02, penaliseRecurrent: true };
const layerCounts = [1, 2, 3];

interface Problem {
  network: Network;
  inputs: tf.Tensor3D;
  targets: tf.Tensor1D;
  masks: NetworkMasks;
}

// Small enough for float64 finite differences of every element; 2 features so a layer's W_x has rows to mix.
function problemOf(layers: number, rates: DropoutRates): Problem {
  const network = createNetwork({ features: 2, units: 3, layers, outputs: 1 }, 20 + layers);
  const inputs = tf.randomNormal<tf.Rank.R3>([4, 5, 2], 0, 1, 'float32', 8);
  const targets = tf.randomNormal<tf.Rank.R1>([4], 0, 1, 'float32', 9);
  const masks = createMasks(layerShapes(network), 4, rates, (kind, layer) => 100 + layer * 10 + kind.length);
  return { network, inputs, targets, masks };
}

function dispose({ network, inputs, targets, masks }: Problem): void {
  disposeMasks(masks);
  disposeNetwork(network);
  tf.dispose([inputs, targets]);
}

function objective({ network, targets, masks }: Problem, inputs: tf.Tensor3D, gradients: GradientMode): tf.Scalar {
  const dataLoss = taskLoss('regression', predict(network, inputs, masks, gradients), targets);
  return tf.add(dataLoss, weightPenalty(network, penalty) ?? 0);
}

/** Gradients of data loss + penalty: every variable in networkVariables order, then the inputs. */
function gradientsOf(problem: Problem, gradients: GradientMode): tf.Tensor[] {
  return tf.tidy(() => {
    const variables = networkVariables(problem.network);
    const { grads } = tf.variableGrads(() => objective(problem, problem.inputs, gradients), variables);
    const inputGradient = tf.grad((inputs: tf.Tensor) => objective(problem, inputs as tf.Tensor3D, gradients))(problem.inputs);
    return [...variables.map((variable) => grads[variable.name] as tf.Tensor), inputGradient];
  });
}

const relative = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => relativeDifference(a, b).dataSync()[0] as number);

// Central differences of the float64 loss, for every element of every parameter and of the inputs.
function finiteDifferences(problem: Float64Problem): Float64Array[] {
  const step = 1e-6;
  return [...problem.parameters, problem.inputs].map((values) =>
    values.map((value, index) => {
      values[index] = value + step;
      const above = float64Loss(problem);
      values[index] = value - step;
      const below = float64Loss(problem);
      values[index] = value;
      return (above - below) / (2 * step);
    }),
  );
}

const names = (network: Network) => [...networkVariables(network).map((variable) => variable.name), 'inputs'];

// Both implementations of the hand-derived pass: the fused kernels (what wasm and cpu run) and the step-by-step
// ops (what WebGL runs). Per-gate masks (recurrent dropout) take autodiff where the fused kernels are missing.
describe.each<LstmImplementation>(['fused', 'unfused'])('the hand-derived backward pass through time, %s', (implementation) => {
  beforeAll(() => setLstmImplementation(implementation));
  afterAll(() => setLstmImplementation('fused'));

  describe.each(layerCounts)('with %i layer(s)', (layers) => {
    it.each(dropoutCases)('matches autodiff for every variable and the inputs, %s, L1 and L2 on', (_, rates) => {
      const problem = problemOf(layers, rates);
      const hand = gradientsOf(problem, 'hand');
      const automatic = gradientsOf(problem, 'automatic');
      names(problem.network).forEach((name, index) => {
        expect(relative(hand[index] as tf.Tensor, automatic[index] as tf.Tensor), name).toBeLessThan(1e-4);
      });
      tf.dispose([...hand, ...automatic]);
      dispose(problem);
    });

    it.each(dropoutCases)('matches float64 central finite differences, %s, L1 and L2 on', (_, rates) => {
      const problem = problemOf(layers, rates);
      const hand = gradientsOf(problem, 'hand');
      const numeric = finiteDifferences(float64Problem(problem.network, problem, problem.masks, penalty));
      names(problem.network).forEach((name, index) => {
        const expected = tf.tensor(Float32Array.from(numeric[index] ?? []), hand[index]?.shape);
        expect(relative(hand[index] as tf.Tensor, expected), name).toBeLessThan(1e-4);
        expected.dispose();
      });
      tf.dispose(hand);
      dispose(problem);
    });
  });

  it('gives exactly the same gradients on a second run', () => {
    const problem = problemOf(2, dropoutCases[4]?.[1] ?? noDropout);
    const [first, second] = [gradientsOf(problem, 'hand'), gradientsOf(problem, 'hand')];
    first.forEach((gradient, index) => expect(gradient.dataSync()).toEqual(second[index]?.dataSync()));
    tf.dispose([...first, ...second]);
    dispose(problem);
  });

  it('holds a constant number of tensors across gradient steps and evaluations', () => {
    const problem = problemOf(3, dropoutCases[4]?.[1] ?? noDropout);
    const round = () => {
      tf.dispose(gradientsOf(problem, 'hand'));
      predict(problem.network, problem.inputs).dispose();
    };
    round();
    const before = tf.memory().numTensors;
    for (let step = 0; step < 3; step += 1) round();
    expect(tf.memory().numTensors).toBe(before);
    dispose(problem);
  });
});

describe('evaluation (no gradient tape)', () => {
  it.each(layerCounts)('gives the same forecasts by every path with %i layer(s), with and without masks', (layers) => {
    for (const rates of [dropoutCases[1]?.[1] ?? noDropout, dropoutCases[4]?.[1] ?? noDropout]) {
      const problem = problemOf(layers, rates);
      for (const masks of [undefined, problem.masks]) {
        const automatic = predict(problem.network, problem.inputs, masks, 'automatic');
        for (const implementation of ['fused', 'unfused'] as const) {
          setLstmImplementation(implementation);
          for (const mode of ['hand', 'none'] as const) {
            const forecast = predict(problem.network, problem.inputs, masks, mode);
            expect(
              tf.tidy(() => tf.max(tf.abs(tf.sub(forecast, automatic))).dataSync()[0]),
              `${implementation} ${mode}`,
            ).toBeLessThan(1e-6);
            forecast.dispose();
          }
        }
        setLstmImplementation('fused');
        automatic.dispose();
      }
      dispose(problem);
    }
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { runOnCpuBackend } from './cpu-backend.testing';
import { checkGradients, relativeDifference } from './gradient-check';
import { setLstmImplementation } from './lstm';
import type * as LstmBackward from './lstm-backward';
import { createNetwork, disposeNetwork } from './network';

// A switch that makes the hand-derived pass return a wrong recurrent-kernel gradient, so the check can be seen failing.
const sabotage = vi.hoisted(() => ({ scaleRecurrentKernelGradient: 1 }));
vi.mock('./lstm-backward', async (importOriginal) => {
  const original = await importOriginal<typeof LstmBackward>();
  return {
    ...original,
    backwardLayer: (...args: Parameters<typeof original.backwardLayer>) => {
      const gradients = original.backwardLayer(...args);
      return { ...gradients, recurrentKernel: tf.mul(gradients.recurrentKernel, sabotage.scaleRecurrentKernelGradient) };
    },
  };
});

runOnCpuBackend();

function batchOf(kind: 'regression' | 'classification', classes: number) {
  const inputs = tf.randomNormal<tf.Rank.R3>([6, 7, 1], 0, 1, 'float32', 4);
  const targets =
    kind === 'regression'
      ? tf.randomNormal<tf.Rank.R1>([6], 0, 1, 'float32', 5)
      : tf.tensor1d([0, 1, 2, 1, 0, 2].map((label) => label % classes));
  return { inputs, targets };
}

describe('relativeDifference', () => {
  it('is the largest element-wise difference over the larger tensor’s largest magnitude, floored for zero tensors', () => {
    const read = (a: number[], b: number[]) => relativeDifference(tf.tensor(a), tf.tensor(b)).dataSync()[0];
    expect(read([1, -4, 0.5], [1, -4, 0.3])).toBeCloseTo(0.2 / 4, 6);
    expect(read([0, 0], [0, 0])).toBe(0);
    expect(read([2e-9, 0], [0, 0])).toBeCloseTo(0.2, 6);
  });
});

describe('checkGradients', () => {
  it.each([
    ['regression', 1, 1],
    ['classification', 3, 2],
  ] as const)(
    'finds the hand-derived pass in agreement with autodiff for %s with %i output(s) and %i layer(s)',
    async (kind, outputs, layers) => {
      const network = createNetwork({ features: 1, units: 5, layers, outputs }, 7);
      const batch = batchOf(kind, outputs);
      const before = tf.memory().numTensors;
      const result = await checkGradients(network, batch, kind);
      expect(tf.memory().numTensors).toBe(before);
      expect(result.variables.map((variable) => variable.name)).toEqual([
        ...Array.from({ length: layers }, (_, index) =>
          (['kernel', 'recurrentKernel', 'bias'] as const).map((weight) => ({ part: 'layer', layer: index + 1, weight })),
        ).flat(),
        { part: 'head', weight: 'kernel' },
        { part: 'head', weight: 'bias' },
      ]);
      expect(result.maxRelativeDifference).toBeLessThan(1e-5);
      expect(result.maxRelativeDifference).toBe(Math.max(...result.variables.map((variable) => variable.relativeDifference)));
      tf.dispose([batch.inputs, batch.targets]);
      disposeNetwork(network);
    },
  );

  it('points at the variable whose hand-derived gradient is wrong', async () => {
    // The sabotage sits in the unfused pass (lstm-backward.ts), so the check runs that one here.
    setLstmImplementation('unfused');
    const network = createNetwork({ features: 1, units: 5, layers: 2, outputs: 1 }, 7);
    const batch = batchOf('regression', 1);
    sabotage.scaleRecurrentKernelGradient = 1.01;
    const result = await checkGradients(network, batch, 'regression');
    sabotage.scaleRecurrentKernelGradient = 1;
    setLstmImplementation('fused');
    const wrong = result.variables.filter((variable) => variable.relativeDifference > 1e-3).map((variable) => variable.name);
    expect(wrong).toEqual([
      { part: 'layer', layer: 1, weight: 'recurrentKernel' },
      { part: 'layer', layer: 2, weight: 'recurrentKernel' },
    ]);
    expect(result.maxRelativeDifference).toBeGreaterThan(5e-3);
    tf.dispose([batch.inputs, batch.targets]);
    disposeNetwork(network);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTask } from '../data/tasks';
import { defaultSettings, type Settings } from '../settings/schema';
import { runOnCpuBackend } from './cpu-backend.testing';
import { inspectModel, nearZeroWeight, readWeightStats, weightStatistics } from './inspection';
import { createNetwork, disposeNetwork, predict } from './network';

runOnCpuBackend();

const small: Settings = { ...defaultSettings, hiddenUnits: 6, windowLength: 7, trainingSamples: 12, validationSamples: 10 };

function networkFor(settings: Settings, layers = 1) {
  const task = createTask(settings.task, settings);
  const network = createNetwork({ features: task.training.features, units: settings.hiddenUnits, layers, outputs: task.outputs }, 3);
  return { task, network };
}

describe('weightStatistics', () => {
  it('gives the norms of the input and recurrent kernels and the share of near-zero kernel weights', async () => {
    const { network } = networkFor(small, 2);
    network.layers[0]?.kernel.assign(tf.zerosLike(network.layers[0].kernel));
    const statistics = weightStatistics(network);
    const stats = readWeightStats(await statistics.data());
    statistics.dispose();
    const values = (tensors: tf.Tensor[]) => tensors.flatMap((tensor) => Array.from(tensor.dataSync()));
    const inputKernels = values(network.layers.map((layer) => layer.kernel));
    const recurrentKernels = values(network.layers.map((layer) => layer.recurrentKernel));
    const norm = (list: number[]) => Math.sqrt(list.reduce((sum, value) => sum + value * value, 0));
    const all = [...inputKernels, ...recurrentKernels];
    expect(stats.inputKernelNorm).toBeCloseTo(norm(inputKernels), 4);
    expect(stats.recurrentKernelNorm).toBeCloseTo(norm(recurrentKernels), 4);
    expect(stats.nearZeroShare).toBeCloseTo(all.filter((value) => Math.abs(value) < nearZeroWeight).length / all.length, 5);
    // The zeroed first kernel (4·6 of its weights) is near zero, so the share is at least its part.
    expect(stats.nearZeroShare).toBeGreaterThanOrEqual(24 / all.length);
    disposeNetwork(network);
  });
});

describe('inspectModel', () => {
  it('reports a gradient norm per layer and time step whose last value is the head’s gradient', async () => {
    const { task, network } = networkFor(small, 2);
    const before = tf.memory().numTensors;
    const inspection = await inspectModel(network, task);
    expect(tf.memory().numTensors).toBe(before);
    expect(inspection.hiddenGradientNorms).toHaveLength(2);
    for (const norms of inspection.hiddenGradientNorms) {
      expect(norms).toHaveLength(7);
      for (const norm of norms) expect(norm).toBeGreaterThan(0);
    }
    // For mean squared error, ∂L/∂h_T = (2/B)(ŷ − y) · W_headᵀ, which the head alone determines.
    const inputs = tf.tensor3d(task.training.inputs, [12, 7, 1]);
    const forecasts = Array.from(predict(network, inputs).dataSync());
    const head = Array.from(network.headKernel.dataSync());
    let squared = 0;
    forecasts.forEach((forecast, sample) => {
      const error = (2 / 12) * (forecast - (task.training.targets[sample] ?? 0));
      for (const weight of head) squared += (error * weight) ** 2;
    });
    expect(inspection.hiddenGradientNorms[1]?.at(-1)).toBeCloseTo(Math.sqrt(squared), 5);
    inputs.dispose();
    disposeNetwork(network);
  });

  it('shows a fixed training and validation sample with its targets, the model’s forecast and gates within [0, 1]', async () => {
    const { task, network } = networkFor(small);
    const inspection = await inspectModel(network, task);
    const [training, validation] = inspection.samples;
    expect(training.split).toBe('training');
    expect(validation.split).toBe('validation');
    expect(Array.from(training.inputs)).toEqual(Array.from(task.training.inputs.slice(0, 7)));
    expect(validation.target).toBe(task.validation.targets[0]);
    expect(validation.cleanTarget).toBe(task.validation.cleanTargets[0]);
    const inputs = tf.tensor3d(task.validation.inputs.slice(0, 7), [1, 7, 1]);
    expect(validation.prediction[0]).toBeCloseTo(predict(network, inputs).dataSync()[0] ?? NaN, 5);
    for (const gate of [training.gates.forget, training.gates.input, training.gates.output]) {
      expect(gate).toHaveLength(7 * 6);
      for (const value of gate) expect(value >= 0 && value <= 1).toBe(true);
    }
    // Forget gates start from a bias of 1, so at the first step (h = 0, small inputs) they sit near σ(1) ≈ 0.73.
    const firstStep = Array.from(training.gates.forget.slice(0, 6));
    expect(firstStep.reduce((sum, value) => sum + value, 0) / 6).toBeGreaterThan(0.6);
    inputs.dispose();
    disposeNetwork(network);
  });

  it('gives class probabilities for a classification task', async () => {
    const { task, network } = networkFor({ ...small, task: 'reber', windowLength: 12 });
    const [training] = (await inspectModel(network, task)).samples;
    expect(training.prediction).toHaveLength(task.outputs);
    expect(training.prediction.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 5);
    disposeNetwork(network);
  });
});

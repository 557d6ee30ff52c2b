import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type TaskName } from '../settings/schema';
import { withTaskDefaults } from '../settings/task-defaults';
import { createTrainer, type EpochPoint } from './trainer';

beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
});

// The know-nothing answer's validation loss: a constant forecast (the training targets' mean), or
// equal odds for every class (ln 2).
function knowNothing(task: TaskName, targets: Float32Array, validation: Float32Array): number {
  if (task === 'reber') return Math.log(2);
  const mean = targets.reduce((sum, value) => sum + value, 0) / targets.length;
  return validation.reduce((sum, value) => sum + (value - mean) ** 2, 0) / validation.length;
}

// Each generated task at its own defaults, as choosing it in the Task menu sets them.
describe.each([
  ['adding', 120],
  ['reber', 100],
] as const)('the %s task at its defaults', (task, epochs) => {
  it(`first learns, then overfits, within ${epochs} epochs (seed 1)`, async () => {
    const trainer = createTrainer(withTaskDefaults(defaultSettings, task));
    const floor = knowNothing(task, trainer.task.training.targets, trainer.task.validation.targets);
    const points: EpochPoint[] = [];
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      const outcome = await trainer.trainEpoch();
      if (outcome.kind !== 'trained') throw new Error('diverged');
      points.push(outcome.point);
    }
    trainer.dispose();
    const best = points.reduce((lowest, point) => (point.valLoss < lowest.valLoss ? point : lowest));
    const last = points.at(-1) as EpochPoint;
    expect(best.valLoss).toBeLessThan(0.8 * floor);
    expect(best.epoch).toBeLessThan(epochs * 0.8);
    expect(last.valLoss).toBeGreaterThan(1.1 * best.valLoss);
    expect(last.trainLoss).toBeLessThan(best.trainLoss);
  }, 600_000);
});

/**
 * Writes the project's side of the Keras reference: initial weights, batches and the settings of each
 * case, as the project builds them, to fixtures/inputs.json. reference.py reads it and writes what
 * Keras 3 computes from the same numbers to fixtures/keras.json.
 * Run: `npx vitest run --config tools/keras-reference/vitest.config.ts`.
 */
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { it } from 'vitest';
import { epochBatches } from '../../src/data/batches';
import { createTask } from '../../src/data/tasks';
import { networkVariables } from '../../src/model/network';
import { createTrainer } from '../../src/model/trainer';
import { referenceCases, trainingCase } from './cases';

function modelCase(name: keyof typeof referenceCases) {
  const settings = referenceCases[name];
  const trainer = createTrainer(settings);
  const weights = networkVariables(trainer.network).map((variable) => ({ shape: variable.shape, values: Array.from(variable.dataSync()) }));
  const training = trainer.task.training;
  const rows = Math.min(settings.batchSize, training.samples);
  const valuesPerSample = training.windowLength * training.features;
  const batch = {
    inputs: Array.from(training.inputs.subarray(0, rows * valuesPerSample)),
    targets: Array.from(training.targets.subarray(0, rows)),
    shape: [rows, training.windowLength, training.features],
  };
  const result = { settings, kind: trainer.task.kind, outputs: trainer.task.outputs, weights, batch };
  trainer.dispose();
  return result;
}

function trainingRun() {
  const settings = trainingCase;
  const trainer = createTrainer(settings);
  const weights = networkVariables(trainer.network).map((variable) => ({ shape: variable.shape, values: Array.from(variable.dataSync()) }));
  trainer.dispose();
  const task = createTask(settings.task, settings);
  const epochs = Array.from({ length: trainingCase.epochs }, (_, epoch) =>
    epochBatches(task.training, {
      seed: settings.seed,
      epoch,
      batchSize: settings.batchSize,
      element: task.element,
      augmentation: settings,
    }).map((batch) => ({ inputs: Array.from(batch.inputs), targets: Array.from(batch.targets) })),
  );
  return {
    weights,
    shape: [task.training.windowLength, task.training.features],
    epochs,
    validation: { inputs: Array.from(task.validation.inputs), targets: Array.from(task.validation.targets) },
  };
}

it('writes fixtures/inputs.json', async () => {
  await tf.setBackend('cpu');
  const inputs = {
    note: 'Written by tools/keras-reference/export-inputs.run.ts; read by reference.py. Do not edit by hand.',
    regression: modelCase('regression'),
    classification: modelCase('classification'),
    trainingCase,
    training: trainingRun(),
  };
  writeFileSync(new URL('./fixtures/inputs.json', import.meta.url), `${JSON.stringify(inputs)}\n`);
});

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { it } from 'vitest';
import { defaultLabSetup, type LabSetup } from '../../src/settings/lab-setup';
import { defaultSettings } from '../../src/settings/schema';
import { planSweep, sweepRows, sweepTestSet } from '../../src/worker/lab-plan';
import { runLabJob, type LabJobResult } from '../../src/worker/lab-job';

tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
it('hidden', async () => {
  await tf.setBackend('wasm');
  const setup: LabSetup = { ...defaultLabSetup, sweep: 'hidden', values: [1, 2, 4, 8, 32], modelsPerPoint: 4, epochsPerModel: 100 };
  const plan = planSweep(defaultSettings, setup);
  const results: LabJobResult[] = [];
  for (const job of plan.jobs) results.push(await runLabJob(job));
  for (const row of sweepRows(setup, sweepTestSet(defaultSettings), results)) process.stdout.write(`ROW ${JSON.stringify(row)}\n`);
});

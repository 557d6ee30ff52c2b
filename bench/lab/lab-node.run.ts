import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { loadavg } from 'node:os';
import { it } from 'vitest';
import { defaultLabSetup } from '../../src/settings/lab-setup';
import { defaultSettings } from '../../src/settings/schema';
import { planSweep } from '../../src/worker/lab-plan';
import { runLabJob } from '../../src/worker/lab-job';

// The same single-threaded wasm kernels as the page's workers.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
const models = Number(process.env.LAB_MODELS ?? 3);

// CPU seconds, not only wall seconds: on a shared machine the wall clock measures the neighbours too,
// while the process's own CPU time is what one uncontended worker would take.
it('times models of the default sweep in Node (wasm)', async () => {
  await tf.setBackend('wasm');
  const jobs = planSweep(defaultSettings, defaultLabSetup).jobs.slice(0, models);
  const [first] = jobs;
  if (!first) throw new Error('the default sweep plans no jobs');
  await runLabJob({ ...first, checkpoints: [2] });
  for (const job of jobs) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    const [loadBefore = NaN] = loadavg();
    await runLabJob(job);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const wallSeconds = (performance.now() - wallBefore) / 1000;
    process.stdout.write(
      `model ${job.draw}: ${job.checkpoints.at(-1)} epochs, CPU ${cpuSeconds.toFixed(2)} s, wall ${wallSeconds.toFixed(2)} s, load ${loadBefore.toFixed(1)}→${(loadavg()[0] ?? NaN).toFixed(1)}\n`,
    );
  }
});

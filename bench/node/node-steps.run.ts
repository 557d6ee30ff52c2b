import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { it } from 'vitest';
import type { StepPlan } from '../cores/plan';
import { runStepBench } from '../cores/run-steps';

// The orchestrator (bench/lib/node-part.mjs) passes the plan and where to write in the environment.
const planJson = process.env.BENCH_NODE_PLAN;
const outputPath = process.env.BENCH_NODE_OUTPUT;

// Off in the browser too (src/worker/backend.ts): the same single-threaded kernels in both places.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

it('times the project and the baseline on Node backends', async () => {
  if (!planJson || !outputPath) throw new Error('Run through `npm run bench`: BENCH_NODE_PLAN and BENCH_NODE_OUTPUT are not set');
  const plan = JSON.parse(planJson) as StepPlan;
  const result = await runStepBench(plan, {
    startBackend: async (backend) => ((await tf.setBackend(backend)) ? undefined : `tf.setBackend('${backend}') failed`),
    progress: (line) => process.stderr.write(`[node] ${line}\n`),
    loadAverage: async () => loadavg()[0] ?? NaN,
  });
  writeFileSync(outputPath, JSON.stringify(result));
});

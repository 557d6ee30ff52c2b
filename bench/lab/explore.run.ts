import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { it } from 'vitest';
import { labTestSet } from '../../src/data/lab-data';
import { defaultSettings } from '../../src/settings/schema';
import { decompose } from '../../src/stats/bias-variance';
import { runLabJob } from '../../src/worker/lab-job';

tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
const spec = JSON.parse(process.env.EXPLORE ?? '{}') as { models: number; axis: string; values: number[]; epochs: number[]; extra?: object };

it('explores', async () => {
  await tf.setBackend('wasm');
  const base = { ...defaultSettings, ...(spec.extra ?? {}) };
  for (const value of spec.values) {
    const settings = { ...base, [spec.axis]: value };
    const { test, noiseVariance } = labTestSet(settings.task, settings);
    const started = performance.now();
    const results = [];
    for (let draw = 0; draw < spec.models; draw += 1) results.push(await runLabJob({ settings, draw, checkpoints: spec.epochs }));
    const seconds = (performance.now() - started) / 1000;
    spec.epochs.forEach((epoch, index) => {
      const cps = results.map((result) => result.checkpoints[index]!);
      const d = decompose({ predictions: cps.map((c) => c.testPredictions), noisyTargets: test.targets, cleanTargets: test.cleanTargets, noiseVariance });
      const train = cps.reduce((s, c) => s + c.trainingError, 0) / cps.length;
      console.log(`${spec.axis}=${value} ep=${epoch} bias2=${d.biasSquared.toFixed(4)} var=${d.variance.toFixed(4)} exp=${d.expectedTestError.toFixed(4)} meas=${d.measuredTestError.toFixed(4)} train=${train.toFixed(4)}`);
    });
    console.log(`${spec.axis}=${value}: ${seconds.toFixed(1)} s for ${spec.models} models`);
  }
});

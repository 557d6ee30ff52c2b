import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabSetup } from '../settings/lab-setup';
import { defaultSettings, type Settings } from '../settings/schema';
import { LabJobCancelled, runLabJob, type LabJobResult } from './lab-job';
import { planSweep, sweepRows, sweepTestSet } from './lab-plan';

// wasm, as in the browser: the numbers below are the product's, not the cpu reference's.
beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
});

// Small enough for seconds: 8-step windows, 8 units, 32 training windows in one batch.
const small: Settings = { ...defaultSettings, windowLength: 8, hiddenUnits: 8, trainingSamples: 32 };

async function sweep(settings: Settings, setup: LabSetup) {
  const plan = planSweep(settings, setup);
  const results: LabJobResult[] = [];
  for (const job of plan.jobs) results.push(await runLabJob(job));
  return sweepRows(setup, sweepTestSet(settings), results);
}

describe('the bias–variance lab', () => {
  it('across an epochs sweep, bias² falls and variance rises', async () => {
    const rows = await sweep(small, { sweep: 'epochs', values: [3, 80], modelsPerPoint: 4, epochsPerModel: 100 });
    const [early, late] = rows;
    if (!early || !late) throw new Error('missing rows');
    expect(late.biasSquared).toBeLessThan(early.biasSquared * 0.8);
    expect(late.variance).toBeGreaterThan(early.variance * 2);
    expect(late.trainingError).toBeLessThan(early.trainingError);
    // The identity on trained models: expected and measured test error agree within the test set's sampling error.
    for (const row of rows) expect(Math.abs(row.expectedTestError - row.measuredTestError)).toBeLessThan(0.1 * row.measuredTestError);
  });

  it('gives the same table twice for the same set-up, and another for another seed', async () => {
    const setup: LabSetup = { sweep: 'hidden', values: [2, 6], modelsPerPoint: 2, epochsPerModel: 5 };
    const first = await sweep(small, setup);
    const second = await sweep(small, setup);
    expect(first).toHaveLength(2);
    expect(second).toEqual(first);
    const otherSeed = await sweep({ ...small, seed: 2 }, setup);
    expect(otherSeed[0]?.measuredTestError).not.toBe(first[0]?.measuredTestError);
  });

  it('a cancelled job frees every tensor it made', async () => {
    const before = tf.memory().numTensors;
    let steps = 0;
    const job = planSweep(small, { sweep: 'epochs', values: [5, 50], modelsPerPoint: 2, epochsPerModel: 5 }).jobs[0];
    if (!job) throw new Error('no job');
    const cancelledRun = runLabJob(job, { cancelled: () => (steps += 1) > 20 });
    await expect(cancelledRun).rejects.toBeInstanceOf(LabJobCancelled);
    expect(steps).toBeGreaterThan(20);
    expect(tf.memory().numTensors).toBe(before);
  });
});

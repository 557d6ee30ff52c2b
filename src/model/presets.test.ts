import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presets, presetSettings } from '../settings/presets';
import type { Settings } from '../settings/schema';
import { createTrainer, type DivergenceReport, type EarlyStopReport, type EpochPoint } from './trainer';

// Every preset's "what to watch" must hold at the end of its own budget and at its midpoint, for each
// of seeds 1–5, on wasm (the browser's numbers on this backend are the same). The page's end-to-end
// tests check one seed through the page; this checks them all through the trainer.
beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
});

const seeds = [1, 2, 3, 4, 5];

/** A whole run as the worker drives it: epochs up to the budget, or until early stopping or divergence. */
interface Run {
  points: EpochPoint[];
  earlyStop?: EarlyStopReport;
  divergence?: DivergenceReport;
  /** Validation loss of the weights the run ended with (after any restore). */
  finalValLoss: number;
}

const runs = new Map<string, Promise<Run>>();

// PRESETS_REPORT=path writes every run's numbers at both checkpoints (the README's table comes from it).
afterAll(async () => {
  const path = process.env.PRESETS_REPORT;
  if (!path) return;
  const summary = (run: Run, epoch: number) => {
    const point = run.points[Math.min(epoch, run.points.length) - 1];
    return (
      point && {
        epoch: point.epoch,
        valLoss: point.valLoss,
        trainLoss: point.trainLoss,
        bestValLoss: best(run, epoch).valLoss,
        bestEpoch: best(run, epoch).epoch,
      }
    );
  };
  const report = await Promise.all(
    [...runs].map(async ([key, pending]) => {
      const run = await pending;
      const id = key.split(' ')[0] as string;
      const { mid, end } = checkpoints(id);
      return {
        key,
        mid: summary(run, mid),
        end: summary(run, end),
        epochs: run.points.length,
        earlyStop: run.earlyStop,
        divergence: run.divergence,
        finalValLoss: run.finalValLoss,
        clippedSteps: run.points.flatMap((point) => point.clipped).filter(Boolean).length,
      };
    }),
  );
  writeFileSync(path, JSON.stringify(report, null, 1));
});

async function train(settings: Settings): Promise<Run> {
  const trainer = createTrainer(settings);
  const points: EpochPoint[] = [];
  let earlyStop: EarlyStopReport | undefined;
  let divergence: DivergenceReport | undefined;
  while (trainer.epoch < settings.maxEpochs) {
    const outcome = await trainer.trainEpoch();
    if (outcome.kind === 'diverged') {
      divergence = outcome.divergence;
      break;
    }
    points.push(outcome.point);
    if (outcome.earlyStop) {
      earlyStop = outcome.earlyStop;
      break;
    }
  }
  if (!earlyStop && !divergence) earlyStop = trainer.finishAtBudget();
  const finalValLoss = (await trainer.evaluate()).valLoss;
  trainer.dispose();
  return { points, finalValLoss, ...(earlyStop ? { earlyStop } : {}), ...(divergence ? { divergence } : {}) };
}

/** The run of a preset (with `change` applied) at a seed, trained once and shared by every check that needs it. */
function runOf(id: string, seed: number, change: Partial<Settings> = {}): Promise<Run> {
  const key = `${id} ${seed} ${JSON.stringify(change)}`;
  let run = runs.get(key);
  if (!run) {
    const preset = presets.find((entry) => entry.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    run = train({ ...presetSettings(preset), ...change, seed });
    runs.set(key, run);
  }
  return run;
}

const at = (run: Run, epoch: number): EpochPoint => {
  const point = run.points[epoch - 1];
  if (!point) throw new Error(`the run has no epoch ${epoch}`);
  return point;
};
const gap = (point: EpochPoint) => point.valLoss - point.trainLoss;
const best = (run: Run, upTo = run.points.length) =>
  run.points.slice(0, upTo).reduce((lowest, point) => (point.valLoss < lowest.valLoss ? point : lowest));

/** The checkpoints of a preset's budget: its midpoint and its end. */
function checkpoints(id: string): { mid: number; end: number } {
  const preset = presets.find((entry) => entry.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  const end = presetSettings(preset).maxEpochs;
  return { mid: Math.round(end / 2), end };
}

// One story per preset: what its sentence claims, as numbers a learner would see at both checkpoints.
const stories: Record<string, (seed: number) => Promise<void>> = {
  async overfit(seed) {
    const run = await runOf('overfit', seed);
    const { mid, end } = checkpoints('overfit');
    expect(best(run).epoch).toBeLessThanOrEqual(30);
    expect(at(run, mid).valLoss).toBeGreaterThan(1.25 * best(run, mid).valLoss);
    expect(at(run, end).valLoss).toBeGreaterThan(at(run, mid).valLoss);
    expect(at(run, end).trainLoss).toBeLessThan(0.1 * at(run, end).valLoss);
  },
  async dropout(seed) {
    const [run, plain] = await Promise.all([runOf('dropout', seed), runOf('overfit', seed)]);
    for (const epoch of Object.values(checkpoints('dropout'))) expect(gap(at(run, epoch))).toBeLessThan(0.5 * gap(at(plain, epoch)));
  },
  async 'l2-adam'(seed) {
    const [run, plain] = await Promise.all([runOf('l2-adam', seed), runOf('overfit', seed)]);
    const { mid, end } = checkpoints('l2-adam');
    expect(at(run, mid).valLoss).toBeGreaterThan(best(run, mid).valLoss);
    expect(at(run, end).valLoss).toBeGreaterThan(1.25 * best(run).valLoss);
    expect(gap(at(run, end))).toBeGreaterThan(0.6 * gap(at(plain, end)));
  },
  async 'weight-decay'(seed) {
    const [run, plain] = await Promise.all([runOf('weight-decay', seed), runOf('overfit', seed)]);
    const { mid, end } = checkpoints('weight-decay');
    expect(gap(at(run, mid))).toBeLessThan((2 / 3) * gap(at(plain, mid)));
    expect(gap(at(run, end))).toBeLessThan(0.55 * gap(at(plain, end)));
  },
  async 'early-stopping'(seed) {
    const run = await runOf('early-stopping', seed);
    const { mid } = checkpoints('early-stopping');
    const stopped = run.points.length;
    expect(run.earlyStop?.bestEpoch).toBe(best(run).epoch);
    expect(stopped).toBe(best(run).epoch + 15);
    expect(stopped).toBeLessThanOrEqual(mid);
    expect(run.earlyStop?.restored).toBe(true);
    expect(run.finalValLoss).toBeCloseTo(best(run).valLoss, 6);
  },
  async clipping(seed) {
    const [run, unclipped] = await Promise.all([runOf('clipping', seed), runOf('clipping', seed, { clipMode: 'off' })]);
    const { mid, end } = checkpoints('clipping');
    expect(run.divergence).toBeUndefined();
    expect(run.points).toHaveLength(end);
    expect(run.points.slice(0, mid).some((point) => point.clipped.includes(true))).toBe(true);
    expect(unclipped.divergence?.epoch).toBeLessThanOrEqual(5);
  },
  async augmentation(seed) {
    const [run, plain] = await Promise.all([runOf('augmentation', seed), runOf('augmentation', seed, { jitter: 0, cropRate: 0 })]);
    for (const epoch of Object.values(checkpoints('augmentation'))) {
      expect(gap(at(run, epoch))).toBeLessThan(0.75 * gap(at(plain, epoch)));
      expect(at(run, epoch).valLoss).toBeLessThan(at(plain, epoch).valLoss);
    }
  },
  async adding(seed) {
    const run = await runOf('adding', seed);
    const { mid, end } = checkpoints('adding');
    // 1/6: the variance of the sum of two uniform values, what a constant forecast costs without noise.
    expect(at(run, mid).valLoss).toBeLessThan(0.18);
    expect(at(run, end).valLoss).toBeLessThan(0.01);
  },
  async underfit(seed) {
    const run = await runOf('underfit', seed);
    for (const epoch of Object.values(checkpoints('underfit'))) {
      expect(Math.abs(gap(at(run, epoch)))).toBeLessThan(0.05);
      expect(at(run, epoch).trainLoss).toBeGreaterThan(0.1);
    }
  },
};

describe('every preset tells its story at the midpoint and the end of its budget, for seeds 1–5 on wasm', () => {
  it('has a checked story for every preset in the menu', () => {
    expect(Object.keys(stories).sort()).toEqual(presets.map((preset) => preset.id).sort());
  });

  for (const preset of presets) {
    it.each(seeds)(`${preset.name}, seed %i`, (seed) => stories[preset.id]?.(seed), 600_000);
  }
});

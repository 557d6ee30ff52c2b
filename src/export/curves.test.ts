import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { decodeSettings } from '../settings/url-codec';
import type { EpochPoint } from '../model/trainer';
import { curvesCsv, curvesJson, type ExportedRun } from './curves';

const point = (epoch: number, trainLoss: number, valLoss: number): EpochPoint => ({
  epoch,
  trainLoss,
  valLoss,
  objective: trainLoss + 0.01,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

const live: ExportedRun = {
  name: 'live',
  settings: { ...defaultSettings, outputDropout: 0.3 },
  history: [point(1, 0.5, 0.6), point(2, 0.25, 0.4), point(3, 0.125, 0.45)],
  changes: [{ epoch: 2, name: 'l2', from: 0, to: 0.001, label: 'L2 off → 0.001, "quoted"' }],
  stop: { reason: 'early-stopped', epoch: 3 },
};
const pinned: ExportedRun = { name: 'pinned 1', settings: defaultSettings, history: [point(1, 0.7, 0.8)], changes: [] };
const at = new Date('2026-12-07T00:00:00Z');

describe('curvesCsv', () => {
  it('has one row per epoch per run with the values at full precision, the changes and the settings', () => {
    const csv = curvesCsv([live, pinned], at);
    const comments = csv.split('\n').filter((line) => line.startsWith('#'));
    expect(comments).toContain('# live settings: ?odrop=0.3&v=1');
    expect(decodeSettings(comments.find((line) => line.startsWith('# pinned 1'))?.split(': ')[1] ?? '').settings).toEqual(defaultSettings);
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true });
    expect(data.map((row) => [row.run, Number(row.epoch)])).toEqual([
      ['live', 1],
      ['live', 2],
      ['live', 3],
      ['pinned 1', 1],
    ]);
    expect(Number(data[2]?.training_loss)).toBe(0.125);
    expect(Number(data[2]?.generalization_gap)).toBeCloseTo(0.325, 12);
    expect(data[1]?.change).toBe('L2 off → 0.001, "quoted"');
    expect(data[0]?.change).toBe('');
    expect(data[0]?.training_accuracy).toBe('');
  });
});

describe('curvesJson', () => {
  it('keeps every epoch, the settings, the changes and how the run stopped', () => {
    const parsed = JSON.parse(curvesJson([live, pinned], at));
    expect(parsed).toMatchObject({ format: 'overfitting-playground-curves', version: 1, exportedAt: '2026-12-07T00:00:00.000Z' });
    expect(parsed.runs[0].epochs).toHaveLength(3);
    expect(parsed.runs[0].epochs[1]).toEqual({ epoch: 2, trainLoss: 0.25, valLoss: 0.4, objective: 0.26 });
    expect(parsed.runs[0].settings.outputDropout).toBe(0.3);
    expect(parsed.runs[0].changes).toEqual([{ afterEpoch: 2, setting: 'l2', from: 0, to: 0.001, label: 'L2 off → 0.001, "quoted"' }]);
    expect(parsed.runs[0].stop).toEqual({ reason: 'early-stopped', afterEpoch: 3 });
    expect(parsed.runs[1]).not.toHaveProperty('stop');
  });
});

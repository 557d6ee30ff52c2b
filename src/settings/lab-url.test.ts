import { describe, expect, it } from 'vitest';
import { defaultLabSetup, parseSweepValues, type LabSetup } from './lab-setup';
import { decodeLabSetup, encodeLabSetup } from './lab-url';

describe('the lab in the URL', () => {
  it('writes nothing for the default set-up and round-trips any other', () => {
    expect(encodeLabSetup(defaultLabSetup)).toEqual([]);
    const setup: LabSetup = { sweep: 'samples', values: [16, 48, 96], modelsPerPoint: 4, epochsPerModel: 60 };
    const query = new URLSearchParams(encodeLabSetup(setup)).toString();
    expect(query).toBe('sweep=samples&sweepat=16%2C48%2C96&models=4&sweepepochs=60');
    expect(decodeLabSetup(query)).toEqual({ setup, notices: [], present: true });
  });

  it('falls back with a notice on bad values and clamps counts', () => {
    const { setup, notices } = decodeLabSetup('sweep=depth&sweepat=1,x&models=99&sweepepochs=ten');
    expect(setup).toEqual({ ...defaultLabSetup, modelsPerPoint: 32 });
    expect(notices).toEqual([
      { key: 'sweep', raw: 'depth', used: 'epochs', problem: 'notChoice', choices: ['hidden', 'samples', 'epochs', 'l2', 'odrop'] },
      { key: 'sweepat', raw: '1,x', used: '2,5,20,50,150', problem: 'sweepValues', sweepProblem: { kind: 'notNumber', piece: 'x' } },
      { key: 'models', raw: '99', used: '32', problem: 'outside', min: 2, max: 32 },
      { key: 'sweepepochs', raw: 'ten', used: '100', problem: 'notWhole' },
    ]);
    expect(decodeLabSetup('').present).toBe(false);
  });
});

describe('parseSweepValues', () => {
  it('sorts, removes repeats and explains what it refuses', () => {
    expect(parseSweepValues(' 30, 2,10 ,2', 'epochs')).toEqual({ values: [2, 10, 30] });
    expect(parseSweepValues('0.1, .01', 'l2')).toEqual({ values: [0.01, 0.1] });
    expect(parseSweepValues('5', 'epochs')).toEqual({
      problem: { kind: 'tooFew' },
    });
    expect(parseSweepValues('2, 2.5', 'hidden')).toEqual({
      problem: { kind: 'notWhole', piece: '2.5' },
    });
    expect(parseSweepValues('0, 0.9', 'odrop')).toEqual({
      problem: { kind: 'outside', piece: '0.9', min: 0, max: 0.8 },
    });
    expect(parseSweepValues('16, ten', 'samples')).toEqual({
      problem: { kind: 'notNumber', piece: 'ten' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { epochAxis, linearAxis, logAxis, pixelScale, sameAxis, tickLabel, valueAtPixel } from './axis-ticks';

describe('linearAxis', () => {
  it('ends on round, evenly spaced ticks that hold the data', () => {
    expect(linearAxis(0, 0.34)).toEqual({ domain: [0, 0.4], ticks: [0, 0.1, 0.2, 0.3, 0.4], log: false });
    expect(linearAxis(0, 0.17).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    const { ticks } = linearAxis(-0.45, 0.8, 4);
    expect(ticks).toEqual([-0.5, 0, 0.5, 1]);
    const steps = ticks.slice(1).map((tick, index) => tick - (ticks[index] as number));
    for (const step of steps) expect(step).toBeCloseTo(0.5, 12);
  });

  it('keeps its domain while the data stays inside it, so the chart frame need not re-render', () => {
    expect(sameAxis(linearAxis(0, 0.31), linearAxis(0, 0.34))).toBe(true);
    expect(sameAxis(linearAxis(0, 0.34), linearAxis(0, 0.41))).toBe(false);
  });
});

describe('logAxis and epochAxis', () => {
  it('puts a log axis on powers of ten around the data, and the epoch axis on whole numbers from 0', () => {
    expect(logAxis(0.013, 0.4)).toEqual({ domain: [0.01, 1], ticks: [0.01, 0.1, 1], log: true });
    expect(epochAxis(10_001).domain).toEqual([0, 12_000]);
    expect(epochAxis(3).ticks.every(Number.isInteger)).toBe(true);
  });
});

describe('pixelScale and valueAtPixel', () => {
  it('map values to pixels and back, on linear and log axes', () => {
    const linear = linearAxis(0, 1);
    expect(pixelScale(linear, 100, 300)(0.5)).toBe(200);
    expect(valueAtPixel(linear, 100, 300, 250)).toBeCloseTo(0.75, 12);
    const log = logAxis(0.01, 1);
    expect(pixelScale(log, 0, 200)(0.1)).toBeCloseTo(100, 9);
    expect(valueAtPixel(log, 0, 200, 100)).toBeCloseTo(0.1, 9);
  });

  it('labels ticks with a real minus sign', () => {
    expect(tickLabel(-0.45)).toBe('−0.45');
    expect(tickLabel(0.30000000000000004)).toBe('0.3');
  });
});

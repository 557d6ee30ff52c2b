import { describe, expect, it } from 'vitest';
import { knobs } from './knobs';
import { formatKnobValue, positionOfValue, sliderRange, valueAtPosition } from './slider-scale';

const knob = (name: keyof typeof knobs) => knobs[name];

describe('log sliders', () => {
  const weightDecay = knob('l2');

  it('put "off" one step below the smallest value', () => {
    expect(sliderRange(weightDecay, { min: 0, max: 0.1 })).toEqual({ min: -5.25, max: -1, step: 0.25 });
    expect(valueAtPosition(weightDecay, -5.25)).toBe(0);
    expect(formatKnobValue(weightDecay, 0)).toBe('off');
    expect(positionOfValue(weightDecay, 0)).toBe(-5.25);
  });

  it('map positions to round values and back', () => {
    expect(valueAtPosition(weightDecay, -3)).toBe(0.001);
    expect(valueAtPosition(weightDecay, -2.75)).toBe(0.0018);
    expect(positionOfValue(weightDecay, 0.001)).toBeCloseTo(-3, 10);
    expect(formatKnobValue(weightDecay, 0.0001)).toBe('1e-4');
  });

  it('have no "off" where 0 is meaningless', () => {
    const learningRate = knob('learningRate');
    expect(sliderRange(learningRate, { min: 0.0001, max: 10 }).min).toBe(-4);
    expect(valueAtPosition(learningRate, 1)).toBe(10);
  });
});

describe('linear sliders', () => {
  it('keep their values and drop float noise', () => {
    const dropout = knob('outputDropout');
    expect(valueAtPosition(dropout, 0.15000000000000002)).toBe(0.15);
    expect(formatKnobValue(dropout, 0)).toBe('0');
    expect(formatKnobValue(knob('jitter'), 0)).toBe('off');
  });
});

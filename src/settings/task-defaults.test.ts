import { describe, expect, it } from 'vitest';
import { defaultSettings } from './schema';
import { taskDefaults, withTaskDefaults } from './task-defaults';

describe('withTaskDefaults', () => {
  it('applies the chosen task’s own defaults and keeps every other setting', () => {
    const before = { ...defaultSettings, outputDropout: 0.3, seed: 5 };
    const reber = withTaskDefaults(before, 'reber');
    expect(reber).toEqual({ ...before, task: 'reber', ...taskDefaults.reber });
  });

  it('puts what the previous task set for itself back at the page’s defaults', () => {
    const reber = withTaskDefaults(defaultSettings, 'reber');
    expect(withTaskDefaults(reber, 'sines')).toEqual(defaultSettings);
    const adding = withTaskDefaults(reber, 'adding');
    for (const name of Object.keys(taskDefaults.reber) as (keyof typeof taskDefaults.reber)[]) {
      expect(adding[name]).toBe(taskDefaults.adding[name] ?? defaultSettings[name]);
    }
  });
});

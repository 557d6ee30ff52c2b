import { describe, expect, it } from 'vitest';
import { changeResetsRun, defaultSettings, schema } from './schema';

describe('schema', () => {
  it('gives every setting a unique key and a default within its limits', () => {
    expect(new Set(schema.map((field) => field.key)).size).toBe(schema.length);
    for (const field of schema) {
      if (field.kind === 'choice') expect(field.choices).toContain(field.defaultValue);
      else if (field.kind === 'boolean') expect(typeof field.defaultValue).toBe('boolean');
      else expect(field.defaultValue).toBeGreaterThanOrEqual(field.min);
    }
  });

  it('resets the run for data and shape changes only', () => {
    expect(changeResetsRun(defaultSettings, { ...defaultSettings, hiddenUnits: 64 })).toBe(true);
    expect(changeResetsRun(defaultSettings, { ...defaultSettings, seed: 2 })).toBe(true);
    expect(
      changeResetsRun(defaultSettings, { ...defaultSettings, outputDropout: 0.5, l2: 0.01, clipMode: 'value', earlyStopping: true }),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { presetOf, presets, presetSettings } from './presets';
import { defaultSettings } from './schema';

describe('presets', () => {
  it('each set its own epoch budget and differ from each other', () => {
    for (const preset of presets) expect(new URLSearchParams(preset.query).has('epochs')).toBe(true);
    expect(new Set(presets.map((preset) => JSON.stringify(presetSettings(preset)))).size).toBe(presets.length);
  });

  it('are recognised from the settings they load, whatever the backend and the chart view', () => {
    for (const preset of presets) {
      expect(presetOf(presetSettings(preset))).toBe(preset);
      expect(presetOf({ ...presetSettings(preset), backend: 'wasm', smoothing: 0.6, logScale: true })).toBe(preset);
    }
  });

  it('are not recognised once a setting of the story changes, nor in the defaults', () => {
    const overfit = presets[0];
    if (!overfit) throw new Error('no presets');
    expect(presetOf({ ...presetSettings(overfit), outputDropout: 0.1 })).toBeUndefined();
    expect(presetOf({ ...presetSettings(overfit), seed: 2 })).toBeUndefined();
    expect(presetOf(defaultSettings)).toBeUndefined();
  });
});

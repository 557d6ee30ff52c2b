import { describe, expect, it } from 'vitest';
import { defaultSettings, schema, type Settings } from './schema';
import { decodeSettings, encodeSettings } from './url-codec';

describe('encodeSettings', () => {
  it('writes only the version for default settings', () => {
    expect(encodeSettings(defaultSettings)).toBe('v=1');
  });

  it('writes non-default values under their short keys', () => {
    const query = encodeSettings({ ...defaultSettings, dropout: 0.3, backend: 'cpu', seed: 42 });
    expect(new URLSearchParams(query).get('drop')).toBe('0.3');
    expect(new URLSearchParams(query).get('backend')).toBe('cpu');
    expect(new URLSearchParams(query).get('seed')).toBe('42');
    expect(new URLSearchParams(query).has('lr')).toBe(false);
  });
});

describe('decodeSettings', () => {
  it('round-trips every setting at a non-default value', () => {
    const changed = { ...defaultSettings } as Record<string, number | string>;
    for (const field of schema) {
      changed[field.name] = field.kind === 'choice' ? (field.choices.at(-1) as string) : field.max;
    }
    const decoded = decodeSettings(encodeSettings(changed as unknown as Settings));
    expect(decoded.notices).toEqual([]);
    expect(decoded.settings).toEqual(changed);
  });

  it('round-trips small and fractional numbers exactly', () => {
    const settings: Settings = { ...defaultSettings, weightDecay: 3.2e-5, learningRate: 0.0031, noise: 0.05 };
    expect(decodeSettings(encodeSettings(settings)).settings).toEqual(settings);
  });

  it('reads an empty query as the defaults, silently', () => {
    expect(decodeSettings('')).toEqual({ settings: defaultSettings, notices: [] });
  });

  it('ignores unknown keys without a notice', () => {
    expect(decodeSettings('?utm_source=mail&foo=bar&v=1')).toEqual({ settings: defaultSettings, notices: [] });
  });

  it('clamps out-of-range values and says so', () => {
    const { settings, notices } = decodeSettings('drop=5&hidden=-3&lr=1e9');
    expect(settings.dropout).toBe(0.8);
    expect(settings.hiddenUnits).toBe(2);
    expect(settings.learningRate).toBe(10);
    expect(notices).toHaveLength(3);
    expect(notices.some((notice) => notice.startsWith('drop='))).toBe(true);
  });

  it('falls back to the default for values that are not numbers', () => {
    for (const raw of ['abc', '', '0x10', 'Infinity', 'NaN', '1,5', '1e', '--1']) {
      const { settings, notices } = decodeSettings(`drop=${encodeURIComponent(raw)}`);
      expect(settings.dropout, raw).toBe(defaultSettings.dropout);
      expect(notices, raw).toHaveLength(1);
    }
  });

  it('rounds integers and rejects unknown choices', () => {
    const { settings, notices } = decodeSettings('hidden=12.6&backend=quantum');
    expect(settings.hiddenUnits).toBe(13);
    expect(settings.backend).toBe('auto');
    expect(notices).toHaveLength(2);
  });

  it('quotes at most a short piece of a hostile value', () => {
    const { notices } = decodeSettings(`drop=${'<script>'.repeat(200)}`);
    expect(notices[0]?.length).toBeLessThan(120);
  });

  it('never throws and always returns settings within their limits', () => {
    const samples = ['%', '%%%', '&&&=', 'drop', '=1', 'drop=%E0%A4%A', 'seed=1e400', 'seed=-1e400', 'win=4.4999'];
    for (const query of samples) {
      const { settings } = decodeSettings(query);
      for (const field of schema) {
        const value = settings[field.name];
        if (field.kind === 'choice') expect(field.choices).toContain(value);
        else {
          expect(value, query).toBeGreaterThanOrEqual(field.min);
          expect(value, query).toBeLessThanOrEqual(field.max);
        }
      }
    }
  });
});

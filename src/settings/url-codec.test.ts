import { describe, expect, it } from 'vitest';
import { defaultSettings, schema, type Settings } from './schema';
import { decodeSettings, encodeSettings } from './url-codec';

describe('encodeSettings', () => {
  it('writes only the version for default settings', () => {
    expect(encodeSettings(defaultSettings)).toBe('v=1');
  });

  it('writes non-default values under their short keys', () => {
    const query = encodeSettings({ ...defaultSettings, outputDropout: 0.3, backend: 'cpu', seed: 42, earlyStopping: true });
    expect(new URLSearchParams(query).get('odrop')).toBe('0.3');
    expect(new URLSearchParams(query).get('es')).toBe('1');
    expect(new URLSearchParams(query).get('backend')).toBe('cpu');
    expect(new URLSearchParams(query).get('seed')).toBe('42');
    expect(new URLSearchParams(query).has('lr')).toBe(false);
  });
});

describe('decodeSettings', () => {
  it('round-trips every setting at a non-default value', () => {
    const changed = { ...defaultSettings } as Record<string, number | string | boolean>;
    for (const field of schema) {
      if (field.kind === 'choice') changed[field.name] = field.choices.at(-1) as string;
      else if (field.kind === 'boolean') changed[field.name] = !field.defaultValue;
      else changed[field.name] = field.max;
    }
    const decoded = decodeSettings(encodeSettings(changed as unknown as Settings));
    expect(decoded.notices).toEqual([]);
    expect(decoded.settings).toEqual(changed);
  });

  it('round-trips small and fractional numbers exactly', () => {
    const settings: Settings = { ...defaultSettings, l2: 3.2e-5, learningRate: 0.0031, noise: 0.05 };
    expect(decodeSettings(encodeSettings(settings)).settings).toEqual(settings);
  });

  it('reads an empty query as the defaults, silently', () => {
    expect(decodeSettings('')).toEqual({ settings: defaultSettings, notices: [] });
  });

  it('takes the last value of a key given twice', () => {
    expect(decodeSettings('hidden=8&lr=0.1&hidden=12').settings).toMatchObject({ hiddenUnits: 12, learningRate: 0.1 });
  });

  it('ignores unknown keys without a notice', () => {
    expect(decodeSettings('?utm_source=mail&foo=bar&v=1')).toEqual({ settings: defaultSettings, notices: [] });
  });

  it('clamps out-of-range values and says so', () => {
    const { settings, notices } = decodeSettings('odrop=5&hidden=-3&lr=1e9');
    expect(settings.outputDropout).toBe(0.8);
    expect(settings.hiddenUnits).toBe(4);
    expect(settings.learningRate).toBe(10);
    expect(notices).toEqual([
      { key: 'hidden', raw: '-3', used: '4', problem: 'outside', min: 4, max: 256 },
      { key: 'lr', raw: '1e9', used: '10', problem: 'outside', min: 0.0001, max: 10 },
      { key: 'odrop', raw: '5', used: '0.8', problem: 'outside', min: 0, max: 0.8 },
    ]);
  });

  it('falls back to the default for values that are not numbers', () => {
    for (const raw of ['abc', '', '0x10', 'Infinity', 'NaN', '1,5', '1e', '--1']) {
      const { settings, notices } = decodeSettings(`idrop=${encodeURIComponent(raw)}`);
      expect(settings.inputDropout, raw).toBe(defaultSettings.inputDropout);
      expect(notices, raw).toHaveLength(1);
    }
  });

  it('reads on/off values as 1/0 or true/false and rejects anything else', () => {
    expect(decodeSettings('es=1&restore=true&rpen=0').settings).toMatchObject({
      earlyStopping: true,
      restoreBestWeights: true,
      penaliseRecurrent: false,
    });
    const { settings, notices } = decodeSettings('es=maybe');
    expect(settings.earlyStopping).toBe(false);
    expect(notices).toEqual([{ key: 'es', raw: 'maybe', used: '0', problem: 'notBoolean' }]);
  });

  it('loads links from before the split controls with the same meaning', () => {
    expect(decodeSettings('drop=0.3&wd=0.001&clip=2').settings).toMatchObject({
      outputDropout: 0.3,
      l2: 0.001,
      clipMode: 'global',
      clipThreshold: 2,
    });
    expect(decodeSettings('clip=0').settings).toMatchObject({ clipMode: 'off', clipThreshold: defaultSettings.clipThreshold });
    expect(decodeSettings('drop=0.3&odrop=0.5').settings.outputDropout).toBe(0.5);
    expect(decodeSettings('clip=value&clipat=0.5').settings).toMatchObject({ clipMode: 'value', clipThreshold: 0.5 });
    expect(decodeSettings('drop=0.3&wd=0.001&clip=2').notices).toEqual([]);
  });

  it('takes the last value of an old key given twice, as of any key', () => {
    expect(decodeSettings('drop=0.3&drop=0.6').settings.outputDropout).toBe(0.6);
    expect(decodeSettings('clip=global&clip=3').settings).toMatchObject({ clipMode: 'global', clipThreshold: 3 });
    expect(decodeSettings('clip=3&clip=value').settings).toMatchObject({ clipMode: 'value', clipThreshold: defaultSettings.clipThreshold });
    expect(decodeSettings('clip=global&clip=3').notices).toEqual([]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reads the word %s as text, not as a member of Object', (word) => {
    const { settings, notices } = decodeSettings(`es=${word}&rpen=${word}&restore=${word}&logy=${word}&task=${word}&clip=${word}`);
    expect(settings).toEqual(defaultSettings);
    expect(notices).toHaveLength(6);
    expect(notices).toContainEqual({ key: 'es', raw: word, used: '0', problem: 'notBoolean' });
    expect(encodeSettings(settings)).toBe('v=1');
  });

  it('rounds integers and rejects unknown choices', () => {
    const { settings, notices } = decodeSettings('hidden=12.6&backend=quantum');
    expect(settings.hiddenUnits).toBe(13);
    expect(settings.backend).toBe('auto');
    expect(notices).toEqual([
      { key: 'hidden', raw: '12.6', used: '13', problem: 'rounded' },
      { key: 'backend', raw: 'quantum', used: 'auto', problem: 'notChoice', choices: ['auto', 'webgl', 'wasm', 'cpu'] },
    ]);
  });

  it('quotes at most a short piece of a hostile value', () => {
    const { notices } = decodeSettings(`idrop=${'<script>'.repeat(200)}`);
    expect(notices[0]?.raw).toBe(`${'<script>'.repeat(3)}…`);
  });

  it('never throws and always returns settings within their limits', () => {
    const samples = ['%', '%%%', '&&&=', 'drop', '=1', 'drop=%E0%A4%A', 'seed=1e400', 'seed=-1e400', 'win=4.4999'];
    for (const query of samples) {
      const { settings } = decodeSettings(query);
      for (const field of schema) {
        const value = settings[field.name];
        if (field.kind === 'choice') expect(field.choices).toContain(value);
        else if (field.kind === 'boolean') expect(typeof value).toBe('boolean');
        else {
          expect(value, query).toBeGreaterThanOrEqual(field.min);
          expect(value, query).toBeLessThanOrEqual(field.max);
        }
      }
    }
  });
});

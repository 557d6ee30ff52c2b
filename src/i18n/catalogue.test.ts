import { describe, expect, it } from 'vitest';
import { presets } from '../settings/presets';
import { schema } from '../settings/schema';
import { chartViewEn } from './chart-view-en';
import { chartViewZhCN } from './chart-view-zh-CN';
import { en, type Messages } from './en';
import { labViewEn } from './lab-view-en';
import { labViewZhCN } from './lab-view-zh-CN';
import { noticeViewEn } from './notice-view-en';
import { noticeViewZhCN } from './notice-view-zh-CN';
import { explanationEn, type ExplanationText } from './explanation-en';
import { explanationZhCN } from './explanation-zh-CN';
import { seriesProblemEn } from './series-problem-en';
import { seriesProblemZhCN } from './series-problem-zh-CN';
import { zhCN } from './zh-CN';

// Every key path of a catalogue, with what sits there: a string, a message function and its arity, or an array's length.
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: string`];
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (Array.isArray(value)) return [`${path}: array/${value.length}`, ...value.flatMap((item, index) => shape(item, `${path}[${index}]`))];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([key, entry]) => shape(entry, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

// A copy of an object without one key, typed as such.
function without<Value extends object, Key extends keyof Value>(value: Value, key: Key): Omit<Value, Key> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<Value, Key>;
}

describe('the catalogues', () => {
  it('have the same keys, message arities and list lengths in both languages', () => {
    // The presets' translations are checked by id below: English has none of its own.
    const withoutStories = (messages: Messages) => ({ ...messages, presets: { ...messages.presets, stories: {} } });
    expect(shape(withoutStories(zhCN))).toEqual(shape(withoutStories(en)));
    expect(shape(explanationZhCN)).toEqual(shape(explanationEn));
    expect(shape(chartViewZhCN)).toEqual(shape(chartViewEn));
    expect(shape(labViewZhCN)).toEqual(shape(labViewEn));
    expect(shape(noticeViewZhCN)).toEqual(shape(noticeViewEn));
    expect(shape(seriesProblemZhCN)).toEqual(shape(seriesProblemEn));
  });

  it('leave no string empty, and no English text in the Chinese one beyond names', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
    for (const catalogue of [
      en,
      zhCN,
      chartViewEn,
      chartViewZhCN,
      labViewEn,
      labViewZhCN,
      noticeViewEn,
      noticeViewZhCN,
      seriesProblemEn,
      seriesProblemZhCN,
    ])
      expect(strings(catalogue).filter((text) => text.trim() === '')).toEqual([]);
    // Words of three or more Latin letters that are names (of libraries, methods, people, formats), code or symbols such as x_t.
    const names =
      /^(Adam|RMSProp|SGD|LSTM|Keras|TensorFlow|WebGL|WebAssembly|JavaScript|CSV|Reber|TensorBoard|Zaremba|English|AdamW|dropout|recurrent_dropout|weight_decay|seed|float32|wasm|webgl|cpu|lang|hide|challenge|task|series|Safari|en|JSON|PNG|SVG|Python|Home|End|Domingos|[A-Za-z]_[A-Za-z0-9{}]+)$/;
    const english = [
      ...strings(zhCN),
      ...strings(chartViewZhCN),
      ...strings(labViewZhCN),
      ...strings(noticeViewZhCN),
      ...strings(seriesProblemZhCN),
    ].flatMap((text) => (text.match(/[A-Za-z][A-Za-z_0-9]{2,}/g) ?? []).filter((word) => !names.test(word)));
    expect(english).toEqual([]);
  });

  it('name every setting, preset and class the page shows, in both languages', () => {
    for (const messages of [en, zhCN]) {
      expect(Object.keys(messages.settings).sort()).toEqual(schema.map((field) => field.name).sort());
    }
    // English presets speak for themselves (src/settings/presets.ts); Chinese translates each.
    for (const preset of presets) expect(zhCN.presets.stories[preset.id], preset.id).toBeDefined();
    expect(Object.keys(zhCN.modelViews.classNames).sort()).toEqual(Object.keys(en.modelViews.classNames).sort());
    // Every choice has its full name (the select) and its short one (markers, pins, challenge rules).
    for (const messages of [en, zhCN]) {
      for (const field of schema) {
        if (field.kind !== 'choice') continue;
        const full: Partial<Record<string, Record<string, string>>> = messages.options;
        const short: Partial<Record<string, Record<string, string>>> = messages.shortOptions;
        expect(Object.keys(full[field.name] ?? {}).sort(), field.name).toEqual([...field.choices].sort());
        expect(Object.keys(short[field.name] ?? {}).sort(), field.name).toEqual([...field.choices].sort());
      }
    }
  });

  it('keep the English accessible names the page has always had', () => {
    expect(en.run).toEqual({ train: 'Train', pause: 'Pause', step: 'Step', reset: 'Reset' });
    expect(en.settings.maxEpochs.label).toBe('Stop after');
    expect(en.settings.backend.label).toBe('Run on');
    expect(en.readouts.best).toBe('Best so far');
    expect(zhCN.run.train).toBe('训练');
  });

  it('make a catalogue that lacks a key a type error', () => {
    // @ts-expect-error A catalogue without `page` is not a Messages: the type check fails on it.
    const broken: Messages = without(zhCN, 'page');
    expect(Object.keys(broken)).not.toContain('page');
    // @ts-expect-error The same holds for the explanation's prose.
    const brokenProse: ExplanationText = without(explanationZhCN, 'twoCurves');
    expect(Object.keys(brokenProse)).not.toContain('twoCurves');
  });
});

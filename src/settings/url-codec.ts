import { parsePlainNumber } from './plain-number';
import { defaultSettings, schema, type Field, type Settings } from './schema';
import { excerpt } from './excerpt';
import type { UrlNotice } from './url-notice';

/** The codec's version, written as `v=1` so a later format can still read old links. */
export const urlFormatVersion = 1;

/** What decoding produced: settings that are always valid, and one notice per correction made. */
export interface DecodedSettings {
  settings: Settings;
  notices: UrlNotice[];
}

// A Map, not an object literal: a word from a link must never find an inherited member such as
// `constructor` or `__proto__` (a function or an object would then reach the worker and the URL).
const booleanWords: ReadonlyMap<string, boolean> = new Map([
  ['1', true],
  ['true', true],
  ['on', true],
  ['0', false],
  ['false', false],
  ['off', false],
]);

/**
 * Links made before the regularisation controls were split keep loading with the same meaning:
 * `drop` (one dropout, on the LSTM output) is now `odrop`, `wd` (L2 weight decay) is `l2`, `aug` (the
 * one augmentation, jitter) is `jitter`, and a numeric
 * `clip` (a global-norm threshold, 0 for off) becomes `clip=global&clipat=…`. New keys win over old ones.
 */
function upgradeLegacyKeys(params: URLSearchParams): void {
  // As for every key, an old key given twice takes its last value.
  const rename = (from: string, to: string) => {
    const value = params.getAll(from).at(-1);
    if (value !== undefined && !params.has(to)) params.set(to, value);
    params.delete(from);
  };
  rename('drop', 'odrop');
  rename('wd', 'l2');
  rename('aug', 'jitter');
  const clip = params.getAll('clip').at(-1);
  const threshold = clip === undefined ? undefined : parsePlainNumber(clip);
  if (clip !== undefined && threshold !== undefined) {
    params.set('clip', threshold > 0 ? 'global' : 'off');
    if (threshold > 0 && !params.has('clipat')) params.set('clipat', clip);
  }
}

// What the page uses for a value, written as a URL writes it.
const asUrlValue = (value: number | string | boolean) => (typeof value === 'boolean' ? (value ? '1' : '0') : String(value));

function decodeField(field: Field, raw: string): { value: number | string | boolean; notice?: UrlNotice } {
  const about = { key: field.key, raw: excerpt(raw), used: asUrlValue(field.defaultValue) };
  const fallback = (notice: UrlNotice) => ({ value: field.defaultValue, notice });
  if (field.kind === 'choice') {
    return field.choices.includes(raw) ? { value: raw } : fallback({ ...about, problem: 'notChoice', choices: field.choices });
  }
  if (field.kind === 'boolean') {
    const value = booleanWords.get(raw.trim().toLowerCase());
    return value === undefined ? fallback({ ...about, problem: 'notBoolean' }) : { value };
  }
  const read = parsePlainNumber(raw);
  if (read === undefined) return fallback({ ...about, problem: 'notNumber' });
  // Adding 0 turns -0 into 0, which the encoder would otherwise drop as equal to a default of 0.
  const parsed = read + 0;
  const rounded = field.kind === 'integer' ? Math.round(parsed) + 0 : parsed;
  const clamped = Math.min(field.max, Math.max(field.min, rounded));
  if (clamped !== rounded) {
    return { value: clamped, notice: { ...about, used: String(clamped), problem: 'outside', min: field.min, max: field.max } };
  }
  if (rounded !== parsed) return { value: rounded, notice: { ...about, used: String(rounded), problem: 'rounded' } };
  return { value: parsed };
}

/**
 * Reads settings from a query string. Never throws: unknown keys are ignored, unreadable values fall
 * back to their defaults and out-of-range values are clamped, each correction noted as a `UrlNotice`.
 */
export function decodeSettings(query: string): DecodedSettings {
  const params = new URLSearchParams(query);
  upgradeLegacyKeys(params);
  const settings: Record<string, number | string | boolean> = { ...defaultSettings };
  const notices: UrlNotice[] = [];
  for (const field of schema) {
    // A key given twice (a hand-edited link with `&lr=…` appended) takes its last value.
    const raw = params.getAll(field.key).at(-1);
    if (raw === undefined) continue;
    const { value, notice } = decodeField(field, raw);
    settings[field.name] = value;
    if (notice) notices.push(notice);
  }
  // Every schema row was filled from the defaults and then only with values of its own kind.
  return { settings: settings as unknown as Settings, notices };
}

/** Writes settings as a query string (no leading '?'): only values that differ from the defaults, plus `v`. */
export function encodeSettings(settings: Settings): string {
  const params = new URLSearchParams();
  for (const field of schema) {
    const value = settings[field.name];
    if (value !== field.defaultValue) params.set(field.key, asUrlValue(value));
  }
  params.set('v', String(urlFormatVersion));
  return params.toString();
}

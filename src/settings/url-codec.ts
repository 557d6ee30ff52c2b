import { defaultSettings, schema, type Field, type Settings } from './schema';

/** The codec's version, written as `v=1` so a later format can still read old links. */
export const urlFormatVersion = 1;

/** What decoding produced: settings that are always valid, and one sentence per correction made. */
export interface DecodedSettings {
  settings: Settings;
  notices: string[];
}

// A plain decimal or scientific number; rejects '', '0x10', 'Infinity' and friends that Number() accepts.
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Longest piece of a URL value quoted back in a notice, so a hostile link cannot flood the page. */
const quotedLength = 24;

function quote(raw: string): string {
  return raw.length > quotedLength ? `"${raw.slice(0, quotedLength)}…"` : `"${raw}"`;
}

function decodeField(field: Field, raw: string): { value: number | string; notice?: string } {
  if (field.kind === 'choice') {
    if (field.choices.includes(raw)) return { value: raw };
    return {
      value: field.defaultValue,
      notice: `${field.key}=${quote(raw)} is not one of ${field.choices.join(', ')}; using ${field.defaultValue}.`,
    };
  }
  if (!numberPattern.test(raw.trim())) {
    return { value: field.defaultValue, notice: `${field.key}=${quote(raw)} is not a number; using ${field.defaultValue}.` };
  }
  const parsed = Number(raw);
  const rounded = field.kind === 'integer' ? Math.round(parsed) : parsed;
  const clamped = Math.min(field.max, Math.max(field.min, rounded));
  if (clamped !== rounded) {
    return { value: clamped, notice: `${field.key}=${quote(raw)} is outside ${field.min}–${field.max}; using ${clamped}.` };
  }
  if (rounded !== parsed) {
    return { value: rounded, notice: `${field.key}=${quote(raw)} must be a whole number; using ${rounded}.` };
  }
  return { value: parsed };
}

/**
 * Reads settings from a query string. Never throws: unknown keys are ignored, unreadable values fall
 * back to their defaults and out-of-range values are clamped, each correction noted in plain words.
 */
export function decodeSettings(query: string): DecodedSettings {
  const params = new URLSearchParams(query);
  const settings: Record<string, number | string> = { ...defaultSettings };
  const notices: string[] = [];
  for (const field of schema) {
    const raw = params.get(field.key);
    if (raw === null) continue;
    const { value, notice } = decodeField(field, raw);
    settings[field.name] = value;
    if (notice) notices.push(notice);
  }
  return { settings: settings as unknown as Settings, notices };
}

/** Writes settings as a query string (no leading '?'): only values that differ from the defaults, plus `v`. */
export function encodeSettings(settings: Settings): string {
  const params = new URLSearchParams();
  for (const field of schema) {
    const value = settings[field.name];
    if (value !== field.defaultValue) params.set(field.key, String(value));
  }
  params.set('v', String(urlFormatVersion));
  return params.toString();
}

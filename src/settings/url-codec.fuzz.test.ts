import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainNumber } from './plain-number';
import { schema, type Field, type Settings } from './schema';
import { decodeSettings, encodeSettings } from './url-codec';

// Words that an object literal would find on Object.prototype: a codec must treat them as plain text.
const inheritedNames = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'prototype'];
const legacyKeys = ['drop', 'wd', 'aug'];
const schemaKeys = schema.map((field) => field.key);

const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ min: -2, max: 2, noNaN: true }).map((value) => value.toPrecision(3)),
  fc.constantFrom('1e999', '-1e999', '-0', '.5', '5.', '1e-320', ' 1 ', '0x10', 'Infinity', 'NaN', '1,5', '1e', '+3', '1'.repeat(400)),
);
const wordText = fc.constantFrom(...inheritedNames, '1', '0', 'true', 'false', 'on', 'off', 'TRUE', ...schema.flatMap(choicesOf));
const valueText = fc.oneof(numberText, wordText, fc.string(), fc.string({ unit: 'grapheme' }));
const keyText = fc.oneof(fc.constantFrom(...schemaKeys, ...legacyKeys, ...inheritedNames, 'v'), fc.string());
const pair = fc.tuple(keyText, valueText);
const query = fc.oneof(
  fc
    .array(pair, { maxLength: 12 })
    .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')),
  fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
  fc.string({ unit: 'binary' }),
);

function choicesOf(field: Field): readonly string[] {
  return field.kind === 'choice' ? field.choices : [];
}

// The value a raw URL text stands for, when the field can hold it exactly; undefined when decoding must correct it.
function meaningOf(field: Field, raw: string): number | string | boolean | undefined {
  if (field.kind === 'choice') return field.choices.includes(raw) ? raw : undefined;
  if (field.kind === 'boolean') {
    const word = raw.trim().toLowerCase();
    if (['1', 'true', 'on'].includes(word)) return true;
    return ['0', 'false', 'off'].includes(word) ? false : undefined;
  }
  const value = parsePlainNumber(raw);
  if (value === undefined || value < field.min || value > field.max) return undefined;
  return field.kind === 'integer' && !Number.isInteger(value) ? undefined : value + 0;
}

// The settings whose value is not of its field's type or lies outside its limits (a plain check:
// 330,000 `expect` calls would make the 10,000 runs take seconds longer).
function invalidSettings(settings: Settings): string[] {
  return schema
    .filter((field) => {
      const value = settings[field.name];
      if (field.kind === 'choice') return typeof value !== 'string' || !field.choices.includes(value);
      if (field.kind === 'boolean') return typeof value !== 'boolean';
      if (typeof value !== 'number' || !(value >= field.min && value <= field.max)) return true;
      return field.kind === 'integer' && !Number.isInteger(value);
    })
    .map((field) => `${field.key}=${String(settings[field.name])}`);
}

const runs = { numRuns: 10_000 };

describe('decodeSettings on arbitrary queries', () => {
  it('never throws and gives every setting a value of its type, within its limits', () => {
    fc.assert(
      fc.property(query, (text) => {
        expect(invalidSettings(decodeSettings(text).settings)).toEqual([]);
      }),
      runs,
    );
  });

  it('reads back what it wrote: decode(encode(decode(q))) = decode(q), silently', () => {
    fc.assert(
      fc.property(query, (text) => {
        const first = decodeSettings(text).settings;
        const again = decodeSettings(encodeSettings(first));
        expect(again.notices).toEqual([]);
        expect(again.settings).toStrictEqual(first);
      }),
      runs,
    );
  });

  it('notes every correction, and nothing else', () => {
    // Old links are upgraded without a notice (`drop`, `wd`, `aug`, and `clip` with a number): see the example tests.
    const isLegacy = (params: URLSearchParams) =>
      legacyKeys.some((key) => params.has(key)) || parsePlainNumber(params.getAll('clip').at(-1) ?? '') !== undefined;
    const withoutLegacyKeys = query.filter((text) => !isLegacy(new URLSearchParams(text)));
    fc.assert(
      fc.property(withoutLegacyKeys, (text) => {
        const params = new URLSearchParams(text);
        const { settings, notices } = decodeSettings(text);
        let corrections = 0;
        for (const field of schema) {
          const raw = params.getAll(field.key).at(-1);
          if (raw === undefined) continue;
          const meaning = meaningOf(field, raw);
          const noted = notices.filter((notice) => notice.key === field.key);
          if (meaning === undefined) {
            corrections += 1;
            expect(noted, `${field.key}=${raw}`).toHaveLength(1);
          } else {
            expect(noted, `${field.key}=${raw}`).toEqual([]);
            expect(settings[field.name]).toBe(meaning);
          }
        }
        expect(notices).toHaveLength(corrections);
      }),
      runs,
    );
  });
});

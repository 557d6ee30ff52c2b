import type { Language } from './languages';

// One formatter per language and shape, made once: Intl.NumberFormat is slow to build and fast to use.
const cache = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}|${key}`;
  let made = cache.get(id);
  if (!made) {
    made = new Intl.NumberFormat(language, options);
    cache.set(id, made);
  }
  return made;
}

/** A measured value with `digits` significant digits, trailing zeros kept ("0.1470"); no grouping, so it reads back as a number. */
export function formatSignificant(language: Language, value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(language, `sig${digits}`, {
    minimumSignificantDigits: digits,
    maximumSignificantDigits: digits,
    useGrouping: false,
  }).format(value);
}

/** A value with at most `digits` significant digits, trailing zeros dropped ("0.15", "61"). */
export function formatCompact(language: Language, value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  return formatter(language, `compact${digits}`, { maximumSignificantDigits: digits, useGrouping: false }).format(value);
}

/** A count with the language's digit grouping ("12,000"). */
export function formatCount(language: Language, value: number): string {
  return formatter(language, 'count', { maximumFractionDigits: 0 }).format(value);
}

/** A share in [0, 1] as a percentage with `decimals` decimals ("12.5%"). */
export function formatPercent(language: Language, share: number, decimals: number): string {
  if (!Number.isFinite(share)) return String(share);
  return formatter(language, `percent${decimals}`, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(share);
}

/** A value in scientific notation with one decimal, as "1.2e-5" in every language (the form of the URL and of code). */
export function formatScientific(value: number): string {
  return value.toExponential(1);
}

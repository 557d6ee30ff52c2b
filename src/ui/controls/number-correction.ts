import type { FieldCorrection } from '../../state/lesson';

/** What a typed text means for a whole-number setting: a value to take as it is, or one corrected as a URL value would be. */
export type TypedNumber =
  { kind: 'valid'; value: number } | { kind: 'incomplete' } | { kind: 'corrected'; correction: Omit<FieldCorrection, 'name'> };

/**
 * Reads a number field the way the URL codec reads a value: rounds a fraction, clamps to the limits,
 * and keeps the current value when the text is no number. While typing (`final` false) only a valid
 * value is taken, so "5" on the way to "50" is not corrected.
 */
export function readTypedNumber(text: string, limits: { min: number; max: number }, current: number, final: boolean): TypedNumber {
  const trimmed = text.trim();
  const typed = Number(trimmed);
  const isNumber = trimmed !== '' && Number.isFinite(typed);
  if (isNumber && Number.isInteger(typed) && typed >= limits.min && typed <= limits.max) return { kind: 'valid', value: typed };
  if (!final) return { kind: 'incomplete' };
  if (!isNumber) return { kind: 'corrected', correction: { typed: trimmed, used: current, reason: 'not-a-number' } };
  const rounded = Math.round(typed);
  const clamped = Math.min(limits.max, Math.max(limits.min, rounded));
  return { kind: 'corrected', correction: { typed: trimmed, used: clamped, reason: clamped !== rounded ? 'outside' : 'rounded' } };
}

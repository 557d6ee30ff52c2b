import { describe, expect, it } from 'vitest';
import { readTypedNumber } from './number-correction';

const limits = { min: 1, max: 20_000 };

describe('typed whole numbers', () => {
  it('take a valid value as it is typed', () => {
    expect(readTypedNumber('500', limits, 1000, false)).toEqual({ kind: 'valid', value: 500 });
  });

  it('wait while the text is not yet a valid value', () => {
    expect(readTypedNumber('0', limits, 1000, false)).toEqual({ kind: 'incomplete' });
    expect(readTypedNumber('', limits, 1000, false)).toEqual({ kind: 'incomplete' });
  });

  it('clamp, round or keep the value on leaving the field, as the URL codec does', () => {
    expect(readTypedNumber('0', limits, 1000, true)).toEqual({ kind: 'corrected', correction: { typed: '0', used: 1, reason: 'outside' } });
    expect(readTypedNumber('50000', limits, 1000, true)).toEqual({
      kind: 'corrected',
      correction: { typed: '50000', used: 20_000, reason: 'outside' },
    });
    expect(readTypedNumber('7.5', limits, 1000, true)).toEqual({
      kind: 'corrected',
      correction: { typed: '7.5', used: 8, reason: 'rounded' },
    });
    expect(readTypedNumber('', limits, 1000, true)).toEqual({
      kind: 'corrected',
      correction: { typed: '', used: 1000, reason: 'not-a-number' },
    });
  });
});

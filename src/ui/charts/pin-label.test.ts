import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../settings/schema';
import { pinLabel } from './pin-label';

describe('pinLabel', () => {
  it('names what the pinned run did differently, in its own values', () => {
    const pinned = { ...defaultSettings, outputDropout: 0.3, l2: 0.001, smoothing: 0.5 };
    expect(pinLabel(pinned, defaultSettings)).toBe('Output dropout 0.3, L2 0.001');
    expect(pinLabel(defaultSettings, { ...defaultSettings, earlyStopping: true })).toBe('Early stopping off');
    expect(pinLabel(defaultSettings, { ...defaultSettings, logScale: true })).toBe('same settings');
  });
});

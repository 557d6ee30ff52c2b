import { describe, expect, it } from 'vitest';
import { recallBackendSpeeds, rememberBackendSpeeds } from './backend-memory';
import { fastestBackend, speedOf } from './backend-slice';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('backend memory', () => {
  it('keeps a measurement across visits and forgets it on request', () => {
    const storage = memoryStorage();
    const speeds = [
      { backend: 'webgl' as const, failure: 'no context' },
      { backend: 'wasm' as const, stepsPerSecond: 55 },
    ];
    expect(recallBackendSpeeds(storage)).toBeUndefined();
    rememberBackendSpeeds(speeds, storage);
    expect(recallBackendSpeeds(storage)).toEqual(speeds);
    rememberBackendSpeeds(undefined, storage);
    expect(recallBackendSpeeds(storage)).toBeUndefined();
  });

  it('ignores what it cannot read, and survives a storage that refuses', () => {
    const storage = memoryStorage();
    for (const text of ['{', '[]', '[{"backend":"metal","stepsPerSecond":3}]', '[{"backend":"wasm","stepsPerSecond":-1}]']) {
      storage.items.set('overfitting-playground:backend-speeds:v1', text);
      expect(recallBackendSpeeds(storage)).toBeUndefined();
    }
    const refusing = {
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    };
    expect(() => rememberBackendSpeeds([{ backend: 'cpu', stepsPerSecond: 1 }], refusing)).not.toThrow();
    expect(recallBackendSpeeds(undefined)).toBeUndefined();
  });

  it('names the fastest backend that ran, and each one’s speed', () => {
    const speeds = [
      { backend: 'webgl' as const, stepsPerSecond: 12 },
      { backend: 'wasm' as const, stepsPerSecond: 60 },
      { backend: 'cpu' as const, failure: 'no' },
    ];
    expect(fastestBackend(speeds)).toBe('wasm');
    expect(fastestBackend([{ backend: 'cpu', failure: 'no' }])).toBeUndefined();
    expect(speedOf(speeds, 'webgl')).toBe(12);
    expect(speedOf(speeds, 'cpu')).toBeUndefined();
  });
});

import type { BackendSpeed } from '../worker/protocol';

// Versioned, so that a later change of what is measured can ignore older measurements.
const storageKey = 'overfitting-playground:backend-speeds:v1';
const backendNames = new Set(['webgl', 'wasm', 'cpu']);

function isSpeed(value: unknown): value is BackendSpeed {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    backendNames.has(String(entry.backend)) &&
    ((typeof entry.stepsPerSecond === 'number' && entry.stepsPerSecond > 0) || typeof entry.failure === 'string')
  );
}

/** This device's last backend measurement, if one was kept and still reads; never throws (storage may be off). */
export function recallBackendSpeeds(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): BackendSpeed[] | undefined {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    return Array.isArray(stored) && stored.length > 0 && stored.every(isSpeed) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a measurement for this device's next visits (forgets it, with undefined); private browsing may refuse, which only costs a new measurement. */
export function rememberBackendSpeeds(
  speeds: BackendSpeed[] | undefined,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (speeds) storage?.setItem(storageKey, JSON.stringify(speeds));
    else storage?.removeItem(storageKey);
  } catch {
    // Storage full or disabled: the page measures again next time.
  }
}

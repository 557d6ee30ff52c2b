import type { StateCreator } from 'zustand';
import type { BackendName, BackendSpeed } from '../worker/protocol';

export type { BackendSpeed };

/** What this device's backends measured, and whether a measurement is under way. */
export interface BackendSlice {
  /** The last measurement, oldest backend tried first; undefined before any. */
  backendSpeeds: BackendSpeed[] | undefined;
  measuringBackends: boolean;
  /** Keeps a measurement (or forgets it, with undefined). */
  setBackendSpeeds: (speeds: BackendSpeed[] | undefined) => void;
  setMeasuringBackends: (measuring: boolean) => void;
}

/** Builds the backend slice of the store. */
export const createBackendSlice: StateCreator<BackendSlice, [], [], BackendSlice> = (set) => ({
  backendSpeeds: undefined,
  measuringBackends: false,
  setBackendSpeeds: (backendSpeeds) => set({ backendSpeeds }),
  setMeasuringBackends: (measuringBackends) => set({ measuringBackends }),
});

/** The fastest backend of a measurement, if any of them ran. */
export function fastestBackend(speeds: readonly BackendSpeed[] | undefined): BackendName | undefined {
  let fastest: { backend: BackendName; stepsPerSecond: number } | undefined;
  for (const speed of speeds ?? []) if ('stepsPerSecond' in speed && speed.stepsPerSecond > (fastest?.stepsPerSecond ?? 0)) fastest = speed;
  return fastest?.backend;
}

/** Steps per second measured for `backend`, if it ran. */
export function speedOf(speeds: readonly BackendSpeed[] | undefined, backend: BackendName | undefined): number | undefined {
  const speed = speeds?.find((entry) => entry.backend === backend);
  return speed && 'stepsPerSecond' in speed ? speed.stepsPerSecond : undefined;
}

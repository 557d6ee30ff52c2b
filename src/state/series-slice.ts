import type { StateCreator } from 'zustand';
import type { NumericColumn } from '../data/csv';

/** A CSV file read on this page: its numeric columns and the one in use. It never leaves the browser. */
export interface UploadedSeries {
  fileName: string;
  columns: NumericColumn[];
  /** Index into `columns`. */
  column: number;
}

/** The uploaded series, if any, and the last word about loading one. */
export interface SeriesSlice {
  series: UploadedSeries | undefined;
  /** Why the last file could not be used, or what was loaded. */
  seriesMessage: { text: string; problem: boolean } | undefined;
  /** Keeps a newly read file (its first numeric column in use). */
  useSeries: (series: UploadedSeries) => void;
  /** Switches to another numeric column of the file. */
  chooseColumn: (column: number) => void;
  setSeriesMessage: (text: string, problem: boolean) => void;
}

/** Builds the series slice of the store. */
export const createSeriesSlice: StateCreator<SeriesSlice, [], [], SeriesSlice> = (set) => ({
  series: undefined,
  seriesMessage: undefined,
  useSeries: (series) => set({ series }),
  chooseColumn: (column) => set((state) => (state.series ? { series: { ...state.series, column } } : state)),
  setSeriesMessage: (text, problem) => set({ seriesMessage: { text, problem } }),
});

/** The values of the column in use. */
export function seriesValues(series: UploadedSeries): Float32Array {
  return Float32Array.from(series.columns[series.column]?.values ?? []);
}

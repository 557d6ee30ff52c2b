import type { StateCreator } from 'zustand';
import type { ColumnLabel, CsvProblem, NumericColumn } from '../data/csv';
import type { SeriesTooShort } from '../data/series-limits';

/** The CSV reader's findings, re-exported so the view never reaches into the data core. */
export type { ColumnLabel, CsvProblem, NumericColumn, SeriesTooShort };

/** A CSV file read on this page: its numeric columns and the one in use. It never leaves the browser. */
export interface UploadedSeries {
  fileName: string;
  columns: NumericColumn[];
  /** Index into `columns`. */
  column: number;
}

/** Why a file cannot be used: what the CSV reader found, or a series too short to forecast. */
export type SeriesProblem = CsvProblem | SeriesTooShort;

/**
 * The last word about loading a series, kept as data so the page words it in the language it shows
 * at the time (a language switch re-words it).
 */
export type SeriesMessage =
  | { kind: 'read'; fileName: string; values: number }
  | { kind: 'refused'; fileName: string; problem: SeriesProblem }
  | { kind: 'sampleFailed'; status: number };

/** The uploaded series, if any, and the last word about loading one. */
export interface SeriesSlice {
  series: UploadedSeries | undefined;
  /** Why the last file could not be used, or what was loaded. */
  seriesMessage: SeriesMessage | undefined;
  /** Keeps a newly read file (its first numeric column in use). */
  useSeries: (series: UploadedSeries) => void;
  /** Switches to another numeric column of the file. */
  chooseColumn: (column: number) => void;
  setSeriesMessage: (message: SeriesMessage) => void;
}

/** Builds the series slice of the store. */
export const createSeriesSlice: StateCreator<SeriesSlice, [], [], SeriesSlice> = (set) => ({
  series: undefined,
  seriesMessage: undefined,
  useSeries: (series) => set({ series }),
  chooseColumn: (column) => set((state) => (state.series ? { series: { ...state.series, column } } : state)),
  setSeriesMessage: (seriesMessage) => set({ seriesMessage }),
});

/** The values of the column in use. */
export function seriesValues(series: UploadedSeries): Float32Array {
  return Float32Array.from(series.columns[series.column]?.values ?? []);
}

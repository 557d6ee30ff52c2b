import { maxCsvBytes } from '../data/csv-limits';
import { seriesProblem } from '../data/series-limits';
import type { PlaygroundStore } from './store';

/** Where the sample series is served from, next to the page. */
export const sampleSeriesUrl = './sample-series.csv';

/**
 * Reads a CSV text into the store and switches to the series task. A file that cannot be used leaves
 * the settings and the run as they were, and says why (as data: the page words it).
 */
export async function loadSeriesText(store: PlaygroundStore, fileName: string, text: string): Promise<void> {
  // The CSV parser loads on first use: most visits never upload a file, so the page starts without it.
  const { parseCsv } = await import('../data/csv');
  const state = store.getState();
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    state.setSeriesMessage({ kind: 'refused', fileName, problem: parsed.problem });
    return;
  }
  // Every numeric column holds one value per row of the file's body, so all are equally long.
  const tooShort = seriesProblem(parsed.columns[0]?.values.length ?? 0);
  if (tooShort) {
    state.setSeriesMessage({ kind: 'refused', fileName, problem: tooShort });
    return;
  }
  // Prefer a column of measurements to a row counter (1, 2, 3, … has nothing to forecast).
  const counter = (values: number[]) =>
    values.every((value, index) => index < 2 || value - (values[index - 1] as number) === (values[1] as number) - (values[0] as number));
  const usable = parsed.columns.findIndex((column) => !counter(column.values));
  const column = usable < 0 ? 0 : usable;
  state.useSeries({ fileName, columns: parsed.columns, column });
  state.setSeriesMessage({ kind: 'read', fileName, values: parsed.columns[column]?.values.length ?? 0 });
  state.changeSetting('task', 'series');
}

/** Reads a file the person chose; very large files are refused before they are read. */
export async function loadSeriesFile(store: PlaygroundStore, file: File): Promise<void> {
  if (file.size > maxCsvBytes) {
    store
      .getState()
      .setSeriesMessage({ kind: 'refused', fileName: file.name, problem: { kind: 'tooLarge', megabytes: maxCsvBytes / 1_000_000 } });
    return;
  }
  await loadSeriesText(store, file.name, await file.text());
}

/** Loads the sample series shipped with the page. */
export async function loadSampleSeries(store: PlaygroundStore): Promise<void> {
  const response = await fetch(sampleSeriesUrl);
  if (!response.ok) {
    store.getState().setSeriesMessage({ kind: 'sampleFailed', status: response.status });
    return;
  }
  await loadSeriesText(store, 'sample-series.csv', await response.text());
}

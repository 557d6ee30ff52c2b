import { maxCsvBytes } from '../data/csv-limits';
import { seriesProblem } from '../data/series-limits';
import { t } from '../i18n';
import type { PlaygroundStore } from './store';

/** Where the sample series is served from, next to the page. */
export const sampleSeriesUrl = './sample-series.csv';

/**
 * Reads a CSV text into the store and switches to the series task. A file that cannot be used leaves
 * the settings and the run as they were, and says why.
 */
export async function loadSeriesText(store: PlaygroundStore, fileName: string, text: string): Promise<void> {
  // The CSV parser loads on first use: most visits never upload a file, so the page starts without it.
  const { parseCsv } = await import('../data/csv');
  const state = store.getState();
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    state.setSeriesMessage(`${fileName}: ${parsed.message}`, true);
    return;
  }
  // Prefer a column of measurements to a row counter (1, 2, 3, … has nothing to forecast).
  const counter = (values: number[]) =>
    values.every((value, index) => index < 2 || value - (values[index - 1] as number) === (values[1] as number) - (values[0] as number));
  const ranked = parsed.columns
    .map((column, index) => ({ column, index }))
    .sort((a, b) => Number(counter(a.column.values)) - Number(counter(b.column.values)));
  const usable = ranked.find(({ column }) => !seriesProblem(column.values.length))?.index ?? -1;
  if (usable < 0) {
    state.setSeriesMessage(`${fileName}: ${seriesProblem(parsed.columns[0]?.values.length ?? 0) ?? ''}`, true);
    return;
  }
  state.useSeries({ fileName, columns: parsed.columns, column: usable });
  state.setSeriesMessage(t().series.read(fileName, String(parsed.columns[usable]?.values.length ?? 0)), false);
  state.changeSetting('task', 'series');
}

/** Reads a file the person chose; very large files are refused before they are read. */
export async function loadSeriesFile(store: PlaygroundStore, file: File): Promise<void> {
  if (file.size > maxCsvBytes) {
    store.getState().setSeriesMessage(t().series.tooLarge(file.name, String(maxCsvBytes / 1_000_000)), true);
    return;
  }
  await loadSeriesText(store, file.name, await file.text());
}

/** Loads the sample series shipped with the page. */
export async function loadSampleSeries(store: PlaygroundStore): Promise<void> {
  const response = await fetch(sampleSeriesUrl);
  if (!response.ok) {
    store.getState().setSeriesMessage(t().series.sampleFailed(String(response.status)), true);
    return;
  }
  await loadSeriesText(store, 'sample-series.csv', await response.text());
}

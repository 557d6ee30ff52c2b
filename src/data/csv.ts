import Papa from 'papaparse';

/** A column of a CSV file in which every cell is a number. */
export interface NumericColumn {
  name: string;
  values: number[];
}

/** What reading a CSV file gave: its numeric columns, or a sentence saying why it cannot be used. */
export type CsvResult = { ok: true; columns: NumericColumn[] } | { ok: false; message: string };

import { maxCsvBytes, maxCsvRows } from './csv-limits';

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a CSV file's text (parsed with Papa Parse) and keeps the columns that hold only numbers. A
 * first row with any non-numeric cell is taken as the header; otherwise columns are named by position.
 */
export function parseCsv(text: string): CsvResult {
  if (text.length > maxCsvBytes) return { ok: false, message: `The file is larger than ${maxCsvBytes / 1_000_000} MB.` };
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length === 0) return { ok: false, message: 'The file is empty.' };
  const [first = []] = rows;
  const hasHeader = first.some((cell) => !numberPattern.test(cell));
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > maxCsvRows) return { ok: false, message: `The file has more than ${maxCsvRows.toLocaleString('en')} rows.` };
  if (body.length === 0) return { ok: false, message: 'The file has a header but no values.' };
  // A loop, not Math.max(...rows): spreading 100,000 arguments overflows some engines' call stacks.
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columns: NumericColumn[] = [];
  for (let column = 0; column < width; column += 1) {
    const cells = body.map((row) => row[column] ?? '');
    if (!cells.every((cell) => numberPattern.test(cell))) continue;
    columns.push({ name: (hasHeader ? first[column] : undefined) || `column ${column + 1}`, values: cells.map(Number) });
  }
  if (columns.length === 0) return { ok: false, message: 'No column holds only numbers.' };
  return { ok: true, columns };
}

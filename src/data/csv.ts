import Papa from 'papaparse';
import { excerpt } from '../settings/excerpt';
import { parsePlainNumber } from '../settings/plain-number';
import { maxCsvBytes, maxCsvRows } from './csv-limits';

/** Which column of a CSV file: its header (made unique) or, where the file gives none, only its position. */
export interface ColumnLabel {
  /** The header's text, with " (2)", " (3)", … added to repeats; undefined for a headerless or blank-header column. */
  header: string | undefined;
  /** Where the column stands in the file, from 1. */
  position: number;
}

/** A column of a CSV file in which every cell is a number. */
export interface NumericColumn extends ColumnLabel {
  values: number[];
}

/**
 * Why a CSV file cannot be used, as data the page words in its language. Rows are numbered as a
 * spreadsheet numbers them (the header, if any, is row 1); `cell` is the start of the offending cell,
 * cut to 24 characters with "…" added, so a hostile file cannot flood the page.
 */
export type CsvProblem =
  | { kind: 'tooLarge'; megabytes: number }
  | { kind: 'quotes'; row: number | undefined; code: 'InvalidQuotes' | 'MissingQuotes' }
  | { kind: 'empty' }
  | { kind: 'tooManyRows'; rows: number }
  | { kind: 'headerOnly' }
  | { kind: 'valueTooLarge'; row: number; column: ColumnLabel; cell: string }
  | { kind: 'noNumbers'; decimalComma: { column: ColumnLabel; cell: string } | undefined };

/** What reading a CSV file gave: its numeric columns, or why it cannot be used. */
export type CsvResult = { ok: true; columns: NumericColumn[] } | { ok: false; problem: CsvProblem };

// The series trains as 32-bit floats: a larger magnitude would turn into Infinity there.
const largestValue = 3.4028234663852886e38;

// A row of the file, numbered as a spreadsheet numbers it (the header, if any, is row 1).
interface Row {
  number: number;
  cells: string[];
}

// "3,5" read as 3.5: where the delimiter is not a comma, a comma in a number is a decimal mark (as in
// the semicolon-separated files that spreadsheets write in much of Europe).
function readDecimalComma(cell: string): number | undefined {
  return cell.includes(',') && !cell.includes('.') ? parsePlainNumber(cell.replace(',', '.')) : undefined;
}

// Header names made unique ("a", "a (2)"), so each column can be chosen by name; blank ones stay
// unnamed, for the page to name by position in its language.
function columnLabels(header: string[] | undefined, width: number): ColumnLabel[] {
  const taken = new Set<string>();
  return Array.from({ length: width }, (_, column) => {
    const base = header?.[column];
    if (!base) return { header: undefined, position: column + 1 };
    let name = base;
    for (let copy = 2; taken.has(name); copy += 1) name = `${base} (${copy})`;
    taken.add(name);
    return { header: name, position: column + 1 };
  });
}

/**
 * Reads a CSV file's text (parsed with Papa Parse) and keeps the columns that hold only numbers. A
 * first row with any non-numeric cell is taken as the header; otherwise columns are known by position.
 * A misplaced quote, or a number too large to train on (`1e999`), refuses the file and names its row.
 */
export function parseCsv(text: string): CsvResult {
  if (text.length > maxCsvBytes) return refuse({ kind: 'tooLarge', megabytes: maxCsvBytes / 1_000_000 });
  const content = text.replace(/^\uFEFF/, '');
  // The delimiter is guessed from the first rows with blank lines skipped (blank lines confuse the
  // guess); the whole file is then read with blank lines kept, so row numbers match the file's.
  const { delimiter } = Papa.parse<string[]>(content, { preview: 50, skipEmptyLines: 'greedy' }).meta;
  const parsed = Papa.parse<string[]>(content, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    // Papa Parse's only two errors of type "Quotes": a quote inside an unquoted cell, and one never closed.
    const code = quoteError.code === 'MissingQuotes' ? 'MissingQuotes' : 'InvalidQuotes';
    return refuse({ kind: 'quotes', row: quoteError.row === undefined ? undefined : quoteError.row + 1, code });
  }
  const rows: Row[] = parsed.data
    .map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  if (rows.length === 0) return refuse({ kind: 'empty' });
  const read = (cell: string) => parsePlainNumber(cell) ?? (delimiter === ',' ? undefined : readDecimalComma(cell));
  const [first] = rows as [Row, ...Row[]];
  const hasHeader = first.cells.some((cell) => read(cell) === undefined);
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > maxCsvRows) return refuse({ kind: 'tooManyRows', rows: maxCsvRows });
  if (body.length === 0) return refuse({ kind: 'headerOnly' });
  // A loop, not Math.max(...rows): spreading 100,000 arguments overflows some engines' call stacks.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const labels = columnLabels(hasHeader ? first.cells : undefined, width);
  const columns: NumericColumn[] = [];
  let decimalComma: { column: ColumnLabel; cell: string } | undefined;
  for (let column = 0; column < width; column += 1) {
    const label = labels[column] as ColumnLabel;
    const values: number[] = [];
    for (const row of body) {
      const cell = row.cells[column] ?? '';
      const value = read(cell);
      if (value === undefined) {
        if (decimalComma === undefined && readDecimalComma(cell) !== undefined) decimalComma = { column: label, cell: excerpt(cell) };
        break;
      }
      if (!(Math.abs(value) <= largestValue)) return refuse({ kind: 'valueTooLarge', row: row.number, column: label, cell: excerpt(cell) });
      values.push(value);
    }
    if (values.length === body.length) columns.push({ ...label, values });
  }
  if (columns.length === 0) return refuse({ kind: 'noNumbers', decimalComma });
  return { ok: true, columns };
}

function refuse(problem: CsvProblem): CsvResult {
  return { ok: false, problem };
}

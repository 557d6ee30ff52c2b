import Papa from 'papaparse';
import { parsePlainNumber } from '../settings/plain-number';
import { maxCsvBytes, maxCsvRows } from './csv-limits';

/** A column of a CSV file in which every cell is a number. */
export interface NumericColumn {
  name: string;
  values: number[];
}

/** What reading a CSV file gave: its numeric columns, or a sentence saying why it cannot be used. */
export type CsvResult = { ok: true; columns: NumericColumn[] } | { ok: false; message: string };

// The series trains as 32-bit floats: a larger magnitude would turn into Infinity there.
const largestValue = 3.4028234663852886e38;
/** Longest piece of a cell quoted back in a message, so a hostile file cannot flood the page. */
const quotedLength = 24;

// A row of the file, numbered as a spreadsheet numbers it (the header, if any, is row 1).
interface Row {
  number: number;
  cells: string[];
}

function quote(cell: string): string {
  return cell.length > quotedLength ? `"${cell.slice(0, quotedLength)}…"` : `"${cell}"`;
}

const quoteProblems: Partial<Record<Papa.ParseError['code'], string>> = {
  InvalidQuotes: 'a quotation mark is out of place (a quoted cell must end with a quote, then a delimiter or the end of the line)',
  MissingQuotes: 'a quoted cell is never closed',
};

// "3,5" read as 3.5: where the delimiter is not a comma, a comma in a number is a decimal mark (as in
// the semicolon-separated files that spreadsheets write in much of Europe).
function readDecimalComma(cell: string): number | undefined {
  return cell.includes(',') && !cell.includes('.') ? parsePlainNumber(cell.replace(',', '.')) : undefined;
}

// Header names, made unique ("a", "a (2)") and filled in where blank, so each column can be chosen by name.
function columnNames(header: string[] | undefined, width: number): string[] {
  const taken = new Set<string>();
  return Array.from({ length: width }, (_, column) => {
    const base = header?.[column] || `column ${column + 1}`;
    let name = base;
    for (let copy = 2; taken.has(name); copy += 1) name = `${base} (${copy})`;
    taken.add(name);
    return name;
  });
}

/**
 * Reads a CSV file's text (parsed with Papa Parse) and keeps the columns that hold only numbers. A
 * first row with any non-numeric cell is taken as the header; otherwise columns are named by position.
 * A misplaced quote, or a number too large to train on (`1e999`), refuses the file and names its row.
 */
export function parseCsv(text: string): CsvResult {
  if (text.length > maxCsvBytes) return { ok: false, message: `The file is larger than ${maxCsvBytes / 1_000_000} MB.` };
  const content = text.replace(/^\uFEFF/, '');
  // The delimiter is guessed from the first rows with blank lines skipped (blank lines confuse the
  // guess); the whole file is then read with blank lines kept, so row numbers match the file's.
  const { delimiter } = Papa.parse<string[]>(content, { preview: 50, skipEmptyLines: 'greedy' }).meta;
  const parsed = Papa.parse<string[]>(content, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row === undefined ? '' : `Row ${quoteError.row + 1}: `;
    return { ok: false, message: `${row}${quoteProblems[quoteError.code] ?? quoteError.message}.` };
  }
  const rows: Row[] = parsed.data
    .map((cells, index) => ({ number: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  if (rows.length === 0) return { ok: false, message: 'The file is empty.' };
  const read = (cell: string) => parsePlainNumber(cell) ?? (delimiter === ',' ? undefined : readDecimalComma(cell));
  const [first] = rows as [Row, ...Row[]];
  const hasHeader = first.cells.some((cell) => read(cell) === undefined);
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > maxCsvRows) return { ok: false, message: `The file has more than ${maxCsvRows.toLocaleString('en')} rows.` };
  if (body.length === 0) return { ok: false, message: 'The file has a header but no values.' };
  // A loop, not Math.max(...rows): spreading 100,000 arguments overflows some engines' call stacks.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const names = columnNames(hasHeader ? first.cells : undefined, width);
  const columns: NumericColumn[] = [];
  let commaColumn: string | undefined;
  for (let column = 0; column < width; column += 1) {
    const name = names[column] as string;
    const values: number[] = [];
    for (const row of body) {
      const cell = row.cells[column] ?? '';
      const value = read(cell);
      if (value === undefined) {
        if (commaColumn === undefined && readDecimalComma(cell) !== undefined) commaColumn = `column "${name}" (${quote(cell)})`;
        break;
      }
      if (!(Math.abs(value) <= largestValue)) {
        return { ok: false, message: `Row ${row.number}, column "${name}": ${quote(cell)} is too large (values must lie within ±3.4e38).` };
      }
      values.push(value);
    }
    if (values.length === body.length) columns.push({ name, values });
  }
  if (columns.length === 0) {
    const comma = commaColumn
      ? `; ${commaColumn} writes a decimal comma in a comma-separated file: use a point, or separate with semicolons`
      : '';
    return { ok: false, message: `No column holds only numbers${comma}.` };
  }
  return { ok: true, columns };
}

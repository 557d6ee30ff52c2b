/**
 * The English words for why an uploaded file cannot be used (`SeriesProblem` in the store). Only the
 * lazily loaded problem alert imports them, so they stay out of the page's start-up JavaScript;
 * `series-problem-zh-CN.ts` must match this shape (`SeriesProblemMessages`).
 */
export const seriesProblemEn = {
  /** Why a file was refused, after its name. */
  refused: (fileName: string, problem: string) => `${fileName}: ${problem}`,
  /** A column within a sentence: by its header, or by its position where it has none. */
  columnIn: (header: string | undefined, position: string) => `column "${header ?? `column ${position}`}"`,
  atRow: (row: string, problem: string) => `Row ${row}: ${problem}`,
  tooLarge: (megabytes: string) => `The file is larger than ${megabytes} MB.`,
  invalidQuotes: 'a quotation mark is out of place (a quoted cell must end with a quote, then a delimiter or the end of the line).',
  missingQuotes: 'a quoted cell is never closed.',
  empty: 'The file is empty.',
  tooManyRows: (rows: string) => `The file has more than ${rows} rows.`,
  headerOnly: 'The file has a header but no values.',
  /** `column` comes from columnIn; `cell` is the start of the cell, already cut short. */
  valueTooLarge: (row: string, column: string, cell: string) =>
    `Row ${row}, ${column}: "${cell}" is too large (values must lie within ±3.4e38).`,
  noNumbers: 'No column holds only numbers.',
  decimalComma: (column: string, cell: string) =>
    `No column holds only numbers; ${column} ("${cell}") writes a decimal comma in a comma-separated file: use a point, or separate with semicolons.`,
  tooShort: (length: string, needed: string) => `The series has ${length} values; forecasting needs at least ${needed}.`,
};

/** The shape every language's series-problem words must have. */
export type SeriesProblemMessages = typeof seriesProblemEn;

import { describe, expect, it } from 'vitest';
import { seriesProblemEn } from '../../i18n/series-problem-en';
import { seriesProblemZhCN } from '../../i18n/series-problem-zh-CN';
import type { SeriesProblem } from '../../state/series-slice';
import { seriesProblemText } from './series-problem-text';

type Samples = { [Kind in SeriesProblem['kind']]: [Extract<SeriesProblem, { kind: Kind }>, string][] };

// At least one problem of every kind (a new kind is a type error here until it has one), with the English the page has always shown.
const samples: Samples = {
  tooLarge: [[{ kind: 'tooLarge', megabytes: 5 }, 'The file is larger than 5 MB.']],
  quotes: [
    [
      { kind: 'quotes', row: 3, code: 'InvalidQuotes' },
      'Row 3: a quotation mark is out of place (a quoted cell must end with a quote, then a delimiter or the end of the line).',
    ],
    [{ kind: 'quotes', row: 3, code: 'MissingQuotes' }, 'Row 3: a quoted cell is never closed.'],
    [{ kind: 'quotes', row: undefined, code: 'MissingQuotes' }, 'a quoted cell is never closed.'],
  ],
  empty: [[{ kind: 'empty' }, 'The file is empty.']],
  tooManyRows: [[{ kind: 'tooManyRows', rows: 100_000 }, 'The file has more than 100,000 rows.']],
  headerOnly: [[{ kind: 'headerOnly' }, 'The file has a header but no values.']],
  valueTooLarge: [
    [
      { kind: 'valueTooLarge', row: 4, column: { header: 'v', position: 1 }, cell: '1e999' },
      'Row 4, column "v": "1e999" is too large (values must lie within ±3.4e38).',
    ],
    [
      { kind: 'valueTooLarge', row: 1, column: { header: undefined, position: 1 }, cell: '-1e999' },
      'Row 1, column "column 1": "-1e999" is too large (values must lie within ±3.4e38).',
    ],
  ],
  noNumbers: [
    [{ kind: 'noNumbers', decimalComma: undefined }, 'No column holds only numbers.'],
    [
      { kind: 'noNumbers', decimalComma: { column: { header: 'value', position: 1 }, cell: '3,5' } },
      'No column holds only numbers; column "value" ("3,5") writes a decimal comma in a comma-separated file: use a point, or separate with semicolons.',
    ],
  ],
  tooShort: [[{ kind: 'tooShort', length: 3, needed: 19 }, 'The series has 3 values; forecasting needs at least 19.']],
};
const all = Object.values(samples).flat() as [SeriesProblem, string][];

describe('seriesProblemText', () => {
  it('words every kind of problem in English exactly as the page always has, after the file name', () => {
    for (const [problem, english] of all) expect(seriesProblemText('f.csv', problem, seriesProblemEn, 'en')).toBe(`f.csv: ${english}`);
  });

  it('words every kind in Chinese, with no Latin word but the file name, what it quotes from the file and the unit MB', () => {
    for (const [problem, english] of all) {
      const chinese = seriesProblemText('f.csv', problem, seriesProblemZhCN, 'zh-CN');
      expect(chinese).not.toBe(`f.csv: ${english}`);
      expect(chinese).toMatch(/^f\.csv：\S/);
      const words =
        chinese
          .replace('f.csv', '')
          .replace(/“[^”]*”/g, '')
          .match(/[A-Za-z]{2,}/g) ?? [];
      expect(
        words.filter((word) => word !== 'MB'),
        chinese,
      ).toEqual([]);
    }
  });

  it('names a column by its header, or by its position where it has none, in Chinese', () => {
    const at = (header: string | undefined): SeriesProblem => ({
      kind: 'valueTooLarge',
      row: 3,
      column: { header, position: 2 },
      cell: '-1e999',
    });
    expect(seriesProblemText('n.csv', at(undefined), seriesProblemZhCN, 'zh-CN')).toBe(
      'n.csv：第 3 行，第 2 列：“-1e999”太大（数值必须在 ±3.4e38 以内）。',
    );
    expect(seriesProblemText('n.csv', at('v'), seriesProblemZhCN, 'zh-CN')).toBe(
      'n.csv：第 3 行，“v”列：“-1e999”太大（数值必须在 ±3.4e38 以内）。',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { maxCsvBytes } from './csv-limits';

describe('parseCsv', () => {
  it('reads a single column without a header', () => {
    expect(parseCsv('1\n2.5\n-3e2\n')).toEqual({ ok: true, columns: [{ name: 'column 1', values: [1, 2.5, -300] }] });
  });

  it('keeps the numeric columns of a file with a header, by name', () => {
    const result = parseCsv('date,temperature,rain\n2024-01-01,3.5,0\n2024-01-02,4.25,1.5\n2024-01-03,-1,0\n');
    expect(result).toEqual({
      ok: true,
      columns: [
        { name: 'temperature', values: [3.5, 4.25, -1] },
        { name: 'rain', values: [0, 1.5, 0] },
      ],
    });
  });

  it('copes with quotes, semicolons, Windows line ends and blank lines', () => {
    expect(parseCsv('"a";"b"\r\n1;2\r\n\r\n3;4\r\n')).toEqual({
      ok: true,
      columns: [
        { name: 'a', values: [1, 3] },
        { name: 'b', values: [2, 4] },
      ],
    });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['only blank lines', '\n\n  \n', /empty/],
    ['a header and no values', 'price,volume\n', /no values/],
    ['no numeric column', 'name\nalice\nbob\n', /No column/],
    ['a word among the numbers', 'v\n1\n\n2\nx\n', /No column/],
  ])('explains %s', (_, text, message) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('leaves out a column with a missing cell', () => {
    expect(parseCsv('a,b\n1,2\n,4\n')).toEqual({ ok: true, columns: [{ name: 'b', values: [2, 4] }] });
  });

  it('refuses very large files', () => {
    const result = parseCsv('1\n'.repeat(maxCsvBytes / 2 + 1));
    expect(result).toEqual({ ok: false, message: 'The file is larger than 5 MB.' });
  });
});

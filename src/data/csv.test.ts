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

describe('parseCsv on hostile files', () => {
  it.each([
    ['a number too large for a double', 'v\n1\n2\n1e999\n4\n', 'Row 4, column "v": "1e999" is too large (values must lie within ±3.4e38).'],
    ['a negative one', '-1e999\n', 'Row 1, column "column 1": "-1e999" is too large (values must lie within ±3.4e38).'],
    ['one too large for 32-bit floats', 't,v\n1,2\n2,1e39\n', 'Row 3, column "v": "1e39" is too large (values must lie within ±3.4e38).'],
  ])('refuses %s and names its row', (_, text, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, message });
  });

  it('counts blank lines when it names a row', () => {
    expect(parseCsv('\nv\n\n1\n\n1e999\n')).toMatchObject({ ok: false, message: expect.stringMatching(/^Row 6, /) });
  });

  it('reports a misplaced or unclosed quote with its row', () => {
    expect(parseCsv('v\n1\n=HYPERLINK("http://example.com","c")\n3\n')).toEqual({
      ok: false,
      message: 'Row 3: a quotation mark is out of place (a quoted cell must end with a quote, then a delimiter or the end of the line).',
    });
    expect(parseCsv('a,b\n1,2\n3,"4\n5,6\n')).toEqual({ ok: false, message: 'Row 3: a quoted cell is never closed.' });
  });

  it('reads decimal commas in files separated by semicolons or tabs', () => {
    expect(parseCsv('date;value\n2024-01-01;3,5\n2024-01-02;-0,25\n2024-01-03;4\n')).toEqual({
      ok: true,
      columns: [{ name: 'value', values: [3.5, -0.25, 4] }],
    });
    expect(parseCsv('a\tb\n1,5\t2\n3\t4,75\n')).toEqual({
      ok: true,
      columns: [
        { name: 'a', values: [1.5, 3] },
        { name: 'b', values: [2, 4.75] },
      ],
    });
  });

  it('names a decimal comma it cannot read in a comma-separated file', () => {
    expect(parseCsv('value\n"3,5"\n"4,25"\n')).toEqual({
      ok: false,
      message:
        'No column holds only numbers; column "value" ("3,5") writes a decimal comma in a comma-separated file: use a point, or separate with semicolons.',
    });
  });

  it('makes repeated and blank header names unique', () => {
    const result = parseCsv('a,a,,a (2),a\n1,2,3,4,5\n6,7,8,9,10\n');
    expect(result.ok && result.columns.map((column) => column.name)).toEqual(['a', 'a (2)', 'column 3', 'a (2) (2)', 'a (3)']);
  });

  it('ignores a byte order mark', () => {
    expect(parseCsv('\uFEFF1\n2\n')).toEqual({ ok: true, columns: [{ name: 'column 1', values: [1, 2] }] });
  });

  it('reads a file with a one-megabyte cell in well under 100 ms', () => {
    const text = `v\n1\n2\n${'1'.repeat(1_000_000)}x\n4\n`;
    parseCsv('v\n1\n2\n');
    const started = performance.now();
    const result = parseCsv(text);
    const elapsed = performance.now() - started;
    expect(result).toEqual({ ok: false, message: 'No column holds only numbers.' });
    // A generous bound: a 2-core machine measures 3–27 ms; the old number pattern would have taken about 25 minutes.
    expect(elapsed).toBeLessThan(100);
  });
});

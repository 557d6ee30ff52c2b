import { formatCount, type Language } from '../../i18n';
import type { SeriesProblemMessages } from '../../i18n/series-problem-en';
import type { ColumnLabel, SeriesProblem } from '../../state/series-slice';

/** Why a file cannot be used, in one or two sentences of the page's language (after the file's name). */
export function seriesProblemText(fileName: string, problem: SeriesProblem, words: SeriesProblemMessages, language: Language): string {
  return words.refused(fileName, problemSentence(problem, words, language));
}

function problemSentence(problem: SeriesProblem, words: SeriesProblemMessages, language: Language): string {
  const columnIn = (column: ColumnLabel) => words.columnIn(column.header, String(column.position));
  switch (problem.kind) {
    case 'tooLarge':
      return words.tooLarge(String(problem.megabytes));
    case 'quotes': {
      const sentence = problem.code === 'MissingQuotes' ? words.missingQuotes : words.invalidQuotes;
      return problem.row === undefined ? sentence : words.atRow(String(problem.row), sentence);
    }
    case 'empty':
      return words.empty;
    case 'tooManyRows':
      return words.tooManyRows(formatCount(language, problem.rows));
    case 'headerOnly':
      return words.headerOnly;
    case 'valueTooLarge':
      return words.valueTooLarge(String(problem.row), columnIn(problem.column), problem.cell);
    case 'noNumbers':
      return problem.decimalComma ? words.decimalComma(columnIn(problem.decimalComma.column), problem.decimalComma.cell) : words.noNumbers;
    case 'tooShort':
      return words.tooShort(String(problem.length), String(problem.needed));
  }
}

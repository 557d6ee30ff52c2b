import { useLanguage } from '../../i18n/react';
import { useSeriesProblemWords } from '../../i18n/series-problem';
import type { SeriesProblem } from '../../state/series-slice';
import { seriesProblemText } from './series-problem-text';

/**
 * Says why a file was refused, in the page's current language. Loaded on first use, with the words of
 * both languages, so the page's start does not carry them.
 */
export default function SeriesProblemAlert({ fileName, problem }: { fileName: string; problem: SeriesProblem }) {
  const words = useSeriesProblemWords();
  const language = useLanguage();
  return (
    <p className="hint problem" role="alert">
      {seriesProblemText(fileName, problem, words, language)}
    </p>
  );
}

import type { Language } from './languages';
import { useLanguage } from './react';
import { seriesProblemEn, type SeriesProblemMessages } from './series-problem-en';
import { seriesProblemZhCN } from './series-problem-zh-CN';

// Both languages ride in the problem alert's lazy chunk: the page's start does not carry them.
const byLanguage: Record<Language, SeriesProblemMessages> = { en: seriesProblemEn, 'zh-CN': seriesProblemZhCN };

/** The words for a refused file in the current language, re-rendering the component when the language changes. */
export function useSeriesProblemWords(): SeriesProblemMessages {
  return byLanguage[useLanguage()];
}

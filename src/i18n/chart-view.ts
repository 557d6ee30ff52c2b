import { chartViewEn, type ChartViewMessages } from './chart-view-en';
import { chartViewZhCN } from './chart-view-zh-CN';
import type { Language } from './languages';
import { currentLanguage } from './messages';
import { useLanguage } from './react';

// Both languages ride in the chart's lazy chunk (1 kB gzip together): the page's start does not carry them.
const byLanguage: Record<Language, ChartViewMessages> = { en: chartViewEn, 'zh-CN': chartViewZhCN };

/** The chart's words in the current language, for code outside React. */
export function chartViewText(): ChartViewMessages {
  return byLanguage[currentLanguage()];
}

/** The chart's words in the current language, re-rendering the component when the language changes. */
export function useChartViewText(): ChartViewMessages {
  return byLanguage[useLanguage()];
}

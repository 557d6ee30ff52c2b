import { labViewEn, type LabViewMessages } from './lab-view-en';
import { labViewZhCN } from './lab-view-zh-CN';
import type { Language } from './languages';
import { currentLanguage } from './messages';
import { useLanguage } from './react';

// Both languages ride in the lab panel's lazy chunk: the page's start does not carry them.
const byLanguage: Record<Language, LabViewMessages> = { en: labViewEn, 'zh-CN': labViewZhCN };

/** The lab's words in the current language, for code outside React. */
export function labViewText(): LabViewMessages {
  return byLanguage[currentLanguage()];
}

/** The lab's words in the current language, re-rendering the component when the language changes. */
export function useLabViewText(): LabViewMessages {
  return byLanguage[useLanguage()];
}

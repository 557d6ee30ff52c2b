import { useSyncExternalStore } from 'react';
import type { Messages } from './en';
import type { Language } from './languages';
import { currentLanguage, onLanguageChange, t } from './messages';

/** The current language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
}

/** The current language's messages, re-rendering the component when the language changes. */
export function useT(): Messages {
  useLanguage();
  return t();
}

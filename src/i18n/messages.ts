import { en, type Messages } from './en';
import { defaultLanguage, type Language } from './languages';

/**
 * The page's current language and its catalogue. English is bundled; Chinese is a chunk of its own,
 * loaded when first chosen, so an English page's start does not carry it (see README, Languages).
 */
const loaded = new Map<Language, Messages>([['en', en]]);
const loaders: Record<Language, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-CN').then((module) => module.zhCN),
};

let current: Language = defaultLanguage;
const listeners = new Set<() => void>();

/** The language the page shows now. */
export function currentLanguage(): Language {
  return current;
}

/** The current language's messages: call it where a string is made (state, workers' callers, components outside React). */
export function t(): Messages {
  return loaded.get(current) ?? en;
}

/** The messages of a given language, once loaded (English until then). */
export function messagesOf(language: Language): Messages {
  return loaded.get(language) ?? en;
}

/** Loads a language's catalogue (once) and makes it current; listeners hear of it after it is in place. */
export async function setLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) loaded.set(language, await loaders[language]());
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener();
}

/** Calls `listener` after every language change; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The languages the page speaks, as BCP 47 tags (also the values of `?lang=`). */
export const languages = ['en', 'zh-CN'] as const;
/** One of the page's languages. */
export type Language = (typeof languages)[number];

/** The language a page starts in when nothing says otherwise. */
export const defaultLanguage: Language = 'en';

/** Each language's name in its own language, for the Language select. */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The page's language for a tag such as `zh-CN`, `zh`, `zh-Hans-SG` or `en-GB`; undefined for any other language. */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const lower = tag?.trim().toLowerCase();
  if (!lower) return undefined;
  // Traditional Chinese (zh-TW, zh-Hant) is not Simplified Chinese: leave it to the next preference.
  if (lower === 'zh' || lower === 'zh-cn' || lower.startsWith('zh-hans') || lower === 'zh-sg') return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** The first of the browser's preferred languages the page speaks, or the default. */
export function languageOfBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return defaultLanguage;
}

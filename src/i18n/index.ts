/** The page's languages: typed catalogues, the current language, number formatting (React hooks: ./react). */
export type { Messages, SettingText } from './en';
export { formatCompact, formatCount, formatPercent, formatScientific, formatSignificant } from './format';
export { defaultLanguage, languageNames, languageOfBrowser, languageOfTag, languages, type Language } from './languages';
export { currentLanguage, messagesOf, onLanguageChange, setLanguage, t } from './messages';

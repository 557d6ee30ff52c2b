import { useId, useState } from 'react';
import { languageNames, languages, type Language } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { chooseLanguage } from '../../state/language';
import { applyTheme, rememberedTheme, themes, type Theme } from './theme';

/** The Language select: switches every string on the page at once; the run goes on. */
export function LanguageSelect() {
  const language = useLanguage();
  const messages = useT();
  const selectId = useId();
  return (
    <div className="page-option">
      <label htmlFor={selectId}>{messages.page.language}</label>
      <select id={selectId} value={language} onChange={(event) => void chooseLanguage(event.target.value as Language)}>
        {/* The values are the page's own languages, so the cast above sees only valid ones. */}
        {languages.map((option) => (
          <option key={option} value={option} lang={option}>
            {languageNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The Theme select: as the system (prefers-color-scheme), light or dark; remembered on this device. */
export function ThemeSelect() {
  const [theme, setTheme] = useState<Theme>(rememberedTheme);
  const messages = useT();
  const selectId = useId();
  return (
    <div className="page-option">
      <label htmlFor={selectId}>{messages.page.theme}</label>
      <select
        id={selectId}
        value={theme}
        onChange={(event) => {
          const chosen = event.target.value as Theme;
          setTheme(chosen);
          applyTheme(chosen, true);
        }}
      >
        {themes.map((option) => (
          <option key={option} value={option}>
            {messages.page.themes[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

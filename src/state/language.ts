import { currentLanguage, languageOfBrowser, languageOfTag, setLanguage, t, type Language } from '../i18n';
import { lessonStore } from './lesson';

// The visitor's own choice from the Language select, kept for their next visits.
const storageKey = 'overfitting-playground:language:v1';

function rememberedLanguage(): Language | undefined {
  try {
    return languageOfTag(globalThis.localStorage?.getItem(storageKey));
  } catch {
    return undefined;
  }
}

// The document follows the language: its lang attribute (for screen readers, fonts and hyphenation) and its title.
function applyToDocument(): void {
  document.documentElement.lang = currentLanguage();
  document.title = t().page.title;
}

/**
 * Sets the first language: the link's `lang`, else the visitor's earlier choice, else the browser's
 * preferred languages. Resolves once its catalogue is loaded, so the first render is in that language.
 */
export async function startLanguage(): Promise<void> {
  const language = lessonStore.getState().lesson.language ?? rememberedLanguage() ?? languageOfBrowser(navigator.languages);
  await setLanguage(language);
  applyToDocument();
  // A link followed later (a preset, Back) may carry another `lang`.
  lessonStore.subscribe((state, previous) => {
    const wanted = state.lesson.language;
    if (wanted && wanted !== previous.lesson.language && wanted !== currentLanguage()) void setLanguage(wanted).then(applyToDocument);
  });
}

/** The Language select: switches the page (the run goes on), remembers the choice, and puts it in the address bar. */
export async function chooseLanguage(language: Language): Promise<void> {
  await setLanguage(language);
  applyToDocument();
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  lessonStore.getState().updateLesson({ language });
}

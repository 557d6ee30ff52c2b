/** The colour themes: following the system's `prefers-color-scheme`, or one chosen. */
export const themes = ['auto', 'light', 'dark'] as const;
/** A theme choice. */
export type Theme = (typeof themes)[number];

const storageKey = 'overfitting-playground:theme:v1';

/** The theme chosen on this device earlier, or `auto`; never throws (storage may be off). */
export function rememberedTheme(): Theme {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return themes.find((theme) => theme === stored) ?? 'auto';
  } catch {
    return 'auto';
  }
}

/** Applies a theme to the page (`data-theme` on <html>, read by styles.css) and keeps it for the next visit. */
export function applyTheme(theme: Theme, remember: boolean): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(storageKey, theme);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

import { createContext, useContext } from 'react';
import { messagesOf } from '../../i18n';
import { useT } from '../../i18n/react';
import type { SettingName } from '../../settings/schema';
import { useLesson } from '../../state/lesson';

/** What the settings search holds: the text typed into "Find a setting". */
export const SettingsSearch = createContext('');

/** Whether a setting's label matches a search, in the page's language or in English (a teacher may name it either way). */
export function matchesSearch(name: SettingName, label: string, search: string): boolean {
  const wanted = search.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  return label.toLocaleLowerCase().includes(wanted) || messagesOf('en').settings[name].label.toLowerCase().includes(wanted);
}

/** Whether a setting's control is on the page: not hidden by the lesson link, and matching the search. */
export function useSettingShown(name: SettingName): boolean {
  const hidden = useLesson((state) => state.lesson.hidden.includes(name));
  const search = useContext(SettingsSearch);
  const label = useT().settings[name].label;
  return !hidden && matchesSearch(name, label, search);
}

/** How many of these settings' controls are on the page. */
export function useShownCount(names: readonly SettingName[]): number {
  const hidden = useLesson((state) => state.lesson.hidden);
  const search = useContext(SettingsSearch);
  const messages = useT();
  return names.filter((name) => !hidden.includes(name) && matchesSearch(name, messages.settings[name].label, search)).length;
}

import type { StateCreator } from 'zustand';
import { defaultSettings, type SettingName, type Settings, type TaskName } from '../settings/schema';
import type { UrlNotice } from '../settings/url-notice';
import { withTaskDefaults } from '../settings/task-defaults';

/** The settings of the run being shown, and what the URL decoder had to correct. */
export interface SettingsSlice {
  settings: Settings;
  /** Corrections made while reading the URL, shown until dismissed. */
  notices: UrlNotice[];
  /** Changes one setting (a panel control moved); choosing a task also applies that task's defaults. */
  changeSetting: <Name extends SettingName>(name: Name, value: Settings[Name]) => void;
  /** Replaces all settings at once (a URL was read), with its corrections. */
  loadSettings: (settings: Settings, notices: UrlNotice[]) => void;
  /** Hides one notice. */
  dismissNotice: (index: number) => void;
}

/** Builds the settings slice of the store. */
export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings,
  notices: [],
  changeSetting: (name, value) =>
    set((state) => {
      if (state.settings[name] === value) return state;
      // The schema's `task` row holds a TaskName, so a value for it is one.
      if (name === 'task') return { settings: withTaskDefaults(state.settings, value as TaskName) };
      return { settings: { ...state.settings, [name]: value } };
    }),
  loadSettings: (settings, notices) => set({ settings, notices }),
  dismissNotice: (index) => set((state) => ({ notices: state.notices.filter((_, position) => position !== index) })),
});

import type { StateCreator } from 'zustand';
import { defaultSettings, type SettingName, type Settings } from '../settings/schema';

/** The settings of the run being shown, and what the URL decoder had to correct. */
export interface SettingsSlice {
  settings: Settings;
  /** Corrections made while reading the URL, shown until dismissed. */
  notices: string[];
  /** Changes one setting (a panel control moved). */
  changeSetting: <Name extends SettingName>(name: Name, value: Settings[Name]) => void;
  /** Replaces all settings at once (a URL was read), with its corrections. */
  loadSettings: (settings: Settings, notices: string[]) => void;
  /** Hides one notice. */
  dismissNotice: (index: number) => void;
}

/** Builds the settings slice of the store. */
export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings,
  notices: [],
  changeSetting: (name, value) =>
    set((state) => (state.settings[name] === value ? state : { settings: { ...state.settings, [name]: value } })),
  loadSettings: (settings, notices) => set({ settings, notices }),
  dismissNotice: (index) => set((state) => ({ notices: state.notices.filter((_, position) => position !== index) })),
});

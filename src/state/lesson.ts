import { createStore, useStore } from 'zustand';
import type { SettingName } from '../settings/schema';
import { noLesson, type LessonParams, type LessonProblem } from './lesson-params';

/** A number a person typed that the page corrected, as a URL value would be: which setting, what was typed, what is used. */
export interface FieldCorrection {
  name: SettingName;
  typed: string;
  used: number;
  reason: 'outside' | 'rounded' | 'not-a-number';
}

/** The preset opened last, and the learner's guess of what it will show (undefined until chosen). */
export interface ChosenPreset {
  presetId: string;
  choice: number | undefined;
}

/** The lesson a link set up, and what the page told the person about it. */
export interface LessonState {
  lesson: LessonParams;
  /** Lesson keys of the link that could not be used. */
  problems: LessonProblem[];
  /** Numbers typed into fields that were clamped or rounded, shown like the link's notices until dismissed. */
  corrections: FieldCorrection[];
  preset: ChosenPreset | undefined;
  setLesson: (lesson: LessonParams, problems: LessonProblem[]) => void;
  /** Changes part of the lesson (the Language select sets `language`). */
  updateLesson: (change: Partial<LessonParams>) => void;
  addCorrection: (correction: FieldCorrection) => void;
  dismissProblem: (index: number) => void;
  dismissCorrection: (index: number) => void;
  /** Records the preset opened, or the learner's guess for it. */
  setPreset: (preset: ChosenPreset | undefined) => void;
}

/** A fresh lesson store; the page makes one, tests make their own. */
export function createLessonStore() {
  return createStore<LessonState>()((set) => ({
    lesson: noLesson,
    problems: [],
    corrections: [],
    preset: undefined,
    setLesson: (lesson, problems) => set({ lesson, problems }),
    updateLesson: (change) => set((state) => ({ lesson: { ...state.lesson, ...change } })),
    // The newest correction of a field replaces an older one of the same field.
    addCorrection: (correction) =>
      set((state) => ({ corrections: [...state.corrections.filter((entry) => entry.name !== correction.name), correction] })),
    dismissProblem: (index) => set((state) => ({ problems: state.problems.filter((_, position) => position !== index) })),
    dismissCorrection: (index) => set((state) => ({ corrections: state.corrections.filter((_, position) => position !== index) })),
    setPreset: (preset) => set({ preset }),
  }));
}

/** The lesson store as a plain object, for code outside React. */
export type LessonStore = ReturnType<typeof createLessonStore>;

/** The page's lesson store. */
export const lessonStore = createLessonStore();

/** Reads a slice of the lesson store in a component. */
export function useLesson<Selected>(selector: (state: LessonState) => Selected): Selected {
  return useStore(lessonStore, selector);
}

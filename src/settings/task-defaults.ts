import { defaultSettings, type SettingName, type Settings, type TaskName } from './schema';

/**
 * What each task changes from the page's defaults so that, at its own defaults, it first learns and
 * then, with its small training set, overfits: the validation loss goes clearly below the know-nothing
 * answer before it turns up (src/model/task-defaults.test.ts checks it on wasm).
 */
export const taskDefaults: Record<TaskName, Partial<Settings>> = {
  sines: {},
  // At the page's defaults (48 sequences of 20 steps) it never learns the sum: best 0.22 at epoch 8, the mean costs about 0.26.
  adding: { trainingSamples: 200, windowLength: 10 },
  // At the page's defaults (48 strings, 15 % of labels flipped) it never learns: best at epoch 1, at chance.
  reber: { trainingSamples: 200, noise: 0.1, windowLength: 16 },
  // An uploaded series has no story of its own to tune for: the page's defaults.
  series: {},
};

const taskSpecificNames = [...new Set(Object.values(taskDefaults).flatMap((values) => Object.keys(values)))] as SettingName[];

/**
 * The settings after choosing `task`: its own defaults applied, and what another task had set for
 * itself back at the page's defaults; everything else stays as it was.
 */
export function withTaskDefaults(settings: Settings, task: TaskName): Settings {
  const next: Settings = { ...settings, task };
  for (const name of taskSpecificNames) Object.assign(next, { [name]: taskDefaults[task][name] ?? defaultSettings[name] });
  return next;
}

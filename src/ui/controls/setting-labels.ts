import type { SettingName, Settings } from '../../settings/schema';
import { knobs } from './knobs';
import { formatKnobValue } from './slider-scale';

type SliderName = (typeof knobs)[keyof typeof knobs]['name'];

/** The accessible names of the controls that are not sliders (the sliders' live in the knobs table). */
const controlLabels: Record<Exclude<SettingName, SliderName>, string> = {
  task: 'Task',
  seed: 'Seed',
  seedRepeats: 'Repeat over seeds',
  optimizer: 'Optimizer',
  penaliseRecurrent: 'Penalise recurrent weights',
  clipMode: 'Clip mode',
  earlyStopping: 'Early stopping',
  restoreBestWeights: 'Restore best weights',
  maxEpochs: 'Stop after',
  backend: 'Run on',
  logScale: 'Log scale',
};

function isSlider(name: SettingName): name is SliderName {
  return name in knobs;
}

/** A setting's name as the panel shows it. */
export function settingLabel(name: SettingName): string {
  return isSlider(name) ? knobs[name].label : controlLabels[name];
}

/** A setting's value as the panel shows it: 'off' for a switched-off technique, 'on'/'off' for switches. */
export function settingValueText(name: SettingName, value: Settings[SettingName]): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number' && isSlider(name)) return formatKnobValue(knobs[name], value);
  return String(value);
}

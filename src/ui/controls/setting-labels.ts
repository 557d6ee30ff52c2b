import { t } from '../../i18n';
import type { SettingName, Settings } from '../../settings/schema';
import { knobs } from './knobs';
import { formatKnobValue } from './slider-scale';

function isSlider(name: SettingName): name is keyof typeof knobs {
  return name in knobs;
}

/** A setting's name as the panel shows it in the current language (in English: the control's accessible name). */
export function settingLabel(name: SettingName): string {
  return t().settings[name].label;
}

/** A setting's value as markers and pins show it: 'off' for a switched-off technique, 'on'/'off' for switches, a choice's short name. */
export function settingValueText(name: SettingName, value: Settings[SettingName]): string {
  const messages = t();
  if (typeof value === 'boolean') return value ? messages.values.on : messages.values.off;
  if (typeof value === 'number' && isSlider(name)) return formatKnobValue(knobs[name], value);
  const choices: Partial<Record<SettingName, Record<string, string>>> = messages.shortOptions;
  return choices[name]?.[String(value)] ?? String(value);
}

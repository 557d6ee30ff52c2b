import { t } from '../../i18n';
import { changedTrainingSettings, type Settings } from '../../settings/schema';
import { settingLabel, settingValueText } from '../controls/setting-labels';

/** How a pinned run's settings differ from the current ones, in the pinned run's values: "Output dropout 0.3, L2 0.001". */
export function pinLabel(pinned: Settings, current: Settings): string {
  const differences = changedTrainingSettings(current, pinned).map(
    (name) => `${settingLabel(name)} ${settingValueText(name, pinned[name])}`,
  );
  return differences.length > 0 ? differences.join(', ') : t().chart.sameSettings;
}

import { useT } from '../../i18n/react';
import { fieldOf, type SettingName } from '../../settings/schema';

/** Says, after a control's hint, that changing it starts the run over, when it does. */
export function RestartNote({ name }: { name: SettingName }) {
  const messages = useT();
  return fieldOf(name).resetsRun ? <span className="restart-note">{messages.settingsPanel.restartNote}</span> : null;
}

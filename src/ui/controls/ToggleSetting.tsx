import { useId } from 'react';
import type { SettingName } from '../../settings/schema';
import { usePlayground } from '../../state/store';
import { settingLabel } from './setting-labels';

/** A labelled checkbox for an on/off setting. */
export function ToggleSetting({ name, hint }: { name: SettingName; hint: string }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="setting toggle">
      <input
        id={inputId}
        type="checkbox"
        checked={value === true}
        aria-describedby={hintId}
        onChange={(event) => changeSetting(name, event.target.checked)}
      />
      <label htmlFor={inputId}>{settingLabel(name)}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}

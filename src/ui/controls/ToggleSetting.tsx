import { useId } from 'react';
import type { SettingName } from '../../settings/schema';
import { usePlayground } from '../../state/store';

/** A labelled checkbox for an on/off setting. */
export function ToggleSetting({ name, label, hint }: { name: SettingName; label: string; hint: string }) {
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
      <label htmlFor={inputId}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useT } from '../../i18n/react';
import type { SettingName } from '../../settings/schema';
import { usePlayground } from '../../state/store';
import { useSettingShown } from './setting-visibility';

/** A labelled checkbox for an on/off setting. */
export function ToggleSetting({ name }: { name: SettingName }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const text = useT().settings[name];
  const shownOnPage = useSettingShown(name);
  const inputId = useId();
  const hintId = useId();
  if (!shownOnPage) return null;
  return (
    <div className="setting toggle">
      <input
        id={inputId}
        type="checkbox"
        checked={value === true}
        aria-describedby={hintId}
        onChange={(event) => changeSetting(name, event.target.checked)}
      />
      <label htmlFor={inputId}>{text.label}</label>
      <p id={hintId} className="hint explanatory">
        {text.hint}
      </p>
    </div>
  );
}

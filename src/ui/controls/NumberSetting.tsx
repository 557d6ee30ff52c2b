import { useId, useState } from 'react';
import { numericFieldOf, type SettingName } from '../../settings/schema';
import { RestartNote } from './RestartNote';
import { usePlayground } from '../../state/store';
import { settingLabel } from './setting-labels';

/** A labelled whole-number field (seed, epoch budget); a value is taken once it is valid. */
export function NumberSetting({ name, hint }: { name: SettingName; hint: string }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const field = numericFieldOf(name);
  const inputId = useId();
  const hintId = useId();
  // What the person is typing, which may be half a number; the store only ever holds valid ones.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = (text: string) => {
    const typed = Number(text);
    if (text.trim() !== '' && Number.isInteger(typed) && typed >= field.min && typed <= field.max) changeSetting(name, typed);
  };
  return (
    <div className="setting">
      <label htmlFor={inputId}>{settingLabel(name)}</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={field.max}
        step={1}
        value={draft ?? String(value)}
        aria-describedby={hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => setDraft(undefined)}
      />
      <p id={hintId} className="hint">
        {hint}
        <RestartNote name={name} />
      </p>
    </div>
  );
}

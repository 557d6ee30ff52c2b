import { useId } from 'react';
import { fieldOf, type SettingName, type Settings } from '../../settings/schema';
import { usePlayground } from '../../state/store';
import { settingLabel } from './setting-labels';
import { RestartNote } from './RestartNote';

/** A labelled select for a setting with a few named values; `optionLabels` names each of the schema's choices. */
export function ChoiceSetting({ name, hint, optionLabels }: { name: SettingName; hint: string; optionLabels: Record<string, string> }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const selectId = useId();
  const hintId = useId();
  const field = fieldOf(name);
  if (field.kind !== 'choice') throw new Error(`${name} is not a choice setting`);
  return (
    <div className="setting">
      <label htmlFor={selectId}>{settingLabel(name)}</label>
      <select
        id={selectId}
        value={String(value)}
        aria-describedby={hintId}
        onChange={(event) => changeSetting(name, event.target.value as Settings[SettingName])}
      >
        {/* The options are the schema's own choices, so the cast above can only see valid values. */}
        {field.choices.map((choice) => (
          <option key={choice} value={choice}>
            {optionLabels[choice] ?? choice}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {hint}
        <RestartNote name={name} />
      </p>
    </div>
  );
}

import { useId } from 'react';
import { useT } from '../../i18n/react';
import { fieldOf, type Settings } from '../../settings/schema';
import { usePlayground } from '../../state/store';
import { RestartNote } from './RestartNote';
import { useSettingShown } from './setting-visibility';

/** The settings that take one of a few named values, each with its options' words in the catalogue. */
export type ChoiceName = 'task' | 'optimizer' | 'clipMode' | 'backend';

/** A labelled select for a setting with a few named values. */
export function ChoiceSetting({ name }: { name: ChoiceName }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const messages = useT();
  const shownOnPage = useSettingShown(name);
  const selectId = useId();
  const hintId = useId();
  if (!shownOnPage) return null;
  const field = fieldOf(name);
  if (field.kind !== 'choice') throw new Error(`${name} is not a choice setting`);
  const optionLabels: Record<string, string> = messages.options[name];
  return (
    <div className="setting">
      <label htmlFor={selectId}>{messages.settings[name].label}</label>
      <select
        id={selectId}
        value={String(value)}
        aria-describedby={hintId}
        onChange={(event) => changeSetting(name, event.target.value as Settings[ChoiceName])}
      >
        {/* The options are the schema's own choices, so the cast above can only see valid values. */}
        {field.choices.map((choice) => (
          <option key={choice} value={choice}>
            {optionLabels[choice] ?? choice}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint explanatory">
        {messages.settings[name].hint}
        <RestartNote name={name} />
      </p>
    </div>
  );
}

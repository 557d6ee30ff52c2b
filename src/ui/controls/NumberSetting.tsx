import { useId, useState } from 'react';
import { useT } from '../../i18n/react';
import { numericFieldOf, type SettingName } from '../../settings/schema';
import { lessonStore } from '../../state/lesson';
import { usePlayground } from '../../state/store';
import { readTypedNumber } from './number-correction';
import { RestartNote } from './RestartNote';
import { useSettingShown } from './setting-visibility';

/**
 * A labelled whole-number field (seed, epoch budget). A valid value is taken as it is typed; on leaving
 * the field (or Enter) anything else is rounded or clamped as a URL value would be, with a notice.
 */
export function NumberSetting({ name }: { name: SettingName }) {
  const value = usePlayground((state) => state.settings[name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const text = useT().settings[name];
  const shownOnPage = useSettingShown(name);
  const field = numericFieldOf(name);
  const inputId = useId();
  const hintId = useId();
  // What the person is typing, which may be half a number; the store only ever holds valid ones.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  if (!shownOnPage) return null;
  const read = (typed: string, final: boolean) => {
    const result = readTypedNumber(typed, field, Number(value), final);
    if (result.kind === 'valid') changeSetting(name, result.value);
    if (result.kind === 'corrected') {
      changeSetting(name, result.correction.used);
      lessonStore.getState().addCorrection({ name, ...result.correction });
    }
  };
  const finish = () => {
    if (draft !== undefined) read(draft, true);
    setDraft(undefined);
  };
  return (
    <div className="setting">
      <label htmlFor={inputId}>{text.label}</label>
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
          read(event.target.value, false);
        }}
        onBlur={finish}
        onKeyDown={(event) => {
          if (event.key === 'Enter') finish();
        }}
      />
      <p id={hintId} className="hint explanatory">
        {text.hint}
        <RestartNote name={name} />
      </p>
    </div>
  );
}

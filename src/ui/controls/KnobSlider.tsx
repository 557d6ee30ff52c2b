import { useId } from 'react';
import { useT } from '../../i18n/react';
import { numericFieldOf } from '../../settings/schema';
import { usePlayground } from '../../state/store';
import type { KnobSpec } from './knobs';
import { RestartNote } from './RestartNote';
import { useSettingShown } from './setting-visibility';
import { formatKnobValue, positionOfValue, sliderRange, valueAtPosition } from './slider-scale';

/** A labelled range input for one numeric setting, with its value shown and a one-line hint. */
export function KnobSlider({ knob }: { knob: KnobSpec }) {
  const value = usePlayground((state) => state.settings[knob.name]);
  const changeSetting = usePlayground((state) => state.changeSetting);
  const text = useT().settings[knob.name];
  const shownOnPage = useSettingShown(knob.name);
  const inputId = useId();
  const hintId = useId();
  if (!shownOnPage) return null;
  const range = sliderRange(knob, numericFieldOf(knob.name));
  if (typeof value !== 'number') throw new Error(`${knob.name} is not a numeric setting`);
  const shown = formatKnobValue(knob, value);
  return (
    <div className="setting">
      <div className="knob-heading">
        <label htmlFor={inputId}>{text.label}</label>
        <output htmlFor={inputId}>{shown}</output>
      </div>
      <input
        id={inputId}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={positionOfValue(knob, value)}
        aria-valuetext={shown}
        aria-describedby={hintId}
        onChange={(event) => changeSetting(knob.name, valueAtPosition(knob, Number(event.target.value)))}
      />
      <p id={hintId} className="hint explanatory">
        {text.hint}
        <RestartNote name={knob.name} />
      </p>
    </div>
  );
}

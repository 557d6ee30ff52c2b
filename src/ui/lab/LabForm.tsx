import { useId, useState } from 'react';
import { sweepProblemText } from '../../i18n/notice-view';
import { useLanguage } from '../../i18n/react';
import { labLimits, parseSweepValues, sweepAxes, sweepAxisRows, type SweepAxis, type SweepValuesProblem } from '../../settings/lab-setup';
import type { LabActions } from '../../state/lab';
import { usePlayground, playgroundStore } from '../../state/store';
import { useLabViewText } from '../../i18n/lab-view';

// A whole-number field that commits only values within its limits, so typing "16" does not pass through a clamped "2".
function NumberField({
  label,
  value,
  limits,
  disabled,
  onChange,
}: {
  label: string;
  value: number;
  limits: { min: number; max: number };
  disabled?: boolean;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={limits.min}
        max={limits.max}
        step={1}
        value={draft ?? value}
        disabled={disabled}
        onChange={(event) => {
          setDraft(event.target.value);
          const parsed = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(parsed) && parsed >= limits.min && parsed <= limits.max) onChange(parsed);
        }}
        onBlur={() => setDraft(undefined)}
      />
    </div>
  );
}

/** The sweep's set-up and its Run / Cancel buttons. */
export function LabForm({ actions }: { actions: LabActions }) {
  const labStrings = useLabViewText();
  const language = useLanguage();
  const setup = usePlayground((state) => state.labSetup);
  const running = usePlayground((state) => state.sweep.status === 'running');
  const { setLabSetup } = playgroundStore.getState();
  // The text as typed; the set-up keeps the last valid list.
  const [draft, setDraft] = useState<{ text: string; problem?: SweepValuesProblem } | undefined>(undefined);
  const sweepId = useId();
  const valuesId = useId();
  const valuesHintId = useId();
  const text = draft?.text ?? setup.values.join(', ');
  return (
    <div className="lab-form">
      <div className="setting">
        <label htmlFor={sweepId}>{labStrings.sweep}</label>
        <select
          id={sweepId}
          value={setup.sweep}
          onChange={(event) => {
            const sweep = event.target.value as SweepAxis;
            setDraft(undefined);
            setLabSetup({ ...setup, sweep, values: [...sweepAxisRows[sweep].defaults] });
          }}
        >
          {sweepAxes.map((axis) => (
            <option key={axis} value={axis}>
              {labStrings.axes[axis]}
            </option>
          ))}
        </select>
      </div>
      <div className="setting">
        <label htmlFor={valuesId}>{labStrings.sweepValues}</label>
        <input
          id={valuesId}
          type="text"
          value={text}
          aria-describedby={valuesHintId}
          aria-invalid={draft?.problem !== undefined}
          onChange={(event) => {
            const parsed = parseSweepValues(event.target.value, setup.sweep);
            if ('values' in parsed) {
              setDraft({ text: event.target.value });
              setLabSetup({ ...setup, values: parsed.values });
            } else setDraft({ text: event.target.value, problem: parsed.problem });
          }}
          onBlur={() => {
            if (draft && !draft.problem) setDraft(undefined);
          }}
        />
        <p id={valuesHintId} className={draft?.problem ? 'hint problem' : 'hint'} role={draft?.problem ? 'alert' : undefined}>
          {draft?.problem
            ? sweepProblemText(draft.problem, language)
            : `${labStrings.sweepValuesHint} ${sweepAxisRows[setup.sweep].min}–${sweepAxisRows[setup.sweep].max}.`}
        </p>
      </div>
      <NumberField
        label={labStrings.modelsPerPoint}
        value={setup.modelsPerPoint}
        limits={labLimits.modelsPerPoint}
        onChange={(modelsPerPoint) => setLabSetup({ ...setup, modelsPerPoint })}
      />
      <NumberField
        label={labStrings.epochsPerModel}
        value={setup.epochsPerModel}
        limits={labLimits.epochsPerModel}
        disabled={setup.sweep === 'epochs'}
        onChange={(epochsPerModel) => setLabSetup({ ...setup, epochsPerModel })}
      />
      {setup.sweep === 'epochs' && <p className="hint">{labStrings.epochsAxisNote}</p>}
      <div className="lab-buttons">
        <button type="button" onClick={actions.runSweep} disabled={draft?.problem !== undefined}>
          {labStrings.runSweep}
        </button>
        <button type="button" onClick={actions.cancelSweep} disabled={!running}>
          {labStrings.cancelSweep}
        </button>
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import type { Messages } from '../../i18n';
import { useT } from '../../i18n/react';
import type { GateActivations, ModelInspection } from '../../state/run-slice';
import { usePlayground } from '../../state/store';
import { Heatmap } from './Heatmap';

const gates: { key: keyof GateActivations; symbol: string }[] = [
  { key: 'forget', symbol: 'fₜ' },
  { key: 'input', symbol: 'iₜ' },
  { key: 'output', symbol: 'oₜ' },
  { key: 'cell', symbol: 'Cₜ' },
];

// "mean 0.71, from 0.12 to 0.98": what a screen reader says of a heatmap and everyone reads under it.
function summary(values: Float32Array, messages: Messages): string {
  const list = Array.from(values);
  const mean = list.reduce((sum, value) => sum + value, 0) / Math.max(1, list.length);
  return messages.modelViews.gateSummary(mean.toFixed(2), Math.min(...list).toFixed(2), Math.max(...list).toFixed(2));
}

function GateMaps({ inspection, split }: { inspection: ModelInspection; split: 'training' | 'validation' }) {
  const messages = useT();
  const sample = inspection.samples.find((entry) => entry.split === split);
  if (!sample) return null;
  const { units, timeSteps } = inspection;
  return (
    <div className="gate-maps">
      {gates.map(({ key, symbol }) => {
        const values = sample.gates[key];
        const name = messages.modelViews.gates[key];
        const words = messages.modelViews.gateShape(`${name} ${symbol}`, String(units), String(timeSteps), summary(values, messages));
        return (
          <figure key={key} className="gate-map">
            <Heatmap data={{ values, columns: timeSteps, rows: units, signed: key === 'cell' }} label={words} />
            <figcaption>
              <strong>
                {name} {symbol}
              </strong>{' '}
              {summary(values, messages)}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}

/** Heatmaps of the last LSTM layer's gates and cell state over the time steps of a chosen example. */
export function GateView() {
  const inspection = usePlayground((state) => state.snapshot?.inspection);
  const [split, setSplit] = useState<'training' | 'validation'>('training');
  const name = useId();
  const messages = useT();
  const words = messages.modelViews;
  return (
    <section className="model-view" aria-labelledby="gate-view-heading">
      <h3 id="gate-view-heading">{words.gatesTitle}</h3>
      <fieldset className="choice-row">
        <legend>{words.example}</legend>
        {(['training', 'validation'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name={name} checked={split === option} onChange={() => setSplit(option)} />
            {option === 'training' ? words.trainingChoice : words.validationChoice}
          </label>
        ))}
      </fieldset>
      {inspection ? <GateMaps inspection={inspection} split={split} /> : <p className="hint">{messages.page.waitingForWorker}</p>}
      <p className="hint explanatory">{words.gatesNote}</p>
    </section>
  );
}

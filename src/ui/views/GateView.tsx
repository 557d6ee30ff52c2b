import { useId, useState } from 'react';
import type { GateActivations, ModelInspection } from '../../state/run-slice';
import { usePlayground } from '../../state/store';
import { Heatmap } from './Heatmap';

const gates: { key: keyof GateActivations; name: string; symbol: string }[] = [
  { key: 'forget', name: 'Forget gate', symbol: 'fₜ' },
  { key: 'input', name: 'Input gate', symbol: 'iₜ' },
  { key: 'output', name: 'Output gate', symbol: 'oₜ' },
  { key: 'cell', name: 'Cell state', symbol: 'Cₜ' },
];

// "mean 0.71, from 0.12 to 0.98": what a screen reader says of a heatmap and everyone reads under it.
function summary(values: Float32Array): string {
  const list = Array.from(values);
  const mean = list.reduce((sum, value) => sum + value, 0) / Math.max(1, list.length);
  return `mean ${mean.toFixed(2)}, from ${Math.min(...list).toFixed(2)} to ${Math.max(...list).toFixed(2)}`;
}

function GateMaps({ inspection, split }: { inspection: ModelInspection; split: 'training' | 'validation' }) {
  const sample = inspection.samples.find((entry) => entry.split === split);
  if (!sample) return null;
  const { units, timeSteps } = inspection;
  return (
    <div className="gate-maps">
      {gates.map(({ key, name, symbol }) => {
        const values = sample.gates[key];
        const words = `${name} ${symbol}: ${units} units × ${timeSteps} time steps, ${summary(values)}`;
        return (
          <figure key={key} className="gate-map">
            <Heatmap data={{ values, columns: timeSteps, rows: units, signed: key === 'cell' }} label={words} />
            <figcaption>
              <strong>
                {name} {symbol}
              </strong>{' '}
              {summary(values)}
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
  return (
    <section className="model-view" aria-labelledby="gate-view-heading">
      <h3 id="gate-view-heading">Gates</h3>
      <fieldset className="choice-row">
        <legend>Example</legend>
        {(['training', 'validation'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name={name} checked={split === option} onChange={() => setSplit(option)} />
            {option === 'training' ? 'Training example' : 'Validation example'}
          </label>
        ))}
      </fieldset>
      {inspection ? <GateMaps inspection={inspection} split={split} /> : <p className="hint">Waiting for the worker…</p>}
      <p className="hint">
        Rows are the last layer’s units, columns its time steps, left to right. Gates run from 0 (white: shut) to 1 (blue: open); the cell
        state is red below zero and blue above, scaled by its largest magnitude. A forget gate near 1 keeps the cell’s memory; an input gate
        near 1 writes the new candidate C̃ₜ into it.
      </p>
    </section>
  );
}

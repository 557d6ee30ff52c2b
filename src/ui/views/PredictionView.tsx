import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { SampleInspection, TaskSummary } from '../../state/run-slice';
import { usePlayground } from '../../state/store';
import { SmallChart, valueAxisProps } from './SmallChart';
import { tokensOf } from './sequence';
import { predictionRows } from './view-data';

const colours = { observed: '#8c959f', target: '#d9480f', clean: '#1a7f37', forecast: '#1f6feb' } as const;

function format(value: number): string {
  return value.toPrecision(3);
}

const splitWords = { training: 'Training example (seen in training)', validation: 'Validation example (never trained on)' } as const;

function RegressionSample({ sample, task }: { sample: SampleInspection; task: TaskSummary }) {
  const forecast = sample.prediction[0] ?? NaN;
  const noisy = sample.cleanTarget !== sample.target;
  const rows = predictionRows(sample, task);
  const dot = (colour: string, radius: number, hollow = false) => ({
    r: radius,
    fill: hollow ? '#fff' : colour,
    stroke: colour,
    strokeWidth: 2,
  });
  return (
    <SmallChart
      caption={splitWords[sample.split]}
      note={
        <>
          <span style={{ color: colours.target }}>target {format(sample.target)}</span> ·{' '}
          {noisy && (
            <>
              <span style={{ color: colours.clean }}>noise-free target {format(sample.cleanTarget)}</span> ·{' '}
            </>
          )}
          <span style={{ color: colours.forecast }}>
            forecast {format(forecast)} (off by {format(Math.abs(forecast - sample.target))}
            {noisy && `; by ${format(Math.abs(forecast - sample.cleanTarget))} from the noise-free target`})
          </span>
        </>
      }
    >
      <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e5e7eb" />
        <XAxis dataKey="time" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
        <YAxis width={52} {...valueAxisProps(rows.flatMap((row) => [row.observed, row.marked, row.target, row.clean, row.forecast]))} />
        <Line dataKey="observed" stroke={colours.observed} dot={false} isAnimationActive={false} />
        <Line dataKey="marked" stroke="none" dot={dot(colours.observed, 3)} isAnimationActive={false} />
        <Line dataKey="target" stroke="none" dot={dot(colours.target, 5)} isAnimationActive={false} />
        <Line dataKey="clean" stroke="none" dot={dot(colours.clean, 5, true)} isAnimationActive={false} />
        <Line dataKey="forecast" stroke="none" dot={dot(colours.forecast, 4)} isAnimationActive={false} />
      </ComposedChart>
    </SmallChart>
  );
}

function ClassificationSample({ sample, task }: { sample: SampleInspection; task: TaskSummary }) {
  const className = (index: number) => task.classNames?.[index] ?? `class ${index}`;
  const chosen = sample.prediction.indexOf(Math.max(...sample.prediction));
  return (
    <div className="classified-sample">
      <h4>{splitWords[sample.split]}</h4>
      <code>{task.vocabulary ? tokensOf(sample.inputs, task.vocabulary) : ''}</code>
      <p>
        Label: {className(sample.target)}
        {sample.cleanTarget !== sample.target && ` (flipped by label noise: really ${className(sample.cleanTarget)})`}. The model says{' '}
        {className(chosen)}, {(100 * (sample.prediction[chosen] ?? NaN)).toFixed(0)}% sure
        {chosen === sample.target ? ', right.' : ', wrong.'}
      </p>
    </div>
  );
}

/** One fixed training and one fixed validation example with what the model answers for each. */
export function PredictionView() {
  const samples = usePlayground((state) => state.snapshot?.inspection.samples);
  const task = usePlayground((state) => state.task);
  const Sample = task?.kind === 'classification' ? ClassificationSample : RegressionSample;
  return (
    <section className="model-view" aria-labelledby="prediction-view-heading">
      <h3 id="prediction-view-heading">Predictions</h3>
      {samples && task ? (
        <>
          <div className="view-pair">
            {samples.map((sample) => (
              <Sample key={sample.split} sample={sample} task={task} />
            ))}
          </div>
          <p className="hint">
            An overfitting model learns the noise of the examples it trains on: its forecast for the training example moves to the noisy
            target, while on the validation example it misses even the noise-free one.
          </p>
        </>
      ) : (
        <p className="hint">Waiting for the worker…</p>
      )}
    </section>
  );
}

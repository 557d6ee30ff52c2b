import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import type { SampleInspection, TaskSummary } from '../../state/run-slice';
import { formatPercent } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { usePlayground } from '../../state/store';
import { SmallChart, valueAxisProps } from './SmallChart';
import { tokensOf } from './sequence';
import { predictionRows } from './view-data';

// The target's orange is the darker one of the palette: the captions below print in these colours (4.5:1 on white).
const colours = { observed: '#8c959f', target: '#c2410c', clean: '#1a7f37', forecast: '#1f6feb' } as const;

function format(value: number): string {
  return value.toPrecision(3);
}

function RegressionSample({ sample, task }: { sample: SampleInspection; task: TaskSummary }) {
  const words = useT().modelViews;
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
      caption={sample.split === 'training' ? words.trainingExample : words.validationExample}
      note={
        <>
          <span className="series-target">{words.target(format(sample.target))}</span> ·{' '}
          {noisy && (
            <>
              <span className="series-clean">{words.cleanTarget(format(sample.cleanTarget))}</span> ·{' '}
            </>
          )}
          <span className="series-forecast">
            {words.forecast(format(forecast), format(Math.abs(forecast - sample.target)))}
            {noisy && words.offClean(format(Math.abs(forecast - sample.cleanTarget)))})
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
  const words = useT().modelViews;
  const language = useLanguage();
  // The worker names the classes in English; the catalogue has each task's words for them.
  const className = (index: number) => {
    const name = task.classNames?.[index];
    return name === undefined ? words.className(String(index)) : (words.classNames[name] ?? name);
  };
  const chosen = sample.prediction.indexOf(Math.max(...sample.prediction));
  return (
    <div className="classified-sample">
      <h4>{sample.split === 'training' ? words.trainingExample : words.validationExample}</h4>
      <code>{task.vocabulary ? tokensOf(sample.inputs, task.vocabulary) : ''}</code>
      <p>
        {words.label(className(sample.target))}
        {sample.cleanTarget !== sample.target && words.flipped(className(sample.cleanTarget))}
        {words.verdict(className(chosen), formatPercent(language, sample.prediction[chosen] ?? NaN, 0), chosen === sample.target)}
      </p>
    </div>
  );
}

/** One fixed training and one fixed validation example with what the model answers for each. */
export function PredictionView() {
  const samples = usePlayground((state) => state.snapshot?.inspection.samples);
  const task = usePlayground((state) => state.task);
  const Sample = task?.kind === 'classification' ? ClassificationSample : RegressionSample;
  const messages = useT();
  return (
    <section className="model-view" aria-labelledby="prediction-view-heading">
      <h3 id="prediction-view-heading">{messages.modelViews.predictions}</h3>
      {samples && task ? (
        <>
          <div className="view-pair">
            {samples.map((sample) => (
              <Sample key={sample.split} sample={sample} task={task} />
            ))}
          </div>
          <p className="hint explanatory">{messages.modelViews.predictionsNote}</p>
        </>
      ) : (
        <p className="hint">{messages.page.waitingForWorker}</p>
      )}
    </section>
  );
}

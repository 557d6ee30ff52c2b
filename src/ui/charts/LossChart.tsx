import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { EpochPoint, KnobChange } from '../../state/run-slice';
import { downsampleSeries } from './downsample-series';

/** The two curves: name, colour (a blue and an orange that stay apart for common colour-vision deficiencies) and value. */
const series = [
  { name: 'Training loss', colour: '#1f6feb', loss: (point: EpochPoint) => point.trainLoss },
  { name: 'Validation loss', colour: '#d9480f', loss: (point: EpochPoint) => point.valLoss },
] as const;

/** Training and validation loss against epoch, with a dashed line where a knob moved; hides recharts from the rest of the page. */
export const LossChart = memo(function LossChart({
  history,
  changes,
  lossName,
}: {
  history: EpochPoint[];
  changes: KnobChange[];
  /** What the loss is, for the caption: "mean squared error" or "cross-entropy". */
  lossName: string;
}) {
  const curves = useMemo(
    () =>
      series.map((entry) => ({
        ...entry,
        data: downsampleSeries(history.map((point) => ({ epoch: point.epoch, loss: entry.loss(point) }))),
      })),
    [history],
  );
  const changeEpochs = useMemo(() => [...new Set(changes.map((change) => change.epoch))], [changes]);
  return (
    <figure className="loss-chart" aria-labelledby="loss-chart-caption">
      {/* No "epoch" in this name: getByLabel("Epoch") must find the readout alone. */}
      <figcaption id="loss-chart-caption">Loss curves: {lossName}, training vs validation</figcaption>
      <ResponsiveContainer width="100%" height={340}>
        <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[0, 'dataMax']}
            allowDecimals={false}
            height={40}
            label={{ value: 'epoch', position: 'insideBottom' }}
          />
          <YAxis type="number" domain={[0, 'auto']} width={56} tickFormatter={(value: number) => String(Number(value.toPrecision(2)))} />
          {changeEpochs.map((epoch) => (
            <ReferenceLine key={epoch} x={epoch} stroke="#8c959f" strokeDasharray="4 4" />
          ))}
          {curves.map((curve) => (
            <Line
              key={curve.name}
              name={curve.name}
              data={curve.data}
              dataKey="loss"
              stroke={curve.colour}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {/* A plain legend: recharts' own labels its icons "Training loss legend icon", which would make
          getByLabel("Training loss") find the icon as well as the readout. */}
      <ul className="chart-legend">
        {series.map((entry) => (
          <li key={entry.name} style={{ color: entry.colour }}>
            {entry.name}
          </li>
        ))}
      </ul>
    </figure>
  );
});

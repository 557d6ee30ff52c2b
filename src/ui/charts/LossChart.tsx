import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochPoint } from '../../state/run-slice';
import { chartRows, type ChartMetric, type ChartRow } from './chart-rows';

/** Curve colours: a blue and an orange that stay apart for the common colour-vision deficiencies. */
const colours = { training: '#1f6feb', validation: '#d9480f', gap: '#f0883e', marker: '#8c959f', best: '#1a7f37' } as const;

/** Colours of pinned runs, in pin order: muted, and apart from the live run's blue and orange. */
export const pinColours = ['#6e7781', '#8250df', '#1b7c83', '#bf3989', '#9a6700'] as const;

/** A pinned run as the chart draws it: faded, under the live run. */
export interface PinnedCurves {
  id: number;
  colour: string;
  rows: ChartRow[];
}

/** A vertical line on the chart with a short label. */
export interface ChartMarker {
  epoch: number;
  label: string;
  kind: 'best' | 'stop' | 'change';
}

/** What the chart shows besides the history. */
export interface LossChartOptions {
  /** The losses, or (classification) the accuracies. */
  metric: ChartMetric;
  /** What the loss is, for the caption: "mean squared error" or "cross-entropy". */
  lossName: string;
  smoothing: number;
  logScale: boolean;
  markers: ChartMarker[];
  /** Visible pinned runs. */
  pinned: PinnedCurves[];
}

function format(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: ChartRow }[];
  metric: ChartMetric;
}

function TooltipBody({ active, payload, metric }: TooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>epoch {row.epoch}</strong>
      <div style={{ color: colours.training }}>training {format(row.train)}</div>
      <div style={{ color: colours.validation }}>validation {format(row.val)}</div>
      <div>gap {format(metricView[metric].gap(row))}</div>
    </div>
  );
}

// Words, axis and gap of each metric; the gap is how much worse validation does. Captions avoid the
// word "epoch": getByLabel("Epoch") must find the readout alone.
const metricView = {
  loss: {
    caption: (lossName: string) => `Loss curves: ${lossName}, training vs validation`,
    curve: 'loss',
    bounded: false,
    gap: (row: ChartRow) => row.val - row.train,
  },
  accuracy: {
    caption: () => 'Accuracy curves: share classified right, training vs validation',
    curve: 'accuracy',
    bounded: true,
    gap: (row: ChartRow) => row.train - row.val,
  },
} as const;

/**
 * Training and validation loss (or accuracy) against epoch: the generalization gap shaded between them,
 * markers for the best epoch, early stopping and every knob change, optional smoothing and log axis.
 */
export const LossChart = memo(function LossChart({ history, options }: { history: EpochPoint[]; options: LossChartOptions }) {
  const rows = useMemo(() => chartRows(history, options.smoothing, options.metric), [history, options.smoothing, options.metric]);
  const smoothed = options.smoothing > 0;
  const view = metricView[options.metric];
  const logScale = options.logScale && !view.bounded;
  const captionId = `${options.metric}-chart-caption`;
  const curve = (name: string, key: keyof ChartRow, colour: string, faint: boolean) => (
    <Line
      key={key}
      name={name}
      dataKey={key}
      stroke={colour}
      strokeWidth={faint ? 1 : 2}
      strokeOpacity={faint ? 0.3 : 1}
      dot={false}
      isAnimationActive={false}
    />
  );
  return (
    <figure className="loss-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{view.caption(options.lossName)}</figcaption>
      <ResponsiveContainer width="100%" height={view.bounded ? 220 : 340}>
        <ComposedChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[0, 'dataMax']}
            allowDecimals={false}
            height={40}
            label={{ value: 'epoch', position: 'insideBottom' }}
          />
          <YAxis
            type="number"
            scale={logScale ? 'log' : 'linear'}
            domain={logScale ? ['auto', 'auto'] : [0, view.bounded ? 1 : 'auto']}
            allowDataOverflow={logScale}
            width={60}
            tickFormatter={(value: number) => String(Number(value.toPrecision(2)))}
          />
          <Area dataKey="gap" stroke="none" fill={colours.gap} fillOpacity={0.18} isAnimationActive={false} />
          {options.markers.map((marker) => (
            <ReferenceLine
              key={`${marker.kind}:${marker.epoch}`}
              x={marker.epoch}
              stroke={marker.kind === 'best' ? colours.best : colours.marker}
              strokeDasharray={marker.kind === 'change' ? '4 4' : undefined}
              label={{
                value: marker.label,
                position: 'insideTopRight',
                fontSize: 11,
                fill: marker.kind === 'best' ? colours.best : '#57606a',
              }}
            />
          ))}
          {options.pinned.flatMap((run) =>
            (['valSmooth', 'trainSmooth'] as const).map((key) => (
              <Line
                key={`pin-${run.id}-${key}`}
                data={run.rows}
                dataKey={key}
                stroke={run.colour}
                strokeOpacity={0.55}
                strokeWidth={1.5}
                strokeDasharray={key === 'trainSmooth' ? '5 3' : undefined}
                dot={false}
                isAnimationActive={false}
                className="pinned-curve"
              />
            )),
          )}
          {smoothed && curve(`Training ${view.curve} (raw)`, 'train', colours.training, true)}
          {smoothed && curve(`Validation ${view.curve} (raw)`, 'val', colours.validation, true)}
          {curve(`Training ${view.curve}`, 'trainSmooth', colours.training, false)}
          {curve(`Validation ${view.curve}`, 'valSmooth', colours.validation, false)}
          <Tooltip content={(props) => <TooltipBody {...props} metric={options.metric} />} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      {/* A plain legend: recharts' own labels its icons "Training loss legend icon", which would make
          getByLabel("Training loss") find the icon as well as the readout. */}
      <ul className="chart-legend">
        <li style={{ color: colours.training }}>Training {view.curve}</li>
        <li style={{ color: colours.validation }}>Validation {view.curve}</li>
        <li className="gap-key">Generalization gap</li>
      </ul>
    </figure>
  );
});

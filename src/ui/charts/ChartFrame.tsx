import { memo } from 'react';
import { CartesianGrid, ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/react';
import { tickLabel, type AxisLayout } from './axis-ticks';
import { chartColours } from './chart-colours';
import type { PlacedLabel } from './marker-layout';

/** Space around the plot area, in pixels; `top` grows with the rows of marker labels. */
export interface FrameMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width of the value axis and height of the epoch axis, in pixels: the plot area is what is left. */
export const axisSize = { valueAxisWidth: 60, epochAxisHeight: 40 } as const;

/** Height of one row of marker labels above the plot, in pixels. */
export const labelRowHeight = 14;

interface ViewBox {
  x?: number;
  y?: number;
}

// Recharts hands a ReferenceLine's label element the line's view box: its x, and the plot's top as y.
function MarkerLabel({ viewBox, placed }: { viewBox?: ViewBox; placed: PlacedLabel }) {
  if (!placed.text || viewBox?.x === undefined || viewBox.y === undefined) return null;
  const colour = placed.marker.kind === 'best' ? chartColours.best : chartColours.markerText;
  return (
    <text
      className="chart-marker-label"
      x={placed.anchor === 'start' ? viewBox.x + 3 : viewBox.x - 3}
      y={viewBox.y - 4 - placed.row * labelRowHeight}
      textAnchor={placed.anchor}
      fill={colour}
    >
      {placed.text !== placed.marker.label && <title>{placed.marker.label}</title>}
      {placed.text}
    </text>
  );
}

/**
 * The part of a history chart that recharts draws: grid, axes with the given ticks, and the marker
 * lines with their labels placed above the plot. It re-renders only when one of those changes, never
 * for new epochs: the curves are a canvas over it.
 */
export const ChartFrame = memo(function ChartFrame({
  width,
  height,
  margin,
  x,
  y,
  labels,
}: {
  width: number;
  height: number;
  margin: FrameMargin;
  x: AxisLayout;
  y: AxisLayout;
  labels: PlacedLabel[];
}) {
  const epochAxisTitle = useT().chart.epochAxis;
  return (
    <ComposedChart width={width} height={height} data={[]} margin={margin}>
      <CartesianGrid stroke={chartColours.grid} />
      <XAxis
        type="number"
        dataKey="epoch"
        domain={x.domain}
        ticks={x.ticks}
        interval={0}
        allowDataOverflow
        height={axisSize.epochAxisHeight}
        tickFormatter={tickLabel}
        label={{ value: epochAxisTitle, position: 'insideBottom' }}
      />
      <YAxis
        type="number"
        scale={y.log ? 'log' : 'linear'}
        domain={y.domain}
        ticks={y.ticks}
        interval={0}
        allowDataOverflow
        width={axisSize.valueAxisWidth}
        tickFormatter={tickLabel}
      />
      {labels.map((placed) => (
        <ReferenceLine
          key={`${placed.marker.kind}:${placed.marker.epoch}`}
          x={placed.marker.epoch}
          stroke={placed.marker.kind === 'best' ? chartColours.best : chartColours.marker}
          strokeDasharray={placed.marker.kind === 'change' ? '4 4' : undefined}
          label={<MarkerLabel placed={placed} />}
        />
      ))}
    </ComposedChart>
  );
});

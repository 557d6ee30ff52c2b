import { pixelScale, type AxisLayout } from './axis-ticks';
import { chartColours } from './chart-colours';

/** A shaded region between two lines over the same x values (the gap band, a seed band). */
export interface FillBetween {
  x: readonly number[];
  lower: readonly number[];
  upper: readonly number[];
  colour: string;
  opacity: number;
}

/** One line of the layer; `band` (e.g. mean ± sd across seeds) is shaded under it in its colour. */
export interface CurveSeries {
  /** What the line is, in words, for the chart's summary: "Training loss (raw)". */
  name: string;
  x: readonly number[];
  y: readonly number[];
  colour: string;
  lineWidth: number;
  opacity: number;
  dash?: readonly number[];
  band?: { lower: readonly number[]; upper: readonly number[]; opacity?: number };
}

/** Everything the canvas draws, bottom to top: fills, then each series' band and line. */
export interface CurveLayer {
  fills: FillBetween[];
  series: CurveSeries[];
}

/** Where the plot area sits, in CSS pixels of the drawing surface, and its axes. */
export interface PlotFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  x: AxisLayout;
  y: AxisLayout;
}

/** The part of a 2D context (canvas) or a recorder (SVG path) that draws a path. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
}

/** Collects path commands as the `d` attribute of an SVG path, to two decimals. */
export class SvgPath implements PathSink {
  private readonly parts: string[] = [];
  moveTo(x: number, y: number): void {
    this.parts.push(`M${x.toFixed(2)} ${y.toFixed(2)}`);
  }
  lineTo(x: number, y: number): void {
    this.parts.push(`L${x.toFixed(2)} ${y.toFixed(2)}`);
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** The pixel mappings of a frame. */
export function frameScales(frame: PlotFrame): { sx: (value: number) => number; sy: (value: number) => number } {
  return {
    sx: pixelScale(frame.x, frame.left, frame.left + frame.width),
    sy: pixelScale(frame.y, frame.top + frame.height, frame.top),
  };
}

// A value a log axis cannot show (zero, negative) or that is not a number breaks the line there.
function drawable(value: number, log: boolean): boolean {
  return Number.isFinite(value) && (!log || value > 0);
}

/** Traces a polyline into `sink`, starting a new piece after each value the axis cannot show. */
export function tracePolyline(sink: PathSink, x: readonly number[], y: readonly number[], frame: PlotFrame): void {
  const { sx, sy } = frameScales(frame);
  let open = false;
  for (let index = 0; index < x.length; index += 1) {
    const value = y[index] as number;
    if (!drawable(value, frame.y.log)) {
      open = false;
      continue;
    }
    const [px, py] = [sx(x[index] as number), sy(value)];
    if (open) sink.lineTo(px, py);
    else sink.moveTo(px, py);
    open = true;
  }
}

/** Traces the closed outline of the region between `lower` and `upper` (points either cannot show are left out). */
export function traceBand(sink: PathSink, fill: Pick<FillBetween, 'x' | 'lower' | 'upper'>, frame: PlotFrame): void {
  const { sx, sy } = frameScales(frame);
  const kept = fill.x
    .map((_, index) => index)
    .filter((index) => drawable(fill.lower[index] as number, frame.y.log) && drawable(fill.upper[index] as number, frame.y.log));
  kept.forEach((index, order) =>
    (order === 0 ? sink.moveTo : sink.lineTo).call(sink, sx(fill.x[index] as number), sy(fill.upper[index] as number)),
  );
  for (const index of kept.reverse()) sink.lineTo(sx(fill.x[index] as number), sy(fill.lower[index] as number));
}

/** The bands of a layer, its own fills first, then each series' band, as fills. */
export function layerFills(layer: CurveLayer): FillBetween[] {
  return [
    ...layer.fills,
    ...layer.series.flatMap((series) =>
      series.band
        ? [{ x: series.x, lower: series.band.lower, upper: series.band.upper, colour: series.colour, opacity: series.band.opacity ?? 0.15 }]
        : [],
    ),
  ];
}

/**
 * Draws a layer on a canvas whose CSS size is `width` × `height`, clipped to the plot area. Drawing by
 * hand rather than through a chart library: 2 × 500-point lines, a band and the pins take under a
 * millisecond here (recharts took 10–40 ms to re-render the same curves as SVG).
 */
export function paintCurves(context: CanvasRenderingContext2D, layer: CurveLayer, frame: PlotFrame, width: number, height: number): void {
  context.clearRect(0, 0, width, height);
  context.save();
  context.beginPath();
  context.rect(frame.left, frame.top, frame.width, frame.height);
  context.clip();
  for (const fill of layerFills(layer)) {
    context.beginPath();
    traceBand(context, fill, frame);
    context.closePath();
    context.globalAlpha = fill.opacity;
    context.fillStyle = fill.colour;
    context.fill();
  }
  context.lineJoin = 'round';
  for (const series of layer.series) {
    context.beginPath();
    tracePolyline(context, series.x, series.y, frame);
    context.globalAlpha = series.opacity;
    context.strokeStyle = series.colour;
    context.lineWidth = series.lineWidth;
    context.setLineDash(series.dash ? [...series.dash] : []);
    context.stroke();
  }
  context.restore();
}

/**
 * The best-epoch marker: a green line across the plot and its label ("best" in English) above it (left
 * of the line near the right edge). It moves whenever validation improves, so it is painted with the
 * curves rather than re-rendered by the chart library.
 */
export function paintBestMarker(
  context: CanvasRenderingContext2D,
  { epoch, label }: { epoch: number; label: string },
  frame: PlotFrame,
): void {
  const x = Math.round(frameScales(frame).sx(epoch)) + 0.5;
  if (x < frame.left - 1 || x > frame.left + frame.width + 1) return;
  context.save();
  context.strokeStyle = chartColours.best;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(x, frame.top);
  context.lineTo(x, frame.top + frame.height);
  context.stroke();
  context.fillStyle = chartColours.best;
  context.font = '11px system-ui, sans-serif';
  const nearRight = x + 3 + context.measureText(label).width > frame.left + frame.width;
  context.textAlign = nearRight ? 'right' : 'left';
  context.fillText(label, nearRight ? x - 3 : x + 3, frame.top - 4);
  context.restore();
}

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { onLanguageChange } from '../../i18n';
import { useChartViewText } from '../../i18n/chart-view';
import { useT } from '../../i18n/react';
import { playgroundStore, usePlayground, type PlaygroundState } from '../../state/store';
import { epochAxis, linearAxis, pixelScale, sameAxis, valueAtPixel, type AxisLayout } from './axis-ticks';
import { chartMarkers, sameMarkers, type ChartMarker } from './chart-markers';
import { pinColours, chartColours } from './chart-colours';
import { chartPicture, type ChartPicture } from './chart-picture';
import { chartSummary, epochAfter, formatValue, readoutNear, type EpochReadout } from './chart-readout';
import type { ChartMetric, ChartRow } from './chart-rows';
import { ChartTable } from './ChartTable';
import { axisSize, ChartFrame, labelRowHeight, type FrameMargin } from './ChartFrame';
import { paintBestMarker, paintCurves, type PlotFrame } from './curve-layer';
import { chartRedrawMs } from './use-throttled';
import { labelRowsUsed, placeLabels } from './marker-layout';
import './charts.css';

const baseMargin: FrameMargin = { top: 12, right: 16, bottom: 8, left: 0 };

function inputsOf(state: PlaygroundState, metric: ChartMetric) {
  return {
    history: state.history,
    metric,
    smoothing: state.settings.smoothing,
    logScale: state.settings.logScale,
    pinned: state.pinned.flatMap((run, index) =>
      run.hidden ? [] : [{ number: index + 1, colour: pinColours[index % pinColours.length] as string, history: run.history }],
    ),
    ...knowNothingOf(state, metric),
  };
}

// The task's know-nothing answer for this chart's metric, when the run has been built.
function knowNothingOf(state: PlaygroundState, metric: ChartMetric): { baseline?: number } {
  const baseline = metric === 'loss' ? state.task?.knowNothingLoss : state.task?.knowNothingAccuracy;
  return baseline === undefined ? {} : { baseline };
}

// Anything but new epochs changes the picture at once; new epochs wait for the next redraw slot.
function pictureChanged(state: PlaygroundState, previous: PlaygroundState): 'now' | 'soon' | undefined {
  if (
    state.pinned !== previous.pinned ||
    state.settings.smoothing !== previous.settings.smoothing ||
    state.settings.logScale !== previous.settings.logScale ||
    state.changes !== previous.changes ||
    state.stopDetails !== previous.stopDetails ||
    state.task !== previous.task ||
    (state.history.length === 0) !== (previous.history.length === 0)
  )
    return 'now';
  return state.history !== previous.history ? 'soon' : undefined;
}

interface Size {
  width: number;
  height: number;
}

function plotFrameOf(size: Size, margin: FrameMargin, x: AxisLayout, y: AxisLayout): PlotFrame {
  const left = margin.left + axisSize.valueAxisWidth;
  return {
    left,
    top: margin.top,
    width: Math.max(1, size.width - left - margin.right),
    height: Math.max(1, size.height - margin.top - margin.bottom - axisSize.epochAxisHeight),
    x,
    y,
  };
}

/**
 * A history chart: training and validation loss (or accuracy) against epoch, the generalization gap
 * shaded between them, pinned runs faded under them, markers for the best epoch, early stopping and
 * knob changes. recharts draws the axes and markers and re-renders only when they change; the curves,
 * which change four times a second while training, are painted on a canvas over its plot area. A hover
 * or keyboard readout gives one epoch's values; a text summary and a table give all of it in words.
 */
export function LossChart({ metric, lossName }: { metric: ChartMetric; lossName: string }) {
  const text = { ...useT().chart, ...useChartViewText() };
  const curve = text.curve[metric];
  const chartName = text.chartName[metric];
  const ids = { caption: useId(), summary: useId(), table: useId() };
  const surfaceRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const bestRef = useRef<ChartMarker | undefined>(undefined);
  const pictureRef = useRef<ChartPicture>(chartPicture({ ...inputsOf(playgroundStore.getState(), metric), history: [], pinned: [] }));
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [axes, setAxes] = useState<{ x: AxisLayout; y: AxisLayout }>({ x: epochAxis(0), y: linearAxis(0, 1) });
  const [markers, setMarkers] = useState<ChartMarker[]>([]);
  const [tableOpen, setTableOpen] = useState(false);
  const [tableRows, setTableRows] = useState<ChartRow[]>([]);
  const [smoothed, setSmoothed] = useState(false);
  const [hoverEpoch, setHoverEpoch] = useState<number | undefined>();
  const hasBaseline = usePlayground((state) => knowNothingOf(state, metric).baseline !== undefined);

  const labels = useMemo(() => {
    const probe = plotFrameOf(size, baseMargin, axes.x, axes.y);
    const sx = pixelScale(axes.x, probe.left, probe.left + probe.width);
    // Row 0 is kept for the best epoch's label, drawn with the curves because it moves with them.
    return placeLabels(
      markers.map((marker) => ({ marker, x: sx(marker.epoch) })),
      probe.left,
      probe.left + probe.width,
    ).map((placed) => ({ ...placed, row: placed.row + 1 }));
  }, [markers, size, axes]);
  const margin = useMemo(() => ({ ...baseMargin, top: baseMargin.top + (1 + labelRowsUsed(labels)) * labelRowHeight }), [labels]);
  const frame = useMemo(() => plotFrameOf(size, margin, axes.x, axes.y), [size, margin, axes]);
  const frameRef = useRef(frame);
  const tableOpenRef = useRef(tableOpen);

  const paint = useCallback(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || size.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    const [pixelWidth, pixelHeight] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) [canvas.width, canvas.height] = [pixelWidth, pixelHeight];
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintCurves(context, pictureRef.current.layer, frameRef.current, size.width, size.height);
    const best = bestRef.current;
    if (best) paintBestMarker(context, best, frameRef.current);
  }, [size]);

  // The frame recharts draws changed (axes, markers, size): paint the curves to match once it is committed.
  useLayoutEffect(() => {
    frameRef.current = frame;
    tableOpenRef.current = tableOpen;
    paint();
  }, [frame, paint, tableOpen]);

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
    });
    observer.observe(surface);
    return () => observer.disconnect();
  }, []);

  // Follows the store outside React: a redraw computes the picture, paints it, and hands React only
  // what recharts draws (axes, markers) when that has changed.
  useEffect(() => {
    let lastDrawAt = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frameRequest: number | undefined;
    let markersShown: ChartMarker[] = [];
    let axesShown = { x: epochAxis(0), y: linearAxis(0, 1) };
    const redraw = () => {
      frameRequest = undefined;
      lastDrawAt = performance.now();
      const state = playgroundStore.getState();
      const picture = chartPicture(inputsOf(state, metric));
      pictureRef.current = picture;
      const allMarkers = chartMarkers(state);
      // The best epoch moves with the curves, so it is painted with them; recharts draws the markers that follow actions.
      bestRef.current = allMarkers.find((marker) => marker.kind === 'best');
      const nextMarkers = allMarkers.filter((marker) => marker.kind !== 'best');
      if (summaryRef.current) summaryRef.current.textContent = chartSummary(picture, state.history, metric, allMarkers);
      if (tableOpenRef.current) setTableRows(picture.rows);
      setSmoothed(state.settings.smoothing > 0);
      const frameChanged =
        !sameAxis(picture.x, axesShown.x) || !sameAxis(picture.y, axesShown.y) || !sameMarkers(nextMarkers, markersShown);
      if (frameChanged) {
        axesShown = { x: picture.x, y: picture.y };
        markersShown = nextMarkers;
        setAxes(axesShown);
        setMarkers(nextMarkers);
      } else paint();
    };
    const schedule = (when: 'now' | 'soon') => {
      if (frameRequest !== undefined) return;
      clearTimeout(timer);
      const wait = when === 'now' ? 0 : lastDrawAt + chartRedrawMs - performance.now();
      timer = setTimeout(() => (frameRequest = requestAnimationFrame(redraw)), Math.max(0, wait));
    };
    redraw();
    const unsubscribe = playgroundStore.subscribe((state, previous) => {
      const change = pictureChanged(state, previous);
      if (change) schedule(change);
    });
    // The summary, series names and markers are words: a new language redraws them.
    const stopListening = onLanguageChange(() => schedule('now'));
    return () => {
      unsubscribe();
      stopListening();
      clearTimeout(timer);
      if (frameRequest !== undefined) cancelAnimationFrame(frameRequest);
    };
  }, [metric, paint]);

  const openTable = () => {
    tableOpenRef.current = !tableOpen;
    setTableRows(pictureRef.current.rows);
    setTableOpen(!tableOpen);
  };

  const history = playgroundStore.getState().history;
  const readout: EpochReadout | undefined = hoverEpoch === undefined ? undefined : readoutNear(history, hoverEpoch, metric);
  const epochAtPointer = (event: PointerEvent<HTMLCanvasElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const [x, y] = [event.clientX - bounds.left, event.clientY - bounds.top];
    const inside = x >= frame.left && x <= frame.left + frame.width && y >= frame.top && y <= frame.top + frame.height;
    setHoverEpoch(inside ? valueAtPixel(frame.x, frame.left, frame.left + frame.width, x) : undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const latest = playgroundStore.getState().history;
    const from = hoverEpoch ?? latest.at(-1)?.epoch ?? 0;
    const page = Math.max(1, Math.round(latest.length / 10));
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -page, PageUp: page, Home: -Infinity, End: Infinity };
    if (event.key === 'Escape') setHoverEpoch(undefined);
    const steps = moves[event.key];
    if (steps === undefined) return;
    event.preventDefault();
    const target = Number.isFinite(steps)
      ? epochAfter(latest, from, hoverEpoch === undefined ? 0 : steps, metric)
      : epochAfter(latest, steps < 0 ? -Infinity : Infinity, 0, metric);
    setHoverEpoch(target);
  };
  const cursorX = readout && pixelScale(frame.x, frame.left, frame.left + frame.width)(readout.epoch);

  return (
    <figure className="loss-chart" aria-labelledby={ids.caption}>
      <figcaption id={ids.caption}>{metric === 'loss' ? text.lossCaption(lossName) : text.accuracyCaption}</figcaption>
      <div
        ref={surfaceRef}
        className={`chart-surface ${metric}`}
        tabIndex={0}
        role="group"
        aria-label={text.keys(chartName)}
        aria-describedby={ids.summary}
        onKeyDown={onKeyDown}
        onBlur={() => setHoverEpoch(undefined)}
      >
        {size.width > 0 && <ChartFrame width={size.width} height={size.height} margin={margin} x={axes.x} y={axes.y} labels={labels} />}
        <canvas
          ref={canvasRef}
          style={{ width: size.width, height: size.height }}
          aria-hidden="true"
          onPointerMove={epochAtPointer}
          onPointerLeave={() => setHoverEpoch(undefined)}
        />
        {readout && cursorX !== undefined && (
          <div className="chart-cursor" style={{ left: cursorX, top: frame.top, height: frame.height }} />
        )}
        <div
          className="chart-readout"
          aria-live="polite"
          aria-label={text.readout(chartName)}
          hidden={!readout}
          style={
            readout && cursorX !== undefined
              ? { left: Math.min(cursorX + 8, Math.max(0, size.width - 200)), top: frame.top + 4 }
              : undefined
          }
        >
          {readout && (
            <>
              <strong>{text.epoch(String(readout.epoch))}</strong>
              <div style={{ color: chartColours.training }}>{text.trainingValue(curve, formatValue(readout.train))}</div>
              <div style={{ color: chartColours.validation }}>{text.validationValue(curve, formatValue(readout.val))}</div>
              <div>{text.gapValue(formatValue(readout.gap))}</div>
            </>
          )}
        </div>
      </div>
      <p ref={summaryRef} id={ids.summary} className="visually-hidden" />
      {/* A plain legend: recharts' own labels its icons "Training loss legend icon", which would make
          getByLabel("Training loss") find the icon as well as the readout. */}
      <ul className="chart-legend">
        <li style={{ color: chartColours.training }}>{text.training(curve)}</li>
        <li style={{ color: chartColours.validation }}>{text.validation(curve)}</li>
        <li className="gap-key">{text.generalizationGap}</li>
        {hasBaseline && (
          <li className="baseline-key" style={{ color: chartColours.baseline }}>
            {text.baseline}
          </li>
        )}
      </ul>
      <button type="button" className="link-button" aria-expanded={tableOpen} aria-controls={ids.table} onClick={openTable}>
        {text.tableButton(chartName)}
      </button>
      {tableOpen && (
        <div id={ids.table}>
          <ChartTable rows={tableRows} metric={metric} smoothed={smoothed} caption={text.tableCaption(chartName)} />
        </div>
      )}
    </figure>
  );
}

import { t } from '../../i18n';
import { chartViewText } from '../../i18n/chart-view';
import type { EpochPoint } from '../../state/run-slice';
import { tickLabel } from './axis-ticks';
import type { ChartMarker } from './chart-markers';
import type { ChartMetric } from './chart-rows';
import type { ChartPicture } from './chart-picture';

/** One epoch's values as the hover readout shows them. */
export interface EpochReadout {
  epoch: number;
  train: number;
  val: number;
  /** How much worse validation does: validation minus training loss, or training minus validation accuracy. */
  gap: number;
}

function readoutOf(point: EpochPoint, metric: ChartMetric): EpochReadout | undefined {
  const [train, val] = metric === 'loss' ? [point.trainLoss, point.valLoss] : [point.trainAccuracy, point.valAccuracy];
  if (train === undefined || val === undefined) return undefined;
  return { epoch: point.epoch, train, val, gap: metric === 'loss' ? val - train : train - val };
}

/** The measured epoch nearest to `epoch` that has the metric (histories are in epoch order), or undefined. */
export function readoutNear(history: readonly EpochPoint[], epoch: number, metric: ChartMetric): EpochReadout | undefined {
  let [low, high] = [0, history.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((history[middle] as EpochPoint).epoch < epoch) low = middle + 1;
    else high = middle;
  }
  // The nearer of the two neighbours, then outwards until an epoch with the metric turns up.
  const after = history[low];
  const before = history[low - 1];
  const start = before && after && epoch - before.epoch < after.epoch - epoch ? low - 1 : low;
  for (let distance = 0; distance < history.length; distance += 1)
    for (const index of [start - distance, start + distance]) {
      const point = history[index];
      const readout = point && readoutOf(point, metric);
      if (readout) return readout;
    }
  return undefined;
}

/** The epoch `steps` measured epochs away from `epoch` (clamped to the history's ends). */
export function epochAfter(history: readonly EpochPoint[], epoch: number, steps: number, metric: ChartMetric): number | undefined {
  const measured = history.filter((point) => readoutOf(point, metric));
  if (measured.length === 0) return undefined;
  const index = measured.findIndex((point) => point.epoch >= epoch);
  const from = index < 0 ? measured.length - 1 : index;
  return (measured[Math.min(measured.length - 1, Math.max(0, from + steps))] as EpochPoint).epoch;
}

/** A value as the chart's words show it: four significant digits. */
export function formatValue(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/**
 * The chart in words, for screen readers and tests: how far the run has got, its last values and best
 * epoch, every line and band drawn, the value axis and the markers.
 */
export function chartSummary(
  picture: ChartPicture,
  history: readonly EpochPoint[],
  metric: ChartMetric,
  markers: readonly ChartMarker[],
): string {
  const words = chartViewText();
  const curve = t().chart.curve[metric];
  const drawn = [
    ...picture.layer.series.map((series) => (series.band ? words.summary.band(series.name) : series.name)),
    ...(picture.rows.length > 0 ? [words.summary.gapBand] : []),
  ];
  const lastReadout = history.length > 0 ? readoutNear(history, Infinity, metric) : undefined;
  const epochs = words.summary.epochs(
    String(history.length),
    picture.rows.length < history.length ? String(picture.rows.length) : undefined,
  );
  const parts = [
    lastReadout
      ? words.summary.last(
          epochs,
          String(lastReadout.epoch),
          curve,
          formatValue(lastReadout.train),
          formatValue(lastReadout.val),
          formatValue(lastReadout.gap),
        )
      : words.summary.noEpochs,
    drawn.length > 0 ? words.summary.drawn(drawn) : '',
    words.summary.axis(picture.y.log, tickLabel(picture.y.domain[0]), tickLabel(picture.y.domain[1])),
    markers.length > 0
      ? words.summary.markers(markers.map((marker) => words.summary.marker(marker.label, marker.kind === 'change', String(marker.epoch))))
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}

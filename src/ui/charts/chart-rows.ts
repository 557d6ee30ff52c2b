import { standardDeviation } from '../../stats/summary';
import type { EpochPoint } from '../../state/run-slice';

/** Rows the chart draws at most per series: about one per pixel of its width; more would cost render time and show nothing new. */
export const maxChartPoints = 500;

/** What a chart of the history draws: the losses, or (classification) the accuracies. */
export type ChartMetric = 'loss' | 'accuracy';

/** One row of a history chart. */
export interface ChartRow {
  epoch: number;
  /** Training and validation value as measured. */
  train: number;
  val: number;
  /** The same, smoothed (equal to the raw values when smoothing is off). */
  trainSmooth: number;
  valSmooth: number;
  /** The band between the two drawn curves: the generalization gap. */
  gap: [number, number];
  /** With repeated seeds (losses only): each curve's standard deviation across the seeds, smoothed like the curve. */
  spread?: { train: number; val: number };
}

/**
 * TensorBoard's smoothing: an exponential moving average with weight `weight` in [0, 1), debiased
 * (divided by 1 − weightⁿ) so the first points are not pulled towards zero. Weight 0 returns the values.
 */
export function smooth(values: number[], weight: number): number[] {
  let average = 0;
  return values.map((value, index) => {
    average = average * weight + (1 - weight) * value;
    return weight === 0 ? value : average / (1 - weight ** (index + 1));
  });
}

/** Validation loss minus training loss: how much worse the model does on data it did not train on. */
export function generalizationGap(point: Pick<EpochPoint, 'trainLoss' | 'valLoss'>): number {
  return point.valLoss - point.trainLoss;
}

// The last history scanned for its best epoch. A run's history grows by appending (a new array each
// time, the old points kept), and the readouts ask on every store change: a history that extends the
// last one is scanned from where that one ended, not from its start.
let lastScan: { history: EpochPoint[]; best: EpochPoint | undefined } | undefined;

/** The epoch with the lowest validation loss (the earliest if tied), or undefined before any. */
export function bestEpochOf(history: EpochPoint[]): EpochPoint | undefined {
  const scanned = lastScan?.history;
  const extends_ =
    scanned !== undefined &&
    scanned.length > 0 &&
    scanned.length <= history.length &&
    history[scanned.length - 1] === scanned.at(-1) &&
    history[0] === scanned[0];
  let best = extends_ ? lastScan?.best : history[0];
  for (let index = extends_ ? scanned.length : 0; index < history.length; index += 1) {
    const point = history[index] as EpochPoint;
    if (best && point.valLoss < best.valLoss) best = point;
  }
  lastScan = { history, best };
  return best;
}

/**
 * The indices LTTB (largest triangle, three buckets; Steinarsson 2013) keeps of a series, at most
 * `limit`: its ends, peaks and turns. Written out on plain numbers rather than taken from the
 * `downsample` package, whose LTTB over point objects took 40–50 ms for 10,000 points here, twenty
 * times a redraw's whole budget; this takes well under a millisecond.
 */
export function keptIndices(values: readonly number[], limit: number): number[] {
  const count = values.length;
  if (count <= limit) return values.map((_, index) => index);
  if (limit < 3) return [0, count - 1].slice(0, Math.max(limit, 0));
  const bucketSize = (count - 2) / (limit - 2);
  const kept = [0];
  let anchor = 0;
  for (let bucket = 0; bucket < limit - 2; bucket += 1) {
    // The next bucket's mean point is the triangle's third corner.
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, count);
    let [meanX, meanY] = [0, 0];
    for (let index = nextStart; index < nextEnd; index += 1) [meanX, meanY] = [meanX + index, meanY + (values[index] as number)];
    [meanX, meanY] = [meanX / (nextEnd - nextStart), meanY / (nextEnd - nextStart)];
    const anchorY = values[anchor] as number;
    let [largest, chosen] = [-1, nextStart - 1];
    for (let index = Math.floor(bucket * bucketSize) + 1; index < nextStart; index += 1) {
      const area = Math.abs((anchor - meanX) * ((values[index] as number) - anchorY) - (anchor - index) * (meanY - anchorY));
      if (area > largest) [largest, chosen] = [area, index];
    }
    kept.push(chosen);
    anchor = chosen;
  }
  kept.push(count - 1);
  return kept;
}

const metricValues: Record<ChartMetric, (point: EpochPoint) => [number | undefined, number | undefined]> = {
  loss: (point) => [point.trainLoss, point.valLoss],
  accuracy: (point) => [point.trainAccuracy, point.valAccuracy],
};

/**
 * The chart's rows: every epoch that has the metric, smoothed, then cut to at most about `limit` rows per
 * curve. The rows kept are those LTTB keeps of either curve, so both curves and the band between them
 * share one x axis.
 */
export function chartRows(
  history: EpochPoint[],
  smoothing: number,
  metric: ChartMetric = 'loss',
  limit: number = maxChartPoints,
): ChartRow[] {
  // Columns of plain numbers: a 10,000-epoch history is read every redraw, and only the kept rows become objects.
  const [epochs, train, val, trainSpread, valSpread]: [number[], number[], number[], number[], number[]] = [[], [], [], [], []];
  const values = metricValues[metric];
  // The accuracy chart shows the seeds' mean only: the seeds' spread is kept for their losses.
  const spreads = metric === 'loss' && history.some((point) => point.seeds);
  for (const point of history) {
    const [trainValue, valValue] = values(point);
    if (trainValue === undefined || valValue === undefined) continue;
    epochs.push(point.epoch);
    train.push(trainValue);
    val.push(valValue);
    if (spreads) {
      trainSpread.push(point.seeds ? standardDeviation(point.seeds.trainLoss) : 0);
      valSpread.push(point.seeds ? standardDeviation(point.seeds.valLoss) : 0);
    }
  }
  const trainSmooth = smooth(train, smoothing);
  const valSmooth = smooth(val, smoothing);
  const [trainSpreadSmooth, valSpreadSmooth] = [smooth(trainSpread, smoothing), smooth(valSpread, smoothing)];
  let kept = epochs.map((_, index) => index);
  if (epochs.length > limit) {
    const keep = new Uint8Array(epochs.length);
    for (const index of [...keptIndices(trainSmooth, limit), ...keptIndices(valSmooth, limit)]) keep[index] = 1;
    kept = kept.filter((index) => keep[index] === 1);
  }
  return kept.map((index): ChartRow => {
    const [drawnTrain, drawnVal] = [trainSmooth[index] as number, valSmooth[index] as number];
    return {
      epoch: epochs[index] as number,
      train: train[index] as number,
      val: val[index] as number,
      trainSmooth: drawnTrain,
      valSmooth: drawnVal,
      gap: [Math.min(drawnTrain, drawnVal), Math.max(drawnTrain, drawnVal)] as [number, number],
      ...(spreads ? { spread: { train: trainSpreadSmooth[index] as number, val: valSpreadSmooth[index] as number } } : {}),
    };
  });
}

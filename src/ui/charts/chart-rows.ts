import { createLTTB } from 'downsample/methods/LTTB';
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

/** The epoch with the lowest validation loss (the earliest if tied), or undefined before any. */
export function bestEpochOf(history: EpochPoint[]): EpochPoint | undefined {
  let best = history[0];
  for (const point of history) if (best && point.valLoss < best.valLoss) best = point;
  return best;
}

interface Indexed {
  index: number;
  value: number;
}
const largestTriangleThreeBuckets = createLTTB<Indexed>({ x: 'index', y: 'value' });

/** The indices LTTB (largest triangle, three buckets) keeps of a series, at most `limit`: its peaks and turns. */
export function keptIndices(values: number[], limit: number): number[] {
  if (values.length <= limit) return values.map((_, index) => index);
  const points = values.map((value, index) => ({ index, value }));
  return (largestTriangleThreeBuckets(points, limit) as Indexed[]).map((point) => point.index);
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
  const measured = history.flatMap((point) => {
    const [train, val] = metricValues[metric](point);
    return train === undefined || val === undefined ? [] : [{ epoch: point.epoch, train, val }];
  });
  const train = measured.map((point) => point.train);
  const val = measured.map((point) => point.val);
  const trainSmooth = smooth(train, smoothing);
  const valSmooth = smooth(val, smoothing);
  const rows = measured.map((point, index) => {
    const [drawnTrain, drawnVal] = [trainSmooth[index] as number, valSmooth[index] as number];
    return {
      ...point,
      trainSmooth: drawnTrain,
      valSmooth: drawnVal,
      gap: [Math.min(drawnTrain, drawnVal), Math.max(drawnTrain, drawnVal)] as [number, number],
    };
  });
  if (rows.length <= limit) return rows;
  const kept = new Set([...keptIndices(trainSmooth, limit), ...keptIndices(valSmooth, limit)]);
  return rows.filter((_, index) => kept.has(index));
}

import { createLTTB } from 'downsample';
import type { EpochPoint } from '../../state/run-slice';

/** Rows the chart draws at most per series; more would cost render time and show nothing new. */
export const maxChartPoints = 1000;

/** One row of the loss chart. */
export interface ChartRow {
  epoch: number;
  /** Training and validation loss as measured. */
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

// The indices LTTB (largest triangle, three buckets) keeps of a series: its peaks and turns.
function keptIndices(values: number[], limit: number): number[] {
  const points = values.map((value, index) => ({ index, value }));
  return (largestTriangleThreeBuckets(points, limit) as Indexed[]).map((point) => point.index);
}

/**
 * The chart's rows: every epoch, smoothed, then cut to at most about `limit` rows per curve. The rows
 * kept are those LTTB keeps of either curve, so both curves and the band between them share one x axis.
 */
export function chartRows(history: EpochPoint[], smoothing: number, limit: number = maxChartPoints): ChartRow[] {
  const train = history.map((point) => point.trainLoss);
  const val = history.map((point) => point.valLoss);
  const trainSmooth = smooth(train, smoothing);
  const valSmooth = smooth(val, smoothing);
  const rows = history.map((point, index) => {
    const [drawnTrain, drawnVal] = [trainSmooth[index] as number, valSmooth[index] as number];
    return {
      epoch: point.epoch,
      train: point.trainLoss,
      val: point.valLoss,
      trainSmooth: drawnTrain,
      valSmooth: drawnVal,
      gap: [Math.min(drawnTrain, drawnVal), Math.max(drawnTrain, drawnVal)] as [number, number],
    };
  });
  if (rows.length <= limit) return rows;
  const kept = new Set([...keptIndices(trainSmooth, limit), ...keptIndices(valSmooth, limit)]);
  return rows.filter((_, index) => kept.has(index));
}

import { createLTTB } from 'downsample';

/** One point of a chart series. */
export interface SeriesPoint {
  epoch: number;
  loss: number;
}

/** Points per series the chart draws at most; more would cost render time and show nothing new. */
export const maxChartPoints = 1000;

const largestTriangleThreeBuckets = createLTTB<SeriesPoint>({ x: 'epoch', y: 'loss' });

/**
 * A series cut to at most `limit` points with LTTB (largest triangle, three buckets), which keeps the
 * peaks and turns a learner looks for; shorter series pass through untouched.
 */
export function downsampleSeries(points: SeriesPoint[], limit: number = maxChartPoints): SeriesPoint[] {
  return points.length <= limit ? points : (largestTriangleThreeBuckets(points, limit) as SeriesPoint[]);
}

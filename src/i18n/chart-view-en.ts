/**
 * The English words of the history charts themselves (captions, readout, legend, table, the summary in
 * words). Only the lazily loaded chart imports them, so they stay out of the page's start-up JavaScript;
 * `chart-view-zh-CN.ts` must match this shape (`ChartViewMessages`).
 */
export const chartViewEn = {
  // Captions avoid the word "epoch": getByLabel("Epoch") must find the readout alone.
  lossCaption: (lossName: string) => `Loss curves: ${lossName}, training vs validation`,
  accuracyCaption: 'Accuracy curves: share classified right, training vs validation',
  chartName: { loss: 'Loss', accuracy: 'Accuracy' },
  keys: (chart: string) => `${chart} chart: arrow keys, Home and End read the values`,
  readout: (chart: string) => `${chart} chart readout`,
  epoch: (epoch: string) => `epoch ${epoch}`,
  trainingValue: (curve: string, value: string) => `training ${curve} ${value}`,
  validationValue: (curve: string, value: string) => `validation ${curve} ${value}`,
  gapValue: (value: string) => `gap ${value}`,
  tableButton: (chart: string) => `${chart} data as a table`,
  tableCaption: (chart: string) => `${chart} curves, the values drawn`,
  epochColumn: 'Epoch',
  gapColumn: 'Gap',
  smoothedColumn: (column: string) => `${column}, smoothed`,
  summary: {
    epochs: (count: string, drawn: string | undefined) => `${count} epochs${drawn === undefined ? '' : ` (${drawn} drawn)`}`,
    last: (epochs: string, epoch: string, curve: string, train: string, val: string, gap: string) =>
      `${epochs}; last, epoch ${epoch}: training ${curve} ${train}, validation ${curve} ${val}, gap ${gap}.`,
    noEpochs: 'No epochs yet.',
    band: (name: string) => `${name} with a band of ± one standard deviation across seeds`,
    gapBand: 'generalization gap band',
    drawn: (names: string[]) => `Drawn: ${names.join('; ')}.`,
    axis: (log: boolean, from: string, to: string) => `Value axis: ${log ? 'logarithmic' : 'linear'}, ${from} to ${to}.`,
    marker: (label: string, change: boolean, epoch: string) => `${label} ${change ? 'after' : 'at'} epoch ${epoch}`,
    markers: (markers: string[]) => `Markers: ${markers.join('; ')}.`,
  },
};

/** The shape of the chart's words in every language. */
export type ChartViewMessages = typeof chartViewEn;

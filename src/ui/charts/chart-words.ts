/** The English words of the chart toolbar, the exports and saved runs, in one place for the message catalogue. */
export const chartWords = {
  exportCurvesCsv: 'Curves (CSV)',
  exportCurvesJson: 'Curves (JSON)',
  exportChartPng: 'Chart (PNG)',
  exportChartSvg: 'Chart (SVG)',
  forgetSavedRuns: 'Forget saved runs',
  savedRunsHint: 'This run’s curves and the pinned runs are kept in this browser until you forget them.',
  forgotten: 'Saved runs deleted; nothing more is saved until the page is reloaded.',
  restored: 'The curves of your last visit are back. The model was not kept: training starts a fresh run and pins these curves.',
} as const;

/** Curve colours: a blue and an orange that stay apart for the common colour-vision deficiencies. */
export const chartColours = {
  training: '#1f6feb',
  validation: '#d9480f',
  gap: '#f0883e',
  marker: '#8c959f',
  best: '#1a7f37',
  markerText: '#57606a',
  grid: '#e5e7eb',
  axisText: '#57606a',
  baseline: '#3d444d',
} as const;

/** Colours of pinned runs, in pin order: muted, and apart from the live run's blue and orange. */
export const pinColours = ['#6e7781', '#8250df', '#1b7c83', '#bf3989', '#9a6700'] as const;

import { t } from '../../i18n';
import type { PlaygroundState } from '../../state/store';
import type { ExportItem } from '../controls/ExportMenu';
import type { exportDownloads } from './export-files';

// The exporters (the curve files, the chart picture, the code generators) load when an item is first
// chosen: most visits never export, and the page's start is 12 kB gzip lighter without them.
const download = (kind: keyof typeof exportDownloads, getState: () => PlaygroundState) => async () => {
  const { exportDownloads: downloads } = await import('./export-files');
  await downloads[kind](getState());
};

/**
 * The Export menu's items, reading the store when chosen: the curves (CSV, JSON) and the chart (PNG, SVG),
 * disabled while there is nothing to export; the set-up as a Keras script and as TensorFlow.js code; and
 * the lab's table once the lab has a finished value.
 */
export function exportItems(getState: () => PlaygroundState, { empty, labRows }: { empty: boolean; labRows: number }): ExportItem[] {
  const words = t().chart;
  return [
    { label: words.exportCurvesCsv, disabled: empty, action: download('curvesCsv', getState) },
    { label: words.exportCurvesJson, disabled: empty, action: download('curvesJson', getState) },
    { label: words.exportChartPng, disabled: empty, action: download('chartPng', getState) },
    { label: words.exportChartSvg, disabled: empty, action: download('chartSvg', getState) },
    { label: words.exportKeras, action: download('kerasScript', getState) },
    { label: words.exportTfjs, action: download('tfjsCode', getState) },
    { label: words.exportLabCsv, disabled: labRows === 0, action: download('labCsv', getState) },
  ];
}

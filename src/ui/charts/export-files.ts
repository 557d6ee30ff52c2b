import { t } from '../../i18n';
import { curvesCsv, curvesJson, type ExportedRun } from '../../export/curves';
import { kerasScript } from '../../export/keras-script';
import { labResultsCsv } from '../../export/lab-csv';
import { tfjsCode } from '../../export/tfjs-code';
import { seriesValues } from '../../state/series-slice';
import type { PlaygroundState } from '../../state/store';
import { settingLabel, settingValueText } from '../controls/setting-labels';
import { chartSvg, slideSize, svgToPng } from './chart-image';
import { chartMarkers } from './chart-markers';
import { chartPicture } from './chart-picture';
import { pinColours } from './chart-colours';
import { downloadFile } from './download-file';

/** The live run and every pinned run (hidden ones too), as the curve exports carry them. */
export function exportedRuns(state: PlaygroundState): ExportedRun[] {
  const live: ExportedRun = {
    name: 'live',
    settings: state.settings,
    history: state.history,
    changes: state.changes.map((change) => ({
      ...change,
      label: `${settingLabel(change.name)} ${settingValueText(change.name, change.from)} → ${settingValueText(change.name, change.to)}`,
    })),
    ...(state.stopDetails ? { stop: state.stopDetails } : {}),
  };
  const pinned = state.pinned.map((run, index): ExportedRun => ({
    name: `pinned ${index + 1}`,
    settings: run.settings,
    history: run.history,
    changes: [],
  }));
  return [live, ...pinned];
}

/** The loss chart as the page shows it (smoothing, log scale, visible pins, markers), as a slide-sized SVG. */
export function lossChartSvg(state: PlaygroundState): string {
  const picture = chartPicture({
    history: state.history,
    metric: 'loss',
    smoothing: state.settings.smoothing,
    logScale: state.settings.logScale,
    pinned: state.pinned.flatMap((run, index) =>
      run.hidden ? [] : [{ number: index + 1, colour: pinColours[index % pinColours.length] as string, history: run.history }],
    ),
  });
  const lossName = t().chart.lossNames[state.task?.kind === 'classification' ? 'classification' : 'regression'];
  return chartSvg(picture, chartMarkers(state), { title: t().chart.svgTitle(lossName), curve: t().chart.curve.loss });
}

/** Each Export menu item's download, made from the store's state when chosen. */
export const exportDownloads = {
  curvesCsv: (state: PlaygroundState) => downloadFile('overfitting-curves.csv', curvesCsv(exportedRuns(state), new Date()), 'text/csv'),
  curvesJson: (state: PlaygroundState) =>
    downloadFile('overfitting-curves.json', curvesJson(exportedRuns(state), new Date()), 'application/json'),
  chartPng: async (state: PlaygroundState) => downloadFile('overfitting-chart.png', await svgToPng(lossChartSvg(state), slideSize)),
  chartSvg: (state: PlaygroundState) => downloadFile('overfitting-chart.svg', lossChartSvg(state), 'image/svg+xml'),
  kerasScript: ({ settings, series }: PlaygroundState) =>
    downloadFile('overfitting_playground.py', kerasScript(settings, series ? { series: seriesValues(series) } : {}), 'text/x-python'),
  tfjsCode: (state: PlaygroundState) => downloadFile('overfitting_playground.js', tfjsCode(state.settings), 'text/javascript'),
  // The last sweep's rows so far.
  labCsv: ({ sweep }: PlaygroundState) => downloadFile('lab-results.csv', labResultsCsv(sweep.setup, sweep.rows), 'text/csv'),
};

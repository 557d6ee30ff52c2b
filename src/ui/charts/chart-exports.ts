import { t } from '../../i18n';
import { curvesCsv, curvesJson, type ExportedRun } from '../../export/curves';
import type { PlaygroundState } from '../../state/store';
import { settingLabel, settingValueText } from '../controls/setting-labels';
import type { ExportItem } from '../controls/ExportMenu';
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

/** The Export menu's curve and chart items, reading the store when chosen; disabled while there is nothing to export. */
export function curveExportItems(getState: () => PlaygroundState, empty: boolean): ExportItem[] {
  return [
    {
      label: t().chart.exportCurvesCsv,
      disabled: empty,
      action: () => downloadFile('overfitting-curves.csv', curvesCsv(exportedRuns(getState()), new Date()), 'text/csv'),
    },
    {
      label: t().chart.exportCurvesJson,
      disabled: empty,
      action: () => downloadFile('overfitting-curves.json', curvesJson(exportedRuns(getState()), new Date()), 'application/json'),
    },
    {
      label: t().chart.exportChartPng,
      disabled: empty,
      action: async () => downloadFile('overfitting-chart.png', await svgToPng(lossChartSvg(getState()), slideSize)),
    },
    {
      label: t().chart.exportChartSvg,
      disabled: empty,
      action: () => downloadFile('overfitting-chart.svg', lossChartSvg(getState()), 'image/svg+xml'),
    },
  ];
}

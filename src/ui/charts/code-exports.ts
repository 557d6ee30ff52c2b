import { t } from '../../i18n';
import { kerasScript } from '../../export/keras-script';
import { labResultsCsv } from '../../export/lab-csv';
import { tfjsCode } from '../../export/tfjs-code';
import { seriesValues } from '../../state/series-slice';
import type { PlaygroundState } from '../../state/store';
import type { ExportItem } from '../controls/ExportMenu';
import { downloadFile } from './download-file';

/** The Export menu's code and lab items: the set-up as a Keras script and as TensorFlow.js code, and the lab's table. */
export function codeExportItems(getState: () => PlaygroundState, labRows: number): ExportItem[] {
  return [
    {
      label: t().chart.exportKeras,
      action: () => {
        const { settings, series } = getState();
        downloadFile('overfitting_playground.py', kerasScript(settings, series ? { series: seriesValues(series) } : {}), 'text/x-python');
      },
    },
    {
      label: t().chart.exportTfjs,
      action: () => downloadFile('overfitting_playground.js', tfjsCode(getState().settings), 'text/javascript'),
    },
    {
      // The last sweep's rows so far; offered once the lab has a finished value.
      label: t().chart.exportLabCsv,
      disabled: labRows === 0,
      action: () => {
        const { sweep } = getState();
        downloadFile('lab-results.csv', labResultsCsv(sweep.setup, sweep.rows), 'text/csv');
      },
    },
  ];
}

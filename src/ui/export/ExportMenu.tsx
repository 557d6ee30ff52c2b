import { kerasScript } from '../../export/keras-script';
import { labResultsCsv } from '../../export/lab-csv';
import { tfjsCode } from '../../export/tfjs-code';
import { playgroundStore } from '../../state/store';
import { seriesValues } from '../../state/series-slice';
import { downloadText } from './download';
import { MenuButton, type MenuItem } from './MenuButton';

/** What the Export menu offers; more exports (curves, chart) are one more entry here. */
export const exportItems: readonly MenuItem[] = [
  {
    label: 'Keras script (Python)',
    onSelect: () => {
      const { settings, series } = playgroundStore.getState();
      const options = series ? { series: seriesValues(series) } : {};
      downloadText(kerasScript(settings, options), 'overfitting_playground.py', 'text/x-python');
    },
  },
  {
    label: 'TensorFlow.js code',
    onSelect: () => downloadText(tfjsCode(playgroundStore.getState().settings), 'overfitting_playground.js', 'text/javascript'),
  },
  {
    // The last sweep's rows so far (only the header before any sweep has finished a value).
    label: 'Lab results (CSV)',
    onSelect: () => {
      const { sweep } = playgroundStore.getState();
      downloadText(labResultsCsv(sweep.setup, sweep.rows), 'lab-results.csv', 'text/csv');
    },
  },
];

/** The Export menu: the current set-up as code to take home. */
export function ExportMenu() {
  return <MenuButton label="Export" items={exportItems} />;
}

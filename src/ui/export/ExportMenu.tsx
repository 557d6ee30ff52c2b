import { kerasScript } from '../../export/keras-script';
import { tfjsCode } from '../../export/tfjs-code';
import { playgroundStore } from '../../state/store';
import { seriesValues } from '../../state/series-slice';
import { curveExportItems } from '../charts/chart-exports';
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
  ...curveExportItems(playgroundStore.getState),
];

/** The Export menu: the current set-up as code to take home. */
export function ExportMenu() {
  return <MenuButton label="Export" items={exportItems} />;
}

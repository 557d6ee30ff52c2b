import { useEffect, useMemo, useState } from 'react';
import { forgetSavedRuns, startedPersistence } from '../../state/page-persistence';
import { playgroundStore, usePlayground } from '../../state/store';
import { ExportMenu } from '../controls/ExportMenu';
import { curveExportItems } from './chart-exports';
import { codeExportItems } from './code-exports';
import { chartWords } from './chart-words';

/** Under the chart: the Export menu (curves, chart picture, the set-up as code, the lab's table) and what the browser keeps of the runs. */
export function ChartToolbar() {
  const empty = usePlayground((state) => state.history.length === 0 && state.pinned.length === 0);
  const labRows = usePlayground((state) => state.sweep.rows.length);
  const items = useMemo(
    () => [...curveExportItems(playgroundStore.getState, empty), ...codeExportItems(playgroundStore.getState, labRows)],
    [empty, labRows],
  );
  const [note, setNote] = useState<string>(chartWords.savedRunsHint);
  useEffect(() => {
    let current = true;
    void startedPersistence()?.restored.then((back) => {
      if (back && current) setNote(chartWords.restored);
    });
    return () => {
      current = false;
    };
  }, []);
  return (
    <div className="chart-toolbar">
      <ExportMenu items={items} />
      <button
        type="button"
        onClick={() => {
          void forgetSavedRuns().then(() => setNote(chartWords.forgotten));
        }}
      >
        {chartWords.forgetSavedRuns}
      </button>
      <span className="hint" role="note">
        {note}
      </span>
    </div>
  );
}

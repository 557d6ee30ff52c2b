import { useEffect, useMemo, useState } from 'react';
import { useLanguage, useT } from '../../i18n/react';
import { forgetSavedRuns, startedPersistence } from '../../state/page-persistence';
import { playgroundStore, usePlayground } from '../../state/store';
import { ExportMenu } from '../controls/ExportMenu';
import { exportItems } from './chart-exports';

/** Under the chart: the Export menu (curves, chart picture, the set-up as code, the lab's table) and what the browser keeps of the runs. */
export function ChartToolbar() {
  const empty = usePlayground((state) => state.history.length === 0 && state.pinned.length === 0);
  const labRows = usePlayground((state) => state.sweep.rows.length);
  const text = useT().chart;
  const language = useLanguage();
  // The items' labels are words: a new language makes new items.
  const items = useMemo(
    () => exportItems(playgroundStore.getState, { empty, labRows }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `language` is read through t() inside the item builders.
    [empty, labRows, language],
  );
  const [note, setNote] = useState<'savedRunsHint' | 'restored' | 'restoredModel' | 'forgotten'>('savedRunsHint');
  useEffect(() => {
    let current = true;
    void startedPersistence()?.restored.then((back) => {
      if (back !== 'nothing' && current) setNote(back === 'model' ? 'restoredModel' : 'restored');
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
          void forgetSavedRuns().then(() => setNote('forgotten'));
        }}
      >
        {text.forgetSavedRuns}
      </button>
      <span className="hint" role="note">
        {text[note]}
      </span>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { forgetSavedRuns, startedPersistence } from '../../state/page-persistence';
import { chartWords } from './chart-words';

/** Under the chart: what the browser keeps of the runs, and the button that forgets them. */
export function ChartToolbar() {
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

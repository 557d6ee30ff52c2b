import { useId } from 'react';
import type { LabActions } from '../../state/lab';
import { playgroundStore, usePlayground } from '../../state/store';
import { LabChart } from './LabChart';
import { LabForm } from './LabForm';
import { labStrings } from './lab-strings';
import { sweepSummary } from './lab-summary';
import { LabTable } from './LabTable';
import { SweepProgress } from './SweepProgress';

function TaskNote() {
  const task = usePlayground((state) => state.settings.task);
  return <p className="hint">{labStrings.notes[task]}</p>;
}

function Results() {
  const sweep = usePlayground((state) => state.sweep);
  if (sweep.rows.length === 0) return null;
  // The sentence speaks of a whole sweep; while rows are still coming it would describe half of one.
  const summary = sweep.status === 'finished' ? sweepSummary(sweep.setup.sweep, sweep.rows) : '';
  return (
    <>
      <LabChart axis={sweep.setup.sweep} rows={sweep.rows} summary={summary} />
      <LabTable />
    </>
  );
}

/** The `Bias–variance lab` button and the panel it opens: set-up, progress, chart, table. */
export function LabPanel({ actions }: { actions: LabActions }) {
  const open = usePlayground((state) => state.labOpen);
  const task = usePlayground((state) => state.settings.task);
  const panelId = useId();
  return (
    <div className="lab">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => playgroundStore.getState().setLabOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {labStrings.open}
      </button>
      {open && (
        <section id={panelId} aria-label={labStrings.region} className="lab-panel">
          <p>{labStrings.intro}</p>
          <TaskNote />
          {task !== 'reber' && (
            <>
              <LabForm actions={actions} />
              <SweepProgress />
              <Results />
            </>
          )}
        </section>
      )}
    </div>
  );
}

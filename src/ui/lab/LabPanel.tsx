import { lazy, Suspense, useId } from 'react';
import type { LabActions } from '../../state/lab';
import { playgroundStore, usePlayground } from '../../state/store';
import { LabForm } from './LabForm';
import { useT } from '../../i18n/react';
import { sweepSummary } from './lab-summary';
import { LabTable } from './LabTable';
import { SweepProgress } from './SweepProgress';

// recharts loads with the first results, not with the page: it is most of the chart code's weight.
const LabChart = lazy(() => import('./LabChart').then((module) => ({ default: module.LabChart })));

function TaskNote() {
  const labStrings = useT().lab;
  const task = usePlayground((state) => state.settings.task);
  return <p className="hint">{labStrings.notes[task]}</p>;
}

// Selects the rows, not the whole sweep: progress ticks ten times a second and must not redraw the chart.
function Results() {
  const labStrings = useT().lab;
  const rows = usePlayground((state) => state.sweep.rows);
  const setup = usePlayground((state) => state.sweep.setup);
  const finished = usePlayground((state) => state.sweep.status === 'finished');
  if (rows.length === 0) return null;
  // The sentence speaks of a whole sweep; while rows are still coming it would describe half of one.
  const summary = finished ? sweepSummary(setup.sweep, rows) : '';
  return (
    <>
      <Suspense fallback={<p className="hint">{labStrings.loadingChart}</p>}>
        <LabChart axis={setup.sweep} rows={rows} summary={summary} />
      </Suspense>
      <LabTable rows={rows} setup={setup} />
    </>
  );
}

/** The `Bias–variance lab` button and the panel it opens: set-up, progress, chart, table. */
export function LabPanel({ actions }: { actions: LabActions }) {
  const labStrings = useT().lab;
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

import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/react';
import { useLabViewText } from '../../i18n/lab-view';
import type { LabActions } from '../../state/lab';
import { usePlayground } from '../../state/store';
import { LabForm } from './LabForm';
import { sweepSummary } from './lab-summary';
import { LabTable } from './LabTable';
import { SweepProgress } from './SweepProgress';

// recharts loads with the first results, not with the panel: it is most of the chart code's weight.
const LabChart = lazy(() => import('./LabChart').then((module) => ({ default: module.LabChart })));

function TaskNote() {
  const labStrings = useLabViewText();
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

/** The lab's panel inside its region: what it does, the task's note, and the set-up, progress and results. */
export default function LabContent({ actions }: { actions: LabActions }) {
  const labStrings = useLabViewText();
  const task = usePlayground((state) => state.settings.task);
  return (
    <>
      <p>{labStrings.intro}</p>
      <TaskNote />
      {task !== 'reber' && (
        <>
          <LabForm actions={actions} />
          <SweepProgress />
          <Results />
        </>
      )}
    </>
  );
}

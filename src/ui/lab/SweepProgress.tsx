import { usePlayground } from '../../state/store';
import { useLabViewText } from '../../i18n/lab-view';

/** The sweep's progress bar, time left, how many models train at once, and how the last sweep ended. */
export function SweepProgress() {
  const labStrings = useLabViewText();
  const sweep = usePlayground((state) => state.sweep);
  const workers = usePlayground((state) => state.labWorkers);
  const running = sweep.status === 'running';
  return (
    <div className="sweep-progress">
      <p className="hint">{labStrings.workers(workers)}</p>
      {sweep.status !== 'idle' && (
        <p>
          <progress aria-label={labStrings.progress} max={Math.max(1, sweep.totalEpochs)} value={sweep.epochsDone} />{' '}
          <span role="status">
            {running
              ? sweep.secondsLeft === undefined
                ? labStrings.status.running
                : labStrings.secondsLeft(sweep.secondsLeft)
              : sweep.status === 'failed'
                ? `${labStrings.status.failed} ${sweep.message ?? ''}`
                : labStrings.status[sweep.status]}
          </span>{' '}
          {sweep.backend && <span className="hint">{labStrings.backend(sweep.backend)}</span>}
        </p>
      )}
    </div>
  );
}

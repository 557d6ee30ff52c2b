import { useT } from '../../i18n/react';
import type { TrainingActions } from '../../state/training';
import { usePlayground } from '../../state/store';

/** Train / Pause, Step and Reset; Reset always works, even when the worker is down. */
export function RunButtons({ actions }: { actions: TrainingActions }) {
  const status = usePlayground((state) => state.status);
  const words = useT().run;
  const workerUp = usePlayground((state) => state.workerHealth.state !== 'replacing' && state.workerHealth.state !== 'down');
  // A diverged run of several seeds cannot go on: its seeds stopped at different epochs.
  const severalSeedsDiverged = usePlayground((state) => state.status === 'diverged' && state.settings.seedRepeats > 1);
  const training = status === 'training';
  const stuck = !workerUp || status === 'failed' || status === 'needs-series' || severalSeedsDiverged;
  return (
    <div className="run-buttons">
      <button type="button" className="primary" onClick={training ? actions.pause : actions.train} disabled={stuck}>
        {training ? words.pause : words.train}
      </button>
      <button type="button" onClick={actions.step} disabled={training || stuck}>
        {words.step}
      </button>
      <button type="button" onClick={actions.reset}>
        {words.reset}
      </button>
    </div>
  );
}

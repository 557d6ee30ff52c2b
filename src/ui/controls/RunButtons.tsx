import { useT } from '../../i18n/react';
import type { TrainingActions } from '../../state/training';
import { usePlayground } from '../../state/store';

/** Train / Pause, Step and Reset. */
export function RunButtons({ actions }: { actions: TrainingActions }) {
  const status = usePlayground((state) => state.status);
  const words = useT().run;
  const training = status === 'training';
  const stuck = status === 'diverged' || status === 'error' || status === 'needs-series';
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

import { maxPinnedRuns } from '../../state/pins-slice';
import { usePlayground } from '../../state/store';
import { bestEpochOf } from '../charts/chart-rows';
import { pinColours } from '../charts/chart-colours';
import { pinLabel } from '../charts/pin-label';

/** Pin run, and the list of pinned runs with their best validation loss; each can be hidden or removed. */
export function PinnedRuns() {
  const pinned = usePlayground((state) => state.pinned);
  const settings = usePlayground((state) => state.settings);
  const history = usePlayground((state) => state.history);
  const pin = usePlayground((state) => state.pin);
  const unpin = usePlayground((state) => state.unpin);
  const toggleHidden = usePlayground((state) => state.toggleHidden);
  const full = pinned.length >= maxPinnedRuns;
  return (
    <div className="pinned-runs">
      <button type="button" onClick={() => pin(settings, history)} disabled={full || history.length === 0}>
        Pin run
      </button>
      <span className="hint">
        {full
          ? ` Up to ${maxPinnedRuns} runs can be pinned: remove one first.`
          : ' Keeps this run’s curves, faded, to compare with the next.'}
      </span>
      {pinned.length > 0 && (
        <ol aria-label="Pinned runs">
          {pinned.map((run, index) => {
            const best = bestEpochOf(run.history);
            return (
              <li key={run.id} className={run.hidden ? 'hidden-run' : undefined}>
                <span className="swatch" style={{ background: pinColours[index % pinColours.length] }} aria-hidden="true" />
                <span>
                  {pinLabel(run.settings, settings)}: best validation loss{' '}
                  {best ? `${best.valLoss.toPrecision(4)} at epoch ${best.epoch}` : '—'}
                </span>
                <button
                  type="button"
                  aria-label={`${run.hidden ? 'Show' : 'Hide'} pinned run ${index + 1}`}
                  onClick={() => toggleHidden(run.id)}
                >
                  {run.hidden ? 'Show' : 'Hide'}
                </button>
                <button type="button" aria-label={`Remove pinned run ${index + 1}`} onClick={() => unpin(run.id)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

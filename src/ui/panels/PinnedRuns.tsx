import { formatSignificant } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
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
  const words = useT().pins;
  const language = useLanguage();
  const full = pinned.length >= maxPinnedRuns;
  return (
    <div className="pinned-runs">
      <button type="button" onClick={() => pin(settings, history)} disabled={full || history.length === 0}>
        {words.pin}
      </button>
      <span className="hint">{full ? words.full(String(maxPinnedRuns)) : words.keeps}</span>
      {pinned.length > 0 && (
        <ol aria-label={words.list}>
          {pinned.map((run, index) => {
            const best = bestEpochOf(run.history);
            const label = pinLabel(run.settings, settings);
            const number = String(index + 1);
            return (
              <li key={run.id} className={run.hidden ? 'hidden-run' : undefined}>
                <span className="swatch" style={{ background: pinColours[index % pinColours.length] }} aria-hidden="true" />
                <span>
                  {best ? words.bestValue(label, formatSignificant(language, best.valLoss, 4), String(best.epoch)) : words.noBest(label)}
                </span>
                <button
                  type="button"
                  aria-label={run.hidden ? words.show(number) : words.hide(number)}
                  onClick={() => toggleHidden(run.id)}
                >
                  {run.hidden ? words.showWord : words.hideWord}
                </button>
                <button type="button" aria-label={words.remove(number)} onClick={() => unpin(run.id)}>
                  {words.removeWord}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

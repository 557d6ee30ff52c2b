import { formatSignificant } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { comparePinnedRuns, minimumSeedsToCompare, type PinComparison } from '../../state/pin-comparison';
import { maxPinnedRuns } from '../../state/pins-slice';
import { usePlayground } from '../../state/store';
import { bestEpochOf } from '../charts/chart-rows';
import { pinColours } from '../charts/chart-colours';
import { pinLabel } from '../charts/pin-label';

const spread = (loss: PinComparison['firstLoss']) =>
  `${loss.mean.toPrecision(3)} ± ${loss.standardDeviation.toPrecision(2)} (${loss.seeds} seeds)`;

// One sentence per compared pair: the two final validation losses, Welch's test, and what it means.
function comparisonSentence(comparison: PinComparison): string {
  const { t, degreesOfFreedom, pValue, significant } = comparison.test;
  const figures = `Welch's t = ${Number.isFinite(t) ? t.toFixed(2) : t > 0 ? '∞' : '−∞'}${Number.isFinite(degreesOfFreedom) ? `, ${degreesOfFreedom.toFixed(1)} degrees of freedom` : ''}, p = ${pValue < 0.001 ? '< 0.001' : pValue.toFixed(3)}`;
  const verdict = significant
    ? 'they differ by more than their seeds’ spread: a real difference at the 5 % level.'
    : 'the difference is within what the seeds alone make: not a real difference at the 5 % level.';
  return `Pinned runs ${comparison.first} and ${comparison.second}: final validation loss ${spread(comparison.firstLoss)} against ${spread(comparison.secondLoss)}; ${figures}: ${verdict}`;
}

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
  const comparisons = comparePinnedRuns(pinned);
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
      {pinned.length > 1 && (
        <div className="pin-comparisons" role="group" aria-label="Pinned runs compared">
          {comparisons.length > 0 ? (
            comparisons.map((comparison) => <p key={`${comparison.first}-${comparison.second}`}>{comparisonSentence(comparison)}</p>)
          ) : (
            <p className="hint">
              Pin runs trained with Repeat over seeds {minimumSeedsToCompare} or more to learn whether their difference is larger than the
              seeds’ spread (Welch’s t-test on the final validation losses, two-sided, at the 5 % level).
            </p>
          )}
        </div>
      )}
    </div>
  );
}

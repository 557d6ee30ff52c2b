import { formatSignificant, type Messages } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { comparePinnedRuns, minimumSeedsToCompare, type PinComparison } from '../../state/pin-comparison';
import { maxPinnedRuns } from '../../state/pins-slice';
import { usePlayground } from '../../state/store';
import { bestEpochOf } from '../charts/chart-rows';
import { pinColours } from '../charts/chart-colours';
import { pinLabel } from '../charts/pin-label';

type PinWords = Messages['pins'];

const spread = (words: PinWords, loss: PinComparison['firstLoss']) =>
  words.spread(loss.mean.toPrecision(3), loss.standardDeviation.toPrecision(2), String(loss.seeds));

// One sentence per compared pair: the two final validation losses, Welch's test, and what it means.
function comparisonSentence(words: PinWords, comparison: PinComparison): string {
  const { t, degreesOfFreedom, pValue, significant } = comparison.test;
  const figures = words.figures(
    Number.isFinite(t) ? t.toFixed(2) : t > 0 ? '∞' : '−∞',
    Number.isFinite(degreesOfFreedom) ? degreesOfFreedom.toFixed(1) : undefined,
    pValue < 0.001 ? '< 0.001' : pValue.toFixed(3),
  );
  return words.comparison(
    String(comparison.first),
    String(comparison.second),
    spread(words, comparison.firstLoss),
    spread(words, comparison.secondLoss),
    figures,
    significant ? words.real : words.notReal,
  );
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
        <div className="pin-comparisons" role="group" aria-label={words.compared}>
          {comparisons.length > 0 ? (
            comparisons.map((comparison) => <p key={`${comparison.first}-${comparison.second}`}>{comparisonSentence(words, comparison)}</p>)
          ) : (
            <p className="hint">{words.compareHint(String(minimumSeedsToCompare))}</p>
          )}
        </div>
      )}
    </div>
  );
}

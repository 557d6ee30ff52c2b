import { labViewText } from '../../i18n/lab-view';
import type { LabTrend } from '../../i18n/lab-view-en';
import type { SweepAxis } from '../../settings/lab-setup';
import type { LabRow } from '../../state/lab-slice';

const number = (value: number) => value.toFixed(3);

// Which way a value moved from the first row to the last, in the current language's words.
function trend(from: number, to: number): LabTrend {
  const moves = labViewText().summary.moves;
  return { move: to > from ? moves.rises : to < from ? moves.falls : moves.stays, from: number(from), to: number(to) };
}

/**
 * One sentence on what a finished sweep shows, from its measured rows: where the test error is lowest,
 * which way bias² and variance moved, and, when the lowest error sits at an end, that no trade-off
 * shows within these values and why (which of the two moved more).
 */
export function sweepSummary(axis: SweepAxis, rows: readonly LabRow[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || rows.length < 2) return '';
  const lab = labViewText();
  const words = lab.summary;
  const best = rows.reduce((lowest, row) => (row.measuredTestError < lowest.measuredTestError ? row : lowest));
  const lowest = words.lowest(String(best.value), number(best.measuredTestError));
  if (axis === 'samples') {
    return words.samples(
      String(first.value),
      String(last.value),
      trend(first.measuredTestError, last.measuredTestError),
      trend(first.trainingError, last.trainingError),
      trend(first.variance, last.variance),
    );
  }
  const trends = words.trends(
    lab.axes[axis],
    String(first.value),
    String(last.value),
    trend(first.biasSquared, last.biasSquared),
    trend(first.variance, last.variance),
  );
  const opposite = Math.sign(last.biasSquared - first.biasSquared) !== Math.sign(last.variance - first.variance);
  if (best !== first && best !== last && opposite) return words.tradeOff(trends, lowest);
  const biasChange = Math.abs(last.biasSquared - first.biasSquared);
  const varianceChange = Math.abs(last.variance - first.variance);
  const why = !opposite ? words.why.same : biasChange > varianceChange ? words.why.bias : words.why.variance;
  return words.noTradeOff(trends, lowest, why);
}

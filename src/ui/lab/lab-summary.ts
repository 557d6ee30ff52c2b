import type { SweepAxis } from '../../settings/lab-setup';
import type { LabRow } from '../../state/lab-slice';
import { labStrings } from './lab-strings';

const number = (value: number) => value.toFixed(3);
const moves = (from: number, to: number) => (to > from ? 'rises' : to < from ? 'falls' : 'stays');

/**
 * One sentence on what a finished sweep shows, from its measured rows: where the test error is lowest,
 * which way bias² and variance moved, and, when the lowest error sits at an end, that no trade-off
 * shows within these values and why (which of the two moved more).
 */
export function sweepSummary(axis: SweepAxis, rows: readonly LabRow[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || rows.length < 2) return '';
  const name = labStrings.axes[axis];
  const best = rows.reduce((lowest, row) => (row.measuredTestError < lowest.measuredTestError ? row : lowest));
  const lowest = `measured test error is lowest at ${best.value} (${number(best.measuredTestError)})`;
  if (axis === 'samples') {
    return (
      `As the training set grows from ${first.value} to ${last.value} windows, test error ${moves(first.measuredTestError, last.measuredTestError)} ` +
      `from ${number(first.measuredTestError)} to ${number(last.measuredTestError)} and training error ${moves(first.trainingError, last.trainingError)} ` +
      `from ${number(first.trainingError)} to ${number(last.trainingError)}; variance ${moves(first.variance, last.variance)} ` +
      `from ${number(first.variance)} to ${number(last.variance)}.`
    );
  }
  const trends =
    `From ${name} ${first.value} to ${last.value}, bias² ${moves(first.biasSquared, last.biasSquared)} from ${number(first.biasSquared)} ` +
    `to ${number(last.biasSquared)} and variance ${moves(first.variance, last.variance)} from ${number(first.variance)} to ${number(last.variance)}`;
  const opposite = Math.sign(last.biasSquared - first.biasSquared) !== Math.sign(last.variance - first.variance);
  if (best !== first && best !== last && opposite) {
    return `${trends}: a trade-off, and ${lowest}, where the two balance.`;
  }
  const biasChange = Math.abs(last.biasSquared - first.biasSquared);
  const varianceChange = Math.abs(last.variance - first.variance);
  const why = !opposite
    ? 'bias² and variance move the same way here'
    : biasChange > varianceChange
      ? 'the change in bias² outweighs the change in variance across these values'
      : 'the change in variance outweighs the change in bias² across these values';
  return `${trends}; ${lowest}. No trade-off shows within these values, because ${why}.`;
}

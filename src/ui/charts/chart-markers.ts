import { t } from '../../i18n';
import type { KnobChange } from '../../state/run-slice';
import type { PlaygroundState } from '../../state/store';
import { settingLabel, settingValueText } from '../controls/setting-labels';
import { bestEpochOf } from './chart-rows';

/** A vertical line on the chart with a short label. */
export interface ChartMarker {
  epoch: number;
  label: string;
  kind: 'best' | 'stop' | 'change';
}

/** Moves of one knob less than this far apart (ms) are one change: a few arrow-key presses, one drag. */
export const changeBurstMs = 4000;

/**
 * The knob changes as the chart shows them: the moves of one knob that follow each other within
 * `changeBurstMs` become one change from the first value to the last, at the first move's epoch; a burst
 * that ends where it started is dropped.
 */
export function mergedChanges(changes: readonly KnobChange[]): KnobChange[] {
  const merged: KnobChange[] = [];
  const openBurst = new Map<string, { index: number; lastAt: number }>();
  for (const change of changes) {
    const burst = openBurst.get(change.name);
    const previous = burst && merged[burst.index];
    if (burst && previous && change.at !== undefined && change.at - burst.lastAt <= changeBurstMs) {
      merged[burst.index] = { ...previous, to: change.to };
      burst.lastAt = change.at;
      continue;
    }
    openBurst.set(change.name, { index: merged.length, lastAt: change.at ?? -Infinity });
    merged.push(change);
  }
  return merged.filter((change) => change.from !== change.to);
}

/**
 * The chart's markers: the best validation epoch, where early stopping ended the run, and every knob
 * change, labelled like "Output dropout 0 → 0.3" (changes after the same epoch share one label).
 */
export function chartMarkers(state: Pick<PlaygroundState, 'history' | 'changes' | 'stopDetails'>): ChartMarker[] {
  const markers: ChartMarker[] = [];
  const best = bestEpochOf(state.history);
  if (best) markers.push({ epoch: best.epoch, label: t().chart.best, kind: 'best' });
  const stop = state.stopDetails;
  if (stop?.reason === 'early-stopped') markers.push({ epoch: stop.epoch, label: t().chart.earlyStop, kind: 'stop' });
  const byEpoch = new Map<number, string[]>();
  for (const change of mergedChanges(state.changes)) {
    const text = `${settingLabel(change.name)} ${settingValueText(change.name, change.from)} → ${settingValueText(change.name, change.to)}`;
    byEpoch.set(change.epoch, [...(byEpoch.get(change.epoch) ?? []), text]);
  }
  for (const [epoch, texts] of byEpoch) markers.push({ epoch, label: texts.join(', '), kind: 'change' });
  return markers;
}

/** Two marker lists draw the same. */
export function sameMarkers(first: readonly ChartMarker[], second: readonly ChartMarker[]): boolean {
  return (
    first.length === second.length &&
    first.every((marker, index) => {
      const other = second[index];
      return other !== undefined && other.epoch === marker.epoch && other.kind === marker.kind && other.label === marker.label;
    })
  );
}

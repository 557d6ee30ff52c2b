import type { PlaygroundState } from '../../state/store';
import { settingLabel, settingValueText } from '../controls/setting-labels';
import { bestEpochOf } from './chart-rows';
import type { ChartMarker } from './LossChart';

/**
 * The chart's markers: the best validation epoch, where early stopping ended the run, and every knob
 * change, labelled like "Output dropout 0 → 0.3" (changes after the same epoch share one label).
 */
export function chartMarkers(state: Pick<PlaygroundState, 'history' | 'changes' | 'stopDetails'>): ChartMarker[] {
  const markers: ChartMarker[] = [];
  const best = bestEpochOf(state.history);
  if (best) markers.push({ epoch: best.epoch, label: 'best', kind: 'best' });
  const stop = state.stopDetails;
  if (stop?.reason === 'early-stopped') markers.push({ epoch: stop.epoch, label: 'early stop', kind: 'stop' });
  const byEpoch = new Map<number, string[]>();
  for (const change of state.changes) {
    const text = `${settingLabel(change.name)} ${settingValueText(change.name, change.from)} → ${settingValueText(change.name, change.to)}`;
    byEpoch.set(change.epoch, [...(byEpoch.get(change.epoch) ?? []), text]);
  }
  for (const [epoch, texts] of byEpoch) markers.push({ epoch, label: texts.join(', '), kind: 'change' });
  return markers;
}

import { currentLanguage, formatCompact, t } from '../../i18n';
import type { KnobSpec } from './knobs';

/** A range input's attributes. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/** The range input's limits for a knob; `limits` are the setting's own, used by linear sliders. */
export function sliderRange(knob: KnobSpec, limits: { min: number; max: number }): SliderRange {
  const { scale } = knob;
  if (scale.kind === 'linear') return { min: limits.min, max: limits.max, step: scale.step };
  return { min: knob.offAtZero ? scale.minExponent - scale.step : scale.minExponent, max: scale.maxExponent, step: scale.step };
}

/** The setting value at a slider position. */
export function valueAtPosition(knob: KnobSpec, position: number): number {
  const { scale } = knob;
  // Six decimals undo float noise such as 0.15000000000000002 in linear steps.
  if (scale.kind === 'linear') return Number(position.toFixed(6));
  if (knob.offAtZero && position < scale.minExponent) return 0;
  // Two significant digits: a log slider's positions are 10^(k/4), and 0.0017783 helps nobody.
  return Number((10 ** position).toPrecision(2));
}

/** The slider position that shows a setting value. */
export function positionOfValue(knob: KnobSpec, value: number): number {
  const { scale } = knob;
  if (scale.kind === 'linear') return value;
  return value > 0 ? Math.log10(value) : scale.minExponent - scale.step;
}

/** A value as the panel shows it, in the current language: 'off' for a switched-off technique, otherwise compact. */
export function formatKnobValue(knob: KnobSpec, value: number): string {
  if (value === 0) return knob.offAtZero ? t().values.off : '0';
  // Scientific notation is written as in code and in the URL, the same in every language.
  if (Math.abs(value) < 0.001) return value.toExponential(1).replace('.0e', 'e');
  return formatCompact(currentLanguage(), value, 3);
}

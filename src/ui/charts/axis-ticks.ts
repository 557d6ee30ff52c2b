/** An axis as the chart draws it: its domain and the values that get a tick, evenly spaced. */
export interface AxisLayout {
  domain: [number, number];
  ticks: number[];
  /** Logarithmic (ticks at powers of ten) or linear. */
  log: boolean;
}

// The step between ticks: 1, 2, 2.5 or 5 times a power of ten, the smallest that spans `span` in at most `count` steps.
function niceStep(span: number, count: number): number {
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= rough * (1 - 1e-9)) ?? 10;
  return multiple * power;
}

// Tick values as decimals with no binary noise: 0.30000000000000004 would print as such.
function roundTick(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/**
 * A linear axis from `min` to at least `max`, ending on a tick; about `count` evenly spaced ticks of a
 * round step. The domain only changes when the data leaves it, so a chart re-renders its axis rarely.
 */
export function linearAxis(min: number, max: number, count = 5): AxisLayout {
  const top = max > min ? max : min + 1;
  const step = niceStep(top - min, count);
  const low = Math.floor(min / step + 1e-9) * step;
  const high = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let index = 0; low + index * step <= high + step * 1e-9; index += 1) ticks.push(roundTick(low + index * step, step));
  return { domain: [roundTick(low, step), roundTick(high, step)], ticks, log: false };
}

/** A logarithmic axis from the power of ten at or below `min` to the one at or above `max`, a tick at each. */
export function logAxis(min: number, max: number): AxisLayout {
  const safeMin = min > 0 && Number.isFinite(min) ? min : 1e-3;
  const safeMax = max > safeMin && Number.isFinite(max) ? max : safeMin * 10;
  const low = Math.floor(Math.log10(safeMin));
  const high = Math.max(low + 1, Math.ceil(Math.log10(safeMax)));
  const ticks = Array.from({ length: high - low + 1 }, (_, index) => Number((10 ** (low + index)).toPrecision(1)));
  return { domain: [ticks[0] as number, ticks.at(-1) as number], ticks, log: true };
}

/** The epoch axis: from 0 (or the first epoch, if below) to a round number at or past the last epoch, whole-number ticks. */
export function epochAxis(lastEpoch: number, firstEpoch = 0): AxisLayout {
  const axis = linearAxis(Math.min(0, firstEpoch), Math.max(lastEpoch, 5), 6);
  return { ...axis, ticks: axis.ticks.filter(Number.isInteger) };
}

/** Two layouts draw the same axis. */
export function sameAxis(first: AxisLayout, second: AxisLayout): boolean {
  return (
    first.log === second.log &&
    first.domain[0] === second.domain[0] &&
    first.domain[1] === second.domain[1] &&
    first.ticks.length === second.ticks.length &&
    first.ticks.every((tick, index) => tick === second.ticks[index])
  );
}

/** A tick label: at most three significant digits, and a real minus sign. */
export function tickLabel(value: number): string {
  return String(Number(value.toPrecision(3))).replace('-', '−');
}

/** Maps a value on `axis` to a pixel between `start` (the domain's low end) and `end`. */
export function pixelScale(axis: AxisLayout, start: number, end: number): (value: number) => number {
  const [low, high] = axis.log ? [Math.log10(axis.domain[0]), Math.log10(axis.domain[1])] : axis.domain;
  const factor = (end - start) / (high - low || 1);
  return axis.log ? (value) => start + (Math.log10(value) - low) * factor : (value) => start + (value - low) * factor;
}

/** The inverse of `pixelScale`: the value on `axis` at a pixel. */
export function valueAtPixel(axis: AxisLayout, start: number, end: number, pixel: number): number {
  const [low, high] = axis.log ? [Math.log10(axis.domain[0]), Math.log10(axis.domain[1])] : axis.domain;
  const value = low + ((pixel - start) / (end - start || 1)) * (high - low);
  return axis.log ? 10 ** value : value;
}

import type { ChartMarker } from './chart-markers';

/** A marker's label where the chart draws it: which row above the plot, which side of its line, its text. */
export interface PlacedLabel {
  marker: ChartMarker;
  /** The marker line's x, in pixels. */
  x: number;
  /** 0 is the row nearest the plot. */
  row: number;
  /** Right of the line ('start'), or left of it where the plot's right edge leaves no room ('end'). */
  anchor: 'start' | 'end';
  /** The text drawn: the whole label, its start and "…" where another label leaves no room, or nothing. */
  text: string;
}

/** Rows of labels above the plot at most. */
export const maxLabelRows = 3;

/** The width (px) a label of `length` characters takes at the chart's 11 px label font, about. */
export function labelWidth(length: number): number {
  return 6.2 * length + 4;
}

const gap = 6;

interface Span {
  from: number;
  to: number;
}

// The room (px) a label has from `start` rightwards in a row before another label or the edge.
function roomRightwards(taken: readonly Span[], start: number, right: number): number {
  if (taken.some((span) => span.from - gap < start && span.to + gap > start)) return 0;
  return Math.min(right, ...taken.filter((span) => span.from >= start).map((span) => span.from - gap)) - start;
}

/**
 * Places marker labels so that none overprints another: each goes right of its line (left of it near the
 * plot's right edge), in the lowest row where it clears the labels already there. When no row has room
 * for all of it, it is cut short with "…" to the most room a row offers (at least two characters), and
 * where there is not even that its text is left out: its line stays, with every label in the chart's
 * summary. Shortened labels carry their whole text as a hover title. `left` and `right` bound the plot.
 */
export function placeLabels(markers: readonly { marker: ChartMarker; x: number }[], left: number, right: number): PlacedLabel[] {
  const rows: Span[][] = Array.from({ length: maxLabelRows }, () => []);
  const placed: PlacedLabel[] = [];
  // The best and early-stop labels first: they are short and matter most.
  const ordered = [...markers].sort((a, b) => Number(a.marker.kind === 'change') - Number(b.marker.kind === 'change') || a.x - b.x);
  for (const { marker, x } of ordered) {
    const width = labelWidth(marker.label.length);
    const anchor = x + 3 + width <= right || x - 3 - width < left ? 'start' : 'end';
    const start = anchor === 'start' ? x + 3 : x - 3 - width;
    const fits = (row: Span[]) => roomRightwards(row, start, right) >= width;
    const whole = rows.findIndex(fits);
    if (whole >= 0) {
      rows[whole]?.push({ from: start, to: start + width });
      placed.push({ marker, x, row: whole, anchor, text: marker.label });
      continue;
    }
    // Cut short: rightwards of the line, in the row with the most room there.
    const rooms = rows.map((row) => roomRightwards(row, x + 3, right));
    const row = rooms.indexOf(Math.max(...rooms));
    const characters = Math.floor(((rooms[row] ?? 0) - 4) / 6.2) - 1;
    const text = characters >= 2 ? `${marker.label.slice(0, characters).trimEnd()}…` : '';
    if (text) rows[row]?.push({ from: x + 3, to: x + 3 + labelWidth(text.length) });
    placed.push({ marker, x, row, anchor: 'start', text });
  }
  return placed;
}

/** The rows the placed labels use (0 when there are none). */
export function labelRowsUsed(placed: readonly PlacedLabel[]): number {
  return Math.max(0, ...placed.filter((label) => label.text).map((label) => label.row + 1));
}

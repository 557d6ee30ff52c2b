import { describe, expect, it } from 'vitest';
import type { ChartMarker } from './chart-markers';
import { labelRowsUsed, labelWidth, placeLabels } from './marker-layout';

const change = (epoch: number, label: string): ChartMarker => ({ epoch, label, kind: 'change' });

// The horizontal span each drawn label takes.
function spans(placed: ReturnType<typeof placeLabels>) {
  return placed
    .filter((label) => label.text)
    .map((label) => {
      const width = labelWidth(label.text.length);
      const from = label.anchor === 'start' ? label.x + 3 : label.x - 3 - width;
      return { row: label.row, from, to: from + width };
    });
}

describe('placeLabels', () => {
  it('stacks labels that would collide into rows, and none overlaps another in its row', () => {
    const markers = [10, 14, 18, 22].map((x, index) => ({ marker: change(index + 1, `Output dropout 0 → 0.${index + 1}`), x }));
    const placed = placeLabels(markers, 0, 800);
    expect(placed.filter((label) => label.text === label.marker.label).map((label) => label.row)).toEqual([0, 1, 2]);
    const drawn = spans(placed);
    for (const [index, first] of drawn.entries())
      for (const second of drawn.slice(index + 1))
        expect(first.row !== second.row || first.to <= second.from || second.to <= first.from).toBe(true);
    expect(labelRowsUsed(placed)).toBe(3);
  });

  it('shortens a label that finds no row free, and puts a label at the right edge left of its line', () => {
    const crowded = [0, 1, 2, 3].map((index) => ({ marker: change(index, `Input dropout 0 → 0.${index + 1}`), x: 10 + index * 2 }));
    const late = { marker: change(99, 'L2 off → 0.001'), x: 390 };
    const placed = placeLabels([...crowded, late], 0, 400);
    const shortened = placed.find((label) => label.marker.epoch === 3);
    expect(shortened?.text === '' || shortened?.text.endsWith('…')).toBe(true);
    expect(placed.find((label) => label.marker.epoch === 99)).toMatchObject({ anchor: 'end', text: 'L2 off → 0.001' });
  });

  it('places the best and early-stop labels before the changes', () => {
    const placed = placeLabels(
      [
        { marker: change(5, 'Output dropout 0 → 0.3'), x: 50 },
        { marker: { epoch: 5, label: 'best', kind: 'best' }, x: 50 },
      ],
      0,
      500,
    );
    expect(placed.find((label) => label.marker.kind === 'best')?.row).toBe(0);
  });
});

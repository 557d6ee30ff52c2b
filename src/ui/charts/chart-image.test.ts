import { describe, expect, it } from 'vitest';
import type { EpochPoint } from '../../state/run-slice';
import { chartSvg, slideSize } from './chart-image';
import { chartPicture } from './chart-picture';

const point = (epoch: number): EpochPoint => ({
  epoch,
  trainLoss: 0.5 / epoch,
  valLoss: 0.3 + 0.2 / epoch,
  objective: 0.5 / epoch,
  gradientNorms: [1],
  clipped: [false],
  weights: { inputKernelNorm: 1, recurrentKernelNorm: 1, nearZeroShare: 0 },
});

describe('chartSvg', () => {
  it('draws the same picture as the page at slide size: axes, curves, pins, gap band and markers', () => {
    const history = Array.from({ length: 30 }, (_, index) => point(index + 1));
    const picture = chartPicture({
      history,
      metric: 'loss',
      smoothing: 0.5,
      logScale: false,
      pinned: [{ number: 1, colour: '#8250df', history: history.slice(0, 10) }],
    });
    const svg = chartSvg(
      picture,
      [
        { epoch: 30, label: 'best', kind: 'best' },
        { epoch: 12, label: 'Output dropout 0 → 0.3', kind: 'change' },
      ],
      {
        title: 'Training vs validation loss <MSE>',
        curve: 'loss',
      },
    );
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${slideSize.width}" height="${slideSize.height}"`));
    for (const name of ['Training loss (raw)', 'Validation loss (smoothed)', 'Pinned run 1 validation', 'Pinned run 1 training'])
      expect(svg).toContain(`<title>${name}</title>`);
    expect(svg).toContain('fill-opacity="0.18"');
    expect(svg).toContain('>best</text>');
    expect(svg).toContain('>Output dropout 0 → 0.3</text>');
    expect(svg).toContain('&#60;MSE&#62;');
    for (const tick of picture.y.ticks) expect(svg).toContain(`>${String(tick)}</text>`);
  });
});

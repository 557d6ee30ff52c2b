import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis } from './axis-ticks';
import { layerFills, paintBestMarker, traceBand, tracePolyline, type PathSink, type PlotFrame } from './curve-layer';

function recorder(): PathSink & { commands: string[] } {
  const commands: string[] = [];
  return { commands, moveTo: (x, y) => commands.push(`M${x},${y}`), lineTo: (x, y) => commands.push(`L${x},${y}`) };
}

const frame: PlotFrame = { left: 0, top: 0, width: 100, height: 100, x: linearAxis(0, 10), y: linearAxis(0, 1) };

describe('tracePolyline and traceBand', () => {
  it('map data to the plot area (y grows upwards) and break a line where the axis cannot show a value', () => {
    const line = recorder();
    tracePolyline(line, [0, 5, 10], [0, 0.5, 1], frame);
    expect(line.commands).toEqual(['M0,100', 'L50,50', 'L100,0']);
    const log = recorder();
    tracePolyline(log, [1, 2, 3, 4], [0.1, 0, 0.1, 1], { ...frame, y: logAxis(0.1, 1) });
    expect(log.commands.map((command) => command[0])).toEqual(['M', 'M', 'L']);
  });

  it('outline a band along its upper edge and back along its lower edge', () => {
    const band = recorder();
    traceBand(band, { x: [0, 10], lower: [0.2, 0.4], upper: [0.6, 0.8] }, frame);
    expect(band.commands).toEqual(['M0,40', 'L100,20', 'L100,60', 'L0,80']);
  });

  it('turn a series’ optional band (mean ± sd across seeds) into a fill in its colour', () => {
    const fills = layerFills({
      fills: [],
      series: [
        {
          name: 'Validation loss',
          x: [1, 2],
          y: [0.5, 0.4],
          colour: '#d9480f',
          lineWidth: 2,
          opacity: 1,
          band: { lower: [0.4, 0.3], upper: [0.6, 0.5] },
        },
        { name: 'Training loss', x: [1, 2], y: [0.3, 0.2], colour: '#1f6feb', lineWidth: 2, opacity: 1 },
      ],
    });
    expect(fills).toEqual([{ x: [1, 2], lower: [0.4, 0.3], upper: [0.6, 0.5], colour: '#d9480f', opacity: 0.15 }]);
  });
});

describe('paintBestMarker', () => {
  it('writes the marker’s own label, in the page’s language, beside its line', () => {
    const written: string[] = [];
    const context = {
      save() {},
      restore() {},
      beginPath() {},
      moveTo() {},
      lineTo() {},
      stroke() {},
      measureText: (text: string) => ({ width: text.length * 6 }),
      fillText: (text: string) => written.push(text),
    } as unknown as CanvasRenderingContext2D;
    paintBestMarker(context, { epoch: 5, label: '最佳' }, frame);
    expect(written).toEqual(['最佳']);
  });
});

import { useEffect, useRef } from 'react';
import { heatColour } from './view-data';

/** What one heatmap draws: values as [columns × rows], row index fastest (time steps × units). */
export interface HeatmapData {
  values: Float32Array;
  columns: number;
  rows: number;
  /** Signed values are drawn red (negative) to blue, scaled by their largest magnitude; unsigned ones in [0, 1]. */
  signed: boolean;
}

/** A heatmap on a canvas, one pixel per value, scaled up by CSS; `label` describes it for screen readers. */
export function Heatmap({ data, label }: { data: HeatmapData; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const { values, columns, rows, signed } = data;
    const scale = signed ? Math.max(1e-6, ...Array.from(values, Math.abs)) : 1;
    const image = context.createImageData(columns, rows);
    for (let column = 0; column < columns; column += 1) {
      for (let row = 0; row < rows; row += 1) {
        const [red, green, blue] = heatColour((values[column * rows + row] ?? 0) / scale, signed);
        const offset = 4 * (row * columns + column);
        image.data.set([red, green, blue, 255], offset);
      }
    }
    context.putImageData(image, 0, 0);
  }, [data]);
  return <canvas ref={canvas} className="heatmap" width={data.columns} height={data.rows} role="img" aria-label={label} />;
}

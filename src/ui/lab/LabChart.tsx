import { memo, useEffect, useRef, useState } from 'react';
import type { SweepAxis } from '../../settings/lab-setup';
import type { LabRow } from '../../state/lab-slice';
import { useLabViewText } from '../../i18n/lab-view';
import { labChartGeometry, type LabSeries } from './lab-chart-geometry';

// Each curve's colour is a theme variable (src/ui/styles.css): the test error's near-black is near-white in the dark theme.
const colors: Record<LabSeries, string> = {
  biasSquared: 'var(--lab-bias)',
  variance: 'var(--lab-variance)',
  noise: 'var(--lab-noise)',
  measuredTestError: 'var(--lab-test)',
  trainingError: 'var(--lab-training)',
};
const height = 220;
const shortNumber = (value: number) => String(Number(value.toPrecision(2)));

/**
 * The sweep's curves against the swept value: bias², variance, noise, measured test and training error;
 * for a training-samples sweep (the learning curve) test and training error with bands of ± one spread.
 * Drawn as a plain SVG rather than with recharts: recharts' chart for the rows of a finished sweep was one
 * 55–70 ms task on the main thread (a Chromium trace of the default sweep), this one takes a few ms.
 */
export const LabChart = memo(function LabChart({ axis, rows, summary }: { axis: SweepAxis; rows: readonly LabRow[]; summary: string }) {
  const labStrings = useLabViewText();
  const surface = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const learningCurve = axis === 'samples';
  const series: readonly LabSeries[] = learningCurve
    ? ['measuredTestError', 'trainingError']
    : ['biasSquared', 'variance', 'noise', 'measuredTestError', 'trainingError'];
  const geometry = labChartGeometry(rows, series, learningCurve, width, height);
  const { frame } = geometry;
  const [left, right, top, bottom] = [frame.left, frame.left + frame.width, frame.top, frame.top + frame.height];
  return (
    <figure className="lab-chart" aria-label={learningCurve ? labStrings.learningChart : labStrings.chart}>
      <div ref={surface} className="lab-chart-surface">
        {width > 0 && (
          // The table under the chart gives every value in words; the picture adds nothing a screen reader can use.
          <svg width={width} height={height} aria-hidden="true">
            <g className="lab-chart-grid">
              {geometry.ticks.map((tick) => (
                <line key={`y${tick.value}`} x1={left} x2={right} y1={tick.y} y2={tick.y} />
              ))}
              {geometry.columns.map((column) => (
                <line key={`x${column.label}`} x1={column.x} x2={column.x} y1={top} y2={bottom} />
              ))}
            </g>
            <g className="lab-chart-axis">
              <line x1={left} x2={left} y1={top} y2={bottom} />
              <line x1={left} x2={right} y1={bottom} y2={bottom} />
              {geometry.ticks.map((tick) => (
                <text key={tick.value} x={left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
                  {shortNumber(tick.value)}
                </text>
              ))}
              {geometry.columns.map((column) => (
                <text key={column.label} x={column.x} y={bottom + 18} textAnchor="middle">
                  {column.label}
                </text>
              ))}
            </g>
            {geometry.bands.map((band) => (
              <path
                key={band.series}
                d={band.path}
                style={{ fill: colors[band.series] }}
                fillOpacity={band.series === 'trainingError' ? 0.15 : 0.12}
              />
            ))}
            {geometry.lines.map((line) => (
              <g key={line.series} style={{ stroke: colors[line.series] }}>
                <path d={line.path} fill="none" strokeWidth={1.5} strokeDasharray={line.series === 'noise' ? '4 3' : undefined} />
                {line.dots.map((dot) => (
                  <circle key={dot.x} cx={dot.x} cy={dot.y} r={3} />
                ))}
              </g>
            ))}
          </svg>
        )}
      </div>
      <ul className="chart-legend">
        {series.map((key) => (
          <li key={key} style={{ color: colors[key] }}>
            {labStrings.series[key]}
          </li>
        ))}
      </ul>
      <figcaption>
        {labStrings.axes[axis]}: {summary}
      </figcaption>
    </figure>
  );
});

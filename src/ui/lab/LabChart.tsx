import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SweepAxis } from '../../settings/lab-setup';
import type { LabRow } from '../../state/lab-slice';
import { useLabViewText } from '../../i18n/lab-view';

const colors = { biasSquared: '#cf222e', variance: '#1f6feb', noise: '#6e7781', measuredTestError: '#1a1a1a', trainingError: '#1a7f37' };
const shortNumber = (value: number) => String(Number(value.toPrecision(2)));

// The swept values are spread unevenly (2, 5, 20, 50, 150), so they sit at even steps, labelled by value.
function chartRows(rows: readonly LabRow[]) {
  return rows.map((row) => ({
    ...row,
    label: String(row.value),
    noise: Number.isFinite(row.noise) ? row.noise : undefined,
    testBand: [row.measuredTestError - row.testErrorSpread, row.measuredTestError + row.testErrorSpread],
    trainingBand: [Math.max(0, row.trainingError - row.trainingErrorSpread), row.trainingError + row.trainingErrorSpread],
  }));
}

/**
 * The sweep's curves against the swept value: bias², variance, noise, measured test and training error;
 * for a training-samples sweep (the learning curve) test and training error with bands of ± one spread.
 */
export const LabChart = memo(function LabChart({ axis, rows, summary }: { axis: SweepAxis; rows: readonly LabRow[]; summary: string }) {
  const labStrings = useLabViewText();
  const learningCurve = axis === 'samples';
  const data = chartRows(rows);
  const series = learningCurve
    ? (['measuredTestError', 'trainingError'] as const)
    : (['biasSquared', 'variance', 'noise', 'measuredTestError', 'trainingError'] as const);
  return (
    <figure className="lab-chart" aria-label={learningCurve ? labStrings.learningChart : labStrings.chart}>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="label" />
          <YAxis width={48} tickFormatter={shortNumber} />
          {learningCurve && (
            <Area dataKey="testBand" stroke="none" fill={colors.measuredTestError} fillOpacity={0.12} isAnimationActive={false} />
          )}
          {learningCurve && (
            <Area dataKey="trainingBand" stroke="none" fill={colors.trainingError} fillOpacity={0.15} isAnimationActive={false} />
          )}
          {series.map((key) => (
            <Line
              key={key}
              dataKey={key}
              stroke={colors[key]}
              strokeDasharray={key === 'noise' ? '4 3' : undefined}
              dot
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
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

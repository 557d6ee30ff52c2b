import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useChartHistory } from '../charts/use-throttled';
import { SmallChart, valueAxisProps } from './SmallChart';
import { weightRows } from './view-data';

/** The kernels' norms over training, and the share of weights near zero: where L1 and L2 show. */
export function WeightView() {
  const history = useChartHistory();
  const rows = useMemo(() => weightRows(history), [history]);
  const last = rows.at(-1);
  return (
    <section className="model-view" aria-labelledby="weight-view-heading">
      <h3 id="weight-view-heading">Weights</h3>
      <SmallChart
        caption="Kernel sizes during training: ‖Wₓ‖, ‖Wₕ‖ and the share of weights near zero"
        note={
          last
            ? `Now ‖Wₓ‖ = ${last.inputKernelNorm.toPrecision(3)}, ‖Wₕ‖ = ${last.recurrentKernelNorm.toPrecision(3)}, ${last.nearZeroPercent.toFixed(1)}% of kernel weights within 0.01 of zero. L2 shrinks every weight a little; L1 pushes many all the way to zero.`
            : 'No trained model yet.'
        }
      >
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis
            yAxisId="norm"
            width={44}
            {...valueAxisProps(
              rows.flatMap((row) => [row.inputKernelNorm, row.recurrentKernelNorm]),
              { fromZero: true },
            )}
          />
          <YAxis
            yAxisId="share"
            orientation="right"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            interval={0}
            width={48}
            tickFormatter={(share: number) => `${share}%`}
          />
          <Line yAxisId="norm" dataKey="inputKernelNorm" stroke="#1f6feb" dot={false} isAnimationActive={false} />
          <Line yAxisId="norm" dataKey="recurrentKernelNorm" stroke="#8250df" dot={false} isAnimationActive={false} />
          <Line yAxisId="share" dataKey="nearZeroPercent" stroke="#1a7f37" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </SmallChart>
      <ul className="chart-legend">
        <li style={{ color: '#1f6feb' }}>‖Wₓ‖ input kernels</li>
        <li style={{ color: '#8250df' }}>‖Wₕ‖ recurrent kernels</li>
        <li style={{ color: '#1a7f37' }}>near zero (right axis)</li>
      </ul>
    </section>
  );
}

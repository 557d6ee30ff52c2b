import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../i18n';
import { useLanguage, useT } from '../../i18n/react';
import { useChartHistory } from '../charts/use-throttled';
import { SmallChart, valueAxisProps } from './SmallChart';
import { weightRows } from './view-data';

/** The kernels' norms over training, and the share of weights near zero: where L1 and L2 show. */
export function WeightView() {
  const history = useChartHistory();
  const rows = useMemo(() => weightRows(history), [history]);
  const last = rows.at(-1);
  const words = useT().modelViews;
  const language = useLanguage();
  return (
    <section className="model-view" aria-labelledby="weight-view-heading">
      <h3 id="weight-view-heading">{words.weightsTitle}</h3>
      <SmallChart
        caption={words.weightsCaption}
        note={
          last
            ? words.weightsNow(
                last.inputKernelNorm.toPrecision(3),
                last.recurrentKernelNorm.toPrecision(3),
                formatPercent(language, last.nearZeroPercent / 100, 1),
              )
            : words.noModel
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
        <li className="series-input">{words.inputKernels}</li>
        <li className="series-recurrent">{words.recurrentKernels}</li>
        <li className="series-near-zero">{words.nearZero}</li>
      </ul>
    </section>
  );
}

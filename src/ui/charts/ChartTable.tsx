import { useChartViewText } from '../../i18n/chart-view';
import { useT } from '../../i18n/react';
import { formatValue } from './chart-readout';
import type { ChartMetric, ChartRow } from './chart-rows';

/** The rows a history chart draws, as a table: every epoch up to the drawing limit, the kept ones beyond it. */
export function ChartTable({
  rows,
  metric,
  caption,
  smoothed,
}: {
  rows: ChartRow[];
  metric: ChartMetric;
  caption: string;
  smoothed: boolean;
}) {
  const text = { ...useT().chart, ...useChartViewText() };
  const curve = text.curve[metric];
  const gapOf = (row: ChartRow) => (metric === 'loss' ? row.val - row.train : row.train - row.val);
  return (
    <div className="chart-table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.epochColumn}</th>
            <th scope="col">{text.training(curve)}</th>
            <th scope="col">{text.validation(curve)}</th>
            <th scope="col">{text.gapColumn}</th>
            {smoothed && <th scope="col">{text.smoothedColumn(text.training(curve))}</th>}
            {smoothed && <th scope="col">{text.smoothedColumn(text.validation(curve))}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.epoch}>
              <th scope="row">{row.epoch}</th>
              <td>{formatValue(row.train)}</td>
              <td>{formatValue(row.val)}</td>
              <td>{formatValue(gapOf(row))}</td>
              {smoothed && <td>{formatValue(row.trainSmooth)}</td>}
              {smoothed && <td>{formatValue(row.valSmooth)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

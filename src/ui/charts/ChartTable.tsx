import { formatValue } from './chart-readout';
import type { ChartRow } from './chart-rows';

/** The rows a history chart draws, as a table: every epoch up to the drawing limit, the kept ones beyond it. */
export function ChartTable({ rows, curve, caption, smoothed }: { rows: ChartRow[]; curve: string; caption: string; smoothed: boolean }) {
  const gapOf = (row: ChartRow) => (curve === 'loss' ? row.val - row.train : row.train - row.val);
  return (
    <div className="chart-table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Epoch</th>
            <th scope="col">Training {curve}</th>
            <th scope="col">Validation {curve}</th>
            <th scope="col">Gap</th>
            {smoothed && <th scope="col">Training {curve}, smoothed</th>}
            {smoothed && <th scope="col">Validation {curve}, smoothed</th>}
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

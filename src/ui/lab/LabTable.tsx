import { useState } from 'react';
import { labResultsCsv } from '../../export/lab-csv';
import { usePlayground } from '../../state/store';
import { labStrings } from './lab-strings';

const cell = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : '—');
const withSpread = (value: number, spread: number) => (Number.isFinite(spread) ? `${cell(value)} ± ${cell(spread)}` : cell(value));

/** The decomposition as a table, one row per finished value, with a button that copies it as CSV. */
export function LabTable() {
  const sweep = usePlayground((state) => state.sweep);
  const [copyNote, setCopyNote] = useState('');
  if (sweep.rows.length === 0) return null;
  const copy = () => {
    navigator.clipboard.writeText(labResultsCsv(sweep.setup, sweep.rows)).then(
      () => setCopyNote(labStrings.copied),
      () => setCopyNote(labStrings.copyFailed),
    );
  };
  return (
    <div className="lab-table">
      <table aria-label={labStrings.table}>
        <caption>{labStrings.tableCaption(labStrings.axes[sweep.setup.sweep], sweep.setup.modelsPerPoint)}</caption>
        <thead>
          <tr>
            {labStrings.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sweep.rows.map((row) => (
            <tr key={row.value}>
              <th scope="row">{row.value}</th>
              <td>{cell(row.biasSquared)}</td>
              <td>{cell(row.variance)}</td>
              <td>{cell(row.noise)}</td>
              <td>{cell(row.expectedTestError)}</td>
              <td>{withSpread(row.measuredTestError, row.testErrorSpread)}</td>
              <td>
                {withSpread(row.trainingError, row.trainingErrorSpread)}
                {row.divergedModels > 0 && ` (${row.divergedModels} diverged)`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={copy}>
          {labStrings.copyCsv}
        </button>{' '}
        <span role="status">{copyNote}</span>
      </p>
    </div>
  );
}

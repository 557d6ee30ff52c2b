import { useState } from 'react';
import { labResultsCsv } from '../../export/lab-csv';
import type { LabSetup } from '../../settings/lab-setup';
import type { LabRow } from '../../state/lab-slice';
import { useLabViewText } from '../../i18n/lab-view';

const cell = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : '—');
const withSpread = (value: number, spread: number) => (Number.isFinite(spread) ? `${cell(value)} ± ${cell(spread)}` : cell(value));

/** The decomposition as a table, one row per finished value, with a button that copies it as CSV. */
export function LabTable({ rows, setup }: { rows: readonly LabRow[]; setup: LabSetup }) {
  const labStrings = useLabViewText();
  const [copyNote, setCopyNote] = useState('');
  const copy = () => {
    navigator.clipboard.writeText(labResultsCsv(setup, rows)).then(
      () => setCopyNote(labStrings.copied),
      () => setCopyNote(labStrings.copyFailed),
    );
  };
  return (
    <div className="lab-table">
      <table aria-label={labStrings.table}>
        <caption>{labStrings.tableCaption(labStrings.axes[setup.sweep], setup.modelsPerPoint)}</caption>
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
          {rows.map((row) => (
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

import type { LabSetup } from '../settings/lab-setup';
import type { LabRow } from '../stats/sweep-row';

// The CSV header: the table's columns, plus the spreads across models and the diverged count.
const labCsvHeader = [
  'value',
  'bias_squared',
  'variance',
  'noise',
  'expected_test_error',
  'measured_test_error',
  'test_error_sd',
  'training_error',
  'training_error_sd',
  'diverged_models',
] as const;

// Full float precision, and an empty field where a number is unknown (the noise of an uploaded series).
const field = (value: number) => (Number.isFinite(value) ? String(value) : '');

/** Lab results (CSV): one line per swept value, the first column headed by the swept axis. */
export function labResultsCsv(setup: LabSetup, rows: readonly LabRow[]): string {
  const header = [`${setup.sweep}`, ...labCsvHeader.slice(1)].join(',');
  const lines = rows.map((row) =>
    [
      row.value,
      row.biasSquared,
      row.variance,
      row.noise,
      row.expectedTestError,
      row.measuredTestError,
      row.testErrorSpread,
      row.trainingError,
      row.trainingErrorSpread,
      row.divergedModels,
    ]
      .map(field)
      .join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}

import type { EpochPoint } from '../model/trainer';
import type { SettingName, Settings } from '../settings/schema';
import { encodeSettings } from '../settings/url-codec';

/** A knob moved during a run, as the page records it: after which epoch, which one, from what to what. */
export interface ExportedChange {
  epoch: number;
  name: SettingName;
  from: Settings[SettingName];
  to: Settings[SettingName];
  /** Its chart label ("Output dropout 0 → 0.3"). */
  label: string;
}

/** One run as the curve exports carry it: the live run or a pinned one. */
export interface ExportedRun {
  /** "live", or "pinned 1", "pinned 2", … in the pinned list's order. */
  name: string;
  settings: Settings;
  history: readonly EpochPoint[];
  /** Knob changes made during the run, each with its chart label ("Output dropout 0 → 0.3"). */
  changes: readonly ExportedChange[];
  /** How the run's last command ended, when early stopping or divergence ended it. */
  stop?: { reason: string; epoch: number };
}

/** The name and version of the JSON format, so a later page can read old files. */
export const curvesFormat = { name: 'overfitting-playground-curves', version: 1 } as const;

const columns = [
  'run',
  'epoch',
  'training_loss',
  'validation_loss',
  'generalization_gap',
  'training_accuracy',
  'validation_accuracy',
  'penalised_objective',
  'change',
] as const;

// A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break.
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The curves as CSV: `#` lines first (each run's settings as a link query, which `?` + it reopens, and
 * its changes), then a header and one row per epoch per run, values at full precision. The `change`
 * column names the knob changes made after that epoch. Spreadsheets and pandas (`comment='#'`) read it.
 */
export function curvesCsv(runs: readonly ExportedRun[], exportedAt: Date): string {
  const lines = [`# Overfitting Playground training curves, exported ${exportedAt.toISOString()}`];
  for (const run of runs) {
    lines.push(`# ${run.name} settings: ?${encodeSettings(run.settings)}`);
    if (run.stop) lines.push(`# ${run.name} stopped: ${run.stop.reason} after epoch ${run.stop.epoch}`);
  }
  lines.push(columns.join(','));
  for (const run of runs) {
    const changesAfter = new Map<number, string[]>();
    for (const change of run.changes) changesAfter.set(change.epoch, [...(changesAfter.get(change.epoch) ?? []), change.label]);
    for (const point of run.history) {
      const row = [
        run.name,
        point.epoch,
        point.trainLoss,
        point.valLoss,
        point.valLoss - point.trainLoss,
        point.trainAccuracy,
        point.valAccuracy,
        point.objective,
        changesAfter.get(point.epoch)?.join('; '),
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The curves as JSON: for each run its settings (as values and as a link query), every epoch's losses,
 * accuracies and penalised objective, its knob changes and how it stopped.
 */
export function curvesJson(runs: readonly ExportedRun[], exportedAt: Date): string {
  return JSON.stringify(
    {
      format: curvesFormat.name,
      version: curvesFormat.version,
      exportedAt: exportedAt.toISOString(),
      runs: runs.map((run) => ({
        name: run.name,
        settings: run.settings,
        query: `?${encodeSettings(run.settings)}`,
        epochs: run.history.map((point) => ({
          epoch: point.epoch,
          trainLoss: point.trainLoss,
          valLoss: point.valLoss,
          ...(point.trainAccuracy === undefined ? {} : { trainAccuracy: point.trainAccuracy }),
          ...(point.valAccuracy === undefined ? {} : { valAccuracy: point.valAccuracy }),
          objective: point.objective,
        })),
        changes: run.changes.map(({ epoch, name, from, to, label }) => ({ afterEpoch: epoch, setting: name, from, to, label })),
        ...(run.stop ? { stop: { reason: run.stop.reason, afterEpoch: run.stop.epoch } } : {}),
      })),
    },
    null,
    2,
  );
}

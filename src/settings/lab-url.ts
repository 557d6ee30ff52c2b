import { defaultLabSetup, labLimits, parseSweepValues, sweepAxes, sweepAxisRows, type LabSetup, type SweepAxis } from './lab-setup';
import { excerpt } from './excerpt';
import type { UrlNotice } from './url-notice';

/** The lab's query-string keys: never rename one, or shared links break. */
export const labUrlKeys = { sweep: 'sweep', values: 'sweepat', modelsPerPoint: 'models', epochsPerModel: 'sweepepochs' } as const;

/** What reading the lab's keys produced: a valid set-up, one notice per correction, and whether any key was there. */
export interface DecodedLabSetup {
  setup: LabSetup;
  notices: UrlNotice[];
  /** True when the link named any lab key: it was made with the lab in view. */
  present: boolean;
}

function integerIn(raw: string, key: string, limits: { min: number; max: number }, fallback: number, notices: UrlNotice[]): number {
  const parsed = /^\d{1,6}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isNaN(parsed)) {
    notices.push({ key, raw: excerpt(raw), used: String(fallback), problem: 'notWhole' });
    return fallback;
  }
  const clamped = Math.min(limits.max, Math.max(limits.min, parsed));
  if (clamped !== parsed) notices.push({ key, raw: excerpt(raw), used: String(clamped), problem: 'outside', ...limits });
  return clamped;
}

/** Reads the lab's set-up from a query string; never throws, unreadable values fall back to defaults with a notice. */
export function decodeLabSetup(query: string): DecodedLabSetup {
  const params = new URLSearchParams(query);
  const read = (key: string) => params.getAll(key).at(-1);
  const notices: UrlNotice[] = [];
  const rawSweep = read(labUrlKeys.sweep);
  let sweep: SweepAxis = defaultLabSetup.sweep;
  if (rawSweep !== undefined) {
    if ((sweepAxes as readonly string[]).includes(rawSweep)) sweep = rawSweep as SweepAxis;
    else notices.push({ key: labUrlKeys.sweep, raw: excerpt(rawSweep), used: sweep, problem: 'notChoice', choices: sweepAxes });
  }
  const rawValues = read(labUrlKeys.values);
  let values = [...sweepAxisRows[sweep].defaults];
  if (rawValues !== undefined) {
    const parsed = parseSweepValues(rawValues, sweep);
    if ('values' in parsed) values = parsed.values;
    else
      notices.push({
        key: labUrlKeys.values,
        raw: excerpt(rawValues),
        used: values.join(','),
        problem: 'sweepValues',
        sweepProblem: parsed.problem,
      });
  }
  const rawModels = read(labUrlKeys.modelsPerPoint);
  const rawEpochs = read(labUrlKeys.epochsPerModel);
  const setup: LabSetup = {
    sweep,
    values,
    modelsPerPoint:
      rawModels === undefined
        ? defaultLabSetup.modelsPerPoint
        : integerIn(rawModels, labUrlKeys.modelsPerPoint, labLimits.modelsPerPoint, defaultLabSetup.modelsPerPoint, notices),
    epochsPerModel:
      rawEpochs === undefined
        ? defaultLabSetup.epochsPerModel
        : integerIn(rawEpochs, labUrlKeys.epochsPerModel, labLimits.epochsPerModel, defaultLabSetup.epochsPerModel, notices),
  };
  const present = Object.values(labUrlKeys).some((key) => params.has(key));
  return { setup, notices, present };
}

/** The lab's keys for a set-up: only what differs from the defaults (the values: from the chosen axis's defaults). */
export function encodeLabSetup(setup: LabSetup): [string, string][] {
  const entries: [string, string][] = [];
  if (setup.sweep !== defaultLabSetup.sweep) entries.push([labUrlKeys.sweep, setup.sweep]);
  if (setup.values.join(',') !== sweepAxisRows[setup.sweep].defaults.join(',')) entries.push([labUrlKeys.values, setup.values.join(',')]);
  if (setup.modelsPerPoint !== defaultLabSetup.modelsPerPoint) entries.push([labUrlKeys.modelsPerPoint, String(setup.modelsPerPoint)]);
  if (setup.epochsPerModel !== defaultLabSetup.epochsPerModel) entries.push([labUrlKeys.epochsPerModel, String(setup.epochsPerModel)]);
  return entries;
}

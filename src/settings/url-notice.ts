import type { SweepValuesProblem } from './lab-setup';

/**
 * One correction made while reading a link, as data: the page words it in its own language. `raw` is
 * the value as the link gave it, cut by `excerpt` (src/settings/excerpt.ts), so a hostile link
 * cannot flood the page; `used` is what the page uses instead, as a URL would write it.
 */
export type UrlNotice = { key: string; raw: string; used: string } & (
  | { problem: 'notChoice'; choices: readonly string[] }
  | { problem: 'notBoolean' }
  | { problem: 'notNumber' }
  | { problem: 'notWhole' }
  | { problem: 'rounded' }
  | { problem: 'outside'; min: number; max: number }
  | { problem: 'sweepValues'; sweepProblem: SweepValuesProblem }
  | { problem: 'needsFile' }
);

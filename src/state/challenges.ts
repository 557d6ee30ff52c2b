import type { SettingName, Settings } from '../settings/schema';
import type { EpochPoint, KnobChange } from './run-slice';

/** A limit a challenge puts on one setting: at most a number, or exactly one value. */
export type ChallengeRule = { name: SettingName; atMost: number } | { name: SettingName; equals: Settings[SettingName] };

/** A goal to reach with the page: a number below a target at a given epoch, within the rules. */
export interface Challenge {
  id: string;
  /** The settings it starts from, as a query string (the rest keep their defaults). */
  query: string;
  rules: readonly ChallengeRule[];
  /** Validation loss (or the gap, validation minus training) at `atEpoch` must be below `below`. */
  goal: { metric: 'valLoss' | 'gap'; below: number; atEpoch: number };
}

/**
 * The challenges, each reachable (measured with the trainer on WebAssembly, seed 1; see README,
 * Lesson links): the starting settings miss the goal, and the solution named in the test reaches it.
 */
export const challenges: readonly Challenge[] = [
  {
    id: 'tame',
    query: 'epochs=150',
    rules: [
      { name: 'hiddenUnits', atMost: 32 },
      { name: 'earlyStopping', equals: false },
      { name: 'trainingSamples', atMost: 48 },
      { name: 'noise', equals: 0.3 },
      { name: 'task', equals: 'sines' },
    ],
    goal: { metric: 'valLoss', below: 0.16, atEpoch: 150 },
  },
  {
    id: 'small-data',
    query: 'hidden=64&train=16&epochs=100',
    rules: [
      { name: 'trainingSamples', atMost: 16 },
      { name: 'earlyStopping', equals: false },
      { name: 'noise', equals: 0.3 },
      { name: 'task', equals: 'sines' },
    ],
    goal: { metric: 'valLoss', below: 0.25, atEpoch: 100 },
  },
];

/** The ids of the challenges, for reading links. */
export const challengeIds = challenges.map((challenge) => challenge.id);

/** The challenge of an id. */
export function challengeOf(id: string | undefined): Challenge | undefined {
  return challenges.find((challenge) => challenge.id === id);
}

/** Whether a setting's value keeps a rule. */
export function keepsRule(rule: ChallengeRule, value: Settings[SettingName]): boolean {
  return 'atMost' in rule ? typeof value === 'number' && value <= rule.atMost : value === rule.equals;
}

/** Where a challenge stands for the run on the page. */
export type ChallengeStanding =
  | { kind: 'rule-broken'; rule: ChallengeRule }
  | { kind: 'running'; epoch: number; value: number | undefined }
  | { kind: 'met'; value: number }
  | { kind: 'missed'; value: number };

// The goal's number in one epoch.
function metricOf(point: EpochPoint, metric: Challenge['goal']['metric']): number {
  return metric === 'valLoss' ? point.valLoss : point.valLoss - point.trainLoss;
}

/**
 * Judges the run: a rule broken now, or by a change made during the run, spoils it (Reset starts a
 * fair one); otherwise the goal's number at its epoch decides, and before that epoch the run goes on.
 */
export function judgeChallenge(
  challenge: Challenge,
  run: { settings: Settings; history: readonly EpochPoint[]; changes: readonly KnobChange[] },
): ChallengeStanding {
  for (const rule of challenge.rules) {
    if (!keepsRule(rule, run.settings[rule.name])) return { kind: 'rule-broken', rule };
    const brokenEarlier = run.changes.some((change) => change.name === rule.name && !keepsRule(rule, change.from));
    if (brokenEarlier) return { kind: 'rule-broken', rule };
  }
  const { metric, below, atEpoch } = challenge.goal;
  const atGoal = run.history.find((point) => point.epoch === atEpoch);
  if (atGoal) {
    const value = metricOf(atGoal, metric);
    return value < below ? { kind: 'met', value } : { kind: 'missed', value };
  }
  const last = run.history.at(-1);
  return { kind: 'running', epoch: last?.epoch ?? 0, value: last ? metricOf(last, metric) : undefined };
}

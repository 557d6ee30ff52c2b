import type { PageRunStatus } from './run-slice';

/** A question asked before a preset trains: which of its three answers is right, and when the run has shown it. */
export interface PresetQuestion {
  presetId: string;
  /** Index (0–2) of the right answer among the catalogue's three. */
  answer: number;
  /** The epoch by which the chart shows the answer; a run that stops earlier shows it when it stops. */
  revealAtEpoch: number;
}

/** The presets that ask first; the answers are the stories the presets' end-to-end test checks. */
export const presetQuestions: readonly PresetQuestion[] = [
  { presetId: 'overfit', answer: 1, revealAtEpoch: 60 },
  { presetId: 'dropout', answer: 1, revealAtEpoch: 100 },
  { presetId: 'early-stopping', answer: 2, revealAtEpoch: 1000 },
  { presetId: 'clipping', answer: 1, revealAtEpoch: 20 },
  { presetId: 'underfit', answer: 0, revealAtEpoch: 100 },
];

/** The question a preset asks, if any. */
export function questionOf(presetId: string | undefined): PresetQuestion | undefined {
  return presetQuestions.find((question) => question.presetId === presetId);
}

/** Whether the run has gone far enough to show the answer: the reveal epoch, or a run that ended on its own. */
export function answerShown(question: PresetQuestion, epoch: number, status: PageRunStatus): boolean {
  return epoch >= question.revealAtEpoch || (epoch > 0 && (status === 'finished' || status === 'early-stopped' || status === 'diverged'));
}

import type { SweepAxis } from '../settings/lab-setup';

/** Which way a value moved across a sweep, and from what to what, as the lab's summary says it. */
export interface LabTrend {
  move: string;
  from: string;
  to: string;
}

/**
 * The English words of the bias–variance lab's panel (form, progress, table, chart, notes, the summary
 * sentence). Only the lazily loaded panel imports them, so they stay out of the page's start-up
 * JavaScript; `lab-view-zh-CN.ts` must match this shape (`LabViewMessages`).
 */
export const labViewEn = {
  intro:
    'Train the same set-up many times, each model on a fresh training set drawn from the same process, and split its test error into bias² (how far the models’ average forecast is from the truth), variance (how much the models disagree) and noise (what no model can forecast).',
  sweep: 'Sweep',
  axes: {
    hidden: 'Hidden units',
    samples: 'Training samples',
    epochs: 'Epochs',
    l2: 'L2',
    odrop: 'Output dropout',
  } satisfies Record<SweepAxis, string>,
  sweepValues: 'Sweep values',
  sweepValuesHint: 'Comma-separated, 2 to 8 values.',
  modelsPerPoint: 'Models per point',
  epochsPerModel: 'Epochs per model',
  epochsAxisNote: 'The epochs sweep trains each model to its largest value and reads it out at every value on the way.',
  runSweep: 'Run sweep',
  cancelSweep: 'Cancel sweep',
  progress: 'Sweep progress',
  workers: (count: number) =>
    `${count} ${count === 1 ? 'model trains' : 'models train'} at once (one worker per core, leaving one for the page).`,
  secondsLeft: (seconds: number) =>
    seconds >= 90 ? `about ${Math.round(seconds / 60)} min left` : `about ${Math.max(1, Math.round(seconds))} s left`,
  status: {
    running: 'Training…',
    finished: 'Finished.',
    cancelled: 'Cancelled; the rows finished before stay.',
    failed: 'The sweep failed:',
  },
  backend: (backend: string) => `Trained on ${backend}.`,
  table: 'Bias–variance decomposition',
  columns: ['Value', 'Bias²', 'Variance', 'Noise', 'Expected test error', 'Measured test error', 'Training error'],
  tableCaption: (axis: string, models: number) =>
    `Value: ${axis}. Averages over ${models} models; ± is the spread (standard deviation) across them.`,
  copyCsv: 'Copy as CSV',
  copied: 'Copied.',
  copyFailed: 'The browser refused the clipboard; select the table instead.',
  chart: 'Bias–variance curves',
  learningChart: 'Learning curve',
  series: {
    biasSquared: 'Bias²',
    variance: 'Variance',
    noise: 'Noise',
    measuredTestError: 'Measured test error',
    trainingError: 'Training error',
  },
  notes: {
    sines:
      'The sines inputs are noisy too, so even a perfect model cannot recover the clean next value from them: part of what is measured as bias² against the clean value is irreducible.',
    adding: 'Noise is the label noise σ², known exactly; the inputs are clean.',
    series:
      'An uploaded series has no known noise-free values: each model trains on a bootstrap resample of the training windows, bias² is measured against the observed later values and so contains their noise, and the noise term cannot be known (shown as —).',
    reber:
      'The lab is not offered for the Reber task: it is a classification, where squared error does not apply and the 0–1-loss decomposition (Domingos 2000) does not add up (variance lowers the error where a model is biased); and at these sizes the model does not learn the grammar (its validation loss is best at chance), so every value would show the same bias.',
  },
  invalidSetup: 'Fix the sweep values first.',
  /** The sentence on a finished sweep (src/ui/lab/lab-summary.ts); each trend is which way a value moved, from, to. */
  summary: {
    moves: { rises: 'rises', falls: 'falls', stays: 'stays' },
    lowest: (value: string, error: string) => `measured test error is lowest at ${value} (${error})`,
    samples: (first: string, last: string, test: LabTrend, training: LabTrend, variance: LabTrend) =>
      `As the training set grows from ${first} to ${last} windows, test error ${test.move} from ${test.from} to ${test.to} and training error ${training.move} from ${training.from} to ${training.to}; variance ${variance.move} from ${variance.from} to ${variance.to}.`,
    trends: (name: string, first: string, last: string, bias: LabTrend, variance: LabTrend) =>
      `From ${name} ${first} to ${last}, bias² ${bias.move} from ${bias.from} to ${bias.to} and variance ${variance.move} from ${variance.from} to ${variance.to}`,
    tradeOff: (trends: string, lowest: string) => `${trends}: a trade-off, and ${lowest}, where the two balance.`,
    noTradeOff: (trends: string, lowest: string, why: string) =>
      `${trends}; ${lowest}. No trade-off shows within these values, because ${why}.`,
    why: {
      same: 'bias² and variance move the same way here',
      bias: 'the change in bias² outweighs the change in variance across these values',
      variance: 'the change in variance outweighs the change in bias² across these values',
    },
  },
};

/** The shape of the lab's words in every language. */
export type LabViewMessages = typeof labViewEn;

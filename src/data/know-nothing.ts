import type { TaskData } from './dataset';

/** The scores of a model that learned nothing but the training targets' overall statistics. */
export interface KnowNothingScores {
  /** Validation loss of the know-nothing answer (mean squared error, or cross-entropy for classes). */
  valLoss: number;
  /** Classification only: validation accuracy of always answering the most frequent training class. */
  valAccuracy?: number;
}

/**
 * The line a model has to beat. Regression: always forecast the training targets' mean. Classification:
 * always answer the training set's class frequencies (the best answer that ignores the input under
 * cross-entropy; answering one class with certainty would cost infinitely much), and for accuracy the
 * most frequent class.
 */
export function knowNothingScores(task: TaskData): KnowNothingScores {
  const { training, validation } = task;
  if (task.kind === 'regression') {
    const mean = training.targets.reduce((sum, value) => sum + value, 0) / training.samples;
    const squaredError = validation.targets.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    return { valLoss: squaredError / validation.samples };
  }
  const counts = new Array<number>(task.outputs).fill(0);
  for (const label of training.targets) counts[label] = (counts[label] ?? 0) + 1;
  // A class the training set never shows still gets a little probability, or its validation cost is infinite.
  const frequencies = counts.map((count) => (count + 1) / (training.samples + task.outputs));
  const crossEntropy = validation.targets.reduce((sum, label) => sum - Math.log(frequencies[label] ?? 1), 0);
  const mostFrequent = counts.indexOf(Math.max(...counts));
  const correct = validation.targets.reduce((sum, label) => sum + (label === mostFrequent ? 1 : 0), 0);
  return { valLoss: crossEntropy / validation.samples, valAccuracy: correct / validation.samples };
}

/** One swept value's measurements in the bias–variance lab, averaged over its models. */
export interface LabRow {
  value: number;
  biasSquared: number;
  variance: number;
  /** σ²; NaN where the task cannot know it. */
  noise: number;
  expectedTestError: number;
  measuredTestError: number;
  /** Spread of the test error across the models (sample standard deviation). */
  testErrorSpread: number;
  /** Mean squared error of each model on its own training set, dropout off, averaged. */
  trainingError: number;
  trainingErrorSpread: number;
  /** Models whose training diverged (they count with their last sound weights). */
  divergedModels: number;
}

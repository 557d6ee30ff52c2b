import { mean } from './summary';

/** What the squared-error decomposition needs: every model's forecasts on one fixed test set. */
export interface DecompositionInput {
  /** One array per model, each holding its forecast for every test point (the same points, in the same order). */
  predictions: readonly ArrayLike<number>[];
  /** The test targets as observed, noise included. */
  noisyTargets: ArrayLike<number>;
  /** The noise-free targets f(x), when the task knows them; without them bias² is measured against the noisy targets. */
  cleanTargets?: ArrayLike<number>;
  /** The variance of the targets' noise, σ², when the task knows it. */
  noiseVariance?: number;
}

/** The squared-error bias–variance decomposition of a set of models on one test set. */
export interface Decomposition {
  /** Mean over test points of (ȳ(x) − f(x))², ȳ the models' mean forecast. */
  biasSquared: number;
  /** Mean over test points and models of (ŷ_k(x) − ȳ(x))². */
  variance: number;
  /** σ², the irreducible error; NaN when the task cannot know it. */
  noise: number;
  /** Bias² + variance + noise (bias² + variance where the noise is unknown). */
  expectedTestError: number;
  /** The models' mean squared error against the noisy test targets. */
  measuredTestError: number;
  /** Each model's mean squared error against the noisy test targets, for bands. */
  modelTestErrors: number[];
}

/**
 * Splits the models' squared error into bias², variance and noise. With clean targets and a known σ²,
 * expected and measured test error agree up to the test set's sampling error (the cross term between
 * bias and noise averages to zero). Without clean targets bias² is taken against the noisy targets, so
 * it contains the noise, and bias² + variance equals the measured error exactly.
 */
export function decompose(input: DecompositionInput): Decomposition {
  const { predictions, noisyTargets } = input;
  const models = predictions.length;
  const points = noisyTargets.length;
  if (models === 0) throw new Error('The decomposition needs at least one model');
  if (predictions.some((forecast) => forecast.length !== points)) throw new Error('Every model needs a forecast for every test point');
  const reference = input.cleanTargets ?? noisyTargets;
  let biasTotal = 0;
  let varianceTotal = 0;
  const squaredErrors = new Float64Array(models);
  for (let point = 0; point < points; point += 1) {
    let forecastTotal = 0;
    for (const forecast of predictions) forecastTotal += forecast[point] as number;
    const meanForecast = forecastTotal / models;
    biasTotal += (meanForecast - (reference[point] as number)) ** 2;
    predictions.forEach((forecast, model) => {
      const value = forecast[point] as number;
      varianceTotal += (value - meanForecast) ** 2;
      squaredErrors[model] = (squaredErrors[model] as number) + (value - (noisyTargets[point] as number)) ** 2;
    });
  }
  const biasSquared = biasTotal / points;
  const variance = varianceTotal / (points * models);
  const known = input.cleanTargets !== undefined && input.noiseVariance !== undefined;
  const noise = known ? (input.noiseVariance as number) : NaN;
  const modelTestErrors = Array.from(squaredErrors, (total) => total / points);
  return {
    biasSquared,
    variance,
    noise,
    expectedTestError: biasSquared + variance + (known ? noise : 0),
    measuredTestError: mean(modelTestErrors),
    modelTestErrors,
  };
}

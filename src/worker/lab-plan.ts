import { labTestSet, type LabTestSet } from '../data/lab-data';
import { checkpointsOf, settingsAtSweepValue, type LabSetup } from '../settings/lab-setup';
import type { Settings } from '../settings/schema';
import { decompose } from '../stats/bias-variance';
import type { LabRow } from '../stats/sweep-row';
import { mean, standardDeviation } from '../stats/summary';
import type { LabJob, LabJobResult } from './lab-job';

/** A sweep cut into jobs, with the epochs each trains (for progress). */
export interface SweepPlan {
  jobs: LabJob[];
  totalEpochs: number;
}

/**
 * The jobs of a sweep. Model k at every value trains on training draw k with seed k, so values differ
 * only by the swept setting. The epochs axis trains each model once, to its largest value, reading it
 * out at every value on the way: the same numbers as separate runs, for a fraction of the time.
 */
export function planSweep(settings: Settings, setup: LabSetup, series?: Float32Array): SweepPlan {
  const checkpoints = checkpointsOf(setup);
  const models = Array.from({ length: setup.modelsPerPoint }, (_, draw) => draw);
  const withSeries = series ? { series } : {};
  const jobs: LabJob[] =
    setup.sweep === 'epochs'
      ? models.map((draw) => ({ settings: settingsAtSweepValue(settings, setup, setup.epochsPerModel), draw, checkpoints, ...withSeries }))
      : setup.values.flatMap((value) =>
          models.map((draw) => ({ settings: settingsAtSweepValue(settings, setup, value), draw, checkpoints, ...withSeries })),
        );
  return { jobs, totalEpochs: jobs.reduce((sum, job) => sum + (job.checkpoints.at(-1) ?? 0), 0) };
}

/** The results of every model at one value, or undefined while some are missing. */
function resultsAt(setup: LabSetup, results: readonly (LabJobResult | undefined)[], valueIndex: number) {
  const models = setup.modelsPerPoint;
  const picked =
    setup.sweep === 'epochs'
      ? results.slice(0, models).map((result) => (result ? { result, checkpoint: result.checkpoints[valueIndex] } : undefined))
      : results
          .slice(valueIndex * models, (valueIndex + 1) * models)
          .map((result) => (result ? { result, checkpoint: result.checkpoints[0] } : undefined));
  if (picked.length < models || picked.some((entry) => !entry?.checkpoint)) return undefined;
  return picked as { result: LabJobResult; checkpoint: NonNullable<LabJobResult['checkpoints'][number]> }[];
}

/** The test set a sweep is judged on (built on the page too: it is cheap, and forecasts are all that cross). */
export function sweepTestSet(settings: Settings, series?: Float32Array): LabTestSet {
  return labTestSet(settings.task, settings, series);
}

/** The table so far: one row per value whose models have all finished, in the order of the values. */
export function sweepRows(setup: LabSetup, testSet: LabTestSet, results: readonly (LabJobResult | undefined)[]): LabRow[] {
  const { test, noiseVariance, cleanTargetsKnown } = testSet;
  return setup.values.flatMap((value, valueIndex) => {
    const entries = resultsAt(setup, results, valueIndex);
    if (!entries) return [];
    const decomposition = decompose({
      predictions: entries.map((entry) => entry.checkpoint.testPredictions),
      noisyTargets: test.targets,
      ...(cleanTargetsKnown ? { cleanTargets: test.cleanTargets } : {}),
      ...(noiseVariance === undefined ? {} : { noiseVariance }),
    });
    const trainingErrors = entries.map((entry) => entry.checkpoint.trainingError);
    return [
      {
        value,
        biasSquared: decomposition.biasSquared,
        variance: decomposition.variance,
        noise: decomposition.noise,
        expectedTestError: decomposition.expectedTestError,
        measuredTestError: decomposition.measuredTestError,
        testErrorSpread: standardDeviation(decomposition.modelTestErrors),
        trainingError: mean(trainingErrors),
        trainingErrorSpread: standardDeviation(trainingErrors),
        divergedModels: entries.filter(
          (entry) => entry.result.divergedAtEpoch !== undefined && entry.result.divergedAtEpoch <= entry.checkpoint.epoch,
        ).length,
      },
    ];
  });
}

import { setLstmImplementation, type LstmImplementation } from '../../src/model/lstm';
import { createTrainer, type Trainer } from '../../src/model/trainer';
import { defaultSettings } from '../../src/settings/schema';
import type { EpochPlan, EpochTimes, EpochTimings } from './plan';
import { median, timeOne } from './timing';

// One epoch of a real trainer at the default settings (48 training windows in batches of 32, 256
// validation windows, 32 units, 20 time steps): its two optimizer steps and its evaluation, the figure a
// user feels. The implementation switch is global, so it is set before each epoch.
async function trainEpoch(trainer: Trainer, implementation: LstmImplementation): Promise<void> {
  setLstmImplementation(implementation);
  try {
    const outcome = await trainer.trainEpoch();
    if (outcome.kind === 'diverged') throw new Error(`The default run diverged at epoch ${outcome.divergence.epoch}`);
  } finally {
    setLstmImplementation('fused');
  }
}

/**
 * Epochs per second at the default settings on the backend already set, for the project as it is (after)
 * and as it was before the fused kernels (before), each on its own trainer from the same seed, in
 * alternating blocks (after, before, before, after, …) so drift falls on both alike.
 */
export async function timeEpochs(plan: EpochPlan, loadAverage: () => Promise<number>): Promise<EpochTimings> {
  const atStart = await loadAverage();
  const implementations = { after: 'fused', before: 'unfused' } as const;
  const trainers = { after: createTrainer(defaultSettings), before: createTrainer(defaultSettings) };
  const samplesMs: Record<'after' | 'before', number[]> = { after: [], before: [] };
  try {
    for (const name of ['after', 'before'] as const) {
      for (let epoch = 0; epoch < plan.warmupEpochs; epoch += 1) await trainEpoch(trainers[name], implementations[name]);
    }
    for (let block = 0; block < plan.blocks; block += 1) {
      for (const name of block % 2 === 0 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
        for (let epoch = 0; epoch < plan.epochsPerBlock; epoch += 1) {
          samplesMs[name].push(await timeOne(() => trainEpoch(trainers[name], implementations[name])));
        }
      }
    }
  } finally {
    trainers.after.dispose();
    trainers.before.dispose();
  }
  const times = (name: 'after' | 'before'): EpochTimes => {
    const medianMs = median(samplesMs[name]);
    return { medianMs, epochsPerSecond: 1000 / medianMs, samplesMs: samplesMs[name] };
  };
  const [after, before] = [times('after'), times('before')];
  return {
    backend: plan.backend,
    after,
    before,
    ratio: after.epochsPerSecond / before.epochsPerSecond,
    loadAverage: { atStart, atEnd: await loadAverage() },
  };
}

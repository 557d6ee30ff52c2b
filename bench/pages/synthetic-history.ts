import { createRandom } from '../../src/data/random';
import type { EpochPoint } from '../../src/state/run-slice';

/** Optimizer steps per epoch of the default run (48 training windows in batches of 32). */
const stepsPerEpoch = 2;

/**
 * `count` made-up epochs shaped like an overfitting run (training loss falling, validation loss turning
 * up, noise on both), numbered −count+1 … 0 so that the real run's epochs 1, 2, … follow in order.
 */
export function syntheticHistory(count: number): EpochPoint[] {
  const random = createRandom(1, 'bench', 'history');
  return Array.from({ length: count }, (_, index) => {
    const progress = index / count;
    const trainLoss = 0.02 + 0.5 * Math.exp(-8 * progress) + 0.01 * random.uniform();
    const valLoss = 0.25 + 0.3 * Math.exp(-10 * progress) + 0.2 * progress ** 2 + 0.02 * random.uniform();
    return {
      epoch: index - count + 1,
      trainLoss,
      valLoss,
      objective: trainLoss,
      gradientNorms: Array.from({ length: stepsPerEpoch }, () => 0.5 + random.uniform()),
      clipped: Array.from({ length: stepsPerEpoch }, () => false),
      // Kernels grow as the model memorises, as they do without a penalty.
      weights: { inputKernelNorm: 3 + 2 * progress, recurrentKernelNorm: 6 + 3 * progress, nearZeroShare: 0.05 },
    };
  });
}

import type { EpochPoint } from '../../src/state/run-slice';

/**
 * `count` made-up epochs shaped like an overfitting run (training loss falling, validation loss turning
 * up, noise on both), numbered −count+1 … 0 so that the real run's epochs 1, 2, … follow in order.
 */
export function madeUpHistory(count: number): EpochPoint[] {
  let seed = 1;
  const noise = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, index) => {
    const progress = index / count;
    const trainLoss = 0.02 + 0.5 * Math.exp(-8 * progress) + 0.01 * noise();
    const valLoss = 0.25 + 0.3 * Math.exp(-10 * progress) + 0.2 * progress ** 2 + 0.02 * noise();
    return {
      epoch: index - count + 1,
      trainLoss,
      valLoss,
      objective: trainLoss,
      gradientNorms: [0.5 + noise(), 0.5 + noise()],
      clipped: [false, false],
      weights: { inputKernelNorm: 3 + 2 * progress, recurrentKernelNorm: 6 + 3 * progress, nearZeroShare: 0.05 },
    };
  });
}

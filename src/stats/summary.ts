/** The arithmetic mean of `values` (NaN for none). */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let total = 0;
  for (let index = 0; index < values.length; index += 1) total += values[index] as number;
  return total / values.length;
}

/** The sample variance of `values` (divides by n − 1; NaN for fewer than two values). */
export function sampleVariance(values: ArrayLike<number>): number {
  if (values.length < 2) return NaN;
  const centre = mean(values);
  let total = 0;
  for (let index = 0; index < values.length; index += 1) total += ((values[index] as number) - centre) ** 2;
  return total / (values.length - 1);
}

/** The sample standard deviation of `values` (divides by n − 1; NaN for fewer than two values). */
export function standardDeviation(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}

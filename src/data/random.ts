import seedrandom from 'seedrandom';

/** A seeded source of random numbers; the same seed always gives the same stream. */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** Uniform integer in [0, count). */
  integer(count: number): number;
}

/**
 * A random stream named by its purpose, e.g. `createRandom(seed, 'shuffle', epoch)`: every consumer
 * gets its own stream, so adding a consumer never shifts the numbers another one sees.
 */
export function createRandom(...seedParts: (string | number)[]): Random {
  const next = seedrandom.alea(seedParts.join(':'));
  let spareNormal: number | undefined;
  return {
    uniform: () => next(),
    integer: (count) => Math.floor(next() * count),
    // Box–Muller, keeping the second value: seedrandom gives uniforms only, and this is six lines.
    normal() {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
  };
}

/** A seeded permutation of 0…count-1 (Fisher–Yates). */
export function shuffledIndices(count: number, random: Random): Int32Array {
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  for (let index = count - 1; index > 0; index -= 1) {
    const other = random.integer(index + 1);
    const held = order[index] as number;
    order[index] = order[other] as number;
    order[other] = held;
  }
  return order;
}

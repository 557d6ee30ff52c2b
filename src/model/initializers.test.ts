import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random';
import { glorotUniform, orthogonal } from './initializers';

function dot(values: Float32Array, first: number[], second: number[]): number {
  return first.reduce((sum, index, position) => sum + (values[index] as number) * (values[second[position] as number] as number), 0);
}

describe('orthogonal', () => {
  it.each([
    [3, 12],
    [12, 3],
  ])('gives orthonormal vectors along the shorter side of a %i×%i matrix', (rows, columns) => {
    const values = orthogonal(rows, columns, createRandom(1));
    const vector = (index: number) =>
      rows < columns
        ? Array.from({ length: columns }, (_, position) => index * columns + position)
        : Array.from({ length: rows }, (_, position) => position * columns + index);
    for (let first = 0; first < Math.min(rows, columns); first += 1) {
      for (let second = 0; second < Math.min(rows, columns); second += 1) {
        expect(dot(values, vector(first), vector(second))).toBeCloseTo(first === second ? 1 : 0, 5);
      }
    }
  });

  it('is repeatable for a seed and differs between seeds', () => {
    expect(orthogonal(4, 16, createRandom(2))).toEqual(orthogonal(4, 16, createRandom(2)));
    expect(orthogonal(4, 16, createRandom(3))).not.toEqual(orthogonal(4, 16, createRandom(2)));
  });
});

describe('glorotUniform', () => {
  it('spreads values over ±sqrt(6 / (fanIn + fanOut))', () => {
    const values = glorotUniform(20, 40, createRandom(4));
    const limit = Math.sqrt(6 / 60);
    expect(Math.max(...values)).toBeLessThanOrEqual(limit);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-limit);
    expect(Math.max(...values)).toBeGreaterThan(limit * 0.95);
  });
});

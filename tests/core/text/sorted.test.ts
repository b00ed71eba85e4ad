import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../../src/core/text/sorted';

describe('firstAtOrAfter', () => {
  it.each([
    [[], 5, 0],
    [[3, 8, 8, 20], 0, 0],
    [[3, 8, 8, 20], 3, 0],
    [[3, 8, 8, 20], 4, 1],
    [[3, 8, 8, 20], 8, 1],
    [[3, 8, 8, 20], 9, 3],
    [[3, 8, 8, 20], 21, 4],
  ] as [number[], number, number][])('%j, %i → %i', (sorted, x, index) => {
    expect(firstAtOrAfter(sorted, x)).toBe(index);
  });

  it('agrees with a linear search on random lists', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 100;
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: next() % 12 }, next).sort((a, b) => a - b);
      const x = next();
      const linear = sorted.findIndex((v) => v >= x);
      expect(firstAtOrAfter(sorted, x)).toBe(linear < 0 ? sorted.length : linear);
    }
  });
});

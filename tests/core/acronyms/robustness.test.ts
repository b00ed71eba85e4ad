import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';

/**
 * Property tests: random and adversarial text never throws and every finding stays inside
 * the text. Speed is benchmarked by hand (see the report), not asserted here.
 */
function run(text: string) {
  const found = findAcronyms(normalizeText(text));
  let outside = 0;
  for (const a of found) {
    for (const o of a.occurrences) if (o.start < 0 || o.end > text.length || o.end <= o.start) outside++;
  }
  expect(outside).toBe(0);
  return found;
}

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = [
  'A',
  'B',
  'N',
  'V',
  'O',
  'a',
  'e',
  'n',
  ' ',
  ' ',
  '\n',
  '(',
  ')',
  '-',
  "'",
  's',
  '&',
  '.',
  ',',
  '1',
  'É',
  'ë',
  '\u00a0',
  '’',
  '/',
];

// Generous timeouts: the inputs are large, and speed is not what these tests assert.
describe('robustness', { timeout: 60_000 }, () => {
  it('empty and tiny inputs', () => {
    for (const t of ['', ' ', '(', ')', '()', '(A)', 'A', '-', "'s", 'NAVO', '(NAVO', 'NAVO)'])
      expect(() => run(t)).not.toThrow();
    expect(run('(NAVO')[0]?.abbr).toBe('NAVO');
  });

  it('random text over a hostile alphabet', () => {
    const next = rng(42);
    for (let round = 0; round < 200; round++) {
      let t = '';
      const n = Math.floor(next() * 400);
      for (let i = 0; i < n; i++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(() => run(t)).not.toThrow();
    }
  });

  it('a long all-caps run is a heading, not thousands of acronyms', () => {
    const run1 = Array.from(
      { length: 5000 },
      (_, i) => ['BRIEF', 'VAN', 'DE', 'MINISTER', 'ABC'][i % 5],
    ).join(' ');
    expect(run(run1)).toEqual([]);
  });

  it('nested and unbalanced parentheses', () => {
    const nested = '('.repeat(20000) + 'Noord-Atlantische Raad (NAR)' + ')'.repeat(20000);
    expect(run(nested).map((a) => a.abbr)).toEqual(['NAR']);
    expect(() => run('(('.repeat(50000) + ' ABC ' + '))'.repeat(3))).not.toThrow();
    expect(() => run('Ab Cd Ef (ACE) '.repeat(20000))).not.toThrow();
  });

  it('1 MB without spaces', () => {
    expect(() => run('a'.repeat(1 << 20))).not.toThrow();
    expect(() => run('A-'.repeat(1 << 19))).not.toThrow();
    expect(() => run('NAVO'.repeat(1 << 18))).not.toThrow();
    expect(() => run('(NAVO)'.repeat(1 << 17))).not.toThrow();
  });
});

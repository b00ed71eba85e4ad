import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/core/citations';
import type { NormalizedText } from '../../../src/core/text/normalize';
import { NO_DOCUMENT, cite } from './helpers';
import { mulberry32 as rng } from '../../helpers/prng';

/** Text that needs no normalization: times the finder alone, not the normalizer. */
function identity(text: string): NormalizedText {
  return {
    original: text,
    text,
    footnoteMarkers: [],
    toOriginal: (i) => i,
    spanToOriginal: (start, end) => ({ start, end }),
  };
}

// Pieces of citations and of the odd text around them, so random text often comes close to a citation.
const PIECES = [
  'Kamerstuk',
  'Kamerstukken',
  ' II',
  ' I',
  ' 2020/21',
  ' 2020–2021',
  ', ',
  ' ',
  '\n',
  '\u00a0',
  '29 521',
  '21501',
  '-28',
  '-',
  '–',
  ' X',
  ' XIII',
  ', nr. ',
  ', nrs. ',
  ' en ',
  ' t/m ',
  '446',
  '2019',
  'B',
  'AA',
  '(',
  ')',
  ';',
  'Handelingen',
  'Aanhangsel ',
  'vergaderjaar ',
  'item ',
  'Stcrt. ',
  'Staatsblad ',
  'kst-',
  'd.d. ',
  '17 juni 2022',
  'genoemde brief van ',
  'voornoemde brief',
  '(idem)',
  'Idem',
  '\r\n',
  '😀',
  '\ud800',
  'é',
  '.',
  '0',
  '9',
  'nr',
  'Zie ook ',
  '(ontvangen 1 juli 2021). ',
  '2020-2021',
  '31066 nr. 805',
];

function randomText(next: () => number, parts: number): string {
  let s = '';
  for (let i = 0; i < parts; i++) {
    if (next() < 0.2) s += String.fromCharCode(Math.floor(next() * 0x3000));
    else s += PIECES[Math.floor(next() * PIECES.length)];
  }
  return s;
}

describe('citation finder properties', () => {
  it('never throws on seeded random text, and every span is in bounds and is its text', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = rng(seed);
      const text = randomText(next, 5 + Math.floor(next() * 80));
      let found: ReturnType<typeof cite> = [];
      expect(() => (found = cite(text, { dossier: '29521', number: '446' })), `seed ${seed}`).not.toThrow();
      for (const c of found) {
        expect(c.start, `seed ${seed}`).toBeGreaterThanOrEqual(0);
        expect(c.end, `seed ${seed}`).toBeLessThanOrEqual(text.length);
        expect(c.start, `seed ${seed}`).toBeLessThan(c.end);
        expect(text.slice(c.start, c.end), `seed ${seed}`).toBe(c.text);
      }
      for (let i = 1; i < found.length; i++) {
        expect((found[i] as { start: number }).start).toBeGreaterThanOrEqual(
          (found[i - 1] as { start: number }).start,
        );
      }
    }
  });

  it('handles empty, whitespace-only and odd input', () => {
    for (const text of [
      '',
      ' ',
      '\n\n',
      '\u00a0',
      'Kamerstuk',
      'nr.',
      '(',
      'kst-',
      'Handelingen II',
      '\ud800\udc00',
    ]) {
      expect(cite(text)).toEqual([]);
    }
  });

  it('handles large and repetitive input completely', { timeout: 30_000 }, () => {
    // Sizes chosen so that anything quadratic (20 000 citations × 20 000 short forms) would hang the
    // suite; speed itself is measured by `npm run bench`, not asserted here.
    const huge = [
      'Kamerstuk 29 521, nr. 446. (idem) voornoemde brief '.repeat(20_000),
      '(Kamerstuk 29 521, nrs. 1, 2 en 3, d.d. 17 juni 2022) '.repeat(10_000),
      '12 345 '.repeat(100_000),
      'Kamerstuk '.repeat(100_000),
      ' '.repeat(500_000) + 'nr.',
      'genoemde brief van 17 juni 2022 '.repeat(20_000) + 'Kamerstuk 29 521, nr. 446',
      '1'.repeat(500_000),
    ];
    for (const text of huge) {
      const found = findCitations(identity(text), NO_DOCUMENT);
      for (const c of found) expect(c.end).toBeLessThanOrEqual(text.length);
    }
  });
});

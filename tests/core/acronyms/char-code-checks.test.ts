import { describe, expect, it } from 'vitest';
import { capitalsAndLowerCase, hasShortFormCase } from '../../../src/core/acronyms/known';
import { isRomanNumeral, onlyRomanLetters } from '../../../src/core/acronyms/acronym-shapes';

/**
 * Checks by character code that stand in for a string, set or pattern test: each is held to the
 * test it replaces, on real words and on every code where that is cheap.
 */

describe('hasShortFormCase equals the count it replaces', () => {
  it.each([
    'NAVO',
    'IenW',
    'PvdA',
    'Lodders',
    'overheid',
    'AMvB',
    'SodM',
    'ÉCU',
    'Hübner',
    'ΕΕ',
    '𝐀𝐁c',
    'Aa',
    '',
  ])('%s', (s) => {
    const [caps, lower] = capitalsAndLowerCase(s);
    expect(hasShortFormCase(s)).toBe(caps >= 2 && lower <= caps + 2);
  });
});

describe('onlyRomanLetters: false only where isRomanNumeral is false', () => {
  it.each([
    ['II', true],
    ['XIII', true],
    ['IIIA', true],
    ['IVD', true],
    ['XIV', true],
    ['IE', false],
    ['NAVO', false],
    ['AI', false],
    ['VI', true],
    ['I', true],
    ['VIIIE', false],
    ['XLI', true],
    ['LVB', true],
  ])('%s → %s', (s, only) => {
    expect(onlyRomanLetters(s)).toBe(only);
    if (!only) expect(isRomanNumeral(s)).toBe(false);
  });

  it('never turns down a roman numeral, over every string of I, V, X, A-E and N of up to four letters', () => {
    const letters = ['I', 'V', 'X', 'A', 'B', 'C', 'D', 'E', 'N'];
    let words = [''];
    for (let n = 0; n < 4; n++) {
      words = words.flatMap((w) => letters.map((l) => w + l));
      for (const w of words) if (!onlyRomanLetters(w)) expect(isRomanNumeral(w)).toBe(false);
    }
  });
});

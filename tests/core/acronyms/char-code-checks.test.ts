import { describe, expect, it } from 'vitest';
import { closes, findFirstDefinitions } from '../../../src/core/acronyms/definitions';
import { isStopCode, STOP_CHARS } from '../../../src/core/acronyms/definitions/long-form-before';
import { capitalsAndLowerCase, hasShortFormCase } from '../../../src/core/acronyms/known';
import { isRomanNumeral, onlyRomanLetters } from '../../../src/core/acronyms/tokens';

/**
 * Checks by character code that stand in for a string, set or pattern test: each is held to the
 * test it replaces, on real words and on every code where that is cheap.
 */

/** The `)` closing the `(` at `open` as the finder read it before: a scan of at most 160 characters. */
function findCloseByScan(text: string, open: number): number {
  const limit = Math.min(text.length, open + 1 + 160);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i;
    if (c === 40) return -1;
  }
  return -1;
}

describe('closes: the first `)` and the next `(` decide as the scan did', () => {
  it.each([
    ['Noord-Atlantische Verdragsorganisatie (NAVO) en', 'closed'],
    ['de motie (Kamerstuk 36 410-VIII, nr. 36) is', 'closed'],
    ['een haakje (zonder sluiting', 'open'],
    ['twee (binnen (elkaar) genest)', 'nested'],
    ['leeg () midden', 'empty'],
    [`te lang (${'x'.repeat(159)}) net`, '159 inside'],
    [`te lang (${'x'.repeat(160)}) niet`, '160 inside'],
    ['(a) (b) ((c) d) e) (f', 'several'],
  ])('%s (%s)', (text) => {
    let close = text.indexOf(')');
    for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      const next = text.indexOf('(', open + 1);
      if (close >= 0 && close < open) close = text.indexOf(')', open + 1);
      const expected = findCloseByScan(text, open);
      expect(closes(open, close, next)).toBe(expected >= 0);
      if (expected >= 0) expect(close).toBe(expected);
    }
  });

  it('finds the same definitions in a text of many parentheses', () => {
    const text = [
      'De Noord-Atlantische Verdragsorganisatie (NAVO) vergadert.',
      'Het lid Lodders (VVD) vroeg (zie bijlage (1)) om een brief.',
      'Infrastructuur en Waterstaat (IenW) en (onafgesloten',
      'de Autoriteit Consument en Markt (ACM).',
    ].join('\n');
    const isCandidate = (sf: string) => hasShortFormCase(sf);
    expect([...findFirstDefinitions(text, isCandidate).keys()]).toEqual(['NAVO', 'IenW', 'ACM']);
  });
});

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

describe('isStopCode equals STOP_CHARS', () => {
  it('on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isStopCode(c) !== STOP_CHARS.has(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

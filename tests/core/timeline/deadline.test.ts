import { describe, expect, it } from 'vitest';
import { endsWithDeadlineCue } from '../../../src/core/timeline/deadline';

/** The rule as a plain regex: the text before a date ends in a deadline word. */
const REFERENCE = /(?:\buiterlijk|(?:^|\s)vóór|\bvoor|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;

describe('endsWithDeadlineCue', () => {
  it.each([
    ['De stukken worden uiterlijk ', true],
    ['De wet treedt in werking vóór ', true],
    ['Wij sturen de brief voor de ', true],
    ['Uiterlijk', true],
    ['niet later dan\n', true],
    ['(voor het ', true],
    ['De Kamer ontvangt op ', false],
    ['Het rapport van ', false],
    ['xvoor ', false],
    ['', false],
  ])('%j → %s', (before, expected) => {
    expect(endsWithDeadlineCue(before)).toBe(expected);
    expect(endsWithDeadlineCue(before)).toBe(REFERENCE.test(before));
  });

  it('agrees with the regex on case variants and odd neighbours', () => {
    const pieces = [
      'voor',
      'VOOR',
      'Vóór',
      'vÓÓr',
      'uiterlijk',
      'niet later dan',
      'de',
      'HET',
      'dan',
      ' ',
      '\n',
      '\u00a0',
      'é',
      'x',
      '(',
      'op',
    ];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 3000; k++) {
      const s = Array.from(
        { length: Math.floor(rnd() * 6) },
        () => pieces[Math.floor(rnd() * pieces.length)],
      ).join('');
      expect(endsWithDeadlineCue(s), JSON.stringify(s)).toBe(REFERENCE.test(s));
    }
  });
});

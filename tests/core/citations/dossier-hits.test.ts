import { describe, expect, it } from 'vitest';
import { isWordChar, skipSpaces } from '../../../src/core/citations/chars';
import { dossierHits, hitEnd, isSolidHit } from '../../../src/core/citations/dossier-hits';
import { cite, key } from './helpers';

describe('dossierHits', () => {
  it.each([
    ['Kamerstuk 29 521, nr. 446', [10]],
    ['(28 676, nr. 71) en kst-29279-874', [1, 24]],
    ['t.v.v. 19637-3370', [7]],
    // Glued to other digits, or too short / too long: no hit.
    ['2020-202131066 nr. 805', []],
    ['123456 en 4 521 en 45 21', []],
    // A space inside a hit starts a three-digit run, never another hit.
    ['12 345 678', [0]],
    ['2019-20215, nr. 5', [5]],
    ['', []],
  ])('%j', (text, hits) => {
    expect(dossierHits(text)).toEqual(hits);
  });

  it.each([
    ['29521,', 0, true, 5],
    ['29 521,', 0, false, 6],
    ['29\u00a0521,', 0, false, 6],
  ])('%j: solid %s, end %i', (text, start, solid, end) => {
    expect(isSolidHit(text, start)).toBe(solid);
    expect(hitEnd(text, start)).toBe(end);
  });
});

describe('code-unit classes', () => {
  // isWhiteSpace and isDigit, shared with the other finders: tests/core/text/chars.test.ts.
  it('isWordChar is exactly \\w', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWordChar(c) !== /\w/.test(String.fromCharCode(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['a  b', 1, Infinity, 3],
    ['a \u2003\n\tb', 1, Infinity, 5],
    [' '.repeat(20) + 'x', 0, 12, 12],
    ['x', 0, 12, 0],
    ['  ', 0, Infinity, 2],
  ])('skipSpaces(%j, %i, %d) = %i', (text, pos, max, end) => {
    expect(skipSpaces(text, pos, max)).toBe(end);
  });
});

/** Cases where the shared scan must give what separate scans gave (see `parse-kamerstuk.ts`). */
describe('Kamerstuk forms found from dossier hits', () => {
  it.each([
    // A five-digit number inside a keyword citation starts a bare parse that runs past it.
    { input: 'Kamerstuk 29 521, nr. 12345, nr. 6 en 30 123, nr. 7', ids: ['kst-29521-12345', 'kst-30123-7'] },
    // Bare anchors on the keyword citation's own dossiers are skipped; a later bare one is not.
    {
      input: 'Kamerstukken 29 023 en 30 196, nrs. 260 en 268 (30 196, nr. 5)',
      ids: ['kst-29023-260', 'kst-30196-268', 'kst-30196-5'],
    },
    // The chamber may stand after any number of spaces or tabs.
    { input: `Kamerstuk${'\t'.repeat(20)} II 2009/10, 27858, nr. 88`, ids: ['kst-27858-88'] },
    { input: 'Kamer-\nstukken II 2020–2021, 35 925 XIII, nr. 3', ids: ['kst-35925-XIII-3'] },
    // Not a keyword: glued to `vergaderjaar`.
    { input: 'Kamerstukvergaderjaar 2009/10, 27858, nr. 88', ids: ['kst-27858-88'] },
    { input: 'KST-35261-B en kst-34086-B-n1', ids: ['kst-35261-B', 'kst-34086-B-n1'] },
    { input: 't.v.v.            19637-3370', ids: ['kst-19637-3370'] },
    { input: 't.v.v.             19637-3370', ids: [] },
    { input: '12345–12–23456–7–8', ids: ['kst-12345-12-23456'] },
  ])('$input', ({ input, ids }) => {
    expect(cite(input).map(key)).toEqual(ids);
  });
});

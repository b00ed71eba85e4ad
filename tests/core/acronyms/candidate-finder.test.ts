import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../../src/core/acronyms/builtin-glossary';
import { CandidateFinder, candidatePattern, startsWordAt } from '../../../src/core/acronyms/candidates';
import { fewCapitalSpellings } from '../../../src/core/acronyms/glossary';

/**
 * `CandidateFinder` stands in for `candidatePattern`: from every place of a text it must give the
 * match that the pattern's `exec` gives with `lastIndex` at that place.
 */
function patternMatch(re: RegExp, text: string, from: number): string {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? `${m.index}-${re.lastIndex}` : 'none';
}

function finderMatch(finder: CandidateFinder, text: string, from: number): string {
  return finder.find(text, from) ? `${finder.start}-${finder.end}` : 'none';
}

/** Places where the two differ, with the text around them (empty when they agree everywhere). */
function differences(list: readonly string[], text: string): string[] {
  const re = candidatePattern(list);
  const finder = new CandidateFinder(list);
  const out: string[] = [];
  for (let from = 0; from <= text.length + 1; from++) {
    const a = patternMatch(re, text, from);
    const b = finderMatch(finder, text, from);
    if (a !== b) out.push(`${JSON.stringify(text.slice(from, from + 20))} @${from}: ${a} vs ${b}`);
  }
  return out;
}

const builtin = fewCapitalSpellings(builtinGlossary) ?? [];
/** Spellings of every kind a reader's glossary may add: lower-case, a capital inside or last, none ASCII, `_`, `'`. */
const userLike = ['ov', 'bbp', 'eHerkenning', 'xY', 'één', '_x', "'s-Gravenhage", '&co', 'Woo', '2e', 'a'];
/** Spellings that start with a character that may also stand before a known word: their order matters. */
const overlapping = ['ov', 'bbp', '-ov', '«bbp', '_ov', '2e', "'s", 'x'];

describe('CandidateFinder finds what candidatePattern finds, from every place', () => {
  it.each([
    ['a known lower-case word after a space, a line break, `(` and `_`', 'de btw\nggz (ov) x_bbp en'],
    ['at the very start, and right after the search starts', 'ov en btw'],
    ['inside words and before letters: no match', 'overheid Kov ovx bbpx xov 2ov'],
    ['after non-ASCII letters and punctuation', 'Éov «ov» ’ov’ –ov €ov ×ov ßov'],
    ['capitals next to lower-case words', 'NAVO-ov OVov IenW_ov D66ov Woo ov'],
    ['a token end at the search start', 'SDE++ov AB+bbp A+ov'],
    ['spellings that start before a known word', " -ov «bbp _ov x-ov 's ov _bbp"],
  ])('%s', (_name, text) => {
    expect(differences(builtin, text)).toEqual([]);
    expect(differences(userLike, text)).toEqual([]);
    expect(differences(overlapping, text)).toEqual([]);
    expect(differences(['ov'], text)).toEqual([]);
    expect(differences([], text)).toEqual([]);
  });

  it('on the corpus letters', () => {
    const dir = 'tests/fixtures/letters/letters';
    for (const file of readdirSync(dir).slice(0, 3)) {
      const text = readFileSync(`${dir}/${file}`, 'utf8').slice(0, 15000);
      expect(differences(builtin, text)).toEqual([]);
    }
  });

  it('on strings pieced together from the hard cases', () => {
    const pieces = [
      'ov',
      ' ',
      '_',
      'É',
      'bbp',
      'NAVO',
      'x',
      '\n',
      '(',
      'Woo',
      '2e',
      'één',
      'xY',
      "'s-",
      '&co',
      '-',
      'OV',
      '0',
      '€',
      'D66',
      'btw.',
      '×',
    ];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 150; k++) {
      let text = '';
      for (let i = next() % 40; i >= 0; i--) text += pieces[next() % pieces.length];
      expect(differences(builtin, text)).toEqual([]);
      expect(differences(userLike, text)).toEqual([]);
      expect(differences(overlapping, text)).toEqual([]);
    }
  });
});

describe('startsWordAt: a-z or 0-9 after no ASCII letter, digit or `_`', () => {
  it.each([
    ['ov', 0, true],
    [' ov', 1, true],
    ['(2e', 1, true],
    ['Éov', 1, true],
    ['xov', 1, false],
    ['_ov', 1, false],
    ['9ov', 1, false],
    [' Ov', 1, false],
    [' ', 1, false],
    ['', 0, false],
  ])('%j at %i → %s', (text, i, expected) => {
    expect(startsWordAt(text, i)).toBe(expected);
  });
});

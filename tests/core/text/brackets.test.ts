import { describe, expect, it } from 'vitest';
import { closedFrom, enclosingBrackets, openBefore } from '../../../src/core/text/brackets';

/** The text between `[[` and `]]` is the finding; the result is shown as the text of the group found. */
function find(marked: string): string | null {
  const from = marked.indexOf('[[');
  const to = marked.indexOf(']]') - 2;
  const text = marked.replace('[[', '').replace(']]', '');
  const group = enclosingBrackets(text, 0, text.length, from, to);
  return group && text.slice(group.start, group.end);
}

describe('enclosingBrackets: the innermost group in round brackets around a finding', () => {
  it.each([
    // 2110: the years of a list in brackets.
    [
      'hebben Aruba en Sint Maarten zich reeds jaren geleden in referenda uitgesproken voor de status van land (respectievelijk [[2005]] en 2000)',
      '(respectievelijk 2005 en 2000)',
    ],
    // The NAVO letter: a date inside a citation's brackets, nested brackets before it stepped over.
    [
      'naar NMI (zie (OIR) en Kamerstuk 29 521, nr. 446, d.d. [[17 juni 2022]]).',
      '(zie (OIR) en Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)',
    ],
    // Outside any brackets: a closed group before the date is no group around it.
    ['In de brief (Kamerstuk 33 043, nr. 26) van [[12 juni 2014]] heb ik', null],
    // Never closed within the stretch.
    ['de planning (zoals gemeld op [[1 maart 2020]] en verder', null],
  ])('%s', (marked, expected) => {
    expect(find(marked)).toBe(expected);
  });

  it('reads only its stretch: a group opened before `start` is none', () => {
    const text = '(a) b (c d e) f';
    const from = text.indexOf('d');
    expect(enclosingBrackets(text, 7, text.length, from, from + 1)).toBeNull();
    expect(openBefore(text, 0, from)).toBe(text.indexOf('(c'));
  });

  it('closedFrom: the group a known `(` opens, or null when it does not close before `end`', () => {
    const text = 'brief van 13 juli 2007 (Kamerstukken II, 2006–2007, 29 700, nr. 47) over';
    const open = text.indexOf('(');
    expect(closedFrom(text, open, open + 1, text.length)).toEqual({
      start: open,
      end: text.indexOf(')') + 1,
    });
    expect(closedFrom(text, open, open + 1, text.indexOf(')'))).toBeNull();
  });
});

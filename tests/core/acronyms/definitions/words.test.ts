import { describe, expect, it } from 'vitest';
import { isContentWord } from '../../../../src/core/acronyms/definitions/words';

describe('isContentWord: stop words and empty words give no letter of their own', () => {
  it.each([
    ['Binnenlandse', true],
    ['van', false],
    ['(van', false],
    ['Voor,', false], // lower-cased before the stop-word test
    ['over', false], // the longest stop words
    ['overleg', true],
    ['–', false], // nothing left after stripping
    ['«de»', false], // non-ASCII ends: stripped by the Unicode pattern
    ['’s', true], // the stop word list holds `’s`, but stripping leaves `s`
    ['Zaken)', true],
    ['Ærø', true],
  ])('%s → %s', (word, expected) => {
    const window = `x ${word} y`;
    expect(isContentWord(window, 2, 2 + word.length)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  pastWhiteSpace,
  wordEndBefore,
  CharAction,
  LOOK_AT_CLASS,
  SUPERSCRIPT_DIGIT_CLASS,
  charAction,
  isDigit,
  isDigits,
  isWhiteSpace,
  lineStartWithin,
  superscriptDigit,
} from '../../../src/core/text/chars';

describe('code-unit tests shared by the finders', () => {
  it('isWhiteSpace is exactly \\s and exactly what String.prototype.trim strips; isDigit exactly \\d', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const space = isWhiteSpace(c);
      if (space !== /\s/.test(ch) || space !== (ch.trim() === '') || isDigit(c) !== /\d/.test(ch))
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isWhiteSpace(NaN)).toBe(false);
  });

  it('lineStartWithin: the line start within reach (inclusive), else -1', () => {
    const text = 'kop\nDen Haag, 5 mei';
    const at = text.indexOf('5');
    expect(lineStartWithin(text, at, 20)).toBe(4);
    expect(lineStartWithin(text, at, at - 4)).toBe(4);
    expect(lineStartWithin(text, at, at - 5)).toBe(-1);
    expect(lineStartWithin('zonder regeleinde', 7, 7)).toBe(0);
    expect(lineStartWithin('zonder regeleinde', 7, 6)).toBe(-1);
    expect(lineStartWithin(text, 4, 0)).toBe(4);
  });
});

describe('isDigits', () => {
  it.each([
    // A whole number: `1` of `Nordstream 1 en 2`, a dossier's number.
    ['1', true],
    ['36200', true],
    // Not the empty string, nor a number with a sign, a mark or a letter, nor other scripts' digits.
    ['', false],
    ['1996,', false],
    ['-3', false],
    ['36200-X', false],
    ['١٢', false],
  ])('%j', (s, expected) => {
    expect(isDigits(s)).toBe(expected);
  });
});

describe('character classes for the one-scan normalizer', () => {
  const lookAt = new RegExp(`^[${LOOK_AT_CLASS}]$`);
  const superscript = new RegExp(`^[${SUPERSCRIPT_DIGIT_CLASS}]$`);

  it('LOOK_AT_CLASS holds every code unit the character pass changes, `\\r` and the superscript digits', () => {
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const needed = c === 0x0d || charAction(c) !== CharAction.Keep || superscriptDigit(c) >= 0;
      if (needed && !lookAt.test(String.fromCharCode(c))) missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  it('LOOK_AT_CLASS holds no line break and no printable ASCII, which the pass rules out before the class', () => {
    const held: number[] = [];
    for (let c = 0x20; c <= 0x7e; c++) if (lookAt.test(String.fromCharCode(c))) held.push(c);
    if (lookAt.test('\n')) held.push(0x0a);
    expect(held).toEqual([]);
  });

  it.each([
    ['line break', '\n'],
    ['letter', 'a'],
    ['digit', '7'],
    ['en dash', '–'],
    ['curly quote', '’'],
    ['e with diaeresis', 'ë'],
    ['euro sign', '€'],
  ])('LOOK_AT_CLASS leaves out what letters are made of: %s', (_name, ch) => {
    expect(lookAt.test(ch)).toBe(false);
  });

  it('SUPERSCRIPT_DIGIT_CLASS is exactly the superscript digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      expect(superscript.test(String.fromCharCode(c))).toBe(superscriptDigit(c) >= 0);
    }
  });
});

describe('pastWhiteSpace and wordEndBefore', () => {
  it.each([
    // From a word's start: no white space to pass, the word ends at the next space, a line break or a no-break space.
    ['Op 12 mei', 0, 0, 2],
    ['heeft\n  de', 5, 8, 5],
    ['de\u00a0brief', 2, 3, 2],
    // At white space: it is passed, and the word there is empty.
    ['  verzocht', 0, 2, 0],
  ])('%j at %i: past white space %i, word end %i', (text, at, past, end) => {
    expect(pastWhiteSpace(text, at)).toBe(past);
    expect(wordEndBefore(text, at)).toBe(end);
  });

  it('stops at `to`', () => {
    expect(pastWhiteSpace('a     b', 1, 3)).toBe(3);
    expect(wordEndBefore('verzocht om', 0, 4)).toBe(4);
  });
});

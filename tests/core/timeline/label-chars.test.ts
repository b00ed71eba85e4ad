import { describe, expect, it } from 'vitest';
import {
  comparisonStart,
  endsWithLower,
  holdsWord,
  isClauseMarkAt,
  isWordColon,
  joinParts,
  pastListMarks,
} from '../../../src/core/timeline/label-chars';

describe('isWordColon and isClauseMarkAt', () => {
  it.each([
    // [text, whether its first colon is part of a word]
    ['voor dinsdag 19 maart 12:00 uur (2383)', true],
    ['van 10:00 tot 18:00 uur (404)', true],
    ['begon die dag om 9:00. (882)', true],
    ['op een schaal van 1:10 000', true],
    ["risico's», 14 april 2022, https://www.omroepwest.nl/nieuws (2496)", true],
    ['http://www.rijksoverheid.nl', true],
    // Punctuation.
    ['d.d. 16 oktober 2024:6 (1114: a year, then a footnote’s number)', false],
    ['De Raad besloot: geen uitstel.', false],
    ['om 12: de rest', false],
    ['zie: www.rijksoverheid.nl', false],
    ['de volgende punten:/ ', false],
  ])('%j → %s', (text, word) => {
    const at = text.indexOf(':');
    expect(isWordColon(text, at)).toBe(word);
    expect(isClauseMarkAt(text, at)).toBe(!word);
  });

  it('takes a comma, semicolon or dash for a clause mark, not a hyphen or full stop', () => {
    expect(['a,b', 'a;b', 'a–b', 'a—b'].map((t) => isClauseMarkAt(t, 1))).toEqual([true, true, true, true]);
    expect(['a-b', 'a.b'].map((t) => isClauseMarkAt(t, 1))).toEqual([false, false]);
  });
});

describe('endsWithLower', () => {
  it.each([
    ['uiterlijk', 9, 'uiterlijk', true],
    ['UITERLIJK', 9, 'uiterlijk', true],
    ['Vóór', 4, 'vóór', true],
    ['VÓÓR', 4, 'vóór', true],
    ['voor de', 4, 'voor', true],
    ['voor de', 7, 'de', true],
    ['vo', 2, 'voor', false],
    ['\u212aan', 3, 'kan', false], // the Kelvin sign is no `k` to the flag `i` without `u`
  ])('%j up to %i ends with %j: %s', (s, end, lower, expected) => {
    expect(endsWithLower(s, end, lower)).toBe(expected);
  });
});

describe('comparisonStart', () => {
  it.each([
    ['Dat is 30 procent meer dan', 'Dat is 30 procent meer'], // 1500
    ['meer dan vier maal zo veel als', 'meer dan vier maal zo veel'], // 1411
    ['dan', ''],
    // Only the words themselves, in lower case (`ALS` is a disease).
    // `Anders dan` opening the stretch goes whole: `Anders` alone would say "otherwise" (291).
    ['Anders dan', ''],
    ['het is nu anders dan', 'het is nu anders'],
    ['patiënten met ALS', 'patiënten met ALS'],
    ['de Dan', 'de Dan'],
    ['zolang als het nodig is', 'zolang als het nodig is'],
    ['totaal', 'totaal'],
  ])('%j → %j', (s, expected) => {
    expect(s.slice(0, comparisonStart(s, 0, s.length))).toBe(expected);
  });
});

describe('joinParts', () => {
  it.each([
    // Changed: 94's `over 'emissies … berekend met NEMA voor 1990-2019' van Van Bruggen e.a.`, the date and its
    // `voor` taken out.
    [
      'a straight quote that closes goes with the word before it (94)',
      '…landbouw berekend met NEMA',
      "' van Van Bruggen e.a.…",
      "…landbouw berekend met NEMA' van Van Bruggen e.a.…",
    ],
    // As they were.
    [
      'a straight quote that opens keeps its space',
      'het rapport',
      "'s-Hertogenbosch",
      "het rapport 's-Hertogenbosch",
    ],
    ['brackets that held only the date go', 'de brief (', ') over', 'de brief over'],
    ['punctuation goes with the word before it', 'over', '?', 'over?'],
    ['words get a space', 'Op', 'komen de Ministers bijeen', 'Op komen de Ministers bijeen'],
  ])('%s', (_rule, a, b, joined) => {
    expect(joinParts(a, b)).toBe(joined);
  });
});

describe('holdsWord', () => {
  it.each([
    ['a label', 'Op 12 en 13 oktober komen de NAVO-Ministers bijeen', true],
    ['a year alone', '2023', true],
    ['a word with a diacritic', 'Oekraïne', true],
    ['brackets alone (the core fuzz)', '(((((((((', false],
    ['a lone ellipsis (the core fuzz)', '…', false],
    ['punctuation', ') , ;', false],
  ])('%s', (_what, label, expected) => {
    expect(holdsWord(label)).toBe(expected);
  });
});

describe('pastListMarks', () => {
  it.each([
    ['a dash and its space (1462)', '– de brief van de Minister', 2],
    ['a bullet after an indent', '  • de brief', 4],
    ['a hyphen, an asterisk, a minus sign and a middle dot', '- * − · de', 8],
    ['a word at once', 'De brief', 0],
    ['not past a digit that numbers the item', '6. brief van', 0],
    ['only marks, to the end', '• – ', 4],
  ])('%s', (_rule, text, expected) => {
    expect(pastListMarks(text, 0, text.length)).toBe(expected);
  });

  it('stops at `to`', () => {
    expect(pastListMarks('– – de', 0, 2)).toBe(2);
  });
});

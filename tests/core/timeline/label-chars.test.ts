import { describe, expect, it } from 'vitest';
import {
  DANGLING_BEFORE,
  articleFitsDate,
  comparisonStart,
  endsWithLower,
  isClauseMarkAt,
  isWordColon,
  joinParts,
  mayEndDangling,
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

describe('mayEndDangling', () => {
  it.each([
    ['Het overleg vond plaats op', true],
    ['De regeling geldt met ingang van', true],
    ['De consultatie loopt tot en met', true],
    ['De brief d.d.', true],
    ['De brief d. d.', true],
    ['Uiterlijk', true],
    ['Het kabinet besluit VÓÓR', true],
    ['T/M', true],
    // Right after an opening bracket (33, 988).
    ['VWS ontvangt tweemaal per jaar (in', true],
    ['ruim voor de begrotingsbehandeling (uiterlijk', true],
    ['De brief (bijlage', false],
    // Before a period the grammar read whole (507).
    ['Tussen', true],
    ['Het rapport', false],
    // The prepositions of a period's content or origin, and those of several words (261, 140, 1650, 2760, 707).
    ['De cijfers over', true],
    ['Het verdrag uit', true],
    ['wordt verschoven van 1 januari naar', true],
    ['De periode tot aan', true],
    ['In vergelijking met', true],
    ['Het rapport overzicht', false],
    ['De Kamer heeft', false],
    ['', false],
    ['Kamerbrief', false],
    ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', false],
  ])('%j → %s', (before, expected) => {
    expect(mayEndDangling(before, 0, before.length)).toBe(expected);
  });

  it('is true wherever DANGLING_BEFORE matches (it only rules out)', () => {
    const words = ['op', 'In', 'VAN', 'per', 'd.d.', 'd. d.', 'Sinds', 'vanaf', 'tot', 'tot en met', 't/m'];
    const more = [
      'voor',
      'vóór',
      'VÓÓR',
      'na',
      'rond',
      'omstreeks',
      'uiterlijk',
      'tijdens',
      'tussen',
      'met ingang van',
      'over',
      'Over het',
      'uit de',
      'naar',
      'aan het',
      'tot aan',
      'van na',
      'op uiterlijk',
      'in vergelijking met',
      'vergeleken met',
      'in verband met het',
      'uiterlijk in',
      'in uiterlijk het jaar',
      'rond het jaar',
      'voor de jaren',
      ', maar uiterlijk per',
    ];
    const heads = ['', 'De brief ', 'x', 'Het (', 'é'];
    for (const w of [...words, ...more]) {
      for (const head of heads) {
        const s = head + w;
        if (DANGLING_BEFORE.test(s)) expect(mayEndDangling(s, 0, s.length), s).toBe(true);
      }
    }
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

describe('articleFitsDate', () => {
  it.each([
    // The date's own article: it dangles with the preposition.
    ['het', 'eerste kwartaal van 2018', true], // 2470
    ['de', 'tweede helft van 2024', true], // 1667
    ['het', 'lopende jaar', true], // 33
    ['het', 'eind van het jaar', true], // 992
    ['het', 'zomerreces', true], // 2864
    ['Het', 'voorjaar van 2020', true], // 2727
    ['de', 'periode', true],
    // Dates that say nothing of the article take it.
    ['de', '1 mei', true],
    ['het', '2019', true],
    ['het', 'komend jaar', true], // `komend` no noun of time, no adjective's `-e`
    // Another noun's article: the preposition's object is that noun.
    ['het', 'vorige maand', false], // 718, `het … uitgebrachte verslag`
    ['de', 'deze zomer', false], // 2593, `de … gehouden rondetafels`
    ['de', 'volgende jaar', false],
    ['het', 'tweede helft van 2015', false],
  ])('%s before %j: %s', (article, date, expected) => {
    expect(articleFitsDate(article, date)).toBe(expected);
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

import { describe, expect, it } from 'vitest';
import { endsWithDeadlineCue, toldAsDone } from '../../../src/core/timeline/deadline';

/** The rule as plain regexes: the text before a date ends in a deadline word, and not in a scheduling one. */
const CUE =
  /(?:\buiterlijk(?:\s+(?:in|op|per))?|(?:^|\s)vóór|\bvoor|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;
/** Before a whole year, half year or quarter, a bare `voor` means "for". */
const PERIOD_CUE =
  /(?:\buiterlijk(?:\s+(?:voor|in|op|per))?|(?:^|\s)vóór|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;
const NOT_A_DEADLINE =
  /(?:\b(?:gepland|voorzien|geagendeerd|ingepland)(?:\s+(?:staat|stond|is|was))?\s+voor|\bvan\s+(?:voor|vóór))(?:\s+(?:de|het))?\s*$/i;
const REFERENCE = (s: string, period = false): boolean =>
  (period ? PERIOD_CUE : CUE).test(s) && !NOT_A_DEADLINE.test(s);

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
    expect(endsWithDeadlineCue(before)).toBe(REFERENCE(before));
  });

  // The text before dates in tests/fixtures/letters (the file's number first).
  it.each([
    // Before a whole period, `voor` is "for"; `vóór`, `uiterlijk` and `niet later dan` stay deadlines.
    ['100', 'de geactualiseerde versie van de Werkagenda voor ', true, false],
    ['2263', 'De Eurogroep heeft het werkprogramma voor de ', true, false],
    ['1816', 'verder uitgewerkt. Voor ', true, false],
    ['2216', 'Water om de waterkwaliteit vóór ', true, true],
    ['161', 'Uw Kamer mag uiterlijk ', true, true],
    ['constructed', 'Het plan komt uiterlijk voor ', true, true],
    ['833', 'van de markt en ook niet later dan ', true, true],
    // `uiterlijk` before the preposition of a year or a day: `uiterlijk in 2017` (1012), `uiterlijk op 29 oktober`.
    ['1012', 'Bedrijven en burgers kunnen uiterlijk in ', true, true],
    ['1298', 'het voorgenomen besluit uitspreken uiterlijk op ', true, true],
    ['1343', 'en de Kamer hierover uiterlijk in ', true, true],
    ['1329', 'zal rond het jaar ', false, false],
    // Before a day or a season, `voor` is "before".
    ['2534', 'en een eerste rapportage voor ', false, true],
    ['1721', 'verbeteren en de Kamer voor de ', false, true],
    // Scheduled for, and `van voor` ("from before"): no deadline whatever the date.
    ['1252', 'oog op het plenaire debat voorzien voor ', false, false],
    ['1573', 'dat gepland staat voor ', false, false],
    ['1934', 'Welke documenten of rapporten van voor ', false, false],
    ['1617', 'Maar hoe zit het dan met openstaande schades van vóór ', false, false],
  ])('%s: %j (period %s) → %s', (_letter, before, period, expected) => {
    expect(endsWithDeadlineCue(before, period)).toBe(expected);
    expect(endsWithDeadlineCue(before, period)).toBe(REFERENCE(before, period));
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
      'van',
      'gepland',
      'staat',
      'voorzien',
    ];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 3000; k++) {
      const s = Array.from(
        { length: Math.floor(rnd() * 6) },
        () => pieces[Math.floor(rnd() * pieces.length)],
      ).join('');
      expect(endsWithDeadlineCue(s), JSON.stringify(s)).toBe(REFERENCE(s));
      expect(endsWithDeadlineCue(s, true), JSON.stringify(s)).toBe(REFERENCE(s, true));
    }
  });
});

describe('toldAsDone', () => {
  it.each([
    // Done by then: a perfect clause, its participle after the date (1255, 1600, 2184, 81, 188).
    [
      'Ja, de Minister van KGG en ik hebben dit rapport voor de zomer ontvangen tijdens een gesprek.',
      'de zomer',
      true,
    ],
    ['Daarnaast heb ik u voor het kerstreces geïnformeerd over de ontwikkelingen.', 'het kerstreces', true],
    [
      'een vergelijkbare uitkering, die vóór 1 januari 2013 is gestart en niet doorloopt.',
      '1 januari 2013',
      true,
    ],
    ['Het massale proces is conform eerdere toezegging vóór 1 april afgerond.', '1 april', true],
    ['voor ouders die zich voor 15 februari gemeld hebben, wil de BAK reflecteren.', '15 februari', true],
    ['Het rapport werd vóór 1 mei gepubliceerd.', '1 mei', true],
    // A request or a promise: `te`, a modal, the present of `worden` (1137, 2094, 1805, 2231).
    ['heeft mij verzocht om deze visie uiterlijk 1 september a.s. toe te zenden.', '1 september', false],
    ['Het wetsvoorstel zou nog voor het zomerreces naar u gezonden kunnen worden.', 'het zomerreces', false],
    [
      'is het streven dat uiterlijk 1 mei 2022 het advies door de commissie wordt opgeleverd.',
      '1 mei 2022',
      false,
    ],
    ['is het mogelijk dat het wetsvoorstel vóór het zomerreces wordt afgerond.', 'het zomerreces', false],
    // The participle in another clause after the date (283, 1406).
    [
      'De Kamer verneemt graag vóór vrijdag 31 oktober 2025 wat de stand van zaken is met de in de overzichten opgenomen toezeggingen.',
      'vrijdag 31 oktober 2025',
      false,
    ],
    [
      'over de Kamer voor 10 maart informeren bij hoeveel mensen gerechtelijke vorderingen geëffectueerd zijn.',
      '10 maart',
      false,
    ],
    // No participle after the date: the present tense (2603).
    [
      'Tevens is bepaald dat uiterlijk 30 november 2011 de Raad het plan van aanpak vaststelt.',
      '30 november 2011',
      false,
    ],
    // The clause ends at a comma: the perfect after it is another clause's.
    ['Ik stuur u vóór 1 juni een brief, zoals ik heb toegezegd.', '1 juni', false],
  ])('%j (%s) → %s', (sentence, date, expected) => {
    const at = sentence.indexOf(date);
    expect(toldAsDone(sentence, { start: 0, end: sentence.length }, at, at + date.length)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  afterTheDate,
  datedByCopula,
  datedByVerb,
  likenedTo,
  namesItsYear,
  mayChangeAfter,
  timeAfterDate,
} from '../../../src/core/timeline/date-tail';

describe('afterTheDate', () => {
  it.each([
    // Words of time that extend the date go with it.
    ['`en daarna` (1121)', 'en daarna', ''],
    ['`of zelfs later` (113)', 'of zelfs later gerealiseerd zou worden', 'gerealiseerd zou worden'],
    [
      '`en volgend jaar` (2717)',
      'en volgend jaar geen huurverhoging plaats zal vinden',
      'geen huurverhoging plaats zal vinden',
    ],
    ['`en verder` (1667)', 'en verder', ''],
    // A second conjunct is left out.
    ['a second predicate (1601)', 'en niet meer geactualiseerd is', ''],
    ['a main clause of its own (1624)', 'en hebben de volgende vragen', ''],
    [
      'a question of its own (1166)',
      'en hoeveel fte op dit moment werkzaam en inzetbaar is in de (R)JJI’s en KV’s?',
      '',
    ],
    // What stays.
    ['a noun phrase after an article (2396)', 'en de NAVO-Top aan', 'en de NAVO-Top aan'],
    ['a noun phrase after an adjective (2396)', 'en ingelaste NAVO-top', 'en ingelaste NAVO-top'],
    [
      'another time (1501)',
      'en vervolgens halfjaarlijks te informeren',
      'en vervolgens halfjaarlijks te informeren',
    ],
    ['a month, of a list of dates', 'en mei', 'en mei'],
    ['a name', 'en Oekraïne', 'en Oekraïne'],
    ['no conjunction (2431)', 'op', 'op'],
    // A clock time right after the date is its hour and goes with it (2383).
    ['a clock time (2383)', '12:00 uur uw Kamer een brief te sturen', 'uw Kamer een brief te sturen'],
    ['a clock time with a dot', '12.00 uur aan uw Kamer te versturen', 'aan uw Kamer te versturen'],
    ['a clock time without `uur`', '9:00 in Brussel', 'in Brussel'],
    ['a number with a dot and no `uur` is no clock time', '16.500 inschrijvingen', '16.500 inschrijvingen'],
    ['nor an amount', '12.50 euro', '12.50 euro'],
  ])('%s', (_rule, after, expected) => {
    expect(afterTheDate(after)).toBe(expected);
  });
});

describe('timeAfterDate', () => {
  it.each([
    // The date's hour, bare (2383), in brackets, or between commas: the date ends after it.
    [
      'bare (2383)',
      'voor dinsdag 19 maart 12:00 uur uw Kamer een brief te sturen',
      'dinsdag 19 maart',
      ' 12:00 uur',
    ],
    [
      'in brackets',
      'Het debat vindt plaats op 5 maart 2024 (12:00 uur) in de plenaire zaal.',
      '5 maart 2024',
      ' (12:00 uur)',
    ],
    [
      'in brackets, a span',
      'De hoorzitting is op 5 maart 2024 (10.00–12.00 uur) in zaal 2.',
      '5 maart 2024',
      ' (10.00–12.00 uur)',
    ],
    [
      'between commas',
      'Op 14 maart, 15.00 uur, spreekt de commissie met de minister.',
      '14 maart',
      ', 15.00 uur,',
    ],
    // Not a time with a preposition of its own, nor one that ends a clause, nor a number that is no clock time.
    ['`om` (882)', 'De informele Ecofin begon op 27 april om 13:00 lokale tijd in Sofia', '27 april', ''],
    [
      '`vanaf` (2067)',
      'Dinsdag 19 januari vanaf 19.00 uur was de beurt aan de Kamer.',
      'Dinsdag 19 januari',
      '',
    ],
    ['before a colon', '12 maart, 14.00 uur: technische briefing over het rapport.', '12 maart', ''],
    ['an amount in brackets', 'De begroting van 2024 (12.50 euro per inwoner) stijgt.', '2024', ''],
    [
      'a bracket of other words',
      'de brief van 5 maart 2024 (Kamerstuk 21 501-20, nr. 2)',
      '5 maart 2024',
      '',
    ],
    ['on the next line', 'op 5 maart 2024\n12:00 uur', '5 maart 2024', ''],
  ])('%s', (_rule, text, date, hour) => {
    const end = text.indexOf(date) + date.length;
    expect(text.slice(end, timeAfterDate(text, end, text.length))).toBe(hour);
  });

  it('reads no further than it is given', () => {
    const text = 'op 5 maart 2024 (12:00 uur) in de zaal';
    expect(timeAfterDate(text, 15, 20)).toBe(15);
  });
});

describe('mayChangeAfter', () => {
  it.each([
    ['en niet meer', true],
    ['  of later', true],
    ['en', false],
    ['eens', false],
    ['(Kamerstuk 22 026)', false],
    [' 12:00 uur', true],
  ])('%j → %s', (after, expected) => {
    expect(mayChangeAfter(after, 0, after.length)).toBe(expected);
  });

  it('is true wherever afterTheDate changes the text (it only rules out)', () => {
    for (const after of [
      'en daarna',
      'of eerder',
      'en hebben de volgende vragen',
      'en niet meer geactualiseerd is',
      '12:00 uur aan uw Kamer',
      '14.00 uur',
    ]) {
      expect(afterTheDate(after)).not.toBe(after);
      expect(mayChangeAfter(after, 0, after.length)).toBe(true);
    }
  });
});

describe('namesItsYear', () => {
  it.each([
    ['`anno` (2762)', 'Het bondgenootschap wordt anno ', true],
    ['`toeslagjaar` (1651)', 'Ook ten aanzien van toeslagjaar ', true],
    ['`WNT-verslagjaar` (2852)', 'voor het eerste WNT-verslagjaar ', true],
    ['`schooljaar` (2323)', 'In het schooljaar ', true],
    ["a citation's `vergaderjaar` (494)", '(vergaderjaar ', false],
    ['`jaar` alone', 'in het jaar ', false],
    ['another noun', 'de begroting ', false],
  ])('%s', (_rule, before, expected) => {
    expect(namesItsYear(before, 0, before.length)).toBe(expected);
  });
});

describe('datedByVerb', () => {
  it.each([
    ['`dateert van` (407)', 'De vorige monitoringsbrief dateert van ', true],
    [
      '`dateert uit` (128)',
      'De vorige evaluatie van het werkloosheidsbeleid voor werknemers dateert uit ',
      true,
    ],
    ['`stamt uit` (1601)', 'dat de huidige verdeelsleutel voor politiecapaciteit stamt uit ', true],
    ['another verb (140)', 'Het verdrag uit ', false],
    ['a word that ends like one', 'De herdateert van ', false],
    ['no preposition', 'De brief dateert ', false],
  ])('%s', (_rule, before, expected) => {
    expect(datedByVerb(before, 0, before.length)).toBe(expected);
  });
});

describe('datedByCopula', () => {
  it.each([
    [
      '`is uit` (2663)',
      'Het laatste onderzoek naar niet-genaturaliseerde ranov-vergunninghouders is uit 2017. Inmiddels is',
      '2017',
      true,
    ],
    ['`waren van`', 'De laatste cijfers waren van 1 maart 2024, en sindsdien', '1 maart 2024', true],
    [
      'alone, the date ending its clause (399)',
      'Ik ontvang het rapport zodra het verwachte moment van oplevering is eind september. Zodra',
      'eind september',
      true,
    ],
    ['alone, before a closing bracket', '(de ingangsdatum is 1 januari 2025) ', '1 januari 2025', true],
    ['alone, the text ending', 'De ingangsdatum is 1 januari 2025', '1 januari 2025', true],
    [
      'an auxiliary whose clause goes on after the date',
      'De wet is 1 januari in werking getreden.',
      '1 januari',
      false,
    ],
    [
      'alone, a bracket opening after the date (1275)',
      'Zo is eind 2020 (tijdens het Duits voorzitterschap van',
      'eind 2020',
      false,
    ],
    ['`in` between (2381)', 'bij een rund dat geboren is in januari 2000, het', 'januari 2000', false],
    ['a word that ends like one', 'De analysis uit 2017.', '2017', false],
    ['another verb', 'Het onderzoek verscheen uit 2017.', '2017', false],
  ])('%s', (_rule, text, date, expected) => {
    const ds = text.indexOf(date);
    expect(datedByCopula(text, 0, ds, ds + date.length)).toBe(expected);
  });
});

describe('likenedTo', () => {
  it.each([
    ['`net als in` (50)', 'Hierbij stel ik uw Kamer op de hoogte van mijn besluit om net als in ', true],
    ['`Net als` alone (982)', 'Net als ', true],
    ['`evenals in` (874)', 'Zo ja, kunt u aangeven hoe u hierop anticipeert evenals in ', true],
    ['`evenals tijdens`', 'evenals tijdens ', true],
    ['a word that ends like it', 'het kabinet als ', false],
    ['another preposition', 'net als na ', false],
    ['`zoals in`, whose label reads without the date (1115)', 'georganiseerde (bus)reizen, zoals in ', false],
  ])('%s', (_rule, before, expected) => {
    expect(likenedTo(before, 0, before.length)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { splitSentences } from '../../../src/core/text/sentences';
import { dateLists } from '../../../src/core/timeline/date-lists';

/** Each date of `text` as written, with the phrase of the list it is an item of (null when in none). */
function phrases(text: string, ref: string): [string, string | null][] {
  const normalized = normalizeText(text);
  const dates = findDates(normalized, ref);
  // The sentences in original offsets, as the timeline gives them.
  const sentences = splitSentences(normalized.text).map((s) => normalized.spanToOriginal(s.start, s.end));
  const lists = dateLists(text, dates, normalized.footnoteMarkers, sentences);
  return dates.map((d) => {
    const list = lists.get(d);
    return [d.text, list ? text.slice(list.start, list.end) : null];
  });
}

const LIST_2215 =
  '9 oktober 2019 (Kamerstuk 28 089, nr. 149), 29 oktober 2019 (Kamerstuk 35 300 XII, nr. 57) en 13 november 2019 (Kamerstuk 35 334, nr. 1)';

describe('dateLists', () => {
  // Sentences from tests/fixtures/letters (the file's number first), with the letter's date.
  it.each([
    [
      'two days of one month (595)',
      'De vaste commissie voor Justitie heeft op 20 en 26 maart 2002 overleg gevoerd',
      '2002-04-16',
      [
        ['20', '20 en 26 maart 2002'],
        ['26 maart 2002', '20 en 26 maart 2002'],
      ],
    ],
    [
      'two years (50)',
      'mijn besluit om net als in 2018 en 2019 € 61,5 miljoen over te hevelen',
      '2019-12-18',
      [
        ['2018', '2018 en 2019'],
        ['2019', '2018 en 2019'],
      ],
    ],
    [
      'three days with commas (1404)',
      'heeft op 18 juni, 25 juni en 9 juli 2019 gesproken over',
      '2019-09-10',
      [
        ['18 juni', '18 juni, 25 juni en 9 juli 2019'],
        ['25 juni', '18 juni, 25 juni en 9 juli 2019'],
        ['9 juli 2019', '18 juni, 25 juni en 9 juli 2019'],
      ],
    ],
    [
      'a cited paper in brackets after each item, the last one included (2215)',
      'Ik heb uw Kamer geïnformeerd over de aanvullende maatregelen en acties die in gang gezet zijn met de brieven van 9 oktober 2019 (Kamerstuk 28 089, nr. 149), 29 oktober 2019 (Kamerstuk 35 300 XII, nr. 57) en 13 november 2019 (Kamerstuk 35 334, nr. 1).',
      '2019-12-20',
      [
        ['9 oktober 2019', LIST_2215],
        ['29 oktober 2019', LIST_2215],
        ['13 november 2019', LIST_2215],
      ],
    ],
    [
      'each date with its own preposition (1772)',
      'In oktober 2015 en in april 2017 heeft de Mensenrechtenambassadeur',
      '2017-12-11',
      [
        ['oktober 2015', 'oktober 2015 en in april 2017'],
        ['april 2017', 'oktober 2015 en in april 2017'],
      ],
    ],
    [
      '`respectievelijk` between the dates (2030)',
      'Deze vragen heb ik ontvangen op 12 april 2018 respectievelijk 13 april 2018.',
      '2018-06-21',
      [
        ['12 april 2018', '12 april 2018 respectievelijk 13 april 2018'],
        ['13 april 2018', '12 april 2018 respectievelijk 13 april 2018'],
      ],
    ],
    [
      '`respectievelijk` before the list is part of it (2766)',
      'Op respectievelijk\n27 juni en 1 augustus jl. zijn de beschikkingsbevoegden geïnformeerd',
      '2025-09-03',
      [
        ['27 juni', 'respectievelijk\n27 juni en 1 augustus jl.'],
        ['1 augustus jl.', 'respectievelijk\n27 juni en 1 augustus jl.'],
      ],
    ],
    [
      'a footnote marker glued to a month is no part of the gap (1246)',
      'over de voortgang van de maatregelen zoals beschreven in\nde kabinetsreacties van februari1 en december2 vorig jaar.3',
      '2025-07-03',
      [
        ['februari', 'februari1 en december2 vorig jaar'],
        ['december2 vorig jaar', 'februari1 en december2 vorig jaar'],
      ],
    ],
    [
      'footnote markers glued to the years and days of a list of three (193)',
      'Zoals wij in onze brieven van 10 juli 20204, 27 januari5 en 26 mei 20216 hebben aangegeven bedraagt het aantal',
      '2021-06-17',
      [
        ['10 juli 2020', '10 juli 20204, 27 januari5 en 26 mei 2021'],
        ['27 januari', '10 juli 20204, 27 januari5 en 26 mei 2021'],
        ['26 mei 2021', '10 juli 20204, 27 januari5 en 26 mei 2021'],
      ],
    ],
    [
      'a footnote marker before `of per` (451)',
      'In de gemeenten die per 1 januari 20133 of per 1 januari 20144 zijn heringedeeld',
      '2014-09-12',
      [
        ['1 januari 2013', '1 januari 20133 of per 1 januari 2014'],
        ['1 januari 2014', '1 januari 20133 of per 1 januari 2014'],
      ],
    ],
    [
      '`zowel … als …` is a list, `zowel` and its preposition in it (2447)',
      'Begin\njaren ’80 is de staffel van het minimumjeugdloon tweemaal – zowel in 1981 als in 1983 –\nnaar beneden bijgesteld.',
      '2025-04-24',
      [
        ['1981', 'zowel in 1981 als in 1983'],
        ['1983', 'zowel in 1981 als in 1983'],
      ],
    ],
    [
      'a footnote marker taken out leaves another phrase between two dates: no list (1078)',
      'In mijn brief van 9 maart 20052 en in het debat van 31 maart 2005 over de evaluatie VBTB',
      '2005-05-31',
      [
        ['9 maart 2005', null],
        ['31 maart 2005', null],
      ],
    ],
    [
      'days that follow each other are one date already, in no list (1014)',
      'De vaste commissie voor LNV heeft op 16 en 17 april 1997 overleg gevoerd',
      '1997-05-21',
      [['16 en 17 april 1997', null]],
    ],
    [
      'a full stop between two dates: no list (02)',
      'Dat deed het op 27 oktober jl. Op 11 november jl. heeft het Europees Parlement',
      '2015-12-03',
      [
        ['27 oktober jl.', null],
        ['11 november jl.', null],
      ],
    ],
    [
      'another item between two dates: no list (155)',
      'de OVSE-top van 24 januari en de NAVO-top op 25 februari\njl. Voor de goede orde',
      '2022-03-01',
      [
        ['24 januari', null],
        ['25 februari\njl.', null],
      ],
    ],
    [
      'dates in sequence, each with its adverb: one list from the first adverb on (20)',
      'U heeft daarop het AO verplaatst naar aanvankelijk 27 maart en uiteindelijk 10 april a.s.',
      '2013-04-03',
      [
        ['27 maart', 'aanvankelijk 27 maart en uiteindelijk 10 april a.s.'],
        ['10 april a.s.', 'aanvankelijk 27 maart en uiteindelijk 10 april a.s.'],
      ],
    ],
    [
      'an adverb of sequence before the first date only when a later one has one too: no list (1606)',
      'Tijdens het algemeen overleg van 8 december 2009 heb ik eerst toegezegd',
      '2010-04-19',
      [['8 december 2009', null]],
    ],
    [
      // Found by the core fuzz (seed 53120603, case 52443): with the footnote marker `12` taken out, the gap read as
      // a cited bracket and `en`, and the list ran from the sentence before into the commitment's.
      'a bracket that holds a sentence end joins no list: the dates are in two sentences',
      'vergaderjaar 2022–2023 (29 521\nHandelingen II 2014/15, nr. 12, item 5. UDCG, Ik kom hierop terug.. )12 en 13 oktober',
      '2022-09-30',
      [
        ['2022–2023', null],
        ['13 oktober', null],
      ],
    ],
  ])('%s', (_rule, text, ref, expected) => {
    expect(phrases(text, ref)).toEqual(expected);
  });

  it('makes no list of a run of more dates than a sentence lists: a table of meeting days (205)', () => {
    const text =
      ' • 2024: 24 januari, 7 februari, 28 februari, 13 maart, 27 maart, 10 april, 24 april, 29 mei, 12 juni, 26 juli, 11 september, 25 september, 9 oktober, 23 oktober, 13 november, 27 november, 11 december';
    const dates = findDates(normalizeText(text), '2024-01-01');
    expect(dates.length).toBeGreaterThan(12);
    expect(dateLists(text, dates).size).toBe(0);
  });

  it('reads dates given out of order as in order', () => {
    const text = 'op 20 en 26 maart 2002 overleg';
    const dates = findDates(normalizeText(text), '2002-04-16');
    const lists = dateLists(text, [...dates].reverse());
    expect(dates.map((d) => lists.get(d)?.items.map((i) => i.text))).toEqual([
      ['20', '26 maart 2002'],
      ['20', '26 maart 2002'],
    ]);
  });
});

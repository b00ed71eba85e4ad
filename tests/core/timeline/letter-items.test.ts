import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import {
  itemAround,
  LetterItems,
  namesOtherLetters,
  namesSameLetter,
} from '../../../src/core/timeline/letter-items';
import type { TimelineEntry } from '../../../src/core/types';

/** The entry of the date `date` (its text) in `text`, as `buildTimeline` makes it before merging. */
function entryAt(text: string, date: string, nth = 0, iso = ''): TimelineEntry {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(date, start + 1);
  return {
    iso,
    endIso: null,
    label: '',
    relation: null,
    kind: 'event',
    start,
    end: start + date.length,
    sentence: { start: 0, end: text.length },
  };
}

/**
 * A verslag's head (1813's): bare citations as `(28 196, nr. 3)` are read in a parliamentary paper only.
 */
const HEAD =
  '30 800 A\nVaststelling van de begrotingsstaat van het Infrastructuurfonds voor het jaar 2007\n\nnr. 78\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\n';

/** Are the mentions of `date` (its first and second) in the list `list` two letters? */
function twoLetters(list: string, date: string): boolean {
  const text = HEAD + list;
  const items = new LetterItems(text, analyze({ text }).citations);
  const a = items.of(entryAt(text, date, 0));
  const b = items.of(entryAt(text, date, 1));
  return a !== null && b !== null && namesOtherLetters(a, b);
}

describe('itemAround: the item of a list a date stands in', () => {
  it.each([
    [
      'between the `;` that end the items (1616)',
      '• de brief d.d. 6 juli 2023 inzake wijziging gasgebouw (Kamerstuk 33 529, nr. 1162);\n\n• de brief d.d. 6 juli 2023 inzake uitvoer',
      '6 juli 2023',
      1,
      '• de brief d.d. 6 juli 2023 inzake uitvoer',
    ],
    [
      'between lines that open with a bullet the sentence splitter does not know, `−` (1646)',
      'over:\n− de brief d.d. 8 oktober\n2024 inzake reactie op de brief van Plan International\n− de brief d.d. 8 oktober\n2024 inzake reactie op rapport Artsen zonder Grenzen',
      '8 oktober',
      0,
      '− de brief d.d. 8 oktober\n2024 inzake reactie op de brief van Plan International',
    ],
  ])('%s', (_rule, text, date, nth, item) => {
    const e = entryAt(text, date, nth);
    const span = itemAround(text, { start: 0, end: text.length }, e.start, e.end);
    expect(text.slice(span.start, span.end)).toBe(item);
  });
});

describe('namesOtherLetters: two letters of one day in a list', () => {
  it.each([
    [
      'other subjects after `inzake`, one item without a citation (1616)',
      '• de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake wijziging gasgebouw (Kamerstuk 33 529, nr. 1162);\n\n• de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake uitvoer',
      '6 juli 2023',
      true,
    ],
    [
      'other papers cited, their subjects before the date (1813)',
      '– de brief van de minister van Verkeer en Waterstaat over A4 Steenbergen, d.d. 30 maart 2007 (28 196, nr. 3);\n– de brief van de minister van Verkeer en Waterstaat over A74 bij Venlo, d.d. 30 maart 2007 (30 800-A, nr. 57);',
      '30 maart 2007',
      true,
    ],
    [
      'other papers cited, their subjects alike (1862)',
      '• de brief van de minister van Buitenlandse Zaken d.d. 24 januari 2012 inzake de lijst van vragen en antwoorden over de eindevaluatie van de Nederlandse bijdrage aan ISAF 2006–2010 (27 925, nr. 448);\n\n• de brief van de minister van Buitenlandse Zaken d.d. 24 januari 2012 met de lijst van vragen en antwoorden over het Rapport van bevindingen inzake de audit over de eindevaluatie Nederlandse bijdrage aan ISAF 2006–2010 (27 925, nr. 449);',
      '24 januari 2012',
      true,
    ],
    [
      'the same paper cited twice, its subject written shorter once',
      '• de brief van de Minister van Financiën d.d. 7 maart 2022 inzake geannoteerde agenda eurogroep en Ecofin-Raad (Kamerstuk 21 501-07, nr. 1819);\n\nIn de brief van 7 maart 2022 inzake de geannoteerde agenda (Kamerstuk 21 501-07, nr. 1819) staat meer.',
      '7 maart 2022',
      false,
    ],
    [
      'subjects that share only half the words of the shorter one (2277)',
      '• de brief van de Minister voor Volkshuisvesting en Ruimtelijke Ordening d.d. 26 augustus 2022 inzake afschrift brief aan de Eerste Kamer inzake beantwoording schriftelijke vragen van het lid Moonen naar aanleiding van artikelen in Binnenlands Bestuur en de NRC over het verkeerd informeren van de Kamer over de Omgevingswet (2022D33161);\n\n• de brief van de Minister voor Volkshuisvesting en Ruimtelijke Ordening d.d. 26 augustus 2022 inzake afschrift van de brief aan de Eerste Kamer over toegezegde voortgangsinformatie en rapporten met betrekking tot de inwerkingtreding Omgevingswet (2022D33159);',
      '26 augustus 2022',
      true,
    ],
    [
      'a subject cut short is the same letter’s (1646)',
      '− de brief van de Minister d.d. 8 oktober 2024 inzake reactie op de brief van Plan International;\n− de brief van de Minister d.d. 8 oktober 2024 inzake reactie',
      '8 oktober 2024',
      false,
    ],
    [
      'a date that is no letter’s (not after `d.d.` or `brief van`) is not compared (2113)',
      '• de brief d.d. 27 augustus 2020 inzake antwoorden op vragen commissie over de besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële) ondersteuning aan Aruba (Kamerstuk 35 420, nr. 102);\n\n• de brief van de Staatssecretaris d.d. 9 juli 2020 inzake besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële) ondersteuning aan Aruba (Kamerstuk 35 420, nr. 96).',
      '10 juli 2020',
      false,
    ],
  ])('%s', (_rule, text, date, expected) => {
    expect(twoLetters(text, date)).toBe(expected);
  });
});

/** Do the mentions of `date` (its first and second) in `text` name one letter by their subjects? */
function oneLetter(text: string, date: string): boolean {
  const full = HEAD + text;
  const items = new LetterItems(full, analyze({ text: full }).citations);
  const a = items.of(entryAt(full, date, 0));
  const b = items.of(entryAt(full, date, 1));
  return a !== null && b !== null && namesSameLetter(a, b);
}

describe('namesSameLetter: two mentions of one letter, however their labels are cut', () => {
  it.each([
    [
      'the title and the text name one letter, `voor` and `van` aside (1954)',
      'Verslag van een schriftelijk overleg over de vertrouwelijke brief van 4 november 2021 over een programma voor aandeleninkoop ABN AMRO\n\nDe commissie heeft vragen voorgelegd over zijn vertrouwelijke brief van 4 november 2021 over een programma van aandeleninkoop ABN AMRO.',
      '4 november 2021',
      true,
    ],
    [
      'a subject in other words with all the words of the first (1219)',
      'vragen over de brief van 7 november 2011 inzake de stand van zaken met betrekking tot de instelling van de «Denktank complexe zorg» (Kamerstuk 24 170, nr.124).\n\nvragen over mijn brief van 7 november 2011, met daarin de stand van zaken met betrekking tot de aangekondigde instelling van de «Denktank complexe zorg» (Kamerstuk 24 170, nr. 124).',
      '7 november 2011',
      true,
    ],
    [
      'subjects that share most words but not all are no proof (1646)',
      '− de brief van de Minister d.d. 8 oktober 2024 inzake reactie op verzoek commissie over Sudan;\n− de brief van de Minister d.d. 8 oktober 2024 inzake reactie op verzoek commissie over Gaza;',
      '8 oktober 2024',
      false,
    ],
  ])('%s', (_rule, text, date, expected) => {
    expect(oneLetter(text, date)).toBe(expected);
  });
});

/** Do the mentions of `date` (its first and second, of day `iso`) in `text` cite one paper in their brackets? */
function onePaper(text: string, date: string, iso: string): boolean {
  const full = HEAD + text;
  const items = new LetterItems(full, analyze({ text: full }).citations);
  const a = items.papersWith(entryAt(full, date, 0, iso));
  return a !== null && a === items.papersWith(entryAt(full, date, 1, iso));
}

describe('papersWith: two mentions of a date that cite one paper with it', () => {
  it.each([
    [
      "the date in the citation's brackets, in two sentences (NAVO letter)",
      'Het kabinet heeft aangekondigd het zwaartepunt te verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022). Zoals gesteld in de kennisgevingsbrief (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022) zal het kabinet de Kamer hierover nader informeren.',
      '17 juni 2022',
      '2022-06-17',
      true,
    ],
    [
      'the citation right after the date, written `nr. 8` and `nr.8` (2304)',
      'In de brief van 14 juni 2023 (Kamerstuk 36 221, nr. 8) is daar ook weer naar verwezen. Zoals in de brief van 14 juni 2023 (Kamerstuk 36 221, nr.8) aan u is meegedeeld hecht het presidium aan een zorgvuldig onderzoek.',
      '14 juni 2023',
      '2023-06-14',
      true,
    ],
    [
      'two papers of one day (1813)',
      '– de brief van de minister van Verkeer en Waterstaat over A4 Steenbergen, d.d. 30 maart 2007 (28 196, nr. 3);\n– de brief van de minister van Verkeer en Waterstaat over A74 bij Venlo, d.d. 30 maart 2007 (30 800-A, nr. 57);',
      '30 maart 2007',
      '2007-03-30',
      false,
    ],
    [
      'a citation after the subject, not with the date (1616)',
      '– de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake wijziging gasgebouw (Kamerstuk 33 529, nr. 1162);\n– de brief van de Staatssecretaris Mijnbouw d.d. 6 juli 2023 inzake wijziging gasgebouw (Kamerstuk 33 529, nr. 1162);',
      '6 juli 2023',
      '2023-07-06',
      false,
    ],
    [
      "a period before a citation is its subject's, not the paper's date (897)",
      '• de brief van de Minister van Defensie d.d. 20 september 2016 ter aanbieding van de personeelsrapportage over de eerste helft van 2016 (Kamerstuk 34 550-X, nr. 4);\n• de brief van de Minister van Defensie d.d. 31 oktober 2016 met de lijst van vragen en antwoorden houdende de personeelsrapportage over de eerste helft van 2016 (Kamerstuk 34 550 X, nr. 4) (Kamerstuk 34 550-X, nr. 15);',
      'eerste helft van 2016',
      '2016-01',
      false,
    ],
  ])('%s', (_rule, text, date, iso, expected) => {
    expect(onePaper(text, date, iso)).toBe(expected);
  });
});

describe('the timeline of a list of letters', () => {
  it('keeps a letter and the meeting of its day that another item names apart, though their labels share the subject (2113)', () => {
    const text =
      HEAD +
      '  • de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d. 27 augustus 2020 inzake antwoorden op vragen commissie over de besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële) ondersteuning aan Aruba, Curaçao en Sint-Maarten (Kamerstuk 35 420, nr. 102);\n\n  • de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d. 10 juli 2020 inzake besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële) ondersteuning aan Aruba, Curaçao en Sint-Maarten (Kamerstuk 35 420, nr. 96).';
    const july = analyze({ text }).timeline.filter((e) => e.iso === '2020-07-10');
    expect(july.map((e) => e.label)).toEqual([
      '…over de besluitvorming Rijksministerraad inzake (financiële) ondersteuning…',
      '…BZK inzake besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële)…',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { meetingDay } from '../../../src/core/detect/meeting-day';
import { analyze } from '../../../src/core/analyze';

describe('meetingDay: the day of the meeting a verslag reports', () => {
  it.each([
    [
      'a commissiedebat (202)',
      'Vastgesteld 10 september 2024\n\nDe vaste commissie voor Buitenlandse Zaken heeft op 20 juni 2024 overleg gevoerd met mevrouw Bruins Slot',
      '2024-06-20',
    ],
    [
      'an older algemeen overleg (49)',
      'De vaste commissie voor Landbouw, Natuur en Voedselkwaliteit1 heeft op 14 september 2005 overleg gevoerd met minister Veerman',
      '2005-09-14',
    ],
    [
      'several committees: `hebben` (530)',
      'De vaste commissie voor Europese Zaken, de vaste commissie voor Defensie en de vaste commissie voor Buitenlandse Zaken hebben op 5 februari 2015 overleg gevoerd met Minister Koenders',
      '2015-02-05',
    ],
    [
      'a line break inside the date',
      'De commissie heeft op 8 juni\n2020 overleg gevoerd over:',
      '2020-06-08',
    ],
    [
      'the page breaks the line between `hebben op` and the day (1443)',
      'Infrastructuur en Waterstaat en de vaste commissie voor Economische Zaken hebben op\n9 oktober 2024 overleg gevoerd met de heer Veldkamp, Minister van Buitenlandse Zaken,',
      '2024-10-09',
    ],
    [
      'a footnote marker glued to the verb (2040)',
      'De vaste commissie voor Verkeer en Waterstaat1heeft op 3 juli 2002 overleg gevoerd met minister Netelenbos van Verkeer en Waterstaat over:',
      '2002-07-03',
    ],
    [
      'the day with its weekday (1450)',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen heeft op maandag 12 mei 1997 overleg gevoerd met de staatssecretaris',
      '1997-05-12',
    ],
    [
      'a mondeling overleg of the Eerste Kamer (266)',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid en de vaste commissie voor Financiën hebben op 10 maart 2020 een mondeling overleg gevoerd met Minister Hoekstra',
      '2020-03-10',
    ],
    [
      'a vervolgoverleg (1176)',
      'De vaste commissie voor Justitie heeft op 28 januari 2009 vervolgoverleg gevoerd met staatssecretaris Albayrak van Justitie over:',
      '2009-01-28',
    ],
    [
      'a nota-overleg (1784)',
      'De vaste commissie voor Onderwijs, Cultuur en Wetenschappen heeft op 2 oktober 1995 nota-overleg gevoerd met de staatssecretaris',
      '1995-10-02',
    ],
    [
      'words between the day and `overleg` (1167)',
      'De vaste commissie voor Justitie heeft op 27 oktober 1999 in het kader van het begrotingsonderzoek overleg gevoerd met de bewindslieden van Justitie',
      '1999-10-27',
    ],
    [
      'words between `overleg` and `gevoerd` (2561)',
      'De vaste commissie voor Verkeer en Waterstaat heeft op 17 december 2003 overleg (tweede termijn) gevoerd met staatssecretaris Schultz van Haegen-Maas Geesteranus',
      '2003-12-17',
    ],
    [
      'the continued meeting, not the day it began (2202)',
      'De vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties en de vaste commissie voor Justitie hebben op 21 februari 2006 de voortzetting van het algemeen overleg van 8 februari 2006 gevoerd met minister Remkes',
      '2006-02-21',
    ],
    [
      'a meeting continued (2063)',
      'De vaste commissie voor Verkeer en Waterstaat1 heeft op 31 mei 2000 het algemeen overleg van 13 april 2000 voortgezet, dat was onderbroken vanwege het overlijden van het Kamerlid Brood',
      '2000-05-31',
    ],
    [
      'a hearing, printed word for word (758)',
      'De vaste commissie voor Justitie1 heeft op 19 november 1996 een hoorzitting gehouden over de Wet op het notarisambt (23 706).',
      '1996-11-19',
    ],
    // A meeting on more days: its first day.
    [
      'two days, one month and year (1014)',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij1 heeft op 16 en 17 april 1997 overleg gevoerd met minister Van Aartsen van Landbouw, Natuurbeheer en Visserij over de varkenspest.',
      '1997-04-16',
    ],
    [
      'two days apart (595)',
      'De vaste commissie voor Justitie1 heeft op 20 en 26 maart 2002 overleg gevoerd met staatssecretaris Kalsbeek van Justitie over haar brieven:',
      '2002-03-20',
    ],
    // The opening of 1014 with the other lists a verslag may write.
    [
      'three days',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op 3, 4 en 5 juni 2004 overleg gevoerd met minister Veerman',
      '2004-06-03',
    ],
    [
      'across a month',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op 30 juni en 1 juli 2004 overleg gevoerd met minister Veerman',
      '2004-06-30',
    ],
    [
      'each day with its month',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op 16 april en 17 april 1997 overleg gevoerd met minister Van Aartsen',
      '1997-04-16',
    ],
    [
      'each day with its month and year',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op 16 april 1997 en 17 april 1997 overleg gevoerd met minister Van Aartsen',
      '1997-04-16',
    ],
    [
      'each day with its weekday',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij heeft op woensdag 16 en donderdag 17 april 1997 overleg gevoerd met minister Van Aartsen',
      '1997-04-16',
    ],
    [
      'a list whose first day does not exist',
      'De vaste commissie heeft op 31 juni en 1 juli 2004 overleg gevoerd met minister Veerman',
      null,
    ],
    ['a reply, no meeting', 'De Minister heeft op 7 januari 2025 gereageerd.', null],
    [
      'a reply, and the schriftelijk overleg named only in the next sentence (104)',
      'De Minister heeft op 30 januari 2023 gereageerd.\n\nDe commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.',
      null,
    ],
    [
      'a schriftelijk overleg: no day',
      'De vaste commissie heeft een aantal vragen en opmerkingen voorgelegd.',
      null,
    ],
    ['a day that does not exist', 'De commissie heeft op 31 juni 2020 overleg gevoerd.', null],
    [
      'an Eerste Kamer committee that spoke about a draft on three days, then wrote to the Minister (1404)',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid1 heeft op 18 juni, 25 juni en 9 juli 2019 gesproken over het bij de Kamer op grond van artikel 144, vijfde lid, van de Pensioenwet voorgehangen ontwerpbesluit',
      null,
    ],
    [
      'a schriftelijk overleg of the Eerste Kamer, no day (2187)',
      'De vaste commissie voor Financiën1 heeft schriftelijk overleg gevoerd met de Staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane over toekomstig stelsel box 3.',
      null,
    ],
    [
      'a delegation’s visit, written up afterwards (1317)',
      'Een delegatie uit de Tweede Kamer heeft van 14 oktober tot 21 oktober 2011 een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten en Caribisch Nederland',
      null,
    ],
  ])('%s', (_case, text, expected) => {
    expect(meetingDay(text)).toBe(expected);
  });
});

describe('relative dates in a verslag count from the meeting', () => {
  const verslag = [
    '21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken',
    'Nr. 2930 VERSLAG VAN EEN COMMISSIEDEBAT',
    'Vastgesteld 10 september 2024',
    'De vaste commissie voor Buitenlandse Zaken heeft op 20 juni 2024 overleg gevoerd met mevrouw Bruins Slot, Minister van Buitenlandse Zaken.',
    'Gelukkig heeft deze commissie volgende week nog wel een ander commissiedebat. De Raad is op 24 juni.',
  ].join('\n\n');

  it('`volgende week` is the week after the meeting (202); other dates keep the verslag date', () => {
    const result = analyze({ text: verslag });
    expect(result.document.kind).toBe('verslag');
    expect(result.document.letterDate).toBe('2024-09-10');
    const byText = Object.fromEntries(result.dates.map((d) => [d.text, [d.iso, d.endIso]]));
    expect(byText['volgende week']).toEqual(['2024-06-24', '2024-06-30']);
    expect(byText['24 juni']).toEqual(['2024-06-24', null]);
  });

  it('`aanstaande` said in the meeting is after the meeting, not after the verslag (232)', () => {
    const text = [
      '28 676 NAVO',
      'Nr. 389 VERSLAG VAN EEN COMMISSIEDEBAT',
      'Vastgesteld 2 maart 2022',
      'De vaste commissie voor Defensie heeft op 10 februari 2022 overleg gevoerd met mevrouw Ollongren, Minister van Defensie.',
      'De voorzitter: Het onderwerp is de NAVO-ministeriële van 16 en 17 februari aanstaande.',
    ].join('\n\n');
    const found = analyze({ text }).dates.find((d) => d.text.startsWith('16 en 17 februari'));
    expect([found?.iso, found?.endIso]).toEqual(['2022-02-16', '2022-02-17']);
  });

  it('in a meeting held on two days, `volgende week` counts from the first (1014, with a sentence of 530)', () => {
    const text = [
      '25 229 Varkenspest',
      'nr. 11 VERSLAG VAN EEN ALGEMEEN OVERLEG',
      'Vastgesteld 21 mei 1997',
      'De vaste commissie voor Landbouw, Natuurbeheer en Visserij1 heeft op 16 en 17 april 1997 overleg gevoerd met minister Van Aartsen van Landbouw, Natuurbeheer en Visserij over de varkenspest.',
      'Er staat niet heel veel op de agenda van de Raad Algemene Zaken van volgende week.',
    ].join('\n\n');
    const found = analyze({ text }).dates.find((d) => d.text === 'volgende week');
    expect([found?.iso, found?.endIso]).toEqual(['1997-04-21', '1997-04-27']);
  });

  it('in a letter, `volgende week` counts from the letter date', () => {
    const letter = verslag
      .replace(
        'Nr. 2930 VERSLAG VAN EEN COMMISSIEDEBAT',
        'Nr. 2930 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
      )
      .replace(
        'Vastgesteld 10 september 2024',
        'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 10 september 2024',
      );
    const result = analyze({ text: letter });
    expect(result.document.kind).toBe('brief regering');
    expect(result.dates.find((d) => d.text === 'volgende week')?.iso).toBe('2024-09-16');
  });
});

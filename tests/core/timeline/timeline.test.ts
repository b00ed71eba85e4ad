import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/core/citations';
import { findCommitments } from '../../../src/core/commitments';
import { detectDocument } from '../../../src/core/detect/detect';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { analyze } from '../../../src/core/analyze';
import { buildTimeline } from '../../../src/core/timeline';
import type { TimelineEntry } from '../../../src/core/types';
import { LABEL_STRETCH, MAX_LABEL } from '../../../src/core/timeline/label-chars';
import { letter, NAVO_LETTER_DATE, navoText } from '../dates/letters';

function timeline(original: string, ref: string | null): TimelineEntry[] {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref);
}

/** The timeline as `analyze` builds it, with the paper's citations (what tells two mentions of one paper). */
function timelineWithCitations(original: string, ref: string | null): TimelineEntry[] {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  const citations = findCitations(text, detectDocument(text).document);
  return buildTimeline(
    text,
    dates,
    findCommitments(text, dates, ref),
    ref,
    undefined,
    0,
    undefined,
    citations,
  );
}

describe('buildTimeline: a commitment due after a period', () => {
  it('is one entry from the month after it, not the period itself and no second event (310)', () => {
    const sentence =
      'Ik verwacht u na de zomer te kunnen informeren over de resultaten van deze besprekingen en daarmee over de invulling van uw motie.';
    const entries = timeline(sentence, '2013-06-12');
    expect(entries.map((e) => [e.iso, e.endIso, e.relation, e.kind])).toEqual([
      ['2013-09', null, 'future', 'commitment'],
    ]);
  });
});

describe('buildTimeline: what is no part of a label at its ends', () => {
  it.each([
    [
      'a commitment whose sentence ends a quotation (243)',
      'Het door de IGZ en IJZ gezamenlijk opgestelde rapport bevindt zich in een vergevorderd stadium. De Staatssecretaris en ik zullen u voor het zomerreces nader informeren over de start van de IGJ.»',
      '2017-04-13',
      'commitment',
      'De Staatssecretaris en ik zullen u nader informeren over de start van de IGJ',
    ],
    [
      'a deadline in a motion quoted in the letter (1573)',
      'Ook reageer ik op de aangenomen motie van de leden Eerdmans (JA21) en Bikker (ChristenUnie) die\nde regering verzoekt om «bijvoorbeeld een programma zoals voor landelijke Skaeve Huse\nvorm te geven en de Kamer hierover voor 1 juli a.s. te rapporten.»2',
      '2024-04-29',
      'deadline',
      '…voor landelijke Skaeve Huse vorm te geven en de Kamer hierover te rapporten',
    ],
    [
      'an answer after the page its question is about (2801)',
      'Hoe wordt het toezicht vormgegeven?\n\n(blz. 2)\nHet streven is er op gericht dat het protocol in de zomer van 2002 beschikbaar is.',
      '2000-03-01',
      'event',
      'Het streven is er op gericht dat het protocol beschikbaar is',
    ],
  ])(
    'has no closing quote and full stop at its end, nor a page reference at its start: %s',
    (_, text, ref, kind, label) => {
      const entry = timeline(text, ref).find((e) => e.kind === kind);
      expect(entry?.label).toBe(label);
    },
  );
});

describe('buildTimeline: a commitment whose due date a list joins to a date before its sentence', () => {
  it('keeps the words of its own sentence (found by the core fuzz, seed 53120603)', () => {
    // `12` glued to the bracket is read as a footnote marker and taken out, and the list of dates it leaves,
    // `2022–2023 … en 13 oktober`, starts in the sentence before: the label was cut to `Ik kom hierop ter`, or empty.
    const entries = timeline('In 2022–2023 (item 5. Ik kom hierop terug. )12 en 13 oktober', '2022-09-30');
    const commitment = entries.find((e) => e.kind === 'commitment');
    expect(commitment?.label).toMatch(/^Ik kom hierop terug(?![\p{L}])/u);
  });
});

describe('buildTimeline: golden NAVO letter', () => {
  const entries = timelineWithCitations(navoText(), NAVO_LETTER_DATE);
  const rows = entries.map((e) => [e.iso, e.endIso, e.relation, e.kind]);

  it('sorts the events by date, marks them against the letter date, and merges repeated mentions', () => {
    expect(rows).toEqual([
      ['2022-06', null, 'past', 'event'],
      ['2022-06-17', null, 'past', 'event'], // cited twice: `(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)`, merged
      ['2022-06-29', '2022-06-30', 'past', 'event'],
      ['2022-09-22', null, 'past', 'event'],
      ['2022-09-29', null, 'past', 'event'],
      // `Den Haag, 30 september 2022`, the letter's own dateline, is no entry: the sidebar shows the
      // letter date above the entries after it.
      ['2022-10-12', '2022-10-13', 'future', 'event'],
      ['2022-11', null, 'future', 'commitment'], // `streeft ernaar om in november 2022`: one entry
      ['2022-11-03', null, 'future', 'event'],
      ['2023-01', null, 'future', 'event'],
    ]);
  });

  it('labels each entry with its clause, not its paragraph, without repeating the date', () => {
    const label = (iso: string) => entries.find((e) => e.iso === iso)?.label;
    expect(label('2022-10-12')).toBe(
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen',
    );
    // `(NAR)` is part of the clause: the subject stays (it read `Een verklaring uitgebracht`); the cut
    // does not start at `en Oekraïne`, which read as the subject. Without the phrase the sentence opens with (`In
    // reactie op de ontwikkelingen in Rusland en Oekraïne`), the subject goes first.
    expect(label('2022-09-22')).toBe('De Noord-Atlantische Raad (NAR) heeft een verklaring uitgebracht');
    // The paper cited twice: labelled from the words around its brackets, not with the citation alone.
    expect(label('2022-06-17')).toBe(
      '…inzet in Irak te verplaatsen van Operation Inherent Resolve (OIR) naar NMI',
    );
    // The date of the Madrid summit, not of the ministers' meeting (which is in October).
    expect(label('2022-06-29')).toBe('…de NAVO-Top in Madrid');
    expect(label('2022-11-03')).toBe(
      'Nederland ziet graag dat het VN-mandaat voor Althea, dat verloopt, wordt verlengd',
    );
    expect(label('2022-09-30')).toBeUndefined();
    expect(label('2022-11')).toMatch(/^Het kabinet streeft ernaar om meer duidelijkheid te hebben/);
    for (const e of entries) {
      // Past MAX_LABEL (80) only to keep the verbs that close the clause (the Althea mandate: 81).
      expect(e.label.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
      expect(e.label).not.toContain('\n');
    }
  });

  it('keeps original offsets of the first mention', () => {
    const original = navoText();
    const e = entries.find((x) => x.iso === '2022-10-12');
    expect(e && original.slice(e.start, e.end)).toBe('12 en 13 oktober');
  });
});

describe('buildTimeline: rules', () => {
  it.each([
    [
      'after a word and before a full stop (178)',
      'Hierbij stuur ik u de voortgangsbrief die mijn voorgangster begin 2021 aan uw Kamer toestuurde1. Dit doe ik mede namens de bewindspersonen.',
      '2021-01',
      'Hierbij stuur ik u de voortgangsbrief die mijn voorgangster aan uw Kamer toestuurde',
    ],
    [
      'after a bracket (189, its request cut short to fit whole)',
      'Via de motie van de leden Paulusma (D66) en Bikker (CU)1 is de regering eind 2021 verzocht om een analyse.',
      '2021-12',
      '…de leden Paulusma (D66) en Bikker (CU) is de regering verzocht om een analyse',
    ],
    [
      // Cut, the label keeps the verbs that close its clause (see `closingVerbsEnd`) and starts after the bracket.
      'after a bracket (189)',
      'Via de motie van de leden Paulusma (D66) en Bikker (CU)1 is de regering eind 2021 verzocht om de voor- en nadelen in kaart te brengen.',
      '2021-12',
      '…is de regering verzocht om de voor- en nadelen in kaart te brengen',
    ],
    [
      'between two words, its space lost: the space comes back (188)',
      'In juni 2020 heb ik aan uw Kamer toegezegd1om de hersteloperatie toeslagen periodiek door te lichten.',
      '2020-06',
      'Ik heb aan uw Kamer toegezegd om de hersteloperatie toeslagen periodiek door te lichten',
    ],
  ])('labels leave out a footnote marker glued to a word (%s)', (_case, text, iso, label) => {
    const entry = timeline(text, '2025-05-01').find((e) => e.iso === iso);
    expect(entry?.label).toBe(label);
  });

  it("a commitment's label leaves out a footnote marker too", () => {
    const entries = timeline(
      'In het najaar van 2024 zal ik uw Kamer informeren over de uitkomsten van het onderzoek3. Dat is alles.',
      '2024-05-01',
    );
    const commitment = entries.find((e) => e.kind === 'commitment');
    expect(commitment?.iso).toBe('2024-09');
    expect(commitment?.label).toBe(
      // Cut before `van het`, not after it.
      'In het najaar van 2024 zal ik uw Kamer informeren over de uitkomsten van het onderzoek',
    );
  });

  // Sentences from tests/fixtures/letters (the file's number first), with the letter's date.
  it.each([
    // `voor` before a day, a season or `eind <jaar>`: "before", a deadline.
    [
      '2534',
      'verzoekt de regering, tot slot een voorstel voor een dergelijk onderzoek binnen drie weken aan de Kamer voor te leggen, burgers de mogelijkheid te geven om voorbeelden aan te leveren, en een eerste rapportage voor 1 juli aan de Kamer te doen toekomen,',
      '2021-01-19',
      '2021-07-01',
      'deadline',
    ],
    [
      '1721',
      'verzoekt de regering om, samen met de gemeenten, OM en politie te kijken wat er qua afspraken over veilige weginrichting en handhavingsplannen nodig is om de verkeersveiligheid te verbeteren en de Kamer voor de zomer te informeren,',
      '2017-02-08',
      '2017-06',
      'deadline',
    ],
    [
      '335',
      'Hierbij deel ik u mee dat het niet mogelijk blijkt om uw Kamer met voldoende diepgang\nen afstemming voor eind 2025 te informeren over de impact die de focusverschuiving',
      '2025-12-08',
      '2025-1',
      'deadline',
    ],
    [
      '2216',
      'Welke specifieke acties worden ondernomen binnen het impulsprogramma Kaderrichtlijn\nWater om de waterkwaliteit vóór 2027 te verbeteren?',
      '2025-06-10',
      '2027',
      'deadline',
    ],
    [
      '1312',
      'verzoekt de regering alternatieven voor vreemdelingenbewaring te onderzoeken en de Kamer hierover uiterlijk medio 2011 te informeren,',
      '2010-12-07',
      '2011',
      'deadline',
    ],
    // `voor` before a whole year, half year or quarter: "for", no deadline.
    [
      '01',
      'Het Akkoord focust op het verbeteren van de productsamenstelling wat betreft zout, verzadigd vet en calorieën (suiker, vet en portiegrootte) zodat de gezonde keuze makkelijker wordt met einddoelen voor 2020.',
      '2015-12-17',
      '2020',
      'event',
    ],
    [
      '100',
      'Gelet op de toezegging aan uw Kamer om de Werkagenda aan beide Kamers te sturen3, ontvangt u de geactualiseerde versie van de Werkagenda voor 2024.',
      '2023-12-22',
      '2024',
      'event',
    ],
    ['948', 'De begroting van BHOS voor 2015 is € 2.475 miljoen.', '2014-11-10', '2015', 'event'],
    [
      '2263',
      'De Eurogroep heeft het werkprogramma voor de tweede helft van 2016 aangenomen.',
      '2016-06-21',
      '2016-07',
      'event',
    ],
    // A deadline's word in a clause that tells of the date as done: what was done by then, no deadline (see
    // `toldAsDone`).
    [
      '1255',
      'Ja, de Minister van Klimaat en Groene Groei (KGG) en ik hebben dit rapport voor de zomer ontvangen tijdens een gesprek met omwonenden.',
      '2025-08-20',
      '2025-06',
      'event',
    ],
    [
      '2184',
      'Tot de doelgroep van de OBR behoren personen met een VUT-uitkering, of een vergelijkbare uitkering zoals een private arbeidsongeschiktheidsuitkering, die vóór 1 januari 2013 is gestart en niet doorloopt tot de nieuwe AOW-leeftijd.',
      '2022-06-07',
      '2013-01-01',
      'event',
    ],
    // A date something is scheduled for, and `van voor` ("from before"): no deadline.
    [
      '1252',
      'Mede met het oog op het plenaire debat voorzien voor 21 februari (Handelingen II 2022/23, nr. 55, Debat over de Nederlandse steun aan Oekraïne) a.s. sturen wij, mede namens Minister van Justitie & Veiligheid, uw Kamer een terug- en vooruitblik op de Russische oorlog van agressie in Oekraïne.',
      '2023-02-20',
      '2023-02-21',
      'event',
    ],
    [
      '1934',
      'Welke documenten of rapporten van voor 22 juli 2017 waren op de Ministeries van Volksgezondheid, Welzijn en Sport (VWS), het voormalig Ministerie van Economische Zaken (EZ), of bij de Nederlandse Voedsel- en Warenautoriteit (NVWA) aanwezig waarin wordt ingegaan op de stof fipronil en/of bloedluisbestrijding bij kippen?',
      '2018-12-27',
      '2017-07-22',
      'event',
    ],
  ])('%s: `voor` and its kin before a date in %j', (_letter, text, ref, iso, kind) => {
    const entry = timeline(text, ref).find((e) => e.iso.startsWith(iso));
    expect(entry?.kind).toBe(kind);
  });

  it('marks `uiterlijk <day>` as a deadline', () => {
    const uiterlijk = timeline('De gemeenten dienen de aanvraag uiterlijk 1 juli 2023 in.', '2023-01-15');
    expect(uiterlijk[0]?.kind).toBe('deadline');
  });

  it('keeps different things on the same day apart', () => {
    const entries = timeline(
      'Op 12 oktober spreken de Ministers over Oekraïne.\n\nOp 12 oktober opent de nieuwe kazerne in Assen.',
      '2022-09-30',
    );
    expect(entries).toHaveLength(2);
  });

  it('gives a null relation without a letter date', () => {
    const entries = timeline('In januari 2014 heb ik het Akkoord gesloten.', null);
    expect(entries[0]?.relation).toBeNull();
  });

  it('puts a commitment due by the end of its quarter in the timeline as the quarter (12)', () => {
    const l = letter('12');
    const entries = timeline(l.text, l.letterDate);
    const c = entries.find((e) => e.kind === 'commitment');
    expect(c).toMatchObject({ iso: '2026-01', endIso: '2026-03', relation: 'future' });
    expect(c?.label).toMatch(/^In Q1 2026 ontvangt uw Kamer de jaarlijkse voortgangsrapportage/);
  });

  it('labels a date in a table cell by itself (06)', () => {
    const l = letter('06');
    const entries = timeline(l.text, l.letterDate);
    expect(entries.find((e) => e.iso === '2018-03-20')?.label).toBe('20 maart 2018');
  });

  it('returns nothing for a text without dates', () => {
    expect(timeline('Geen data hier.', '2022-09-30')).toEqual([]);
  });
});

describe('buildTimeline: dates that date the dossier, not the letter', () => {
  // Through `analyze`, which knows where the paper's head ends.
  const timelineOf = (text: string) =>
    analyze({ text }).timeline.map((e) => [e.iso, e.label.replace(/\s+/g, ' ')]);

  it('leaves out the year of a budget dossier in the head (letter 12), and the dateline (the letter date)', () => {
    const text =
      '36 800 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2026\n\nNr. 11 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 6 oktober 2025\n\nIn het eerste kwartaal van 2026 ontvangt uw Kamer de strategie.\n\nDe Minister van Defensie,\nR.P. Brekelmans';
    const isos = timelineOf(text).map(([iso]) => iso);
    expect(isos).toEqual(['2026-01']);
    expect(analyze({ text }).document.letterDate).toBe('2025-10-06');
  });

  it('leaves out the vergaderjaar of the zoek metadata row, also where the page repeats it (letters 122, 156)', () => {
    const text =
      '| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n|---|---|---|---|\n| Tweede Kamer der Staten-Generaal | 2017-2018 | 32317 nr. 525 |\nU bent hier:\n| Tweede Kamer der Staten-Generaal | 2017-2018 | 32317 nr. 525 |\n32 317 JBZ-Raad\n\nNr. 525 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 20 november 2018\n\nOp 6 en 7 december 2018 vindt de JBZ-Raad plaats.';
    const isos = timelineOf(text).map(([iso]) => iso);
    expect(isos).toEqual(['2018-12-06']);
  });

  it.each([
    [
      '792',
      'In onderstaand overzicht zijn de verplichtingen en uitgaven van het Infrastructuurfonds opgenomen.\n\nInfrastructuurfonds in cijfers\n\n2010\n\n2011\n\nVerplichtingen\n\n8.512\n\n7.390\n\nIn 2011 is het fonds voor het eerst via de nieuwe structuur verantwoord.',
      ['2010', '2011', '2011'],
      ['2011'],
    ],
    ['1303', 'Koop\n2012\n39.350\n15.500\n2013\n27.250\n10.650\n', ['2012', '2013'], []],
  ])(
    '%s: leaves out the years that head a table, on lines of their own, which are dates of no event',
    (_letter, body, dates, onTimeline) => {
      const ref = '2012-04-04';
      expect(findDates(normalizeText(body), ref).map((d) => d.iso)).toEqual(dates);
      expect(timeline(body, ref).map((e) => e.iso)).toEqual(onTimeline);
    },
  );

  it("keeps a date in a title (a meeting's day) and in a letter's own table", () => {
    const text =
      'Brief regering : Geannoteerde agenda NAVO-bijeenkomst van ministers van Defensie op 12 en 13 oktober 2022\n28 676 NAVO\nNr. 409 BRIEF VAN DE MINISTER VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 30 september 2022\nDe planning:\n| fase | datum |\n| besluit | 1 maart 2023 |\nDe Minister van Defensie,\nK.H. Ollongren';
    const isos = timelineOf(text).map(([iso]) => iso);
    expect(isos).toEqual(expect.arrayContaining(['2022-10-12', '2023-03-01']));
  });
});

describe('buildTimeline: a date the letter compares with or replaces', () => {
  it.each([
    [
      '2233',
      'het uitwerken van een Klimaatakkoord waarin afspraken worden vastgelegd over de manier waarop we in Nederland het ambitieuze doel van 49% broeikasgasreductie in 2030 ten opzichte van 1990 gaan bereiken.',
      ['2030'],
    ],
    [
      '2707',
      'Daarom zal de verplichting te beschikken over een operationeel VMS-contract met een betrokken provider ingaan per 1 april 2026 in plaats van 1 januari 2026.',
      ['2026-04-01'],
    ],
    ['2687', 'Een paar grote maatregelen zullen echter pas in 2030 ipv 2027 klaar zijn.', ['2030']],
    [
      '1009',
      'constaterende dat in 2012 meer dan zes op de tien burgemeesters te maken hadden met agressie en geweld, en dat dit aantal gestegen is ten opzichte van 2010;',
      ['2012'],
    ],
    [
      'abbreviated, as 368 writes it (`Toename t.o.v. 2015`)',
      'Het aantal ongevallen in onderzoek is op 30 juni 2016 met 5% gestegen t.o.v. 30 juni 2015.',
      ['2016-06-30'],
    ],
    ['707', 'In vergelijking met 1994 zal die in 1995 met omstreeks 1 procentpunt dalen.', ['1995']],
    [
      '982',
      'Hier komt echter bij dat de internationale aspecten van de dreiging vergeleken met begin 2005 voor ons land ook enigszins aan gewicht lijken te winnen.',
      [],
    ],
    ['1500, a comparative and `dan`', 'Dat is 30 procent meer dan in 2016.', []],
    [
      '691, `gelijk aan`',
      '– Het totale aantal grote projecten van negen, is in 2010 gelijk aan 2009.',
      ['2010'],
    ],
    [
      '2217, a comparative, a particle and `dan`',
      'In 2017 vielen naar schatting 20.800 ernstig verkeersgewonden. Deze schatting valt daarmee lager uit dan in 2016, toen 21.400 ernstig verkeersgewonden zijn geteld.',
      ['2017'],
    ],
    [
      '77, a comparative, a verb and `dan`',
      'De rapporteurs constateren dat de onderuitputting op het Mobiliteitsfonds in 2024 lager was dan in 2023, maar wel hoger dan in de twee jaren daarvoor.',
      ['2024'],
    ],
    [
      '291, `anders dan`',
      'Anders dan in 2015, wordt het COA momenteel geconfronteerd met meerdere omstandigheden die maken dat de reguliere opvangcapaciteit onvoldoende toereikend is.',
      [],
    ],
    [
      '833, a list',
      'de uitstoot ten opzichte van 2019 en 2020 moeten verminderen met 45% in 2030.',
      ['2030'],
    ],
  ])('%s: is no entry, only the date compared is', (_letter, body, isos) => {
    const ref = '2025-06-01';
    const entries = timeline(body, ref);
    expect(entries.map((e) => e.iso)).toEqual(isos);
    // The date stays marked in the text.
    expect(findDates(normalizeText(body), ref).length).toBeGreaterThan(isos.length);
  });

  it.each([
    ['capitalised, opening its sentence', 'Ten opzichte van 2019 is het aantal meldingen in 2024 gestegen.'],
    ['over a line break', 'Het aantal meldingen is in 2024 gestegen ten opzichte van\n2019.'],
    ['abbreviated in capitals', 'Het aantal meldingen is in 2024 gestegen T.O.V. 2019.'],
    ['a comparative with `op`', 'Het aantal meldingen was in 2024 hoger dan op 1 januari 2019.'],
  ])('reads the comparison however it is written: %s', (_rule, body) => {
    expect(timeline(body, '2025-06-01').map((e) => e.iso)).toEqual(['2024']);
  });

  it('keeps a date that `later dan` or `eerder dan` bounds (1137), and one after `maar dan`', () => {
    const entries = timeline(
      'Ik zal de kabinetsvisie niet later dan 1 september toesturen. De eerste fase liep goed, maar dan in 2026 volgt de tweede.',
      '2025-06-01',
    );
    expect(entries.map((e) => e.iso)).toEqual(['2025-09-01', '2026']);
  });

  it('keeps a date a word such as `ipv` ends in, or one the comparison does not name right before it', () => {
    const entries = timeline(
      'De Stichting Tipv organiseerde op 3 maart 2024 een bijeenkomst. Dit is een toename ten opzichte van het aantal studenten in 2023.',
      '2025-06-01',
    );
    expect(entries.map((e) => e.iso)).toEqual(['2023', '2024-03-03']);
  });
});

describe("buildTimeline: the letter's own dateline", () => {
  // The head and sentences of letter 2500 (`Den Haag, 16 april 2012`).
  const head = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 16 april 2012\n\n';

  it('is no entry when others are left: its label only repeated the date the sidebar shows', () => {
    const entries = timeline(
      `${head}Uw Kamer is hierover door het vorige Kabinet bij brief van 12 mei 2010 geïnformeerd (Kamerstuk 22 894 nr. 270).`,
      '2012-04-16',
    );
    expect(entries.map((e) => e.iso)).toEqual(['2010-05-12']);
  });

  it("is no entry in its older spelling either, `'s-Gravenhage, 5 oktober 1999` (1015)", () => {
    const entries = timeline(
      "'s-Gravenhage, 5 oktober 1999\n\nHierbij bied ik u de achtste voortgangsrapportage aan over de aanpak van het millenniumprobleem bij de overheid. Deze rapportage is het gevolg van de wens van Uw Kamer om driemaandelijks over de voortgang te worden geïnformeerd, zoals neergelegd in de motie van 24 juni 1998.",
      '1999-10-05',
    );
    expect(entries.map((e) => e.iso)).toEqual(['1998-06-24']);
  });

  it('stays when it is the only entry, so the timeline keeps the letter date', () => {
    const entries = timeline(
      `${head}Naar aanleiding van de aankondiging verneemt u het volgende.`,
      '2012-04-16',
    );
    expect(entries.map((e) => [e.iso, e.label])).toEqual([['2012-04-16', 'Den Haag, 16 april 2012']]);
  });

  it('goes only when it is the letter date: another dateline stays', () => {
    // The same head under another letter date (an Eerste Kamer verslag quotes letters with their datelines).
    const entries = timeline(
      `${head}Uw Kamer is hierover door het vorige Kabinet bij brief van 12 mei 2010 geïnformeerd (Kamerstuk 22 894 nr. 270).`,
      '2012-05-01',
    );
    // Labelled by whom it went to (see `labelOtherDatelines`).
    expect(entries.find((e) => e.iso === '2012-04-16')?.label).toBe(
      'Brief aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    );
  });

  it('goes when another entry tells of its day: a verslag quotes the letter it says was sent (153)', () => {
    const entries = timeline(
      'Naar aanleiding hiervan is op 19 oktober 2023 een brief gestuurd aan de Staatssecretaris van Binnenlandse Zaken en Koninkrijkrelaties.\n\nBRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN\n\nAan de Staatssecretaris van Binnenlandse Zaken en Koninkrijkrelaties\n\nDen Haag, 19 oktober 2023\n\nDe vaste commissie voor Binnenlandse Zaken heeft tijdens haar commissievergadering van 10 oktober 2023 haar leden gelegenheid gegeven tot het stellen van vragen.',
      '2023-12-28',
    );
    expect(entries.map((e) => e.label)).not.toContain('Den Haag, 19 oktober 2023');
    expect(entries.filter((e) => e.iso === '2023-10-19')).toHaveLength(1);
  });

  it('is no entry without its comma either, `Den Haag 20 februari 2002` (2692)', () => {
    const entries = timeline(
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag 20 februari 2002\n\nIn het rapport «De politieke islam in Nederland» van mei 1998 besteedde de Dienst aandacht aan het islamitisch onderwijs.',
      '2002-02-20',
    );
    expect(entries.map((e) => e.iso)).toEqual(['1998-05']);
  });

  it('but a date alone on its line after another word is no dateline without a comma: `Vastgesteld`, a weekday', () => {
    const entries = timeline(
      'Vastgesteld 4 november 2022\n\nDe commissie heeft op 19 oktober 2022 overleg gevoerd.\n\nMaandag 4 januari\n\nDe Raad vergaderde.',
      '2022-11-04',
    );
    expect(entries.map((e) => e.iso)).toContain('2022-11-04');
    // A Monday the 4th of January: 2021.
    expect(entries.map((e) => e.iso)).toContain('2021-01-04');
  });

  it('is no entry where its year slipped and detection mended it: not a past event a year before (422)', () => {
    const a = analyze({
      text: 'Brief regering : COVID-19 vaccinatiestrategie update stand van zaken\n25 295 Infectieziektenbestrijding\nNr. 851\nBRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 4 januari 2020\nVanaf vandaag, 4 januari, kunnen zorgmedewerkers in de verpleeg(huis)zorg, gehandicaptenzorg, wijkverpleging en sociale werkplaatsen zich laten vaccineren. Maandag 4 januari markeert zo een belangrijk moment in de uitvoering van de vaccinatiecampagne in Nederland. Op woensdag 6 januari starten de GGD’en en ziekenhuizen beiden met het zetten van vaccinaties.',
      page: {
        url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2021D00364&id=2021Z00043',
      },
    });
    expect(a.document.letterDate).toBe('2021-01-04');
    expect(a.timeline.map((e) => e.label)).not.toContain('Den Haag, 4 januari 2020');
    expect(a.timeline.map((e) => e.iso)).not.toContain('2020-01-04');
    expect(a.timeline.map((e) => e.iso)).toContain('2021-01-06');
  });

  it("is no entry with `'s Gravenhage` spelt without its hyphen either (501)", () => {
    const entries = timeline(
      "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n's Gravenhage, 21 september 1999\n\nHet Milieuprogramma 2000–2003 geeft een overzicht van de voortgang van het milieubeleid in de periode van 1998–1999 en het voorgenomen beleid voor de periode 2000–2003.",
      '1999-09-21',
    );
    expect(entries.map((e) => e.label)).not.toContain("'s Gravenhage, 21 september 1999");
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe("buildTimeline: a paper's date line whose kind line the page's opening lacks", () => {
  // The opening of letter 1645 as zoek.officielebekendmakingen.nl's text gives it: metadata rows, then the date line.
  const text =
    'URL: https://zoek.officielebekendmakingen.nl/behandelddossier/kst-21501-02-2536.html\n\nKamerstuk\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\nTweede Kamer der Staten-Generaal | 2022-2023 | 21501-02 nr. 2536 |\nU bent hier:\nDatum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\nTweede Kamer der Staten-Generaal | 2022-2023 | 21501-02 nr. 2536 |\nVastgesteld 4 november 2022\nDe vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking en de vaste commissie voor Europese Zaken hebben op 19 oktober 2022 overleg gevoerd met mevrouw Schreinemacher, Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, over:\n– de brief van de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking d.d. 14 oktober 2022 inzake geannoteerde agenda voor de informele Raad Buitenlandse Zaken Handel van 30 en 31 oktober 2022 (Kamerstuk 21 501-02, nr. 2532);';

  it('labels it by the kind of paper the analysis found, not by the line that repeats its date', () => {
    const a = analyze({ text });
    expect(a.document.kind).toBe('verslag');
    expect(a.document.letterDate).toBe('2022-11-04');
    expect(a.timeline.filter((e) => e.iso === '2022-11-04').map((e) => e.label)).toEqual([
      'Verslag vastgesteld',
    ]);
  });

  it('labels the meeting on another day by its clause still: only the own date is the paper', () => {
    const entries = analyze({ text }).timeline;
    // Was `…voor Europese Zaken hebben overleg gevoerd met mevrouw Schreinemacher` (see `meetingOpenerLabel`).
    expect(entries.find((e) => e.iso === '2022-10-19')?.label).toBe(
      'Overleg met mevrouw Schreinemacher, Minister voor BHOS',
    );
    expect(entries.filter((e) => e.label === 'Verslag vastgesteld')).toHaveLength(1);
  });
});

describe("buildTimeline: a letter's dateline that stays, labelled by its sender", () => {
  // Letter 1132 whole, as zoek.officielebekendmakingen.nl's text gives it: its dateline is its only date.
  const letter1132 =
    'URL: https://zoek.officielebekendmakingen.nl/kst-35600-58.html\n\nKamerstuk\n\n35 600 Wijziging van de Wet natuurbescherming en de Omgevingswet (stikstofreductie en natuurverbetering)\n\nNr. 58 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 juni 2021\n\nIk heb uw Kamer eerder geïnformeerd dat ik, naar aanleiding van een motie van het lid Bisschop c.s.1, de SER heb gevraagd een verkenning uit te voeren naar de mogelijkheden om afspraken te maken met het oog op een langjarig economisch en ecologisch duurzaam toekomstperspectief voor de landbouwsector. De SER heeft deze verkenning afgerond en openbaar gemaakt.\n\nDe Minister van Landbouw, Natuur en Voedselkwaliteit, C.J. Schouten';

  it('says who sent the letter, not the date again (1132; was `Den Haag, 2 juni 2021`)', () => {
    const a = analyze({ text: letter1132 });
    expect(a.document.sender).toBe('De Minister van Landbouw, Natuur en Voedselkwaliteit');
    expect(a.timeline.map((e) => [e.iso, e.label])).toEqual([
      ['2021-06-02', 'Brief van de Minister van Landbouw, Natuur en Voedselkwaliteit'],
    ]);
  });

  // The head of letter 2500 and a sentence of it: the dateline and one more date.
  const head = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 16 april 2012\n\n';
  const entriesOf = (body: string, paper: Parameters<typeof buildTimeline>[8]) => {
    const text = normalizeText(`${head}${body}`);
    const dates = findDates(text, '2012-04-16');
    return buildTimeline(text, dates, [], '2012-04-16', undefined, 0, undefined, [], paper);
  };
  const letterOf = (
    sender: string | null,
    kind: 'brief regering' | 'brief' | 'verslag' = 'brief regering',
  ) => ({
    kind,
    letterDate: '2012-04-16',
    sender,
  });
  const alone = 'Naar aanleiding van de aankondiging verneemt u het volgende.';

  it.each([
    ['a minister', 'De Minister van Financiën', 'Brief van de Minister van Financiën'],
    [
      'two signatories: the first (as `detectDocument` joins them)',
      'De Voorzitter van de Tweede Kamer der Staten-Generaal / De Griffier van de Tweede Kamer',
      'Brief van de Voorzitter van de Tweede Kamer der Staten-Generaal',
    ],
    [
      'a sender too long for a label: ministries written short, then cut (1247, 1131)',
      'De Staatssecretaris van Sociale Zaken en Werkgelegenheid, de Ministers van Volksgezondheid, Welzijn en Sport en Binnenlandse Zaken en Koninkrijksrelaties, de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties',
      'Brief van de Staatssecretaris van SZW, de Ministers van VWS en BZK…',
    ],
    ['a body', 'Het Presidium', 'Brief van het Presidium'],
    [
      'the government, when a government letter’s opening shows no signature (585, 2704)',
      null,
      'Brief van de regering',
    ],
  ])('labels it by %s', (_rule, sender, label) =>
    expect(entriesOf(alone, letterOf(sender)).map((e) => e.label)).toEqual([label]),
  );

  it.each([
    ['no sender known of a letter that is not the government’s', letterOf(null, 'brief')],
    [
      'a paper that is no letter (a verslag quotes a letter’s dateline)',
      letterOf('De vaste commissie voor Financiën', 'verslag'),
    ],
    ['another day than the letter’s', { ...letterOf('De Minister van Financiën'), letterDate: '2012-05-01' }],
    ['no paper given', null],
    ['a sender without its article, which `Brief van` would not read with', letterOf('Algemene Rekenkamer')],
  ])('leaves it as it is with %s', (_rule, paper) =>
    expect(entriesOf(alone, paper).map((e) => e.label)).toEqual(['Den Haag, 16 april 2012']),
  );

  it('is still no entry where another date is left', () =>
    expect(
      entriesOf(
        'Uw Kamer is hierover door het vorige Kabinet bij brief van 12 mei 2010 geïnformeerd.',
        letterOf('De Minister van Financiën'),
      ).map((e) => e.iso),
    ).toEqual(['2010-05-12']));
});

describe("buildTimeline: another letter's dateline in a paper, labelled by whom it went to", () => {
  // The opening of Eerste Kamer report 1367 as zoek.officielebekendmakingen.nl's text gives it: the committee's letter
  // quoted under its dateline, the report itself of a later day.
  const text =
    'De commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.\n\nBRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT\n\nAan de Staatssecretaris van Volksgezondheid, Welzijn en Sport\n\nDen Haag, 2 december 2015\n\nDe vaste commissie heeft kennisgenomen van uw brief.';
  const entriesOf = (letterDate: string) => {
    const normalized = normalizeText(text);
    return buildTimeline(normalized, findDates(normalized, letterDate), [], letterDate);
  };

  it('says whom the letter went to, not the date again (1367; was `Den Haag, 2 december 2015`)', () => {
    expect(entriesOf('2016-02-16').map((e) => [e.iso, e.label])).toEqual([
      ['2015-12-02', 'Brief aan de Staatssecretaris van Volksgezondheid, Welzijn en Sport'],
    ]);
  });

  it('leaves the paper’s own dateline to its own label', () => {
    expect(entriesOf('2015-12-02').map((e) => e.label)).toEqual(['Den Haag, 2 december 2015']);
  });

  it('keeps a dateline with no `Aan …` line above it as it was', () => {
    const normalized = normalizeText(text.replace('Aan de Staatssecretaris', 'De Staatssecretaris'));
    const entries = buildTimeline(normalized, findDates(normalized, '2016-02-16'), [], '2016-02-16');
    expect(entries.map((e) => e.label)).toEqual(['Den Haag, 2 december 2015']);
  });
});

describe("buildTimeline: a lettered field's date", () => {
  it('is labelled by the field’s name (662, a BNC fiche; was `24 oktober 2018`)', () => {
    const text =
      'Fiche: Mededeling betreffende de beginselen van subsidiariteit en evenredigheid bij de beleidsvorming van de EU\n\n1. Algemene gegevens\n\n  • a) Titel voorstel\n\n    Mededeling van de Commissie aan het Europees Parlement\n\n  • b) Datum ontvangst Commissiedocument\n\n    24 oktober 2018\n\n  • c) Nr. Commissiedocument\n\n    COM(2018)703\n';
    expect(timeline(text, '2018-11-16').map((e) => [e.iso, e.label])).toEqual([
      ['2018-10-24', 'Datum ontvangst Commissiedocument'],
    ]);
  });
});

describe('buildTimeline: merging mentions of one date', () => {
  it("reads a letter's stock opening as none of the words that make two labels alike (143)", () => {
    // The title and the letter's first sentence name one agenda; `Hierbij ontvangt u` made them differ.
    const text =
      'Brief regering : Geannoteerde agenda bijeenkomst van EU- transportministers 5 juni 2025 te Luxemburg\n21 501-33 Raad voor Vervoer, Telecommunicatie en Energie\nNr. 1129\nBRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 20 mei 2025\nHierbij ontvangt u de geannoteerde agenda van de Transportraad van 5 juni a.s. te\nLuxemburg, mede namens de Minister van Justitie en Veiligheid.\nDe inhoud van deze geannoteerde agenda geeft de meest recente stand van zaken weer.';
    const entries = analyze({ text }).timeline.filter((e) => e.iso === '2025-06-05');
    expect(entries.map((e) => e.label)).toEqual([
      'Geannoteerde agenda bijeenkomst van EU- transportministers te Luxemburg',
    ]);
  });

  it.each([
    [
      'two sentences that close on citations of two papers are two letters of one day, however alike (271)',
      'Op 13 maart jl. heeft het kabinet uw Kamer de doorrekeningen van het ontwerpKlimaatakkoord van het Planbureau voor de Leefomgeving (PBL) en het Centraal Planbureau (CPB) gestuurd (Kamerstuk 32 813, nr. 306). Ook heeft het kabinet uw Kamer op 13 maart een eerste reactie op deze doorrekeningen gestuurd (Kamerstuk 32 813, nr. 307).',
      2,
    ],
    [
      'one of them, cited after another citation and date in its sentence, may be another part’s: merged (2637)',
      'Op 13 maart jl. heeft het kabinet uw Kamer de doorrekeningen van het ontwerpKlimaatakkoord gestuurd (Kamerstuk 32 813, nr. 306). Ook heeft het kabinet uw Kamer op 13 maart de doorrekeningen van het ontwerpKlimaatakkoord gestuurd (Kamerstuk 32 813, nr. 306) en de brief van 2 april 2019 (Kamerstuk 32 813, nr. 307).',
      1,
    ],
    [
      'one citation, one letter: merged',
      'Op 13 maart jl. heeft het kabinet uw Kamer de doorrekeningen van het ontwerpKlimaatakkoord gestuurd (Kamerstuk 32 813, nr. 306). Ook heeft het kabinet uw Kamer op 13 maart de doorrekeningen van het ontwerpKlimaatakkoord gestuurd (Kamerstuk 32 813, nr. 306).',
      1,
    ],
  ])('%s', (_name, text, count) => {
    const entries = timelineWithCitations(text, '2019-04-26').filter((e) => e.iso === '2019-03-13');
    expect(entries).toHaveLength(count);
  });

  it.each([
    [
      'two letters of one day that one sentence lists are two: each is its own citation’s, not the other’s too (72)',
      'In de vaste commissie voor Volksgezondheid, Welzijn en Sport, bestond er bij enkele fracties behoefte een aantal vragen en opmerkingen voor te leggen aan de minister van Volksgezondheid, Welzijn en Sport over de brief van 7 april 2010 inzake de geannoteerde agenda informele Gezondheidsraad (21 501-31, nr. 205) en de brief van 7 april 2010 inzake de geannoteerde agenda informele EU bijeenkomst van sportministers (Kamerstuk 21 501-27, nr. 9)',
      '2010-04-07',
      2,
    ],
    [
      'one letter named after its sender and then as `uw brief`: one (997; its labels differed while the first was cut)',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft in haar vergadering van 8 juni 2010 gesproken over de brief van de minister van Volksgezondheid, Welzijn en Sport van 3 juni 2010 inzake wijziging van de bijlage bij de Regeling maximumprijzen geneesmiddelen (TK 29 477, 130).\n\nDe commissie voor Volksgezondheid, Welzijn en Sport heeft in haar vergadering van 8 juni 2010 gesproken over uw brief van 3 juni 2010 inzake wijziging van de bijlage bij de Regeling maximumprijzen geneesmiddelen (TK 29 477, nr. 130).',
      '2010-06-03',
      1,
    ],
  ])('%s', (_name, text, iso, count) => {
    const entries = timelineWithCitations(text, '2010-07-01').filter((e) => e.iso === iso);
    expect(entries).toHaveLength(count);
  });

  it('keeps two letters of one minister on one day apart: their subjects differ (1921)', () => {
    // The verslag's list of letters (1921), their words shared only through `voor`, `inzake`, `het`.
    const text =
      'De algemene commissie voor Wonen, Wijken en Integratie1 heeft op 27 maart 2008 overleg gevoerd met minister Vogelaar voor Wonen, Wijken en Integratie over:\n\n– de brief van de minister voor Wonen, Wijken en Integratie d.d. 22 november 2007 inzake de reactie op het LSVb-rapport «Check je kamer», onderdeel huurprijzen (27 926/31 200 XVIII, nr. 122);\n\n– de brief van de minister voor Wonen, Wijken en Integratie d.d. 22 november 2007 inzake het Actieplan Woningproductie (31 200 XVIII, nr. 10);';
    const entries = timeline(text, '2008-04-24').filter((e) => e.iso === '2007-11-22');
    expect(entries).toHaveLength(2);
  });

  it.each([
    [
      'items of a numbered list: their numbers differ (2561)',
      '2. brief van 16 september 2003 houdende het ontwerp Besluit personenvervoer 2000 in verband met de Concessiewet personenvervoer per trein (VW-03-661);\n\n3. brief van 16 september 2003 houdende het ontwerp Besluit capaciteitsverdeling hoofdspoorweginfrastructuur (VW-03-662);\n\n4. brief van 16 september 2003 houdende het ontwerp Besluit spoorweginfrastructuur (VW-03-664);',
      '2003-09-16',
      '2004-01-23',
      3,
    ],
    [
      'two budgets of one year: their ministries and chapters differ (1042)',
      '  • het wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2017 (Kamerstuk 34 550 XVI);\n\n  • het wetsvoorstel Vaststelling van de begrotingsstaten van het Ministerie van Veiligheid en Justitie (VI) voor het jaar 2017 (Kamerstuk 34 550 VI);',
      '2017',
      '2016-12-01',
      2,
    ],
    [
      'two totals of one year: their amounts differ (2562)',
      'Voor 2007 komt dat in zijn totaliteit neer op € 13 131 mln. De uitgaven voor aanleg en onderhoud van weginfrastructuur zijn bij Rijk € 2 448 mln. Voor 2007 komt dat in zijn totaliteit neer op € 7 423 mln.',
      '2007',
      '2007-06-01',
      2,
    ],
  ])('keeps apart %s', (_, text, iso, letterDate, count) => {
    expect(timeline(text, letterDate).filter((e) => e.iso === iso)).toHaveLength(count);
  });

  it.each([
    [
      'restated in one phrase: one entry (498)',
      'De vaste commissie voor Economische Zaken, wil de minister van Economische Zaken over de brief van 22 oktober 1998 inzake het Fonds Economische Structuurversterking d.d. 22 oktober 1998 (kamerstuk 26 200 E, nr. 4) de navolgende vragen ter beantwoording voorleggen ter voorbereiding van een algemeen overleg terzake.',
      '1998-10-22',
      '1998-11-06',
      1,
    ],
    [
      'twice in one sentence, in two clauses joined by `en`: two entries (180)',
      'Klopt het dat het kabinet de administratieve lasten en regeldruk voor bedrijven in 2012 ten opzichte van 2010 met 10% wil doen laten afnemen en vanaf 2012 een jaarlijkse reductie van 5%?',
      '2012',
      '2011-06-01',
      2,
    ],
  ])('one date mentioned twice in a sentence, %s', (_, text, iso, letterDate, count) => {
    expect(timeline(text, letterDate).filter((e) => e.iso === iso)).toHaveLength(count);
  });

  it('merges a title given twice in the head, once cut before `der` (140)', () => {
    const text =
      'Verslag van een schriftelijk overleg : Verslag van een schriftelijk overleg over het verdrag inzake luchtdiensten tussen het Koninkrijk der Nederlanden en de Republiek Ivoorkust, met Bijlage; Abidjan, 23 mei 2024 (Kamerstuk 36700-1)\n36 700 Verdrag inzake luchtdiensten tussen het Koninkrijk der Nederlanden en de Republiek Ivoorkust, met Bijlage; Abidjan, 23 mei 2024\nNr. 5\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 18 april 2025';
    expect(timeline(text, '2025-04-18').filter((e) => e.iso === '2024-05-23')).toHaveLength(1);
  });

  it('still merges one letter mentioned twice, its ministry written out once and short once', () => {
    // The same letter, first with its ministry's whole name, then (in a longer sentence) cut short.
    const text =
      'De brief van de Staatssecretaris van Volksgezondheid, Welzijn en Sport van 4 november 2016 inzake voortgang nieuw jeugdstelsel.\n\nIn de brief van de Staatssecretaris van Volksgezondheid, Welzijn en Sport van 4 november 2016 inzake voortgang nieuw jeugdstelsel en de aanpak van de wachtlijsten in de jeugdzorg wordt ingegaan op de stand van zaken.';
    expect(timeline(text, '2016-12-01').filter((e) => e.iso === '2016-11-04')).toHaveLength(1);
  });
});

describe('buildTimeline: letters of one day in a verslag’s list, and one paper cited twice', () => {
  // Through `analyze`, which finds the citations that tell the items apart.
  const countOn = (prefix: string, iso: string) =>
    analyze({ text: letter(prefix).text }).timeline.filter((e) => e.iso === iso).length;

  it.each([
    [
      '1616',
      '2023-07-06',
      5,
      'five letters of the Staatssecretaris Mijnbouw; the last, `inzake uitvoer`, cites none',
    ],
    [
      '1813',
      '2007-03-30',
      2,
      '`over A4 Steenbergen` and `over A74 bij Venlo`, their subjects before the date',
    ],
    ['2064', '2007-11-02', 5, 'four reactions of the minister of VROM and the adaptation strategy'],
    ['805', '2017-02-24', 4, 'fiches of Buitenlandse Zaken and one of Economische Zaken'],
    ['38', '2023-12-19', 3, 'two moratoria (Palestijnse gebieden, Sudan) and a ruling'],
    ['1862', '2012-01-24', 2, 'two lists of questions on the ISAF evaluation, nr. 448 and nr. 449'],
    // Still one entry: one letter whose item gives its date twice (`d.d. 13 juli 2011 over …, d.d. 13 juli 2011`).
    ['1210', '2011-07-13', 1, 'the letter on beleidskader gemeentelijke herindeling'],
    // One paper cited with its day twice, in sentences whose labels share nothing: one entry.
    [
      '2304',
      '2023-06-14',
      1,
      '`In de brief van 14 juni 2023 (Kamerstuk 36 221, nr. 8)` and `(…, nr.8)` again',
    ],
    [
      '855',
      '2018-01-12',
      1,
      '`de kabinetsreactie van 12 januari 2018 (Kamerstuk 23 987, nr. 208)`, then `van 12 januari jl.`',
    ],
    [
      '1445',
      '2011-04-08',
      1,
      '`van 8 april jl. (kamerstuk 32 734, nr. 1)`, then `(32 734, nr.1 d.d. 8 april 2011)`',
    ],
    // A period before a citation is its subject's, not the paper's: two letters' items, two entries.
    [
      '897',
      '2016-01',
      2,
      '`…de personeelsrapportage over de eerste helft van 2016 (Kamerstuk 34 550 X, nr. 4)` twice',
    ],
  ])('%s on %s: %i entries (%s)', (prefix, iso, count) => {
    expect(countOn(prefix, iso)).toBe(count);
  });
});

describe('the sentence of each entry', () => {
  // The NAVO letter as tweedekamer.nl shows it: its paragraphs broken into lines by `<br>`, so the
  // page text has a line break mid-sentence; and abbreviations (`nr.`, `d.d.`) before numbers.
  const TK_TEXT = [
    'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
    'Het kabinet heeft in juni 2022',
    'aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent',
    'Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022). Het kabinet onderzoekt nu',
    'de wenselijkheid van een bijdrage. Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben.',
  ].join('\n');
  const result = analyze({
    text: TK_TEXT,
    page: { url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html' },
    referenceDate: '2022-09-30',
  });
  const sentenceOf = (iso: string) => {
    const e = result.timeline.find((x) => x.iso === iso);
    return e?.sentence ? TK_TEXT.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ') : null;
  };

  it.each([
    [
      '2022-06',
      'Het kabinet heeft in juni 2022 aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022).',
    ],
    ['2022-10-12', 'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.'],
    // A commitment's entry: its sentence is the commitment's.
    ['2022-11', 'Het kabinet streeft ernaar om in november 2022 meer duidelijkheid te hebben.'],
  ])('%s: the whole sentence, across a line break and abbreviations', (iso, sentence) => {
    expect(sentenceOf(iso)).toBe(sentence);
  });
});

describe('buildTimeline: lists of dates', () => {
  // Sentences from tests/fixtures/letters (the file's number first), with the letter's date. Each date of a list
  // is an entry of its own (days that follow each other are one range, `12 en 13 oktober`), and its label leaves
  // the whole list out, or keeps it whole before the verb of a fronted date: before, `op 20 en 26 maart 2002`
  // gave `…heeft en 26 maart 2002 overleg gevoerd…` and `…heeft op 20 en overleg gevoerd…`.
  it.each([
    [
      '595',
      'De vaste commissie voor Justitie heeft op 20 en 26 maart 2002 overleg gevoerd met staatssecretaris Kalsbeek van Justitie over haar brieven:',
      '2002-04-16',
      ['2002-03-20', '2002-03-26'],
      // Was `De vaste commissie voor Justitie heeft overleg gevoerd met staatssecretaris Kalsbeek…`: a report's
      // opening says whom the committee met (see `meetingOpenerLabel`).
      'Overleg met staatssecretaris Kalsbeek van Justitie',
    ],
    [
      '50',
      'Hierbij stel ik uw Kamer op de hoogte van mijn besluit om net als in 2018 en 2019 € 61,5 miljoen over te hevelen van pijler 1 naar pijler 2 ter continuering van de betreffende maatregelen.',
      '2019-12-18',
      ['2018', '2019'],
      // `net als` keeps its dates (see `likenedTo`).
      '…besluit om net als in 2018 en 2019 € 61,5 miljoen over te hevelen van pijler…',
    ],
    [
      '02',
      'Bij brieven van 13 en 26 oktober jl. heb ik uw Kamer geïnformeerd over het ontwerprapport van de rapporteurs Hübner (EPP/POL) en Leinen (S&D/DUI) van het Europees Parlement met voorstellen tot wijziging van de Akte betreffende de verkiezingen van de leden van het Europees Parlement door middel van rechtstreekse algemene verkiezingen (hierna: de Kiesakte).',
      '2015-12-03',
      ['2015-10-13', '2015-10-26'],
      'Bij brieven heb ik uw Kamer geïnformeerd over het ontwerprapport…',
    ],
    [
      // Its commas no clause boundaries either: the label of 18 juni ended at the first.
      '1404',
      'De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft op 18 juni, 25 juni en 9 juli 2019 gesproken over het bij de Kamer op grond van artikel 144, vijfde lid, van de Pensioenwet voorgehangen ontwerpbesluit.',
      '2019-09-10',
      ['2019-06-18', '2019-06-25', '2019-07-09'],
      'De vaste commissie voor SZW heeft gesproken over het bij de Kamer op grond van artikel 144',
    ],
    [
      // Each date with its own preposition.
      '1772',
      'In oktober 2015 en in april 2017 heeft de Mensenrechtenambassadeur in het kader van de bilaterale mensenrechtendialoog met China zijn zorgen geuit.',
      '2017-12-11',
      ['2015-10', '2017-04'],
      'In oktober 2015 en in april 2017 heeft de Mensenrechtenambassadeur…',
    ],
    [
      '2111',
      'In mijn brieven van 6 december 2010 en van 11 juli 2011 heb ik daarom een actualisering van het wettelijke kader voor de openbare bibliotheken aangekondigd.',
      '2011-12-07',
      ['2010-12-06', '2011-07-11'],
      // What the letters did, `aangekondigd`, is kept (see `eventWithItsVerb`).
      'In mijn brieven heb ik daarom een actualisering … aangekondigd',
    ],
    [
      // `respectievelijk` joins the dates, or opens the list.
      '2030',
      'Deze vragen heb ik ontvangen op 12 april 2018 respectievelijk 13 april 2018.',
      '2018-06-21',
      ['2018-04-12', '2018-04-13'],
      'Deze vragen heb ik ontvangen',
    ],
    [
      '2766',
      'Op respectievelijk\n27 juni en 1 augustus jl. zijn de beschikkingsbevoegden geïnformeerd dat de eerder\nafgegeven vergunning per onmiddellijke ingang werd ingetrokken.',
      '2025-09-03',
      ['2025-06-27', '2025-08-01'],
      'De beschikkingsbevoegden zijn geïnformeerd dat de eerder afgegeven vergunning…',
    ],
    [
      // Two periods; two years said as words; two months without a year.
      '454',
      'De uitvoering van het NMBP kent twee fasen: 2020–2024 en 2025–2030.',
      '2023-08-22',
      ['2020', '2025'],
      'De uitvoering van het NMBP kent twee fasen',
    ],
    [
      '2717',
      'Hierdoor is bij veel huurders de verwachting gewekt dat er dit jaar en volgend jaar geen huurverhoging plaats zal vinden.',
      '2025-07-02',
      ['2025', '2026'],
      '…huurders de verwachting gewekt dat er geen huurverhoging plaats zal vinden',
    ],
    [
      '474',
      'Dit concept is in november en december besproken in de maatschappelijke en bestuurlijke stuurgroepen die de NCG heeft ingericht.',
      '2016-12-23',
      ['2016-11', '2016-12'],
      'Dit concept is besproken in de maatschappelijke en bestuurlijke stuurgroepen…',
    ],
    [
      // Footnote markers glued to the items: `februari1 en december2` is a list too (was `…zoals beschreven in de
      // kabinetsreacties en december vorig jaar` and `…kabinetsreacties van februari`).
      '1246',
      'Hierbij informeer ik u mede namens de Staatssecretaris van\nParticipatie en Integratie over de voortgang van de maatregelen zoals beschreven in\nde kabinetsreacties van februari1 en december2 vorig jaar.3',
      '2025-07-03',
      ['2024-02', '2024-12'],
      '…over de voortgang van de maatregelen zoals beschreven in de kabinetsreacties',
    ],
    [
      '193',
      'Zoals wij in onze brieven van 10 juli 20204, 27 januari5 en 26 mei 20216 hebben aangegeven bedraagt het aantal burgers/natuurlijke personen in FSV ongeveer 240.000 en het aantal rechtspersonen ongeveer 85.000.',
      '2021-06-17',
      ['2020-07-10', '2021-01-27', '2021-05-26'],
      'Zoals wij in onze brieven hebben aangegeven bedraagt het aantal…',
    ],
    [
      '2624',
      'Tijdens de voorgaande zittingsperiode heeft de Eerste Kamer tijdens de begrotingsdebatten Justitie en Veiligheid en een debat over «de staat van de rechtsstaat» op 22 mei 20184 en 19 februari 20195 aandacht gevraagd voor goede en goed gefinancierde rechtspraak.',
      '2019-12-10',
      ['2018-05-22', '2019-02-19'],
      '…debat over «de staat van de rechtsstaat» aandacht gevraagd voor goede en goed…',
    ],
    [
      // `zowel … als …`: the label of 1983 was `…tweemaal – zowel in 1981 naar beneden bijgesteld`, which says
      // the wage was lowered in 1981 only, and that of 1981 `…zowel als in 1983`.
      '2447',
      'Begin\njaren ’80 is de staffel van het minimumjeugdloon tweemaal – zowel in 1981 als in 1983 –\nnaar beneden bijgesteld.',
      '2025-04-24',
      ['1981', '1983'],
      'Begin jaren ’80 is de staffel van het minimumjeugdloon tweemaal naar beneden bijgesteld',
    ],
  ])('%s: %j', (_letter, text, ref, isos, label) => {
    const entries = timeline(text, ref);
    expect(entries.map((e) => e.iso)).toEqual(isos);
    for (const e of entries) expect(e.label).toBe(label);
  });

  it('keeps the range of days that follow each other one entry (NAVO)', () => {
    const entries = timeline(
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
      '2022-09-30',
    );
    expect(entries.map((e) => [e.iso, e.endIso, e.label])).toEqual([
      [
        '2022-10-12',
        '2022-10-13',
        'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen',
      ],
    ]);
  });

  it('gives each month once when a sentence names the same list twice (643)', () => {
    const text =
      'De voornaamste reden van afwijzing was, net zoals in de voorgaande maanden, dat de loonsom in januari en in november 0 euro bedraagt of dat er geen loonsom in januari en november is.';
    // The first mentions stay.
    expect(timeline(text, '2020-07-09').map((e) => [e.iso, e.start, e.label])).toEqual([
      [
        '2020-01',
        text.indexOf('januari'),
        '…net zoals in de voorgaande maanden, dat de loonsom 0 euro bedraagt…',
      ],
      [
        '2020-11',
        text.indexOf('november'),
        '…net zoals in de voorgaande maanden, dat de loonsom 0 euro bedraagt…',
      ],
    ]);
  });

  it.each([
    // A full stop between them: two sentences.
    [
      '02',
      'Dat deed het op 27 oktober jl. Op 11 november jl. heeft het Europees Parlement gestemd.',
      '2015-12-03',
    ],
    // Words between them: two phrases.
    [
      '1741',
      'de maximering van het kortingspercentage van 7% voor het gehele jaar 2013 en 5% voor 2014 en 2015, in combinatie met',
      '2012-11-20',
    ],
  ])('%s: dates that are no items of one list keep their own labels', (_letter, text, ref) => {
    const entries = timeline(text, ref);
    const first = entries[0] as TimelineEntry;
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.some((e) => e.label !== first.label)).toBe(true);
  });
});

describe('buildTimeline: headings of one date', () => {
  // Through `analyze`, which finds the outline's headings.
  const labelsOf = (text: string, iso: string) =>
    analyze({ text })
      .timeline.filter((e) => e.iso === iso)
      .map((e) => e.label);

  it.each([
    [
      'two headings are two sections, though their date makes their words alike (2760)',
      '2760',
      '1998-05',
      [
        'De periode tot aan mei 1998',
        'Mei 1998 en de periode daarna',
        '…politieke en sociale onrust culmineerden in een fundamentele wijziging…',
      ],
    ],
    [
      // The heading has no full stop, and the split ran its sentence on into the line below: the heading ends it now
      // (see `splitAtHeadings`), and the title's dossier line (see `splitSentences`). Were `Geannoteerde agenda Raad
      // Algemene Zaken 21 501-02 Raad Algemene Zaken…` and `…agenda van de Raad Algemene Zaken Op maandag 17 november
      // a.s. vindt…`.
      'a date below a heading is labelled by its own sentence; the heading’s merges with the title (1720)',
      '1720',
      '2025-11-17',
      [
        'Geannoteerde agenda Raad Algemene Zaken',
        'Op maandag 17 november a.s. vindt in Brussel de Raad Algemene Zaken (RAZ) plaats',
      ],
    ],
  ])('%s', (_rule, prefix, iso, expected) => {
    expect(labelsOf(letter(prefix).text, iso)).toEqual(expected);
  });
});

describe('buildTimeline: a cut label does not end inside a name of several capitalised words', () => {
  const labelsOf = (text: string, iso: string) =>
    analyze({ text })
      .timeline.filter((e) => e.iso === iso)
      .map((e) => e.label);

  it.each([
    [
      // `Aruba, Curaçao, Sint Maarten en Caribisch Nederland`: not `…en Caribisch…`.
      'before the second of two names joined by `en` (1317)',
      '1317',
      '2011-10-14',
      '…Staaij (SGP) heeft een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten…',
    ],
    [
      // `met de regering van Sint Maarten`: not `…van Sint…`.
      'before the name and the preposition before it (2605)',
      '2605',
      '2018-10',
      '…te rijmen met het feit dat u afspraken hebt gemaakt met de regering…',
    ],
    [
      // `Aruba, Curaçao en Sint Maarten`: not `…en Sint…`.
      'before the last name of a list (472)',
      '472',
      '2021-01',
      'Sinds begin 2021 wordt door de Caribische Landen Aruba, Curaçao…',
    ],
    [
      // `Aruba, Curaçao, Sint Maarten, Saba, Sint Eustatius en Bonaire`: not `…Curaçao, Sint…`.
      'before a name after a comma (1083)',
      '1083',
      '2022-06',
      'Ik heb meerdere bezoeken gebracht aan Aruba, Curaçao, Sint Maarten, Saba…',
    ],
    [
      // `de monitoringsrapportage Nationaal Samenwerkingsprogramma Luchtkwaliteit`.
      "before a programme's name of three words, two of them in the label (2012)",
      '2012',
      '2017-10-30',
      'In mijn brief over de monitoringsrapportage…',
    ],
    [
      // `overleg gevoerd met minister Hirsch Ballin`: not `…met minister Hirsch…`; the bare title goes too.
      "before a person's name of two words (1213)",
      '1213',
      '2009-04-02',
      // Was `…voor BZK en de vaste commissie voor Europese Zaken hebben overleg gevoerd…`; a report's opening now says
      // whom the committees met (see `meetingOpenerLabel`), the name whole.
      'Overleg met minister Hirsch Ballin van Justitie',
    ],
    [
      // `tussen onder meer mevrouw González Pérez`: nor on the `onder meer` that opened the list.
      'before a name, a title and `onder meer` (26)',
      '26',
      '2016-06-28',
      'Als bijlage bij deze mail zaten ook transcripties van gesprekken…',
    ],
    [
      // `met minister Donner van Binnenlandse Zaken`: `van` opens his ministry, no part of his name.
      'a name that a particle and a ministry follow stays (1210)',
      '1210',
      '2011-10-05',
      // Was `De vaste commissie voor Binnenlandse Zaken heeft overleg gevoerd met minister Donner…` (see
      // `meetingOpenerLabel`).
      'Overleg met minister Donner van Binnenlandse Zaken en Koninkrijksrelaties',
    ],
    [
      // `het Manifest Maatschappelijk Verantwoord Opdrachtgeven en Inkopen`: four words say which manifest.
      'a name with three words or more in the label stays (178)',
      '178',
      '2022-11-24',
      'Op 24 november jl. is het Manifest Maatschappelijk Verantwoord Opdrachtgeven…',
    ],
    [
      // `de Commissie territoriale beperking van de Adviesraad …`: not `…van de Commissie territoriale … aangeboden`,
      // the name's lower-case adjective without its noun.
      "before a name's lower-case adjective whose noun was cut off (1030)",
      '1030',
      '2018-07-06',
      'Op 6 juli jl. heeft de voorzitter van de Commissie … aangeboden',
    ],
    [
      // `met Aruba, Curaçao en Sint Maarten bilaterale overeenkomsten`: not `…Sint Maarten bilaterale…`.
      'before an adjective after a name (472)',
      '472',
      '2020-12',
      'Eind 2020 heeft Nederland met Aruba, Curaçao en Sint Maarten…',
    ],
  ])('%s', (_rule, prefix, iso, expected) => {
    expect(labelsOf(letter(prefix).text, iso)).toEqual([expected]);
  });
});

describe('buildTimeline: a cut label does not end on a figure whose magnitude was cut off', () => {
  const labelsOf = (prefix: string, iso: string) =>
    analyze({ text: letter(prefix).text })
      .timeline.filter((e) => e.iso === iso)
      .map((e) => e.label);

  it.each([
    [
      // `in totaal € 45 miljoen beschikbaar gesteld`: `€ 45 … gesteld` read as 45 euros. With the verb's complement
      // kept (`beschikbaar gesteld`, see promise-tail's LIGHT_VERB) the head ends before the amount, and no figure is
      // cut.
      'the figure goes with its currency sign (543)',
      '543',
      '2008',
      ['In 2008 is voor de programma’s van deze eilandgebieden … beschikbaar gesteld'],
    ],
    [
      // `neer op € 13 131 mln.`: not `…neer op € 13 131…`, nor `…€ 13…`. The two totals are two entries, their amounts
      // differing (see merge-entries' EURO_AMOUNT).
      'and with its groups of thousands (2562)',
      '2562',
      '2007',
      [
        'Voor 2007 komt dat in zijn totaliteit neer op € 13 131 mln.',
        'Voor 2007 komt dat in zijn totaliteit neer op € 7 423 mln.',
      ],
    ],
    [
      // `aan 5,5 miljoen` (the letter goes on after it): not `…uitbetaald aan 5,5…`.
      'a decimal figure (391)',
      '391',
      '2023',
      ['In 2023 wordt voor ongeveer € 19 miljard aan toeslagen uitbetaald…'],
    ],
  ])('%s', (_rule, prefix, iso, expected) => {
    expect(labelsOf(prefix, iso)).toEqual(expected);
  });
});

describe('buildTimeline: labels read from the letters (session 41)', () => {
  const labelsOf = (prefix: string, iso: string) =>
    analyze({ text: letter(prefix).text })
      .timeline.filter((e) => e.iso === iso)
      .map((e) => e.label);

  it.each([
    [
      // `U heeft daarop het AO verplaatst naar aanvankelijk 27 maart en uiteindelijk 10 april a.s.`: both dates read
      // `U heeft daarop het AO verplaatst`, which said nothing of which was the plan and which the outcome.
      'the first item of a list in sequence keeps its adverb (20)',
      '20',
      '2013-03-27',
      ['U heeft daarop het AO verplaatst (aanvankelijk)'],
    ],
    [
      'and so does the last (20)',
      '20',
      '2013-04-10',
      [
        'U heeft daarop het AO verplaatst (uiteindelijk)',
        '…agenderen dat de opzet van het programma nog vóór het AO in uw Kamer kan zijn',
      ],
    ],
    [
      // `Op 12 mei jl. heeft het College voor de Rechten van de Mens (hierna ook wel: College) zijn jaarrapportage
      // Mensenrechten in Nederland 2014 uitgebracht.` The date's words took the room of what was published.
      'a long label of a fronted date puts the subject first and leaves the date out (1770; was `Op 12 mei jl. heeft het College voor de Rechten van de Mens…`)',
      '1770',
      '2015-05-12',
      ['Het College voor de Rechten van de Mens heeft zijn jaarrapportage…'],
    ],
    [
      // `Op 17 december 2012 stuurden wij u een verzoek om het algemeen overleg dat met uw Kamer gepland stond over het
      // preventiebeleid uit te stellen tot eind maart 2013.`
      'a pronoun subject (20; was `Op 17 december 2012 stuurden wij u een verzoek om het algemeen overleg…`)',
      '20',
      '2012-12-17',
      ['Wij stuurden u een verzoek om het algemeen overleg dat met uw Kamer gepland…'],
    ],
    [
      // `Tot 2005 werd door mijn ministerie aan een groot aantal uiteenlopende, niet-museale organisaties … kunstwerken
      // in bruikleen verstrekt`: `Tot` bounds the lending; without it the label would date it to 2005. No subject after
      // the verb either (`door mijn ministerie`).
      'a date phrase that bounds the event stays (1792)',
      '1792',
      '2005',
      [
        '…in overheidsgebouwen vanaf eind jaren veertig niet goed is bijgehouden',
        'Tot 2005 werd door mijn ministerie aan een groot aantal uiteenlopende…',
      ],
    ],
  ])('%s', (_rule, prefix, iso, expected) => {
    expect(labelsOf(prefix, iso)).toEqual(expected);
  });

  it.each([
    // `Op 29 mei 2002 is de Wet op de inlichtingen- en veiligheidsdiensten 2002 (WIV 2002) in werking getreden`: `op`
    // goes on with the law's name, no subject's end (was `De Wet is op de inlichtingen- en veiligheidsdiensten…`).
    ['a law’s name goes on with its preposition (2524)', 'Op 29 mei 2002 is de Wet', '2524', '2002-05-29'],
    // `Op maandag 14 maart vond de Eurogroep plaats met …`: `plaats` is the verb's particle (was `De Eurogroep plaats
    // vond…`).
    [
      'a lower-case word after a name leaves the subject unclear (1353)',
      'Op maandag 14 maart vond de Eurogroep',
      '1353',
      '2011-03-14',
    ],
    // `Op 18 mei jl. brachten de Europese Commissie en de Hoge Vertegenwoordiger …` (was `De Europese Commissie en
    // brachten…`).
    [
      'a subject joined by `en` is left as it is (1158)',
      'Op 18 mei jl. brachten de Europese Commissie',
      '1158',
      '2017-05-18',
    ],
  ])('%s: the label keeps its date', (_rule, start, prefix, iso) => {
    expect(labelsOf(prefix, iso).some((l) => l.startsWith(start))).toBe(true);
  });

  it.each([
    // `…mijn besluit om net als in 2018 en 2019 € 61,5 miljoen over te hevelen van pijler 1 naar pijler 2…` (was `…net
    // als € 61,5 miljoen…`, which said the decision was the year's).
    [
      '`net als in` (50)',
      '50',
      '2018',
      '…besluit om net als in 2018 en 2019 € 61,5 miljoen over te hevelen van pijler…',
    ],
    ['`Net als` (982)', '982', '2005-01', 'Net als begin 2005 wordt de dreiging voornamelijk bepaald…'],
    ['`evenals in` (874)', '874', '2011', '…kunt u aangeven hoe u hierop anticipeert evenals in 2011'],
  ])('a date a likeness compares with stays in its label, %s', (_rule, prefix, iso, label) => {
    expect(labelsOf(prefix, iso)).toContain(label);
  });

  it.each([
    // `…onder de uitdrukkelijke voorwaarde dat in de autonome status van Aruba, zoals verkregen op 1 januari 1986, geen
    // wijzigingen worden aangebracht.` (was `…zoals verkregen`).
    ['995', '1986-01-01', '…status van Aruba, zoals verkregen, geen wijzigingen worden aangebracht'],
    // `Uw Kamer is op verschillende momenten over deze risico’s geïnformeerd, zoals bij de brieven van 8 februari en 30
    // april 2021.` (was `…zoals bij de brieven`).
    ['2535', '2021-02-08', '…verschillende momenten over deze risico’s geïnformeerd, zoals bij de brieven'],
    // `…refereren daarbij aan de schriftelijke voorbereiding en plenaire behandeling van de oorspronkelijke WNT, zoals
    // die per 1 januari 2013 in werking is getreden.` (was `…zoals die in werking is getreden`).
    ['2583', '2013-01-01', '…behandeling van de oorspronkelijke WNT, zoals die in werking is getreden'],
    // A long one names what happened itself: `…onwenselijk zijn, zoals in 2015 ook door 234 wethouders van financiën in
    // een petitie aan de Tweede Kamer betoogd`.
    [
      '1344',
      '2015',
      '…zoals ook door 234 wethouders van financiën in een petitie aan de Tweede Kamer betoogd',
    ],
  ])(
    'a short `zoals` clause takes in the clause before it, as a relative clause does (%s)',
    (prefix, iso, label) => {
      expect(labelsOf(prefix, iso)).toContain(label);
    },
  );

  it.each([
    // `Het laatste onderzoek naar niet-genaturaliseerde ranov-vergunninghouders is uit 2017.` (was `…is`).
    [
      'with `uit` (2663)',
      '2663',
      '2017',
      'Het laatste onderzoek naar niet-genaturaliseerde ranov-vergunninghouders is uit 2017',
    ],
    // `Het rapport … is nog niet verschenen; het verwachte moment van oplevering is eind september.` (was `…van
    // oplevering is`).
    [
      'alone, ending its clause (399)',
      '399',
      '2008-09',
      '…het verwachte moment van oplevering is eind september',
    ],
  ])('a date a copula says its subject is stays in its label, %s', (_rule, prefix, iso, label) => {
    expect(labelsOf(prefix, iso)).toContain(label);
  });
});

describe('buildTimeline: the meeting a report opens with', () => {
  it('is labelled by whom the meeting was with where its clause’s label had to be cut (1139)', () => {
    const opening =
      'De vaste commissie voor Defensie1 en de vaste commissie voor Buitenlandse Zaken2 hebben op 19 november 2008 overleg gevoerd met minister Van Middelkoop van Defensie, minister Verhagen van Buitenlandse Zaken en minister Koenders voor Ontwikkelingssamenwerking over:\n\n– de brief van de minister van Buitenlandse Zaken d.d. 28-10-2008 over de voortgang van de missie in Afghanistan (27 925, nr. 325);';
    const labels = timeline(opening, '2008-12-10').map((e) => `${e.iso} ${e.label}`);
    expect(labels).toContain(
      '2008-11-19 Overleg met minister Van Middelkoop van Defensie, minister Verhagen…',
    );
  });

  it('pairs the quotes of a title it cuts (1844)', () => {
    const opening =
      'De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer1 heeft op 11 september 1997 overleg gevoerd met minister De Boer van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer over het rapport «Gerede grond voor groei» van het interdepartementaal beleidsonderzoek bodemsanering (heroverweging) en het naar aanleiding daarvan uitgebrachte kabinetsstandpunt.';
    expect(timeline(opening, '1997-10-01').map((e) => e.label)).toEqual([
      'Overleg met minister De Boer van VROM over het rapport «Gerede grond…»',
    ]);
  });

  it('keeps the clause’s label where it fits whole (1435)', () => {
    const opening =
      'De vaste commissie voor Infrastructuur en Waterstaat heeft op 15 januari 2025 overleg\ngevoerd met de heer Jansen, Staatssecretaris Openbaar Vervoer en Milieu, over:';
    const labels = timeline(opening, '2025-02-01').map((e) => e.label);
    expect(labels).toEqual(['De vaste commissie voor IenW heeft overleg gevoerd met de heer Jansen']);
  });
});

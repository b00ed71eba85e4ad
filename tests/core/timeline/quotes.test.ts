import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import {
  closedAfter,
  closingQuote,
  openAt,
  pairedQuotes,
  quotePositions,
  roleAt,
  titleAround,
} from '../../../src/core/timeline/quotes';
import { type CorpusLetter, loadCorpus } from '../dates/letters';

/**
 * `openAt` as it was before it stepped through the text's quotes: a scan of every character of text[from, to), back
 * from its end. The reference the version by the quotes' places must agree with.
 */
function openAtByCharacters(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i--) {
    const role = roleAt(text, i);
    if (role < 0) depth++;
    else if (role > 0) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** `closedAfter` as a scan of every character of text[from, to), forward (see `openAtByCharacters`). */
function closedAfterByCharacters(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const role = roleAt(text, i);
    if (role > 0) depth++;
    else if (role < 0) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The corpus letters whose broken quotes the labels pair. */
const letters = loadCorpus().filter((l) => /^(?:452|1204|1205|2214|2677)-/.test(l.name));

/** The labels of the entries of `iso` in the timeline of `original`. */
function labelsOf(original: string, iso: string, ref: string): string[] {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref)
    .filter((e) => e.iso === iso)
    .map((e) => e.label);
}

/** The entries of `original` as `iso label`, in the timeline's order. */
function entriesOf(original: string, ref: string): string[] {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref).map((e) => `${e.iso} ${e.label}`);
}

/** Is every `«` of `label` closed by a `»` after it, or the label cut (`…`) after it? */
function quotesClosedOrCut(label: string): boolean {
  const open = label.lastIndexOf('«');
  return open < 0 || label.indexOf('»', open) > 0 || label.endsWith('…');
}

describe('labels read a quoted title as one unit', () => {
  it.each([
    [
      'a colon and a comma inside the title end no clause (1695)',
      'De vaste commissie voor Landbouw, Natuur en Voedselkwaliteit heeft een aantal vragen voorgelegd aan Minister van Landbouw, Natuur en Voedselkwaliteit en de Minister voor Medische Zorg over de brief van 18 april 2019 inzake het rapport van ABD-TOPConsult «De NVWA: Bewaker, ook beleidsmaker?» (Kamerstuk 33 835, nr. 121).',
      '2019-04-18',
      '2019-10-01',
      '…inzake het rapport van ABD-TOPConsult «De NVWA: Bewaker, ook beleidsmaker?»',
    ],
    [
      'a `?` inside the title ends no sentence: the title runs on, cut with `…` (1437)',
      '(Kamerstuk 29 398, nr. 812), over de brief van 14 mei 2020 over de uitgebreide beleidsreactie op OvV-rapport «Wie stuurt? Verkeersveiligheid en automatisering in het wegverkeer» (Kamerstukken 29 398 en 31 305, nr. 822) en over de brief van 25 mei 2020 over de reactie op toezeggingen.',
      '2020-05-14',
      '2020-06-20',
      '…over de brief over de uitgebreide beleidsreactie op OvV-rapport «Wie stuurt?…»',
    ],
    [
      'a `!` inside the title: the title whole when it fits (1192)',
      '– de brief van de minister van VWS d.d.5 februari 2008 inzake de reactie op IGZ-rapport «Het resultaat telt! 2006» (27 295, nr. 96);',
      '2008-02-05',
      '2008-03-01',
      'De brief van VWS inzake de reactie op IGZ-rapport «Het resultaat telt! 2006»',
    ],
    [
      'a full stop inside the title: cut there with `…`, not `.…` (1615)',
      '– de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d.\n10 juli 2025 inzake kabinetsreactie op het rapport van Amnesty International «Onbeschermd.\nTekortkomingen in de bescherming van Venezolaanse vluchtelingen op Aruba» (Kamerstuk\n29 653, nr. 66);',
      '2025-07-10',
      '2025-09-01',
      '…inzake kabinetsreactie op het rapport van Amnesty International «Onbeschermd…»',
    ],
    [
      'a clause that starts inside a title closed before the date starts before it (883)',
      'Het beleidsprogramma «Samen werken, samen leven» beslaat de periode 2007–2011 en bevat de doelen.',
      '2007',
      '2009-05-01',
      'Het beleidsprogramma «Samen werken, samen leven» beslaat de periode',
    ],
  ])('%s', (_, text, iso, ref, label) => {
    const labels = labelsOf(text, iso, ref);
    expect(labels).toContain(label);
    expect(labels.every(quotesClosedOrCut)).toBe(true);
  });

  it.each([
    // 2677: `«Van woorden naar daden. Een verkenning … van het concept «stochastisch terrorisme»« (Kamerstuk …`.
    [
      'a broken closing quote `»«` closes the title: the `.` inside it ends no sentence (2677)',
      '2677',
      '2025-02-06',
      'De brief van JenV inzake rapport «Van woorden naar daden. Een verkenning…»',
      '…de brief van de Minister van JenV inzake rapport «Van woorden naar daden',
    ],
    // 1204's note, the text's last line: `De Telegraaf, 29 oktober 2022, «Visserij vreest voor voortbestaan: «sector
    // stort`.
    [
      'a title the text’s cut leaves open runs to the cut, not to the colon inside it (1204)',
      '1204',
      '2022-10-29',
      'De Telegraaf «Visserij vreest voor voortbestaan: «sector stort…»»',
      'De Telegraaf «Visserij vreest voor voortbestaan',
    ],
    // 452: `d.d. 1 mei 2023 «Inwerkingtreding wetswijziging BRP Landelijke Aanpak Adreskwaliteit (Kamerstuk 35 772, nr.
    // 40),`.
    [
      'a title never closed: its opening quote is left out (452)',
      '452',
      '2023-05-01',
      'Inwerkingtreding wetswijziging BRP Landelijke Aanpak Adreskwaliteit',
      '«Inwerkingtreding wetswijziging BRP Landelijke Aanpak Adreskwaliteit',
    ],
    // 1205: a diary quoted from its first line, the text's last: `«7 maart.`.
    ['a quotation opened at its first line (1205)', '1205', '2022-03-07', '7 maart', '«7 maart'],
    // 2214's note: `RTL Nieuws, 15 december 2018, «ProRail betaalde 18 miljoen euro voor gratis grond' (https://…)`.
    [
      'a title closed by a single quote is closed with its own (2214)',
      '2214',
      '2018-12-15',
      'RTL Nieuws «ProRail betaalde 18 miljoen euro voor gratis grond»',
      "RTL Nieuws «ProRail betaalde 18 miljoen euro voor gratis grond'",
    ],
  ])('broken quotes: %s', (_, prefix, iso, label, was) => {
    const { text, letterDate } = letters.find((l) => l.name.startsWith(`${prefix}-`)) as CorpusLetter;
    const labels = labelsOf(text, iso, letterDate as string);
    expect(labels).toContain(label);
    expect(labels).not.toContain(was);
  });

  it('looks no further for a closing quote than its paragraph and reach (452: titles never closed)', () => {
    const text =
      'd.d. 23 mei 2023 «Advies Raad van State inzake Derdenbesluit BRP (Kamerstuk 27 859, nr. 174), d.d. 1 mei 2023 «Inwerkingtreding wetswijziging BRP Landelijke Aanpak Adreskwaliteit\n(Kamerstuk 35 772, nr. 40)';
    const open = text.indexOf('«');
    expect(openAt(text, 0, text.indexOf(','), quotePositions(text))).toBe(open);
    expect(closingQuote(text, open, text.indexOf(','), text.length)).toBe(-1);
  });
});

describe('quotePositions', () => {
  it('finds every typographic quote, in order, and nothing else', () => {
    // 1437's title, a straight quote and an apostrophe (which say nothing of opening or closing) and a “…” pair.
    const text = 'het OvV-rapport «Wie stuurt?» van "de" Raad, risico’s en “Samen werken”.';
    expect(quotePositions(text).map((i) => text[i])).toEqual(['«', '»', '“', '”']);
    expect(quotePositions(text)).toEqual([16, 28, 57, 70]);
    expect(quotePositions('Geen titel hier.')).toEqual([]);
  });
});

describe('closingQuote', () => {
  it.each([
    // A quote of its kind opened and closed inside the title is one in it (1205).
    [
      'a quote inside the title (1205)',
      'de rapportage «Vier dagen in het «apocalyptische» Marioepol»: «7 maart.',
      'Marioepol»',
    ],
    // A `«` glued to the word before it and followed by a space closes (2677).
    [
      'an opening quote typed as the closing one (2677)',
      'rapport «Van woorden. Een verkenning van het concept «stochastisch terrorisme»« (Kamerstuk 29 754)',
      'terrorisme»«',
    ],
  ])('%s', (_, text, closedAt) => {
    const open = text.indexOf('«');
    const at = text.indexOf(closedAt) + closedAt.length - 1;
    expect(closingQuote(text, open, open + 1, text.length)).toBe(at);
  });
});

describe('pairedQuotes', () => {
  it.each([
    // Changed.
    [
      'a title a single quote closes (2214)',
      "RTL Nieuws «ProRail betaalde 18 miljoen euro voor gratis grond'",
      'RTL Nieuws «ProRail betaalde 18 miljoen euro voor gratis grond»',
    ],
    [
      'a title never closed (452)',
      '«Advies Raad van State inzake Derdenbesluit BRP',
      'Advies Raad van State inzake Derdenbesluit BRP',
    ],
    ['a quotation opened at its first line (1205)', '«7 maart', '7 maart'],
    [
      'an opening quote typed as the closing one (2677)',
      'rapport «Van woorden naar daden: het concept «stochastisch terrorisme»«',
      'rapport «Van woorden naar daden: het concept «stochastisch terrorisme»»',
    ],
    [
      'the end of a quotation opened before the label, with its full stop (1573)',
      '…voor landelijke Skaeve Huse vorm te geven en de Kamer hierover te rapporten.»',
      '…voor landelijke Skaeve Huse vorm te geven en de Kamer hierover te rapporten',
    ],
    [
      'the end of a quotation that a whole sentence is (243)',
      'De Staatssecretaris en ik zullen u nader informeren over de start van de IGJ.»',
      'De Staatssecretaris en ik zullen u nader informeren over de start van de IGJ',
    ],
    [
      'the end of a quotation after a closed title',
      '…het rapport «Wie stuurt?» te bespreken en de Kamer te informeren.”',
      '…het rapport «Wie stuurt?» te bespreken en de Kamer te informeren',
    ],
    [
      'the end of a quotation after an abbreviation: its full stop stays',
      '…de uitvoering van de motie-Heite c.s.»',
      '…de uitvoering van de motie-Heite c.s.',
    ],
    // A title cut at the label's start or end is opened before the `…` or closed after it: the quote marks show where
    // the title runs, as a title cut short is written.
    [
      'a title that ends with its question mark, cut at its start (1099)',
      '…de weg naar de 21e eeuw?»',
      '«…de weg naar de 21e eeuw?»',
    ],
    [
      'a title closed after a word, cut at its start (1446)',
      '…Human Rights Policy 2008–2013»',
      '«…Human Rights Policy 2008–2013»',
    ],
    [
      'a title cut at its end (452)',
      '«Reactie op verzoek commissie over een afschrift brief…',
      '«Reactie op verzoek commissie over een afschrift brief…»',
    ],
    [
      'a title inside a title, both cut at the end (1204)',
      'De Telegraaf «Visserij vreest voor voortbestaan: «sector stort…',
      'De Telegraaf «Visserij vreest voor voortbestaan: «sector stort…»»',
    ],
    [
      'a title inside a title, the outer one cut at the start (1781)',
      '…«Verkeersveiligheid elektrische fietsen en Lichte Elektrische Voertuigen»»',
      '«…«Verkeersveiligheid elektrische fietsen en Lichte Elektrische Voertuigen»»',
    ],
    [
      'a closing quote that would pass the label length: the word before the `…` goes (2864)',
      '…het prioriteringsoverzicht «Mobiliteitsprojecten uit de brief d.d. 3 december 2010…',
      '…het prioriteringsoverzicht «Mobiliteitsprojecten uit de brief d.d. 3 december…»',
    ],
    [
      'an opening quote that would pass the label length: the first word goes',
      '…Deze notitie is een andere dan de Evaluatie Ontwikkelproces CoronaMelder» die ik verwacht.',
      '«…notitie is een andere dan de Evaluatie Ontwikkelproces CoronaMelder» die ik verwacht.',
    ],
    [
      "a group in brackets cut at the label's end is closed after the `…` (2354)",
      '…de Zorgverzekeringswet (hierna: Zvw) (oefentherapie COPD, ziekenvervoer…',
      '…de Zorgverzekeringswet (hierna: Zvw) (oefentherapie COPD, ziekenvervoer…)',
    ],
    [
      'a title inside a group in brackets, both cut',
      '…in het rapport (zie «Een stevig fundament voor…',
      '…in het rapport (zie «Een stevig fundament voor…»)',
    ],
    [
      'a title inside a group in brackets, both cut, too long with their closers: the last word goes, the quote stays',
      '…in het rapport van de commissie over de toekomst (zie «Een stevig fundament voor…',
      '…in het rapport van de commissie over de toekomst (zie «Een stevig fundament…»)',
    ],
    [
      'a group of one long word, too long with its closer: the word stays, one character over (core fuzz, seed 59120701)',
      '( https://zoek.officielebekendmakingen.nl/kst-28676-409.html-Kamerstuk-Handelin…',
      '( https://zoek.officielebekendmakingen.nl/kst-28676-409.html-Kamerstuk-Handelin…)',
    ],
    // As they are.
    [
      'a quotation closed inside the label (1573)',
      'de regering verzoekt om «een programma vorm te geven en de Kamer hierover te rapporten.»',
      'de regering verzoekt om «een programma vorm te geven en de Kamer hierover te rapporten.»',
    ],
    [
      'a title closed (452)',
      '«Advies AcICT (Adviescollege ICT) Toekomst Basisregistratie Personen (BRP)»',
      '«Advies AcICT (Adviescollege ICT) Toekomst Basisregistratie Personen (BRP)»',
    ],
    [
      'a title open inside the label, its date left out (768)',
      'Heeft u kennisgenomen van het bericht «Aantal kinderen in armoede bleef gelijk',
      'Heeft u kennisgenomen van het bericht «Aantal kinderen in armoede bleef gelijk',
    ],
    [
      'an apostrophe inside a closed title',
      '«Risico’s van de ouders’ keuze» in de krant',
      '«Risico’s van de ouders’ keuze» in de krant',
    ],
    [
      'a closing quote whose title opened before a cut start (11)',
      '…het stikstofslot af te halen» en aan mijn toezegging in het commissiedebat',
      '«…het stikstofslot af te halen» en aan mijn toezegging in het commissiedebat',
    ],
    ['no quote', "Ter vergelijking dus zo'n 25 jaar geleden", "Ter vergelijking dus zo'n 25 jaar geleden"],
  ])('%s', (_, label, expected) => {
    expect(pairedQuotes(label)).toBe(expected);
  });
});

describe('a closing quote typed as an apostrophe before an `s` is no quote', () => {
  it.each([
    // 1092's questions: `extra F-35»s en MQ-9 Reapers`.
    [
      'it closes nothing (1092)',
      'Waarom is het niet gelukt de verplichting voor de verwerving van extra F-35»s en MQ-9 Reapers in 2022 aan te gaan?',
      -1,
    ],
    ['a footnote marker after a closing quote: it closes (1294)', 'het proefschrift «Mea Culpa»1 kunnen', 27],
    ['a plural `s` after a space: the quote closes', 'het rapport «De F-35» s', 20],
  ])('%s', (_, text, closed) => {
    const from = text.indexOf('«') + 1;
    expect(closedAfter(text, from, text.length, quotePositions(text))).toBe(closed);
    expect(closedAfterByCharacters(text, from, text.length)).toBe(closed);
  });

  it('a title that holds one ends at its own closing quote (1092)', () => {
    const text = 'het rapport «Extra F-35»s en MQ-9 Reapers in 2022» van de Rekenkamer';
    const open = text.indexOf('«');
    expect(closingQuote(text, open, open + 1, text.length)).toBe(text.lastIndexOf('»'));
    expect(pairedQuotes('«Extra F-35»s en MQ-9 Reapers')).toBe('Extra F-35»s en MQ-9 Reapers');
  });
});

describe("openAt and closedAfter by the quotes' places", () => {
  // Titles from the letters: 1695's, 1437's, a quote in a quote, 452's two titles never closed, and a “…” pair.
  it.each([
    'over de brief inzake het rapport van ABD-TOPConsult «De NVWA: Bewaker, ook beleidsmaker?» (Kamerstuk 33 835).',
    'op OvV-rapport «Wie stuurt? Verkeersveiligheid en automatisering in het wegverkeer» (Kamerstukken 29 398).',
    'het rapport «Zij zeiden «nooit meer» en deden het toch» van 2019, en “Samen werken, samen leven” uit 2007.',
    'd.d. 23 mei 2023 «Advies Raad van State inzake Derdenbesluit BRP, d.d. 1 mei 2023 «Inwerkingtreding wetswijziging',
    '» een titel die hier sluit, en « een die hier opent',
    // 1092's apostrophe typed as a closing quote, 1294's footnote marker after one, 2677's `«` typed as the closing
    // one.
    'van extra F-35»s en MQ-9 Reapers, het proefschrift «Mea Culpa»1 en het concept «stochastisch terrorisme»« (29 754)',
  ])('give what a scan of every character gives, for every stretch: %s', (text) => {
    const quotes = quotePositions(text);
    for (let from = 0; from <= text.length; from += 3) {
      for (let to = from; to <= text.length; to += 5) {
        expect(openAt(text, from, to, quotes)).toBe(openAtByCharacters(text, from, to));
        expect(closedAfter(text, from, to, quotes)).toBe(closedAfterByCharacters(text, from, to));
      }
    }
  });
});

describe('titleAround', () => {
  it.each([
    [
      'a title (2162)',
      'Graag bied ik u hierbij aan de beleidsnotitie «Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015». Deze notitie bevat de hoofdpunten.',
      '2015',
      '«Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»',
    ],
    [
      'a title with a full stop inside it (94)',
      'Bent u bekend met het rapport «Emissies naar lucht uit de landbouw berekend, 1990–2019.\nBerekeningen met het model NEMA»?1',
      '1990–2019',
      '«Emissies naar lucht uit de landbouw berekend, 1990–2019.\nBerekeningen met het model NEMA»',
    ],
    [
      'a title inside a title: the innermost (2864, made up around it)',
      'de notitie «Overzicht van «Voorbereiding op het algemeen overleg inzake het MIRT van 28 juni 2012» en meer»',
      '28 juni 2012',
      '«Voorbereiding op het algemeen overleg inzake het MIRT van 28 juni 2012»',
    ],
    [
      'a short quoted phrase, lower-case (2093)',
      'Is er al duidelijk zicht op een akkoord «in de loop van dit jaar», zoals in de nota van het verslag wordt beweerd?',
      'dit jaar',
      '«in de loop van dit jaar»',
    ],
    [
      'a longer quote that starts lower-case is a quoted passage (971)',
      'De Rli stelt dat de KRW onvoldoende prioriteit en aandacht heeft gekregen de afgelopen\njaren en «dat met het huidige Nederlandse beleid de KRW-doelen in 2027 redelijkerwijs\nniet meer kunnen worden gehaald».',
      '2027',
      null,
    ],
    [
      'a quote that ends with a full stop is a quoted passage (233)',
      'waar hij onder meer gezegd heeft: «Wij denken nu dat al met al die verhoogde inflatie zeker twee jaar in totaal, gemeten vanaf vorig jaar zomer, zal duren. Zo niet langer.»?3',
      'vorig jaar zomer',
      null,
    ],
    [
      'a quote of the date alone is none: it goes with its date (630)',
      'derde volzin, wordt «1 januari 1996» vervangen door: 1 januari van het kalenderjaar.',
      '1 januari 1996',
      null,
    ],
    [
      'a quote longer than a title is a passage (2143)',
      `In die motie wordt de regering verzocht om, «In aanloop naar de evaluatie van de WNT, aan te geven hoe de jaarrapportage WNT cijfermatiger kan worden onderbouwd en daarbij te betrekken cijfers over ${'de topinkomens '.repeat(12)}en de Kamer daarover voor het komende zomerreces te informeren»`,
      'het komende zomerreces',
      null,
    ],
    [
      'a quote closed before the date (883)',
      'Het beleidsprogramma «Samen werken, samen leven» beslaat de periode 2007–2011 en bevat de doelen.',
      '2007–2011',
      null,
    ],
    [
      'a title that a blank line parts from its date (452: titles never closed)',
      'd.d. 5 april 2023 «Reactie op verzoek commissie over een afschrift\n\nbrief aan de Nationale ombudsman van 1 mei 2023»',
      '1 mei 2023',
      null,
    ],
  ])('%s', (_rule, text, date, title) => {
    const ds = text.indexOf(date);
    const de = ds + date.length;
    const expected =
      title === null ? null : { start: text.indexOf(title), end: text.indexOf(title) + title.length };
    expect(titleAround(text, 0, text.length, ds, de, quotePositions(text))).toEqual(expected);
  });
});

describe('a date inside a quoted title is labelled with the whole title', () => {
  it.each([
    [
      'the title whole with its date: the clause around the date gave `Ontwikkelingssamenwerking op weg»` (2162)',
      'Graag bied ik u hierbij aan de beleidsnotitie «Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015». Deze notitie bevat de hoofdpunten van het beleid.',
      '2015',
      '2003-10-03',
      '…«Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»',
    ],
    [
      'the sentence that a full stop inside the title ended runs on to its end; was `Bent u bekend met het rapport «Emissies naar lucht uit de landbouw berekend` (94)',
      'Vraag 1\nBent u bekend met het rapport «Emissies naar lucht uit de landbouw berekend, 1990–2019.\nBerekeningen met het model NEMA»?1\nAntwoord 1\nJa.',
      '1990',
      '2022-06-07',
      '…bekend met het rapport «Emissies naar lucht uit de landbouw berekend…»',
    ],
    [
      'a heading that is a title; was `…marktbeheersmaatregelen»` (381)',
      'Vragen en opmerkingen vanuit de fracties\n\nVoorzitterschapsnotitie «Toekomst van het GLB: marktbeheersmaatregelen na 2013»\n\nDe leden van de CDA-fractie wijzen op de gevolgen.',
      '2013',
      '2010-02-16',
      'Voorzitterschapsnotitie «Toekomst van het GLB: marktbeheersmaatregelen na 2013»',
    ],
    [
      'a title that fits in a label but its clause does not: no room for the words around it; was `…stand van zaken»` (395)',
      'De vaste commissies hebben een aantal vragen voorgelegd aan de staatssecretaris van Defensie over het rapport van de Algemene Rekenkamer «Monitoring verwerving Joint Strike Fighter; stand van zaken oktober 2008» (Kamerstuk 31 300, nr. 9).',
      '2008-10',
      '2009-04-01',
      '…«Monitoring verwerving Joint Strike Fighter; stand van zaken oktober 2008»',
    ],
    [
      'words on both sides where there is room; two dates of one title, one label; was `…op het rapport «Oversterfte en sterfte» van CBS en RIVM (paragraaf 7)` (817)',
      'Daarnaast informeer ik u over de stand van zaken van geneesmiddelen en geef ik een reactie op het rapport «Oversterfte en sterfte in 2020 en 2021» van CBS en RIVM (paragraaf 7).',
      '2021',
      '2022-07-01',
      '…op het rapport «Oversterfte en sterfte in 2020 en 2021» van CBS en RIVM…',
    ],
    [
      'a title too long for a label is cut after its start, a few words of what it is before it; was `…en de multi-bi benadering in het kader van de EU-besluitvorming» aan` (144)',
      'Graag bied ik u de beleidsdoorlichting «Strategie bij benadering: Nederlandse coalitievorming en de multi-bi benadering in het kader van de EU-besluitvorming (2008–2012)» aan1. Een reactie volgt.',
      '2008',
      '2014-10-20',
      '…de beleidsdoorlichting «Strategie bij benadering: Nederlandse coalitievorming…»',
    ],
    [
      'a short quoted phrase; was `Is er al duidelijk zicht op een akkoord «in de loop»` (2093)',
      'Is er al duidelijk zicht op een akkoord «in de loop van dit jaar», zoals in de nota van het verslag wordt beweerd?',
      '1999',
      '1999-03-01',
      'Is er al duidelijk zicht op een akkoord «in de loop van dit jaar»',
    ],
    // What stays: the clause around the date.
    [
      'a quoted passage (971)',
      'De Rli stelt dat de KRW onvoldoende prioriteit en aandacht heeft gekregen de afgelopen\njaren en «dat met het huidige Nederlandse beleid de KRW-doelen in 2027 redelijkerwijs\nniet meer kunnen worden gehaald». De Rli constateert dat er een gebrek aan urgentiegevoel is.',
      '2027',
      '2023-06-01',
      '«…beleid de KRW-doelen redelijkerwijs niet meer kunnen worden gehaald»',
    ],
  ])('%s', (_rule, text, iso, ref, label) => {
    const labels = labelsOf(text, iso, ref);
    expect(labels).toContain(label);
    expect(labels.every((l) => l.length <= 80)).toBe(true);
  });

  it('the same title again is one mention of its date, whatever the words around it (278)', () => {
    const text =
      'Discussienota over een duurzaam Europa in 2030\n\nHet streven van het Voorzitterschap is dat de Raad conclusies aanneemt over de discussienota «Naar een duurzaam Europa in 2030», gepubliceerd op 31 januari jl. door de Europese Commissie. Een appreciatie van de discussienota is u middels het BNC-fiche «Naar een duurzaam Europa in 2030» (Kamerstuk 22 112, nr. 2784) toegekomen op 15 maart 2019.';
    expect(entriesOf(text, '2019-04-05').filter((e) => e.startsWith('2030 '))).toHaveLength(1);
  });
});

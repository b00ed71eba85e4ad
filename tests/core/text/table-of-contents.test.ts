import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize';
import {
  contentsKey,
  contentsTitleWord,
  endsInPage,
  isContentsFiller,
  tablesOfContents,
} from '../../../src/core/text/table-of-contents';

describe('tables of contents', () => {
  // Each shape with its real example: KOOP glues the page number to the title (538, 590, 593).
  it.each([
    [
      '590: numbered titles, the table ends at the empty line',
      'NADERE MEMORIE VAN ANTWOORD\n\nINHOUDSOPGAVE\n\n1.Algemeen2\n1.1Inleiding2\n1.4AC-procedure6\n6Invoering/Invoeringswet29\n\n1. Algemeen\n\nMet het oog op een spoedige afhandeling.',
      ['1.Algemeen2', '1.1Inleiding2', '1.4AC-procedure6', '6Invoering/Invoeringswet29'],
    ],
    [
      '538: groups parted by lines of spaces, capital headings',
      'genoegzaam voorbereid.\n\nInhoudsopgave\n\nALGEMEEN2\nInleiding2\n  \n1. Uitbreiding feitelijk arbeidsverleden2\nOpbouw feitelijk arbeidsverleden3\n  \nARTIKELSGEWIJS7\nArtikel II. Wijziging Wet SUWI8\n\nALGEMEEN\n\nInleiding',
      [
        'ALGEMEEN2',
        'Inleiding2',
        '1. Uitbreiding feitelijk arbeidsverleden2',
        'ARTIKELSGEWIJS7',
        'Wet SUWI8',
      ],
    ],
    [
      '593: numbers with dots, spaces after the heading',
      'Inhoudsopgave  \n   \n1.Algemeen1\n2.1.Rechtsvorm3\n2.7.Rechtsbescherming, openbaarheid van bestuur en Nationale Ombudsman7\n\n1. Algemeen',
      ['1.Algemeen1', '2.1.Rechtsvorm3', 'Ombudsman7'],
    ],
    [
      "1703: a title ending in a law's short year, the page glued on (`FVW'844`)",
      "InhoudsopgaveBlz.\n   \n1.Inleiding2\n   \n2.Overgangsregime2\n   \n3.Overgangsrecht FVW'844\n   \n4.Afloop verfijningen/verplichtingen5\n   \n5.Omvangrijke opgave woningbouw7\n\n1. Inleiding",
      ['1.Inleiding2', "3.Overgangsrecht FVW'844", '4.Afloop verfijningen/verplichtingen5', 'woningbouw7'],
    ],
    [
      '1041: the page column glued to the heading, bullets before the titles',
      'Inhoudsopgaveblz.\n  \nALGEMEEN2\n  \n• Aanhef2\n• Inleiding2\n• Werking geautomatiseerd Wmz-register4\n• Andere voorgestelde wijzigingen in vergelijking met de Wmz 19965\n\nALGEMEEN',
      ['ALGEMEEN2', '• Aanhef2', 'Wmz-register4', 'Wmz 19965'],
    ],
    [
      '2741: the page column named on a line of its own under the heading',
      'Inhoudsopgave\n\n  Blz.\n   \n1.Algemeen2\n   \n2.De Geneesmiddelenwet3\n   \n4.Het vergunningenstelsel6\n – De handelsvergunning6\n   \n6.Geneesmiddelenbewaking16\n\n1. Algemeen',
      ['1.Algemeen2', '2.De Geneesmiddelenwet3', ' – De handelsvergunning6', '6.Geneesmiddelenbewaking16'],
    ],
    [
      '1791: a colon between the heading and the page column, entries indented under numbered ones',
      'INHOUDSOPGAVE:Blz.\n   \n1.Inleiding3\n   \n2.Anders presenteren5\n In huis: gastcuratoren en actualiteit6\n Actuele aankopen6\n   \nBijlage 1. Aankoopfonds Collectie Nederland21\n\n1. Inleiding',
      ['1.Inleiding3', 'actualiteit6', 'Nederland21'],
    ],
  ])('%s', (_source, text, entries) => {
    const [span, ...more] = tablesOfContents(text);
    expect(more).toEqual([]);
    const table = text.slice(span?.start, span?.end);
    expect(table).toMatch(/^(?:INHOUDSOPGAVE|Inhoudsopgave)/);
    for (const entry of entries) expect(table).toContain(entry);
    // Its page numbers are no notes: the text keeps them.
    const normalized = normalizeText(text);
    expect(normalized.footnoteMarkers).toEqual([]);
    for (const entry of entries) expect(normalized.text).toContain(entry);
  });

  it('finds every table in text order, its heading indented or not', () => {
    const text =
      '  INHOUD:\n1.Algemeen2\n2.Slot3\n\nTekst over de inhoud.\n\nInhoud\n1.Vragen4\n2.Antwoorden5\n\nEinde';
    const tables = tablesOfContents(text).map((span) => text.slice(span.start, span.end));
    expect(tables).toEqual(['  INHOUD:\n1.Algemeen2\n2.Slot3', 'Inhoud\n1.Vragen4\n2.Antwoorden5']);
  });

  it.each([
    ['the word in running text', 'De inhoud van het voorstel is helder2 en de Inhoudsopgave volgt.'],
    ['a heading with no entry under it', 'Inhoudsopgave\n\nDe leden van de fractie hebben vragen.'],
    [
      'a heading followed by running text',
      'Inhoud\nDe leden van de VVD-fractie vragen de regering om uitleg over de kosten van het plan.2',
    ],
  ])('finds none: %s', (_rule, text) => {
    expect(tablesOfContents(text)).toEqual([]);
  });

  describe('without a heading (867)', () => {
    const table =
      'Ontvangen 9 oktober 2000\n\n1.Inleiding2\n2.Algemeen2\n2.1.De doelstellingen van het Kyoto Protocol2\n2.2.Emissieregistratie3\n3.1.Artikel 210\n3.1.1.De emissies van de internationale lucht- en scheepvaart10\n\n1. INLEIDING\n\nDe regering heeft met belangstelling kennisgenomen van het verslag1 van de commissie.';

    it('its page numbers are no notes; a note in the text after it still is', () => {
      const normalized = normalizeText(table);
      expect(normalized.text).toContain('2.2.Emissieregistratie3\n3.1.Artikel 210\n');
      expect(normalized.footnoteMarkers.map((m) => m.label)).toEqual(['1']);
    });

    it.each([
      ['one numbered line alone', 'Zie hieronder.\n\n1.Inleiding2\n\nDe leden vragen.'],
      [
        'numbered lines whose number is mid-line',
        '1.Inleiding2 en meer\n2.Algemeen3 en meer\n3.Slot4 en meer',
      ],
    ])('not: %s', (_rule, text) => {
      expect(normalizeText(text).footnoteMarkers.length).toBeGreaterThan(0);
    });
  });

  it('keeps the notes after the table', () => {
    const text =
      'Inhoudsopgave\n\n1.Algemeen2\n2.Artikelen3\n\n1. Algemeen\n\nDe leden van de fractie lazen de brief1 met belangstelling.';
    expect(normalizeText(text).footnoteMarkers.map((m) => m.label)).toEqual(['1']);
  });
});

describe('the lines of a table of contents, for the outline', () => {
  it.each([
    // letters/2866, 1041, 1791: the page column's head on the title's line is no part of the title.
    ['Inhoudsopgave blz.', 'Inhoudsopgave'],
    ['Inhoudsopgaveblz.', 'Inhoudsopgave'],
    ['INHOUDSOPGAVE:Blz.', 'INHOUDSOPGAVE'],
    ['Inhoud van het wetsvoorstel', null], // letters/1227: a section
  ])('title %j', (line, word) => {
    expect(contentsTitleWord(line)).toBe(word);
  });

  it.each([
    ['16', true], // letters/1437: a page alone
    ['00', true], // letters/1574: a draft's page
    ['1.', true], // letters/1823: the number of the title on the next line
    ['3.2.1.', true], // letters/1227
    ['2.1', true], // letters/2587
    ['II.', true], // letters/1437
    ['a.', true], // letters/1541
    ['blz.', true], // letters/1108
    ['–', true], // letters/1563
    ['---|---|', true], // letters/2792: a table's rule
    ['Inleiding', false],
    ['Verkiezingen 2023', false], // letters/1823: an entry's title
  ])('filler %j', (line, filler) => {
    expect(isContentsFiller(line)).toBe(filler);
  });

  it.each([
    ['1. Algemeen 1', true], // letters/2866
    ['1.1Inleiding2', true], // letters/590
    ['1. Algemeen | 2 |', true], // letters/2792
    ['Verkiezingen 2023', false], // letters/1823: a year, not a page
    ['Inleiding', false],
  ])('page at the end of %j', (line, paged) => {
    expect(endsInPage(line)).toBe(paged);
  });

  it.each([
    ['1. Inleiding 1', 'inleiding'], // letters/2733 `1 INLEIDING`, 1962 `1. Inleiding`
    ['1 INLEIDING', 'inleiding'],
    ['1.1Inleiding2', 'inleiding'], // letters/2880
    ['IAlgemeen 1', 'algemeen'], // letters/2200 `I ALGEMEEN`
    ['I ALGEMEEN', 'algemeen'],
    ['VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES', 'vragen en opmerkingen vanuit de fracties'], // letters/381
    ['– VVD-fractie', 'vvd-fractie'], // letters/2192
    ['1. Algemeen | 2 |', 'algemeen'], // letters/2792
    ['Verkiezingen 2023', 'verkiezingen 2023'], // letters/1823
  ])('key of %j', (line, key) => {
    expect(contentsKey(line)).toBe(key);
  });
});

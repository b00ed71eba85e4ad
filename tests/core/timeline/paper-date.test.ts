import { describe, expect, it } from 'vitest';
import { paperDateLabel, paperKindName } from '../../../src/core/timeline/paper-date';
import type { DocumentKind } from '../../../src/core/types';

/**
 * The label of `date` in `text` (its first mention), as `paperDateLabel` gives it, with `kind` as the paper's own kind
 * (the date being the paper's own).
 */
function labelOf(text: string, date: string, kind: DocumentKind | null = null): string | null {
  const at = text.indexOf(date);
  return paperDateLabel(text, { start: at, end: at + date.length }, paperKindName(kind));
}

/** zoek.officielebekendmakingen.nl's metadata rows, which some openings have instead of the paper's kind line. */
const METADATA_ROWS =
  'Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n---|---|---|---|\nTweede Kamer der Staten-Generaal';

describe('paperDateLabel', () => {
  // Heads of papers from tests/fixtures/letters (the file's number first). The label was the date line itself,
  // `Vastgesteld 10 juni 2025`, which said its date again beside the date.
  it.each([
    [
      'a list of questions and answers, adopted (2715)',
      '36 740 Financieel Jaarverslag van het Rijk 2024\nNr. 5\nLIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 10 juni 2025\nDe vaste commissie voor Rijksuitgaven heeft een aantal vragen voorgelegd',
      '10 juni 2025',
      'Lijst van vragen en antwoorden vastgesteld',
    ],
    [
      'a motion, proposed: its letter code and who made it left out (2592)',
      "34 775 Nota over de toestand van 's Rijks financiën\n\nD MOTIE VAN HET LID KOX C.S.\n\nVoorgesteld 5 december 2017\n\nDe Kamer,",
      '5 december 2017',
      'Motie voorgesteld',
    ],
    [
      'a nota, received: its number left out (1296)',
      '35 654 Wijziging van de Tijdelijke wet verkiezingen covid-19\n\nNr. 6 NOTA NAAR AANLEIDING VAN VERSLAG\n\nOntvangen 15 december 2020\n\nInhoudsopgave',
      '15 december 2020',
      'Nota naar aanleiding van verslag ontvangen',
    ],
    [
      'an amendment whose members have letters outside ASCII (1224)',
      'Nr. 22 AMENDEMENT VAN DE LEDEN KRÖGER EN THIJSSEN\n\nOntvangen 4 juli 2023\n\nDe ondergetekenden stellen het volgende amendement voor:',
      '4 juli 2023',
      'Amendement ontvangen',
    ],
    [
      'a preliminary report: the committee and the footnote digit left out (1304)',
      'C VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR ECONOMISCHE ZAKEN EN KLIMAAT/LANDBOUW, NATUUR EN VOEDSELKWALITEIT1\n\nVastgesteld 2 juli 2019\n',
      '2 juli 2019',
      'Voorlopig verslag vastgesteld',
    ],
    [
      '`Vastgesteld op` (668)',
      '21 109 Uitvoering EU-Richtlijnen\nNr. 271\nVERSLAG VAN DE RAPPORTEUR\nVastgesteld op 22 mei 2025\n',
      '22 mei 2025',
      'Verslag van de rapporteur vastgesteld',
    ],
    [
      'a motion whose line ends on a comma typed for the last full stop (1882; was `Voorgesteld 26 januari 2011`)',
      '32 011 Tabaksbeleid\n\nNr. 12 MOTIE VAN HET LID BOUWMEESTER C.S,\n\nVoorgesteld 26 januari 2011\n\nDe Kamer,',
      '26 januari 2011',
      'Motie voorgesteld',
    ],
    [
      'an amendment whose kind line wraps onto a second line (1046; was `Ontvangen 4 december 2019`)',
      '35 347 Regels voor de aanpak van de stikstofproblematiek\nNr. 47\nGEWIJZIGD AMENDEMENT VAN DE LEDEN GEURTS EN HARBERS TER VERVANGING VAN DAT GEDRUKT\nONDER NR. 19\nOntvangen 4 december 2019\n',
      '4 december 2019',
      'Gewijzigd amendement ontvangen',
    ],
    [
      'a motion whose wrapped line leaves only the number on the second (1722; was `Voorgesteld 27 oktober 2020`)',
      'Nr. 874\nNADER GEWIJZIGDE MOTIE VAN HET LID SCHONIS TER VERVANGING VAN DIE GEDRUKT ONDER NR.\n873\nVoorgesteld 27 oktober 2020\n',
      '27 oktober 2020',
      'Nader gewijzigde motie voorgesteld',
    ],
    [
      'a reprint after the number (2413; was `Vastgesteld 3 oktober 2018`)',
      '33 043 Groene economische groei in Nederland (Green Deal)\n\nNr. 73 HERDRUK1 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 3 oktober 2018\n',
      '3 oktober 2018',
      'Verslag van een algemeen overleg vastgesteld',
    ],
    [
      'a reprint after the letter code (30; was `Vastgesteld 15 november 2016`)',
      'B HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE2\n\nVastgesteld 15 november 2016\n',
      '15 november 2016',
      'Voorlopig verslag vastgesteld',
    ],
    [
      'a kind after an ordinal (795; was `Ontvangen 10 november 2010`)',
      '32 036 Wijziging van de Wet op het financieel toezicht\n\nNr. 16 ZEVENDE NOTA VAN WIJZIGING\n\nOntvangen 10 november 2010\n',
      '10 november 2010',
      'Zevende nota van wijziging ontvangen',
    ],
  ])('%s', (_rule, text, date, expected) => expect(labelOf(text, date)).toBe(expected));

  it.each([
    [
      'a metadata row above, no kind line (1017)',
      'Tweede Kamer der Staten-Generaal | 2003-2004 | 29279 nr. 2 |\nVastgesteld 26 februari 2004\n',
      '26 februari 2004',
    ],
    [
      'a meeting named before the date: the line’s own label says more (1129)',
      'nr. 17\nMOTIE VAN HET LID VAN DER VLIES\n\nVoorgesteld in het nota-overleg van 2 oktober 1995\n',
      '2 oktober 1995',
    ],
    [
      'a date in a sentence, not a date line (294)',
      'Nr. 232 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT\n\nOntvangen ter Griffie van de Tweede Kamer op 27 november 2017.',
      '27 november 2017',
    ],
    [
      'words after the date on its line',
      'MOTIE VAN HET LID KOX C.S.\n\nVoorgesteld 5 december 2017 tijdens het debat\n',
      '5 december 2017',
    ],
  ])('none for %s', (_rule, text, date) => expect(labelOf(text, date)).toBeNull());

  // Openings whose kind line the page's extraction lost: the date line follows zoek's metadata rows. The paper's own
  // kind labels it (it was the line itself, or the metadata row and the line's word: 74 labels in the corpus).
  it.each([
    [
      'a report of a committee meeting (1645; was `Vastgesteld 4 november 2022`)',
      `${METADATA_ROWS} | 2022-2023 | 21501-02 nr. 2536 |\nVastgesteld 4 november 2022\nDe vaste commissie voor Buitenlandse Handel`,
      '4 november 2022',
      'verslag',
      'Verslag vastgesteld',
    ],
    [
      'a list of questions and answers (2312; was `Vastgesteld 21 september 2005`)',
      `${METADATA_ROWS} | 2005-2006 | 29876 nr. 6 |\nVastgesteld 21 september 2005\nDe commissie voor Binnenlandse Zaken`,
      '21 september 2005',
      'lijst van vragen en antwoorden',
      'Lijst van vragen en antwoorden vastgesteld',
    ],
    [
      'a nota (1686; was `Ontvangen 16 april 1998`)',
      `${METADATA_ROWS} | 1997-1998 | 25704 nr. 5 |\nOntvangen 16 april 1998\nMet belangstelling heb ik kennis genomen`,
      '16 april 1998',
      'nota',
      'Nota ontvangen',
    ],
    [
      'a date line whose sentence ran back over the metadata row (1359; was `Tweede Kamer der Staten-Generaal | 2021-2022 | 34400 nr. 8 | Vastgesteld`)',
      `${METADATA_ROWS} | 2021-2022 | 34400 nr. 8 |\nVastgesteld 29 juni 2022\nInhoudsopgave |`,
      '29 juni 2022',
      'verslag',
      'Verslag vastgesteld',
    ],
    [
      'a kind line above outweighs the paper’s kind (2413)',
      'Nr. 73 HERDRUK1 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 3 oktober 2018\n',
      '3 oktober 2018',
      'verslag',
      'Verslag van een algemeen overleg vastgesteld',
    ],
  ])('%s', (_rule, text, date, kind, expected) =>
    expect(labelOf(text, date, kind as DocumentKind)).toBe(expected),
  );

  it.each([
    ['a letter’s kind: a letter has no such line', 'brief regering'],
    ['answers to written questions: their head has its own label', 'antwoord schriftelijke vragen'],
    ['another paper', 'overig'],
    ['no kind known', null],
  ])('none under metadata rows for %s', (_rule, kind) =>
    expect(
      labelOf(
        `${METADATA_ROWS} | 2022-2023 | 36200 nr. 1 |\nVastgesteld 4 november 2022\n`,
        '4 november 2022',
        kind as DocumentKind | null,
      ),
    ).toBeNull(),
  );

  it('labels a bare date line right below the kind line by the kind (1750; was `8 december 1995`)', () =>
    expect(
      labelOf(
        'nr. 148\nVERSLAG VAN EEN ALGEMEEN OVERLEG\n\n8 december 1995\n\nDe vaste commissie voor Justitie',
        '8 december 1995',
      ),
    ).toBe('Verslag van een algemeen overleg'));

  it.each([
    [
      'a cell of a table flattened into lines (06)',
      'RAZ artikel 50\n\nAfgemeld i.v.m. zomerverlof\n\n16 juli 2018\n\nAanwezig',
      '16 juli 2018',
    ],
    [
      'a bare date line under zoek’s metadata rows: the paper’s kind is not asked for',
      `${METADATA_ROWS} | 1995-1996 | 19637 nr. 148 |\n8 december 1995\n`,
      '8 december 1995',
    ],
    [
      'a date that opens a line of a sentence',
      'VERSLAG VAN EEN ALGEMEEN OVERLEG\n\n8 december 1995 is het overleg gevoerd.',
      '8 december 1995',
    ],
  ])('none for a bare date line that is %s', (_rule, text, date) =>
    expect(labelOf(text, date, 'verslag')).toBeNull(),
  );

  it('leaves a date line’s label to the clause where the line goes on after the date, whatever the paper’s kind', () =>
    expect(
      labelOf(
        'MOTIE VAN HET LID KOX C.S.\n\nVoorgesteld 5 december 2017 tijdens het debat\n',
        '5 december 2017',
        'motie',
      ),
    ).toBeNull());
});

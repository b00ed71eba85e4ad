import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import { closingQuote, openAt, quotePositions } from '../../../src/core/timeline/quotes';

/** The labels of the entries of `iso` in the timeline of `original`. */
function labelsOf(original: string, iso: string, ref: string): string[] {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  return buildTimeline(text, dates, findCommitments(text, dates, ref), ref)
    .filter((e) => e.iso === iso)
    .map((e) => e.label);
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
      '…over de brief over de uitgebreide beleidsreactie op OvV-rapport «Wie stuurt?…',
    ],
    [
      'a `!` inside the title: the title whole when it fits (1192)',
      '– de brief van de minister van VWS d.d.5 februari 2008 inzake de reactie op IGZ-rapport «Het resultaat telt! 2006» (27 295, nr. 96);',
      '2008-02-05',
      '2008-03-01',
      '…minister van VWS inzake de reactie op IGZ-rapport «Het resultaat telt! 2006»',
    ],
    [
      'a full stop inside the title: cut there with `…`, not `.…` (1615)',
      '– de brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties d.d.\n10 juli 2025 inzake kabinetsreactie op het rapport van Amnesty International «Onbeschermd.\nTekortkomingen in de bescherming van Venezolaanse vluchtelingen op Aruba» (Kamerstuk\n29 653, nr. 66);',
      '2025-07-10',
      '2025-09-01',
      '…inzake kabinetsreactie op het rapport van Amnesty International «Onbeschermd…',
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

  it('looks no further for a closing quote than the next quote of its kind (452: titles never closed)', () => {
    const text =
      'd.d. 23 mei 2023 «Advies Raad van State inzake Derdenbesluit BRP (Kamerstuk 27 859, nr. 174), d.d. 1 mei 2023 «Inwerkingtreding wetswijziging BRP Landelijke Aanpak Adreskwaliteit\n(Kamerstuk 35 772, nr. 40)';
    const open = text.indexOf('«');
    expect(openAt(text, 0, text.indexOf(','))).toBe(open);
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

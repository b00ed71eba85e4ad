import { describe, expect, it } from 'vitest';
import { meetingOpenerLabel } from '../../../src/core/timeline/meeting-opener';

/** The label of `date` in the sentence `text` (its first mention), as `meetingOpenerLabel` gives it. */
function labelOf(text: string, date: string): string | null {
  const at = text.indexOf(date);
  return meetingOpenerLabel(text, { start: 0, end: text.length }, { start: at, end: at + date.length }, []);
}

describe('meetingOpenerLabel', () => {
  // The opening sentences of reports of a meeting in tests/fixtures/letters (the file's number first), footnote markers
  // after the committees' names as the text has them.
  it.each([
    [
      'whom the meeting was with, not the committees (1139, was `…Defensie en de vaste commissie voor Buitenlandse Zaken hebben overleg gevoerd…`)',
      'De vaste commissie voor Defensie1 en de vaste commissie voor Buitenlandse Zaken2 hebben op 19 november 2008 overleg gevoerd met minister Van Middelkoop van Defensie, minister Verhagen van Buitenlandse Zaken en minister Koenders voor Ontwikkelingssamenwerking over:',
      '19 november 2008',
      'Overleg met minister Van Middelkoop van Defensie, minister Verhagen…',
    ],
    [
      'one committee, the list after `over:` left out (1044, was `De vaste commissie voor Financiën heeft overleg gevoerd…`)',
      'De vaste commissie voor Financiën1 heeft op 6 november 2007 overleg gevoerd met staatssecretaris De Jager van Financiën over:',
      '6 november 2007',
      'Overleg met staatssecretaris De Jager van Financiën',
    ],
    [
      'the meeting’s own word (1176)',
      'De vaste commissie voor Justitie1 heeft op 28 januari 2009 vervolgoverleg gevoerd met staatssecretaris Albayrak van Justitie over:',
      '28 januari 2009',
      'Vervolgoverleg met staatssecretaris Albayrak van Justitie',
    ],
    [
      'with its subject after `over`, long names short (1109)',
      'De vaste commissie voor Volksgezondheid, Welzijn en Sport1 en de vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer2 hebben op 5 oktober 2004 overleg gevoerd met staatssecretaris Van Geel van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer over Gezondheid en Milieu.',
      '5 oktober 2004',
      'Overleg met staatssecretaris Van Geel van VROM over Gezondheid en Milieu',
    ],
    [
      'people with their offices, cut after an item (1017)',
      'De vaste commissie voor Binnenlandse Zaken en Koninkrijksrelaties1 en de vaste commissie voor Justitie2 hebben op 28 januari 2004 overleg gevoerd met de heer Donner, minister van Justitie en de heer De Graaf, vice-minister-president, minister voor Bestuurlijke Vernieuwing en Koninkrijksrelaties over:',
      '28 januari 2004',
      'Overleg met de heer Donner, minister van Justitie en de heer De Graaf…',
    ],
    [
      'what the meeting was part of before its word (1167, was `De vaste commissie voor Justitie heeft in het kader van het begrotingsonderzoek…`)',
      'De vaste commissie voor Justitie1 heeft op 27 oktober 1999 in het kader van het begrotingsonderzoek overleg gevoerd met de bewindslieden van Justitie over het wetsvoorstel Vaststelling van de begroting van de uitgaven en de ontvangsten van het Ministerie van Justitie (VI) voor het jaar 2000 (26800-VI).',
      '27 oktober 1999',
      'Overleg met de bewindslieden van Justitie over het wetsvoorstel Vaststelling…',
    ],
    [
      'a subject that is only letters says nothing',
      'De vaste commissie voor Justitie heeft op 4 december 2001 overleg gevoerd met staatssecretaris Kalsbeek van Justitie over haar brieven.',
      '4 december 2001',
      'Overleg met staatssecretaris Kalsbeek van Justitie',
    ],
  ])('%s', (_rule, text, date, expected) => expect(labelOf(text, date)).toBe(expected));

  it.each([
    [
      'a meeting between its date and its word',
      'De vaste commissie voor Justitie heeft op 27 oktober 1999 met de minister overleg gevoerd over het wetsvoorstel.',
      '27 oktober 1999',
    ],
    [
      'a sentence not opened by committees',
      'De minister heeft op 6 november 2007 overleg gevoerd met de Belastingdienst over de loonbelasting.',
      '6 november 2007',
    ],
    [
      'another date of the opening sentence',
      'De vaste commissie voor Financiën heeft op 6 november 2007 overleg gevoerd met staatssecretaris De Jager over zijn brief van 1 oktober 2007.',
      '1 oktober 2007',
    ],
  ])('null for %s', (_rule, text, date) => expect(labelOf(text, date)).toBeNull());
});

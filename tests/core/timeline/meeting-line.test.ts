import { describe, expect, it } from 'vitest';
import { meetingLineLabel } from '../../../src/core/timeline/meeting-line';

/** The label of `date` in `text` (its first mention), as `meetingLineLabel` gives it. */
function labelOf(text: string, date: string): string | null {
  const at = text.indexOf(date);
  return meetingLineLabel(text, { start: at, end: at + date.length });
}

describe('meetingLineLabel', () => {
  // Shorthand reports from tests/fixtures/letters (the file's number first), as zoek.officielebekendmakingen.nl's text
  // gives their heading and the meeting's day.
  it.each([
    [
      'a notaoverleg (1151; was `Maandag 25 juni 2001`)',
      'Stenografisch verslag van een notaoverleg van de vaste commissie voor Verkeer en Waterstaat\n\nMaandag 25 juni 2001\n\n10.15 uur\n',
      'Maandag 25 juni 2001',
      'Notaoverleg van de vaste commissie voor Verkeer en Waterstaat',
    ],
    [
      'a wetgevingsoverleg (1167)',
      'Stenografisch verslag van een wetgevingsoverleg van de vaste commissie voor Justitie\n\nWoensdag 27 oktober 1999\n',
      'Woensdag 27 oktober 1999',
      'Wetgevingsoverleg van de vaste commissie voor Justitie',
    ],
    [
      'an algemeen overleg of several committees, cut to size (370)',
      'Stenografisch verslag van een algemeen overleg van de vaste commissies voor Justitie, voor Onderwijs, Cultuur en Wetenschappen, voor Sociale Zaken en Werkgelegenheid en voor Volksgezondheid, Welzijn en Sport\n\nWoensdag 4 februari 1998\n',
      'Woensdag 4 februari 1998',
      'Algemeen overleg van de vaste commissies voor Justitie, voor OCW, voor SZW…',
    ],
    [
      'a hoorzitting (758)',
      'Stenografisch verslag van een hoorzitting van de vaste commissie voor Justitie\n\nDinsdag 19 november 1996\n',
      'Dinsdag 19 november 1996',
      'Hoorzitting van de vaste commissie voor Justitie',
    ],
  ])('%s', (_rule, text, date, expected) => expect(labelOf(text, date)).toBe(expected));

  it.each([
    [
      'a date in a sentence on its line',
      'Stenografisch verslag van een notaoverleg van de vaste commissie voor Justitie\n\nHet overleg vond plaats op 25 juni 2001\n',
      '25 juni 2001',
    ],
    [
      'words after the date on its line',
      'Stenografisch verslag van een notaoverleg van de vaste commissie voor Justitie\n\nMaandag 25 juni 2001 (vervolg)\n',
      'Maandag 25 juni 2001',
    ],
    [
      'a line above that is no report’s heading (06)',
      'Afgemeld i.v.m. inkomend Officieel Bezoek Jordanië\n\n19 maart 2018\n',
      '19 maart 2018',
    ],
    [
      'a heading of a report on something else',
      'Verslag van een werkbezoek aan Curaçao\n\nMaandag 25 juni 2001\n',
      'Maandag 25 juni 2001',
    ],
  ])('none for %s', (_rule, text, date) => expect(labelOf(text, date)).toBeNull());
});

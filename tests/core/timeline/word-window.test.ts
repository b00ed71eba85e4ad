import { describe, expect, it } from 'vitest';
import { wordWindow } from '../../../src/core/timeline/word-window';

describe('wordWindow', () => {
  it.each([
    // Words after the date first, then before, alternately, within max - 2 characters.
    // A cut right part ends before an article: `komen…`, not `komen de…`.
    ['Op', 'komen de Ministers van Defensie bijeen', 20, ['Op', 'komen…']],
    // Everything fits: nothing left out, no ellipsis.
    ['Op', 'komen zij bijeen', 40, ['Op', 'komen zij bijeen']],
    // Words left out before the date: the ellipsis stands before the left part.
    ['Het kabinet stuurt uw Kamer voor', 'een brief', 24, ['…Kamer voor', 'een brief']],
    // Nothing after the date: the words before, up to 18 characters with their spaces (3 + 7 + 5).
    ['De NAVO-top in Madrid vond plaats op', '', 20, ['…vond plaats op', '']],
    // A first word longer than the room is not taken, and is left out on both sides.
    ['Defensieministeriële', 'Bondgenootschappelijk', 10, ['…', '…']],
    // Cut right after prepositions and articles: the cut goes before them (NAVO letter).
    [
      'Op 29 september',
      'bracht de NAR ook een verklaring uit over de sabotage van de Nordstream 1 en 2 pijpleidingen',
      80,
      ['Op 29 september', 'bracht de NAR ook een verklaring uit over de sabotage…'],
    ],
    // A left part does not start at `en` + a name: the name goes too, its room to the right part (NAVO).
    [
      'In reactie op de ontwikkelingen in Rusland en Oekraïne heeft de Noord-Atlantische Raad (NAR)',
      'een verklaring uitgebracht',
      80,
      ['…heeft de Noord-Atlantische Raad (NAR)', 'een verklaring uitgebracht'],
    ],
    // Nor after a `)` whose `(` was cut off (13): from the word after it.
    [
      'Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties), mede namens de Minister-President (ontvangen',
      ')',
      80,
      ['…mede namens de Minister-President (ontvangen', ')'],
    ],
    // A right part that was nothing but words a label does not end on: its `…` ends the left part, with
    // no space before it (2032). The room (14) takes `in`, `heeft`, `het`; `in het` is no end.
    [
      'De vaste commissie voor Verkeer en Waterstaat heeft',
      'in het kader van het begrotingsonderzoek',
      16,
      ['…heeft…', ''],
    ],
  ] as const)('%s | %s (max %i)', (before, after, max, expected) => {
    expect(wordWindow(before, after, max)).toEqual(expected);
  });
});

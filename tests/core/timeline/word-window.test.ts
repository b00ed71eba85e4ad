import { describe, expect, it } from 'vitest';
import {
  ADJECTIVE,
  ADJECTIVE_AFTER_DETERMINER,
  NO_ADJECTIVE,
  adjectiveClass,
  clauseLabelEnd,
  wordWindow,
} from '../../../src/core/timeline/word-window';

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
    // A right part cut after an adjective whose noun did not fit ends before its article and the
    // preposition before that (1482: `…inzake de toekomstvisie op de Nederlandse…`).
    [
      '• de brief van de minister van Economische Zaken',
      'inzake de toekomstvisie op de Nederlandse postmarkt (Kamerstuk 29 502, nr. 110);',
      80,
      ['…de minister van Economische Zaken', 'inzake de toekomstvisie…'],
    ],
    // Nothing of the right part would be left, and the left part ends on a word a label does not end
    // on: the adjective stays (2171).
    [
      'de brieven van de staatssecretaris van OCW d.d. 21 mei 2001 respectievelijk',
      'ter aanbieding van de tussentijdse aanbevelingen van de commissie-Ekkart (OCW-01-599);',
      80,
      ['…van OCW d.d. 21 mei 2001 respectievelijk', 'ter aanbieding van de tussentijdse…'],
    ],
  ] as const)('%s | %s (max %i)', (before, after, max, expected) => {
    expect(wordWindow(before, after, max)).toEqual(expected);
  });
});

describe('adjectiveClass', () => {
  it.each([
    // Adjectives wherever they stand: by their ending, of a place or people, a common short one.
    ['consulaire', ADJECTIVE, '1445: `…dat de consulaire…`'],
    ['gezamenlijke', ADJECTIVE, '2782: `…en de Consumentenbond een gezamenlijke…`'],
    ['particuliere', ADJECTIVE, '2473: `…de afspraak gemaakt dat particuliere…`'],
    ['AWBZ-brede', ADJECTIVE, '2642: `…voortgangsrapportage AWBZ-brede…`, the part after the hyphen'],
    ['Nederlandse', ADJECTIVE, '1482: `…op de Nederlandse…`'],
    ['Oekraïense', ADJECTIVE, '216: `…zowel de Oekraïense als de Russische…`'],
    ['nieuwe', ADJECTIVE, '87: `…over een nieuwe…`'],
    // Adjectives only after a determiner: the same endings make verbs and names too.
    ['Tweede', ADJECTIVE_AFTER_DETERMINER, '1344: `…aan de Tweede…`'],
    ['34ste', ADJECTIVE_AFTER_DETERMINER, '1069: `…van de 34ste…`'],
    ['beschadigde', ADJECTIVE_AFTER_DETERMINER, '2033: `…de meest beschadigde…`'],
    ['verschillende', ADJECTIVE_AFTER_DETERMINER, '01: `…voor de verschillende…`'],
    ['Informele', ADJECTIVE_AFTER_DETERMINER, '599: `…van de Informele…`'],
    [
      'voorziene',
      ADJECTIVE_AFTER_DETERMINER,
      '56: `…met een voorziene…`, the participle of a verb in `-ien`',
    ],
    [
      'gedane',
      ADJECTIVE_AFTER_DETERMINER,
      '158: `…van de recent gedane…`, the participle of a verb in `-aan`',
    ],
    ['Algemene', ADJECTIVE_AFTER_DETERMINER, '1383: `…van de Algemene…`, a short one that is no surname'],
    ['«Bijzondere', ADJECTIVE_AFTER_DETERMINER, '1148: `…rapport «Bijzondere…`, the mark in front aside'],
    ['Bonaire', ADJECTIVE_AFTER_DETERMINER, '167: `…uitkeringen aan Bonaire…`, a name'],
    // No adjectives.
    ['gemeente', NO_ADJECTIVE, '1300: `…aan de gemeente…`'],
    ['periode', NO_ADJECTIVE, '501: `…voor de periode…`'],
    ['stuurde', NO_ADJECTIVE, '1270: `…op 18 december 2018 stuurde…`, a verb'],
    ['Jonge', NO_ADJECTIVE, '1007: `…met de heer De Jonge, Minister…`, a name'],
    ['veiligste', NO_ADJECTIVE, '2566: `…als één van de veiligste…`, which needs no noun'],
    ['financiële,', NO_ADJECTIVE, 'a mark after the word ends its phrase'],
  ])('%s', (word, expected) => {
    expect(adjectiveClass(word)).toBe(expected);
  });
});

describe('clauseLabelEnd', () => {
  it.each([
    // A word no clause ends on goes, with what a cut label would not end on before it.
    ['…opmerkingen van de NVB over de', false, '…opmerkingen van de NVB'], // 1426
    ['…de hoge asielinstroom in de eerste en', false, '…de hoge asielinstroom'], // 697
    ['…een verwachte oplevering in of', false, '…een verwachte oplevering'], // 2684
    ['…vergelijkbaar is met', false, '…vergelijkbaar is'], // 215
    ['…met een voorstel te komen of en,', false, '…met een voorstel te komen'], // 418
    ['…verzocht voor de het', false, '…verzocht'], // 1454
    ['…Luchtvaart ontvangen, dat', false, '…Luchtvaart ontvangen'], // 2796
    ['…heeft mij verzocht om', false, '…heeft mij verzocht'], // 84
    ['…heeft overleg gevoerd over', true, '…heeft overleg gevoerd'], // 123, before a colon
    ['inzake', false, ''], // 2050: all of it
    // What stays: particles, stranded prepositions, pronouns.
    ['…heeft overleg gevoerd over', false, '…heeft overleg gevoerd over'],
    ['…en hebben hier nog enkele vragen over', false, '…en hebben hier nog enkele vragen over'], // 241
    ['…voor de Staat op', false, '…voor de Staat op'], // 2431
    ['…wordt vervangen door', true, '…wordt vervangen door'], // 630: `door` may be a particle
    ['daar gaat het om', false, 'daar gaat het om'],
    ['wij weten het', false, 'wij weten het'],
    ['…is dat', false, '…is dat'], // 1741
  ])('%j (colon after it: %s) → %j', (s, colon, expected) => {
    expect(s.slice(0, clauseLabelEnd(s, 0, s.length, colon))).toBe(expected);
  });
});

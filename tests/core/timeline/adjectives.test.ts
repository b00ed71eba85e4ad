import { describe, expect, it } from 'vitest';
import {
  ADJECTIVE,
  ADJECTIVE_AFTER_DETERMINER,
  NO_ADJECTIVE,
  adjectiveClass,
  danglingAdjectivesStart,
} from '../../../src/core/timeline/adjectives';

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

describe('danglingAdjectivesStart', () => {
  /** What stays of `s` cut after its last word, when that word is a dangling adjective; null when it is none. */
  const kept = (s: string): string | null => {
    const start = s.lastIndexOf(' ') + 1;
    const at = danglingAdjectivesStart(s, start, s.length);
    return at < 0 ? null : s.slice(0, at).trimEnd();
  };
  it.each([
    // With its determiner (1252), and after a preposition for one of ADJECTIVE (`…voor dubbele`).
    ['dat de grootschalige militaire', 'dat'],
    ['een overzicht voor dubbele', 'een overzicht voor'],
    // A lower-case present participle right after a preposition or conjunction (2446, 994, 2822).
    ['werd Nederland geconfronteerd met beperkende', 'werd Nederland geconfronteerd met'],
    ['militaire bijdragen aan lopende', 'militaire bijdragen aan'],
    ['in de interne markt» en bijbehorende', 'in de interne markt» en'],
    // Not after another word, where it may be a verb's form or a noun's (`…de gemeenten die volgende…`).
    ['het aantal volgende', null],
    // Nor a noun with that ending (`voldoende`, `alleenstaande`).
    ['een regeling voor alleenstaande', null],
  ])('%s', (s, expected) => {
    expect(kept(s)).toBe(expected);
  });
});

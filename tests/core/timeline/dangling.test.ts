import { describe, expect, it } from 'vitest';
import {
  DANGLING_BEFORE,
  articleFitsDate,
  danglingStart,
  mayEndDangling,
  participleOfNounAfter,
} from '../../../src/core/timeline/dangling';

describe('mayEndDangling', () => {
  it.each([
    ['Het overleg vond plaats op', true],
    ['De regeling geldt met ingang van', true],
    ['De consultatie loopt tot en met', true],
    ['De brief d.d.', true],
    ['De brief d. d.', true],
    ['Uiterlijk', true],
    ['Het kabinet besluit VÓÓR', true],
    ['T/M', true],
    // Right after an opening bracket (33, 988).
    ['VWS ontvangt tweemaal per jaar (in', true],
    ['ruim voor de begrotingsbehandeling (uiterlijk', true],
    ['De brief (bijlage', false],
    // Before a period the grammar read whole (507).
    ['Tussen', true],
    ['Het rapport', false],
    // The prepositions of a period's content or origin, and those of several words (261, 140, 1650, 2760, 707).
    ['De cijfers over', true],
    ['Het verdrag uit', true],
    ['wordt verschoven van 1 januari naar', true],
    ['De periode tot aan', true],
    ['In vergelijking met', true],
    // `gedurende`, nine letters, as `tijdens` (956).
    ['Wel vindt gedurende de', true],
    ['Wel vindt gedurende', true],
    ['mijn toezegging, van eveneens', true],
    ['Het rapport overzicht', false],
    ['De Kamer heeft', false],
    ['', false],
    ['Kamerbrief', false],
    ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', false],
  ])('%j → %s', (before, expected) => {
    expect(mayEndDangling(before, 0, before.length)).toBe(expected);
  });

  it('is true wherever DANGLING_BEFORE matches (it only rules out)', () => {
    const words = ['op', 'In', 'VAN', 'per', 'd.d.', 'd. d.', 'Sinds', 'vanaf', 'tot', 'tot en met', 't/m'];
    const more = [
      'voor',
      'vóór',
      'VÓÓR',
      'na',
      'rond',
      'omstreeks',
      'uiterlijk',
      'tijdens',
      'tussen',
      'met ingang van',
      'over',
      'Over het',
      'uit de',
      'naar',
      'aan het',
      'tot aan',
      'van na',
      'op uiterlijk',
      'in vergelijking met',
      'vergeleken met',
      'in verband met het',
      'uiterlijk in',
      'in uiterlijk het jaar',
      'rond het jaar',
      'voor de jaren',
      ', maar uiterlijk per',
      ', maar uiterlijk',
      'niet eerder dan',
      'later dan',
      'niet eerder dan uiterlijk in',
      'niet later dan uiterlijk',
    ];
    const heads = ['', 'De brief ', 'x', 'Het (', 'é'];
    for (const w of [...words, ...more]) {
      for (const head of heads) {
        const s = head + w;
        if (DANGLING_BEFORE.test(s)) expect(mayEndDangling(s, 0, s.length), s).toBe(true);
      }
    }
  });
});

describe('articleFitsDate', () => {
  it.each([
    // The date's own article: it dangles with the preposition.
    ['het', 'eerste kwartaal van 2018', true], // 2470
    ['de', 'tweede helft van 2024', true], // 1667
    ['het', 'lopende jaar', true], // 33
    ['het', 'eind van het jaar', true], // 992
    ['het', 'zomerreces', true], // 2864
    ['Het', 'voorjaar van 2020', true], // 2727
    ['de', 'periode', true],
    // Dates that say nothing of the article take it.
    ['de', '1 mei', true],
    ['het', '2019', true],
    ['het', 'komend jaar', true], // `komend` no noun of time, no adjective's `-e`
    // Another noun's article: the preposition's object is that noun.
    ['het', 'vorige maand', false], // 718, `het … uitgebrachte verslag`
    ['de', 'deze zomer', false], // 2593, `de … gehouden rondetafels`
    ['de', 'volgende jaar', false],
    ['het', 'tweede helft van 2015', false],
    ['het', 'vorig jaar', false], // 847, `het vorig jaar aangenomen wetsvoorstel`: the date's own is `het vorige jaar`
    ['het', 'vorige jaar', true],
  ])('%s before %j: %s', (article, date, expected) => {
    expect(articleFitsDate(article, date)).toBe(expected);
  });
});

describe('participleOfNounAfter', () => {
  it.each([
    // An inflected participle and a word after it: the date is inside a noun phrase.
    [' ingestelde ouderschapsplan en', true], // 2804
    [' uitgebrachte Draghi-rapport', true], // 880
    [' opgerichte stichting', true],
    // A bare participle ends a clause as often (1255, 37); an adjective or noun in `-de` is no participle.
    [' ontvangen tijdens een gesprek', false],
    [' gepland staat.', false],
    [' aangenomen wetsvoorstel', false],
    [' vorige week', false],
    [' ingestelde.', false], // nothing after it
  ])('%j: %s', (after, expected) => {
    expect(participleOfNounAfter(`2009${after}`, 4)).toBe(expected);
  });
});

describe('danglingStart', () => {
  /** `before` without what dangles before `date` (`after` follows the date). */
  const without = (before: string, date: string, after = ' geconstateerd') => {
    const text = `${before} ${date}${after}`;
    const ds = before.length + 1;
    return before.slice(0, danglingStart(before, 0, before.length, text, ds, ds + date.length));
  };

  it.each([
    // A preposition and the date's article (DANGLING_BEFORE).
    ['Wel vindt gedurende de', 'komende week', 'Wel vindt'], // 956
    ['Het overleg vond plaats op', '12 oktober', 'Het overleg vond plaats'],
    // With `eveneens` after the preposition (130).
    ['mijn toezegging, van eveneens', '20 juni jongstleden', 'mijn toezegging,'],
    // The article of the date's noun of time without a preposition (2005, 2801, 176).
    ['Ik heb de', 'afgelopen week', 'Ik heb'],
    ['zal de', 'tweede helft van 2002', 'zal'],
    ['hoe de pandemie zich het', 'komende jaar', 'hoe de pandemie zich'],
    // It stays: another noun's article (`vorige maand`'s is `de`), a determiner, a date without a noun of time, a
    // preposition before it (2482), an inflected participle after the date (2804).
    ['het', 'vorige maand', 'het'],
    ['uit de', 'deze zomer', 'uit de'],
    ['Ik heb de', '1 mei', 'Ik heb de'],
    ['die overeenkomen met het', 'zomerreces', 'die overeenkomen met het'],
    ['het', 'vorig jaar', 'het', ' ingestelde ouderschapsplan'],
  ])('%j before %j → %j', (before, date, expected, after?: string) => {
    expect(without(before, date, after)).toBe(expected);
  });
});

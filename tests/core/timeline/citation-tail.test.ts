import { describe, expect, it } from 'vitest';
import { pastCitationTail } from '../../../src/core/timeline/citation-tail';

/** Where the label of `date` starts in `sentence`, its clause starting after the last `, ` before it (as that bounds it). */
function startAfter(sentence: string, date: string): string {
  const ds = sentence.lastIndexOf(date);
  const left = sentence.lastIndexOf(', ', ds) + 1;
  return sentence.slice(pastCitationTail(sentence, left, ds));
}

describe('pastCitationTail', () => {
  it.each([
    // Past the number: two words or more before the date.
    [
      'In bijlage bij Kamerstuk 26 234, nr. 153 is verslag gedaan van de middelenaanvulling in 2013.',
      '2013',
      'is verslag gedaan van de middelenaanvulling in 2013.',
    ], // 234
    [
      'per brief, Kamerstuk 32 500 IV, nr. 26 en het debat van 10 februari 2011',
      '10 februari 2011',
      'en het debat van 10 februari 2011',
    ], // 1079: the clause after the dossier's chapter
    ['Kamerstuk 25 387, nrs. 1 en 2 is de nota van juni 1997', 'juni 1997', 'is de nota van juni 1997'],
    // The number stays: only a preposition or `d.d.` before the date (743, 1454).
    [
      'In mijn brief met kenmerk Kamerstuk 33 000 V, nr. 117 d.d. 24 november 2011 berichtte ik u',
      '24 november 2011',
      ' nr. 117 d.d. 24 november 2011 berichtte ik u',
    ],
    [
      'met Kamerstuk 29 338, nr. 194 van 5 juni 2019 informeer ik u',
      '5 juni 2019',
      ' nr. 194 van 5 juni 2019 informeer ik u',
    ],
    // No citation's comma: a comma after a word, or no number after it.
    [
      'Zoals gemeld, nr. 5 van de lijst is in 2020 afgerond',
      '2020',
      ' nr. 5 van de lijst is in 2020 afgerond',
    ],
    ['In Kamerstuk 26 234, waarin verslag is gedaan in 2013', '2013', ' waarin verslag is gedaan in 2013'],
  ])('%j (%s) → %j', (sentence, date, expected) => {
    expect(startAfter(sentence, date)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { findAmendmentParts } from '../../../src/core/outline/amendment-parts';
import { splitLines } from '../../../src/core/outline/lines';

function parts(text: string): string[] {
  return findAmendmentParts(splitLines(text), 0).map((p) => p.title);
}

describe('findAmendmentParts: the roman numerals over an amendment’s changes', () => {
  it.each([
    [
      'the first part after the formula’s colon (830)',
      [
        'De ondergetekende stelt het volgende amendement voor:',
        'I',
        'Artikel III vervalt.',
        'II',
        'Artikel IIIA vervalt.',
        'III',
        'In artikel V vervalt in artikel XXXI, eerste volzin, de zinsnede «, 128a, 133a».',
        'Toelichting',
        'Dit amendement beoogt de mogelijkheid van een correctief referendum voor gemeenten, provincies en waterschappen te schrappen.',
      ].join('\n\n'),
      ['I', 'II', 'III'],
    ],
    [
      'hard-wrapped text, `V` as short as `I` (630)',
      [
        'De ondergetekende stelt het volgende amendement voor:',
        'I',
        'In artikel I, onderdeel G.3, wordt de aanhef vervangen door: Het derde',
        'tot en met het vijfde lid worden vervangen door:.',
        'II',
        'In artikel I vervalt onderdeel J.3.',
        'III',
        'In artikel I vervalt onderdeel J.2.',
        'IV',
        'In artikel I vervalt onderdeel J.4.',
        'V',
        'In artikel I vervalt onderdeel J.11.',
        'VI',
        'Artikel II, onderdeel G.4, vervalt.',
      ].join('\n'),
      ['I', 'II', 'III', 'IV', 'V', 'VI'],
    ],
    [
      'no numeral after the explanation, none out of turn (constructed)',
      ['I', 'Artikel 1 vervalt.', 'III', 'Artikel 3 vervalt.', 'Toelichting', 'II'].join('\n\n'),
      ['I'],
    ],
    [
      'an amendment of one change has no parts (1224)',
      [
        'De ondergetekenden stellen het volgende amendement voor:',
        'Artikel 2, tweede lid, wordt als volgt gewijzigd:',
        'Toelichting',
      ].join('\n\n'),
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

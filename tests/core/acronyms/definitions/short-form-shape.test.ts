import { describe, expect, it } from 'vitest';
import { isShortFormShape } from '../../../../src/core/acronyms/definitions/short-form-shape';
import { SHORT_FORM } from './short-form-pattern';

/** The character-code test of a short form's shape, held to the pattern it stands in for (SHORT_FORM). */

describe('isShortFormShape', () => {
  it.each([
    ['NAVO', true],
    ['IenW', true],
    ['S&D', true],
    ['STRAIIK-D', true],
    ['SARS-CoV-2', true],
    ['D66', true],
    ['x', true],
    ['', false],
    ['-NAVO', false],
    ['&D', false],
    ['NAVO-', false],
    ['A--B', false],
    ['A-&B', false],
    ['beiden SP', false],
    ['VVD,', false],
    ['36 410-VIII, nr. 36', false],
    ["BO'", false],
    ['ÉCU', true], // non-ASCII: decided by the pattern
    ['Ärzte-Ö', true],
    ['A-É', true], // hyphen before a non-ASCII letter
    ['A-’s', false], // hyphen before non-ASCII punctuation
    ['A’B', false],
    ['A B€', false], // the space refuses it before the pattern would be needed
    ['𝐀𝐁', true], // astral letters
  ])('%j → %s, as SHORT_FORM says', (sf, expected) => {
    expect(SHORT_FORM.test(sf)).toBe(expected);
    expect(isShortFormShape(sf)).toBe(expected);
  });
});

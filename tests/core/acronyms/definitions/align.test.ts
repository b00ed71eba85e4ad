import { describe, expect, it } from 'vitest';
import {
  holdsInOrder,
  matchLongForm,
  positionsOf,
  shortFormLetters,
} from '../../../../src/core/acronyms/definitions/align';

/** The letters of a short form placed on the words of a long form, and the shortcuts that skip what cannot align. */

describe('positionsOf', () => {
  it.each([
    ['noord-atlantische raad', 'a', [6, 9, 19, 20]],
    ['noord-atlantische raad', 'n', [0, 10]],
    ['noord-atlantische raad', 'x', []],
    ['', 'a', []],
    ['aaa', 'a', [0, 1, 2]],
    ['é-ß', 'ß', [2]],
  ])('%j, %j → %j', (s, ch, expected) => {
    expect(positionsOf(s, ch)).toEqual(expected);
  });
});

describe('the alignment, visiting only the places of the letters, still picks', () => {
  it.each([
    // [short form, window before the parenthesis, long form found]
    ['NAR', 'heeft de Noord-Atlantische Raad', 'Noord-Atlantische Raad'],
    ['VVD', 'de antwoorden op vragen van het lid Lodders', null],
    ['OVV', 'De Onderzoeksraad voor Veiligheid', 'Onderzoeksraad voor Veiligheid'],
    [
      'BZK',
      'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      'Binnenlandse Zaken en Koninkrijksrelaties',
    ],
    ['IenW', 'Ministerie van Infrastructuur en Waterstaat', 'Infrastructuur en Waterstaat'],
    [
      'DDA',
      'the Deterrence and Defence of the Euro-Atlantic Area',
      'Deterrence and Defence of the Euro-Atlantic Area',
    ],
    ['AAA', 'Algemene Aanwijzingen Arbeid', 'Algemene Aanwijzingen Arbeid'],
  ])('%s after %j: %j', (sf, window, expected) => {
    const match = matchLongForm(shortFormLetters(sf), window, 'suffix');
    expect(match ? window.slice(match.start, match.end) : null).toBe(expected);
  });
});

describe('holdsInOrder: the letters a long form needs, in order', () => {
  // Each row: short-form letters, folded window, may an alignment exist?
  const cases: [letters: string, window: string, expected: boolean][] = [
    ['nar', 'heeft de noord-atlantische raad', true],
    ['vvd', 'de antwoorden op vragen van het lid lodders', true], // in order, though no alignment
    ['vvd', 'van het lid lodders', false], // one `v` only
    ['sp', 'de leden leijten en van nispen', true],
    ['cbl', 'met de brancheorganisaties van supermarkten', false], // no `l` after the `b`
    ['ienw', 'infrastructuur en waterstaat', true],
    ['abc', 'cba', false],
    ['', 'iets', true],
  ];
  it.each(cases)('%s in %j → %s', (letters, window, expected) => {
    expect(holdsInOrder(letters, window)).toBe(expected);
  });
});

describe('shortFormLetters', () => {
  it.each([
    ['NAVO', ['navo']],
    ['IenW', ['ienw', 'iw']],
    ['PvdA', ['pvda', 'pa']],
    ['S&D', ['sd']],
    ['STRAIIK-D', ['straiikd']],
    ['COVID-19', ['covid19', 'covid']],
    ['X', []],
    ['ÉCU', ['ecu']],
    ['AbÇd', ['abcd', 'ac']],
  ])('%s → %j', (sf, expected) => {
    expect(shortFormLetters(sf)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { labelWords } from '../../../src/core/timeline/words';

/** The plain reading: lower case, split at non-letters and non-digits, words of three units or more. */
function reference(label: string): string[] {
  return [
    ...new Set(
      label
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 3),
    ),
  ];
}

describe('labelWords', () => {
  it.each([
    [
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen',
      ['oktober', 'komen', 'navo', 'ministers', 'van', 'defensie', 'brussel', 'bijeen'],
    ],
    ['…verschenen bevat tien aanbevelingen…', ['verschenen', 'bevat', 'tien', 'aanbevelingen']],
    ['Oekraïne en de EU (2022)', ['oekraïne', '2022']],
    ['İstanbul', ['stanbul']], // lower case `i̇`: the combining dot is no letter
    ['a b cd', []],
    ['', []],
    ['𝐀𝐁𝐂 and 𝐀', ['𝐀𝐁𝐂', 'and']], // one astral letter is two units: too short
  ])('%j', (label, expected) => {
    expect([...labelWords(label)]).toEqual(expected);
    expect([...labelWords(label)]).toEqual(reference(label));
  });

  it('leaves out the words it is told to ignore, in either reading (1921)', () => {
    const ignore = new Set(['voor', 'inzake', 'het']);
    const label = '…voor Wonen, Wijken en Integratie inzake het Actieplan Woningproductie';
    const expected = ['wonen', 'wijken', 'integratie', 'actieplan', 'woningproductie'];
    expect([...labelWords(label, ignore)]).toEqual(expected);
    // With an astral character the split reading is used.
    expect([...labelWords(`${label} 𝐀𝐁𝐂`, ignore)]).toEqual([...expected, '𝐀𝐁𝐂']);
  });

  it('agrees with the split on mixed scripts, digits and punctuation', () => {
    const pieces = [
      'de',
      'Kamer',
      ' ',
      '-',
      '…',
      '2023',
      'ü',
      'ß',
      'Σ',
      '½',
      '²',
      '_',
      '\u0301',
      'x',
      '\u00a0',
    ];
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 2000; k++) {
      const label = Array.from(
        { length: Math.floor(rnd() * 10) },
        () => pieces[Math.floor(rnd() * pieces.length)],
      ).join('');
      expect([...labelWords(label)], label).toEqual(reference(label));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { DANGLING_BEFORE, endsWithLower, mayEndDangling } from '../../../src/core/timeline/label-chars';

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

describe('endsWithLower', () => {
  it.each([
    ['uiterlijk', 9, 'uiterlijk', true],
    ['UITERLIJK', 9, 'uiterlijk', true],
    ['Vóór', 4, 'vóór', true],
    ['VÓÓR', 4, 'vóór', true],
    ['voor de', 4, 'voor', true],
    ['voor de', 7, 'de', true],
    ['vo', 2, 'voor', false],
    ['\u212aan', 3, 'kan', false], // the Kelvin sign is no `k` to the flag `i` without `u`
  ])('%j up to %i ends with %j: %s', (s, end, lower, expected) => {
    expect(endsWithLower(s, end, lower)).toBe(expected);
  });
});

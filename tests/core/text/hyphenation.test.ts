import { describe, expect, it } from 'vitest';
import { classifyLineEndHyphen, type HyphenDecision } from '../../../src/core/text/hyphenation';

describe('classifyLineEndHyphen', () => {
  // [word before the hyphen, word after the break, decision]; NAVO =
  // tests/fixtures/navo-defensieministers-2022-09-30.txt
  const cases: [string, string, HyphenDecision, string][] = [
    ['Strate', 'gisch', 'join', 'NAVO: Strate-\\ngisch'],
    ['onafhanke', 'lijkheid', 'join', 'NAVO: onafhanke-\\nlijkheid'],
    ['activi', 'teiten', 'join', 'NAVO: activi-\\nteiten'],
    ['onder', 'zoekt', 'join', 'NAVO: onder-\\nzoekt'],
    ['kennisgevings', 'brief', 'join', 'a compound written as one word'],
    ['Noord', 'Atlantische', 'keep-hyphen', 'NAVO: capital after'],
    ['NAVO', 'Ministers', 'keep-hyphen', 'capital after'],
    ['NAVO', 'ministers', 'keep-hyphen', 'acronym before'],
    ['PvdA', 'fractie', 'keep-hyphen', 'party name before'],
    ['2021', '2027', 'keep-hyphen', 'digits'],
    ['501', '28', 'keep-hyphen', 'dossier suffix'],
    ['COVID', '19', 'keep-hyphen', 'digit after'],
    ['F35', 'toestellen', 'keep-hyphen', 'digit in the word before'],
    ['e', 'mail', 'keep-hyphen', 'one letter before'],
    ['defensie', 'uitgaven', 'keep-hyphen', 'NAVO: vowel clash e-u'],
    ['zee', 'eend', 'keep-hyphen', 'vowel clash e-e'],
    ['auto', 'industrie', 'keep-hyphen', 'vowel clash o-i'],
    ['ide', 'aal', 'join', 'e-a is no clash: ideaal'],
    ['re', 'actie', 'join', 'e-a is no clash: reactie'],
    ['vice', 'premier', 'keep-hyphen', 'prefix with a hyphen'],
    ['kennis', 'en', 'keep-space', 'suspended compound'],
    ['land', 'of', 'keep-space', 'suspended compound'],
    ['zes', 'tot', 'keep-space', 'suspended compound'],
    ['kennis', 'enquête', 'join', 'a word that only starts with en'],
    ['', 'gisch', 'keep', 'nothing before'],
    ['Strate', '', 'keep', 'nothing after'],
  ];
  it.each(cases)('%s + %s → %s (%s)', (before, after, decision) => {
    expect(classifyLineEndHyphen(before, after)).toBe(decision);
  });
});

import { describe, expect, it } from 'vitest';
import { capitalsAndLowerCase } from '../../../src/core/acronyms';
import { builtinGlossary } from '../../../src/core/acronyms/builtin-glossary';
import {
  containsWord,
  countCapitals,
  createGlossary,
  fewCapitalSpellings,
  hintFinder,
} from '../../../src/core/acronyms/glossary';
import { candidatePattern } from '../../../src/core/acronyms/candidates';
import { isLatin1Capital, isLatin1Lower } from '../../../src/core/acronyms/known';
import { headingChecker, isPaperLetter } from '../../../src/core/acronyms/headings';
import { findAcronymTokens } from '../../../src/core/acronyms/tokens';

/**
 * The finder's fast paths look only where acronyms can be; these tests hold each shortcut to the
 * full rule it stands in for, on real text shapes.
 */
const glossary = builtinGlossary;
const known = (a: string) => glossary.has(a);
const few = fewCapitalSpellings(glossary);

describe('fewCapitalSpellings', () => {
  it('lists the built-in spellings with fewer than two capitals, as written and upper-cased', () => {
    expect(few).toEqual(expect.arrayContaining(['bbp', 'Woo', 'D66', 'Covid-19']));
    expect(few).not.toContain('NAVO');
    expect(few).not.toContain('IenW');
  });

  it('knows nothing of a glossary made elsewhere, whose `has` may accept anything', () => {
    expect(fewCapitalSpellings({ ...glossary })).toBeNull();
  });

  it.each([
    ['x', ['x', 'X']],
    ['Éa', ['Éa']],
    ['ÉCU', []],
  ])('%s → %j', (abbr, expected) => {
    const g = createGlossary([{ abbr, expansion: 'iets', category: 'other', lang: 'nl' }]);
    expect(fewCapitalSpellings(g)).toEqual(expected);
  });

  it.each([
    ['bbp', 0],
    ['Woo', 1],
    ['IenW', 2],
    ['ÉCU', 3],
    ['𝐀𝐁', 2],
  ])('countCapitals(%s) = %i', (s, n) => {
    expect(countCapitals(s)).toBe(n);
  });
});

describe('candidatePattern: every word that can hold an acronym matches', () => {
  const pattern = candidatePattern(few ?? []);
  const matches = (text: string) => {
    pattern.lastIndex = 0;
    return [...text.matchAll(pattern)].map((m) => m[0]);
  };
  const cases: [rule: string, text: string, expected: string[]][] = [
    ['plain words: nothing', 'de minister heeft het besloten', []],
    ['title case: nothing', 'Het kabinet. Daarom de Minister', []],
    ['two capitals', 'de NAVO en IenW', ['NA', 'VO', 'IenW']],
    ['capitals across a hyphen', 'de Staten-Generaal', ['Staten-G']],
    ['a known lower-case word', 'het bbp en sms-berichten', ['bbp', 'sms']],
    ['a known word after an underscore', 'bestand_bbp', ['_bbp']],
    ['known title case in a compound', 'een Woo-verzoek', ['Woo']],
    ['not inside a longer word', 'het bbpx en xbbp', []],
    // Tried at capitals like the two-capital branch, so without a word-start test: a false alarm.
    ['known title case at any capital', 'deWoo en Woox', ['Woo']],
    ['non-ASCII capitals', 'de ÉCU', ['ÉC']],
    ['typographic quotes are no capitals', '‘de’ – €', []],
  ];
  it.each(cases)('%s', (_rule, text, expected) => {
    expect(matches(text)).toEqual(expected);
  });
});

describe('findAcronymTokens: the fast scan finds what the full scan finds', () => {
  const cases: [rule: string, text: string][] = [
    ['running text', 'De NAVO en de EU, het bbp en de Woo-verzoeken van IenW.'],
    ['possessives and plurals', "de BO’s, GGD’en, VVD’ers en NGOs; NABO's"],
    ['compounds', 'I-MDO, STRAIIK-D, SARS-CoV-2, COVID-19, BNC-fiche, D-SII, CAF-11.3, NAVO-Top'],
    ['connectors', 'S&D, I&W, SDE++, A+B, x&EU, EU-+NAVO'],
    ['headings', 'BRIEF VAN DE MINISTER VAN DEFENSIE\nXYZ ABC DEF; GHI JKL\nEU VN NAVO'],
    ['paper letters', '32 813 Kabinetsaanpak\n\nAO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n  B  NOTA'],
    ['non-ASCII', 'de ÉCU, ÖVP, «NAVO», 𝐀𝐁𝐂 en ǅx'],
    ['underscores and digits', 'bestand_bbp, EU2, D66, G20, A27, CO2'],
    ['long tokens', `${'AB-'.repeat(40)}AB en de NAVO`],
  ];
  it.each(cases)('%s', (_rule, text) => {
    expect(findAcronymTokens(text, known, few)).toEqual(findAcronymTokens(text, known));
  });
});

describe('headingChecker', () => {
  // Each row: text, the word asked about, is it inside a heading run?
  const cases: [text: string, word: string, heading: boolean][] = [
    ['Nr. 554 BRIEF VAN DE MINISTER VAN DEFENSIE\nAan', 'DE', true],
    ['BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID', 'VISSERIJ', true],
    ['de EU VN NAVO samen', 'VN', false], // all known
    ['de XYZ ABC en meer', 'XYZ', false], // two words only
    ['XYZ:\nABC DEF', 'ABC', false], // a line break ends the run
    ['XYZ ABC: DEF GHI', 'DEF', false], // a colon closes the run before it
    ['XYZ ABC, DEF GHI', 'GHI', true], // a comma does not
    ['XYZ ABC DEF: GHI', 'DEF', true],
    ['XYZ ABC DEF: GHI', 'GHI', false],
    ['ÉÉN ÖVP ÜBER', 'ÖVP', true],
  ];
  it.each(cases)('%j: %s → %s', (text, word, heading) => {
    const inHeading = headingChecker(text, (w) => ['EU', 'VN', 'NAVO'].includes(w));
    expect(inHeading(text.indexOf(word))).toBe(heading);
  });
});

describe('isPaperLetter', () => {
  const cases: [text: string, letters: string, expected: boolean][] = [
    ['32 813 Kabinetsaanpak\n\nAO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG', 'AO', true],
    ['B HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE', 'B', true],
    ['x\n  C\tMEMORIE VAN ANTWOORD', 'C', true],
    ['U heeft daarop het AO VERSLAG genoemd', 'AO', false], // not the line's first word
    ['\nAO verplaatst', 'AO', false],
  ];
  it.each(cases)('%j', (text, letters, expected) => {
    expect(isPaperLetter(text, text.indexOf(letters))).toBe(expected);
  });
});

describe('capitalsAndLowerCase', () => {
  it.each([
    ['IenW', [2, 2]],
    ['PvdA', [2, 2]],
    ['ÉCU', [3, 0]],
    ['𝐀b', [2, 1]], // UTF-16 units, as the pattern-based count gave
    ['S&D', [2, 0]],
    ['Hübner', [1, 5]], // Latin-1 counted by code
    ['calorieën', [0, 9]],
    ['ÆØ×÷µ', [2, 1]], // × and ÷ are no letters, µ is lower case
    ['Şahin', [1, 4]], // from U+0100 on, the Unicode properties decide
  ])('%s → %j', (s, expected) => {
    expect(capitalsAndLowerCase(s)).toEqual(expected);
  });

  it('counts every code unit below U+0100 as \\p{Lu} and \\p{Ll} do', () => {
    for (let c = 0; c < 0x100; c++) {
      const ch = String.fromCharCode(c);
      expect([c, isLatin1Capital(c)]).toEqual([c, /\p{Lu}/u.test(ch)]);
      expect([c, isLatin1Lower(c)]).toEqual([c, /\p{Ll}/u.test(ch)]);
    }
  });
});

describe('hintFinder answers as containsWord on the lower-cased text', () => {
  const cases: [text: string, needle: string][] = [
    ['KBA Nijmegen en het Onderzoeksbureau', 'nijmegen'],
    ['KBA NIJMEGEN', 'nijmegen'],
    ['de Nijmegenaren', 'nijmegen'],
    ['x aaa y', 'aa'],
    ['beroeps-onderwijs (Arbeidsmarkt)', 'arbeidsmarkt'],
    ['İstanbul nijmegen', 'nijmegen'], // İ lower-cases to two units: falls back to lower-casing
    ['\u212Aba', 'kba'], // the Kelvin sign lower-cases to k
    ['ÉCOLE de', 'école'],
    ['', 'x'],
    ['iets', ''],
  ];
  it.each(cases)('%j, %j', (text, needle) => {
    expect(hintFinder(text)(needle)).toBe(containsWord(text.toLowerCase(), needle));
  });

  // The hints expected are found in one scan for all; the answers stay those of one search per hint.
  const words = [
    'nijmegen',
    'aa',
    'aaa',
    'arbeidsmarkt',
    'kba',
    'école',
    'onderzoeksbureau',
    'onderzoeksbureaus',
  ];
  it.each(cases)('%j with every hint expected at once', (text) => {
    const find = hintFinder(text, words);
    for (const word of words)
      expect([word, find(word)]).toEqual([word, containsWord(text.toLowerCase(), word)]);
  });

  it.each([
    // A hint inside a longer one at the same place, and again alone later.
    ['de onderzoeksbureaus en het onderzoeksbureau', ['onderzoeksbureau', 'onderzoeksbureaus'], [true, true]],
    ['de onderzoeksbureaus', ['onderzoeksbureau', 'onderzoeksbureaus'], [false, true]],
    // Overlapping places: `aa` is a word only at the end.
    ['aaa aa', ['aa', 'aaa'], [true, true]],
    ['aaaa', ['aa', 'aaa'], [false, false]],
    // After an underscore, which is no letter or digit.
    ['_nijmegen_', ['nijmegen'], [true]],
    ['x_nijmegen en_kba', ['nijmegen', 'kba', 'aa'], [true, true, false]],
    // A hint that starts with a sign is found as well (without the word-start shortcut).
    ['de (c) en', ['(c)', 'de'], [true, true]],
    // Signs in a hint are no pattern: `g.b.` is not `gxbx`.
    ['zie gxbx en (c+)', ['g.b.', 'c+'], [false, true]],
  ] as [string, string[], boolean[]][])('%j: %j', (text, needles, expected) => {
    const find = hintFinder(text, needles);
    expect(needles.map((n) => find(n))).toEqual(expected);
    expect(needles.map((n) => containsWord(text.toLowerCase(), n))).toEqual(expected);
  });
});

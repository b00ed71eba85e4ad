import { describe, expect, it } from 'vitest';
import { TOKEN, TokenReader } from '../../../src/core/acronyms/token-reader';

/** The tokens of `text` as TOKEN's own scan finds them. */
function byPattern(text: string): string[] {
  // A copy: matchAll would start where the reader left TOKEN's lastIndex.
  return [...text.matchAll(new RegExp(TOKEN))].map((m) => m[0]);
}

/** The tokens of `text` as the reader finds them, reading on from each token's end. */
function byReader(text: string): string[] {
  const reader = new TokenReader(text);
  const out: string[] = [];
  for (let at = 0; reader.next(at); at = reader.end) out.push(text.slice(reader.start, reader.end));
  return out;
}

describe('TokenReader reads the tokens TOKEN matches', () => {
  // Each row: what the row is about, real text shapes, the tokens.
  const cases: [rule: string, text: string, tokens: string[]][] = [
    ['plain words', 'de NAVO en de EU', ['de', 'NAVO', 'en', 'de', 'EU']],
    [
      'hyphens join words',
      'NAVO-Top, SARS-CoV-2 en CAF-11.3',
      ['NAVO-Top', 'SARS-CoV-2', 'en', 'CAF-11', '3'],
    ],
    ['a hyphen before no word ends it', 'NAVO- en EU--landen', ['NAVO', 'en', 'EU', 'landen']],
    ['ampersands join words', 'S&D, I&W en A&&B', ['S&D', 'I&W', 'en', 'A', 'B']],
    ['trailing plus signs stay', 'SDE++ en A+B', ['SDE++', 'en', 'A', 'B']],
    [
      'possessive and plural endings',
      "NABO's, BO’s, GGD'en, VVD'ers, x'er",
      ["NABO's", 'BO’s', "GGD'en", "VVD'ers", "x'er"],
    ],
    ['an ending before a letter is none', "BO'sx en BO'erst", ['BO', 'sx', 'en', 'BO', 'erst']],
    ['typographic punctuation ends words', '“NAVO”, EU–VS en €5 ’s', ['NAVO', 'EU', 'VS', 'en', '5', 's']],
    [
      'non-ASCII letters go to the pattern',
      'de ÉCU, Bosnië-Herzegovina en ÖVP',
      ['de', 'ÉCU', 'Bosnië-Herzegovina', 'en', 'ÖVP'],
    ],
    ['non-ASCII after a joiner', 'EU-Élysée, A&É, SDE+é, BO’é', ['EU-Élysée', 'A&É', 'SDE', 'é', 'BO', 'é']],
    ['astral letters and digits', '𝐀𝐁 x𝟏 en ²', ['𝐀𝐁', 'x𝟏', 'en', '²']],
    ['at the end of the text', 'EU-', ['EU']],
    ['a plus at the end', 'SDE+', ['SDE+']],
    ['no tokens', ' – ; ', []],
  ];
  it.each(cases)('%s', (_rule, text, tokens) => {
    expect(byPattern(text)).toEqual(tokens);
    expect(byReader(text)).toEqual(tokens);
  });

  it.each(['AB#CD', 'AB-#', 'AB&#', 'AB+#', "AB's#", 'AB’s#', '#AB', 'A#'])(
    'agrees with TOKEN for every UTF-16 unit # in %s',
    (shape) => {
      const units: string[] = [];
      for (let c = 0x80; c <= 0xffff; c++) units.push(shape.replace('#', String.fromCharCode(c)));
      const text = units.join(' ');
      expect(byReader(text)).toEqual(byPattern(text));
    },
  );

  it('reads on from a place after a character no token contains', () => {
    const text = 'de EU-landen (NAVO)';
    const reader = new TokenReader(text);
    expect(reader.next(text.indexOf('(') + 1)).toBe(true);
    expect(text.slice(reader.start, reader.end)).toBe('NAVO');
    expect(reader.next(reader.end)).toBe(false);
  });
});

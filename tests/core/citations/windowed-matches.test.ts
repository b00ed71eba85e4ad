import { describe, expect, it } from 'vitest';
import { WindowedMatcher, hintPositions } from '../../../src/core/citations/windowed-matches';

/** What a global regex finds, and what the windowed matcher finds, as [index, text] pairs. */
function both(text: string, source: string, flags: string, hint: RegExp, from: number, to: number) {
  const global = new RegExp(source, `${flags}g`);
  const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
  const matcher = new WindowedMatcher(
    text,
    hintPositions(text, hint),
    new RegExp(source, `${flags}y`),
    from,
    to,
  );
  const found: (string | number)[][] = [];
  for (let m = matcher.exec(); m; m = matcher.exec()) found.push([m.index, m[0]]);
  return { expected, found };
}

const NAMED = String.raw`\b(?:voornoemde|voormelde|(?:boven|eerder ?|hiervoor ?)?genoemde)\s{1,4}(?:[Kk]amer)?brief\b`;
const HANDELINGEN = String.raw`\b(?:(Aanhangsel)\s{1,4}(?:(?:van|bij)\s{1,4}de\s{1,4})?)?Handelingen\b`;

describe('WindowedMatcher', () => {
  it.each([
    [
      'named letters, prefixes at the far end of the window',
      'In de hiervoor genoemde brief en de bovengenoemde Kamerbrief.',
      NAMED,
      'i',
      /noemde|melde/gi,
      -11,
      -2,
    ],
    [
      'named letters, upper case and back to back',
      'VOORNOEMDE BRIEF voormelde brief genoemde brief',
      NAMED,
      'i',
      /noemde|melde/gi,
      -11,
      -2,
    ],
    ['a hint without a match', 'de genoemde maatregel', NAMED, 'i', /noemde|melde/gi, -11, -2],
    [
      'Aanhangsel before Handelingen',
      'Aanhangsel van de Handelingen II en Handelingen I; Aanhangsel Handelingen',
      HANDELINGEN,
      '',
      /Handelingen/g,
      -27,
      0,
    ],
    [
      'publication anchors',
      'Stcrt. 2022, 1 en Stb 2021 en Staatsblad en Stukken',
      String.raw`\b(Stcrt|Staatscourant|Stb|Staatsblad)\b\.?`,
      '',
      /St/g,
      0,
      0,
    ],
  ])('finds what the global regex finds: %s', (_name, text, source, flags, hint, from, to) => {
    const { expected, found } = both(text, source, flags, hint, from, to);
    expect(found).toEqual(expected);
  });

  it.each([
    [
      'Aanhangsel before Handelingen',
      'Aanhangsel van de Handelingen II en Handelingen I; Aanhangsel Handelingen',
    ],
    ['prose around the anchors', 'Zie ook de Handelingen. Aanhangsel  bij de\nHandelingen, AHA Handelingen'],
    ['no anchor word', 'Aan de Voorzitter van de Tweede Kamer'],
  ])('with first code units, still finds what the global regex finds: %s', (_name, text) => {
    const expected = [...text.matchAll(new RegExp(HANDELINGEN, 'g'))].map((m) => [m.index, m[0]]);
    const matcher = new WindowedMatcher(
      text,
      hintPositions(text, /Handelingen/g),
      new RegExp(HANDELINGEN, 'y'),
      -27,
      0,
      'AH',
    );
    const found: (string | number)[][] = [];
    for (let m = matcher.exec(); m; m = matcher.exec()) found.push([m.index, m[0]]);
    expect(found).toEqual(expected);
  });

  it('skipTo resumes after a parsed citation, as raising lastIndex does', () => {
    const text = 'Handelingen II, Handelingen I, Handelingen';
    const matcher = new WindowedMatcher(
      text,
      hintPositions(text, /Handelingen/g),
      new RegExp(HANDELINGEN, 'y'),
      -27,
      0,
    );
    expect(matcher.exec()?.index).toBe(0);
    matcher.skipTo(20);
    expect(matcher.exec()?.index).toBe(31);
    expect(matcher.exec()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { endsWithFunctionWord, splitLines, startsLower, startsUpper } from '../../../src/core/outline/lines';

describe('splitLines', () => {
  it.each([
    ['Kop\n\n  Tekst  \n', ['Kop', '', 'Tekst', '']],
    ['\u00a0Kop met nbsp\u00a0\n\u2003\t\n', ['Kop met nbsp', '', '']],
    ['regel\r\nvolgende', ['regel', 'volgende']],
    ['', ['']],
  ])('%j', (text, texts) => {
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(texts);
    for (const l of lines) {
      const raw = text.slice(l.start, l.end);
      // The same as trimming the line: content starts where trimStart stops.
      expect(l.text).toBe(raw.trim());
      expect(l.contentStart).toBe(l.start + raw.length - raw.trimStart().length);
    }
  });
});

describe('startsUpper / startsLower', () => {
  it.each([
    ['Oekraïne', true, false],
    ['oekraïne', false, true],
    ['Élan', true, false],
    ['ëxtra', false, true],
    ['1. Inleiding', false, false],
    ['• item', false, false],
    ['', false, false],
    ['\u{1D400}bold', true, false],
  ])('%j', (text, upper, lower) => {
    expect(startsUpper(text)).toBe(upper);
    expect(startsLower(text)).toBe(lower);
  });
});

describe('endsWithFunctionWord', () => {
  it.each([
    // navo fixture: a wrapped sentence.
    ['Tijdens het diner spreken bondgenoten met de Oekraïense Minister van', true],
    // letters/2620-justitie-1996-ministeriele-verantwoordelijkheid-om.txt: `OM` is the Openbaar Ministerie.
    ['2. De ministeriële verantwoordelijkheid en het OM', false],
    // letters/878-jenv-2025-verslag-formele-jbz-raad-december.txt: a line in capitals wraps after `VAN`.
    ['Nr. 987 BRIEF VAN DE MINISTERS VAN JUSTITIE EN VEILIGHEID EN VAN BUITENLANDSE ZAKEN EN VAN', true],
    ['Stand van zaken', false],
  ])('%j', (text, expected) => {
    expect(endsWithFunctionWord(text)).toBe(expected);
  });
});

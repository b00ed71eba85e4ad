import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSignature, senderFromHeader } from '../../../src/core/detect/sender';

describe('senderFromHeader', () => {
  it.each([
    ['BRIEF VAN DE MINISTER VAN DEFENSIE', 'De Minister van Defensie'],
    [
      'BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT',
      'De Minister van Volksgezondheid, Welzijn en Sport',
    ],
    [
      'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
      'De Minister van Binnenlandse Zaken en Koninkrijksrelaties',
    ],
    ['BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN', 'De Staatssecretaris van Financiën'],
    [
      'BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN',
      'De Minister-President, Minister van Algemene Zaken',
    ],
    [
      'BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE',
      'De Minister en Staatssecretaris van Defensie',
    ],
    [
      'BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR',
      'De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur',
    ],
    ['BRIEF VAN DE ALGEMENE REKENKAMER', 'De Algemene Rekenkamer'],
    ['BRIEF VAN DE VASTE COMMISSIE VOOR DEFENSIE', 'De vaste commissie voor Defensie'],
  ])('%s → %s', (line, sender) => {
    expect(senderFromHeader(line)).toBe(sender);
  });
});

describe('findSignature', () => {
  it('finds the closing block of the NAVO letter (PDF text, trailing spaces)', () => {
    const text = readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8');
    const sig = findSignature(text);
    expect(sig?.sender).toBe('De Minister van Defensie');
    expect(text.slice(sig?.span.start, sig?.span.end)).toBe('De Minister van Defensie, \nK.H. Ollongren');
  });

  it('keeps the first office of a joint signature', () => {
    const text =
      'Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.\n\n' +
      'De Minister van Buitenlandse Zaken,\nS.A. Blok\n\n' +
      'De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\nS.A.M. Kaag\n';
    const sig = findSignature(text);
    expect(sig?.sender).toBe('De Minister van Buitenlandse Zaken');
    expect(text.slice(sig?.span.start, sig?.span.end)).toMatch(
      /^De Minister van Buitenlandse Zaken,[\s\S]*Kaag$/,
    );
  });

  it('reads a one-line signature', () => {
    expect(findSignature('Tot zover.\nDe Staatssecretaris van Financiën, A.C. van Huffelen')?.sender).toBe(
      'De Staatssecretaris van Financiën',
    );
  });

  it.each([
    // The opening of a Staatscourant regulation (letter corpus 17): no name follows the office.
    'De Minister van Financiën en de Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\nGelet op artikel 13, negende lid, van de Wet bekostiging financieel toezicht;\n\nBESLUITEN:',
    // Prose that mentions a minister.
    'De Minister van Defensie heeft samen met\nNederland en de EU besloten de missie te verlengen.',
    '',
  ])('finds no signature in %j', (text) => {
    expect(findSignature(text)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSignature } from '../../../src/core/detect/signature';

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
    // The head of answers lists the offices answering with the minister (1597): no one-line signature.
    'Antwoord van Minister Van Engelshoven (Onderwijs, Cultuur en Wetenschap), mede namens\nde Ministers van Buitenlandse Zaken, van Defensie, van Justitie en Veiligheid en de\nStaatssecretaris van Economische Zaken en Klimaat (ingezonden 3 mei 2021).',
    // Prose that mentions a minister.
    'De Minister van Defensie heeft samen met\nNederland en de EU besloten de missie te verlengen.',
    '',
  ])('finds no signature in %j', (text) => {
    expect(findSignature(text)).toBeNull();
  });
});

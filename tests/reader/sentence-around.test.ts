import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/reader/sentence-around';

// The NAVO letter as its page reads (tests/fixtures/pages/obk-kst-navo.html): a paragraph a line.
const NAVO = [
  'Oekraïne',
  'Het kabinet heeft in juni 2022 aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022). Het kabinet onderzoekt nu de wenselijkheid en mogelijkheid van bijdrage met een militaire eenheid aan NMI.',
  'Daarnaast wordt gesproken over het belang van EUFOR Althea, de EU-missie in Bosnië-Herzegovina. Nederland ziet graag dat het VN-mandaat voor Althea, dat op 3 november van dit jaar verloopt, wordt verlengd. Het kabinet zet in op intensievere samenwerking met en ondersteuning van landen op de Westelijke Balkan.',
  'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen. Wat zal er besproken worden? De agenda volgt.',
  'De Minister van Defensie, K.H. Ollongren',
].join('\n');

describe('sentenceAround', () => {
  it.each([
    [
      'a sentence between two others',
      '3 november',
      'Nederland ziet graag dat het VN-mandaat voor Althea, dat op 3 november van dit jaar verloopt, wordt verlengd.',
    ],
    [
      'past abbreviations before numbers (nr. 446, d.d. 17 juni) to the sentence end after a bracket',
      '17 juni',
      'Het kabinet heeft in juni 2022 aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022).',
    ],
    [
      'the first sentence of a paragraph, up to its full stop',
      '12 en 13 oktober',
      'Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen.',
    ],
    ['a question', 'besproken', 'Wat zal er besproken worden?'],
    ['a line without a full stop (a heading)', 'Oekraïne', 'Oekraïne'],
    ['initials inside a line', 'Ollongren', 'De Minister van Defensie, K.H. Ollongren'],
  ])('%s', (_, phrase, sentence) => {
    expect(sentenceAround(NAVO, NAVO.indexOf(phrase))).toBe(sentence);
  });

  it('shows where a sentence of over 400 characters goes on, and keeps the place in it', () => {
    const long = `Eerste zin. ${'Het kabinet blijft de ontwikkelingen volgen '.repeat(10)}en informeert de Kamer op 1 mei 2023 ${'over de uitkomsten van het overleg '.repeat(10)}daarover. Volgende zin.`;
    const s = sentenceAround(long, long.indexOf('1 mei'));
    expect(s).toContain('op 1 mei 2023');
    expect(s.length).toBeLessThanOrEqual(402);
    expect(s.startsWith('…') || s.endsWith('…')).toBe(true);
  });

  it('is safe at the ends of the text and beyond them', () => {
    expect(sentenceAround('', 0)).toBe('');
    expect(sentenceAround('Kort.', -5)).toBe('Kort.');
    expect(sentenceAround('Kort.', 99)).toBe('Kort.');
  });
});

import { describe, expect, it } from 'vitest';
import { sentenceText } from '../../src/reader/sentence-text';

// A paragraph of the NAVO letter as tweedekamer.nl has it: its lines broken by `<br>`.
const TK = [
  'Het kabinet heeft in juni 2022',
  'aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent',
  'Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022). Het kabinet onderzoekt nu',
].join('\n');
const SENTENCE = { start: 0, end: TK.indexOf(' Het kabinet onderzoekt') };

describe('sentenceText', () => {
  it('gives the sentence on one line, its line breaks as spaces', () => {
    expect(sentenceText(TK, SENTENCE, TK.indexOf('juni 2022'))).toBe(
      'Het kabinet heeft in juni 2022 aangekondigd het zwaartepunt van de Nederlandse inzet in Irak te verplaatsen van Operation Inherent Resolve (OIR) naar NMI (Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022).',
    );
  });

  it('cuts a sentence of over 400 characters at whole words around the date, and shows where with …', () => {
    const long = `Het kabinet ${'blijft de ontwikkelingen volgen en '.repeat(12)}informeert de Kamer op 1 mei 2023 ${'over de uitkomsten van het overleg '.repeat(12)}daarover.`;
    const s = sentenceText(long, { start: 0, end: long.length }, long.indexOf('1 mei'));
    expect(s).toContain('informeert de Kamer op 1 mei 2023');
    expect(s).toMatch(/^…[a-z]+ .* [a-z]+…$/);
    expect(s.length).toBeLessThanOrEqual(402);
    const words = new Set(long.split(' '));
    for (const w of s.replace(/…/g, '').split(' ')) expect(words.has(w), w).toBe(true);
  });

  it('stays within the text for a span beyond it', () => {
    expect(sentenceText('Kort.', { start: -3, end: 99 }, 0)).toBe('Kort.');
    expect(sentenceText('', { start: 0, end: 0 }, 0)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { splitAtHeadings } from '../../../src/core/timeline/heading-sentences';
import type { Span } from '../../../src/core/types';

/** The sentences of `text` (given as their texts, in order) cut at the heading lines given as their texts. */
function split(text: string, sentences: string[], headings: string[]): string[] {
  const spans: Span[] = sentences.map((s) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  });
  const lines = new Map(headings.map((h) => [text.indexOf(h), text.indexOf(h) + h.length]));
  return splitAtHeadings(text, spans, lines).map((s) => text.slice(s.start, s.end));
}

describe('splitAtHeadings', () => {
  // From letter 1720: the heading `Geannoteerde agenda …` and the first line of the text below it, one sentence.
  const text =
    'Hierbij bied ik u de geannoteerde agenda aan.\nGeannoteerde agenda van de Raad Algemene Zaken 17 november 2025\nOp maandag 17 november a.s. vindt in Brussel de Raad Algemene Zaken (RAZ) plaats.';
  const joined =
    'Geannoteerde agenda van de Raad Algemene Zaken 17 november 2025\nOp maandag 17 november a.s. vindt in Brussel de Raad Algemene Zaken (RAZ) plaats.';

  it('ends a sentence where a heading inside it ends (1720)', () =>
    expect(
      split(
        text,
        ['Hierbij bied ik u de geannoteerde agenda aan.', joined],
        ['Geannoteerde agenda van de Raad Algemene Zaken 17 november 2025'],
      ),
    ).toEqual([
      'Hierbij bied ik u de geannoteerde agenda aan.',
      'Geannoteerde agenda van de Raad Algemene Zaken 17 november 2025',
      'Op maandag 17 november a.s. vindt in Brussel de Raad Algemene Zaken (RAZ) plaats.',
    ]));

  it('ends a sentence where a heading starts inside it, and after the heading', () => {
    const run = 'Het kabinet stuurt u de agenda\nVerslag\nDe Raad vergaderde.';
    expect(split(run, [run], ['Verslag'])).toEqual([
      'Het kabinet stuurt u de agenda',
      'Verslag',
      'De Raad vergaderde.',
    ]);
  });

  it('leaves sentences without a heading inside them as they are, and with no headings at all', () => {
    const sentences = ['Hierbij bied ik u de geannoteerde agenda aan.', joined];
    expect(split(text, sentences, [])).toEqual(sentences);
    expect(
      split(text, ['Hierbij bied ik u de geannoteerde agenda aan.'], ['Op maandag 17 november']),
    ).toEqual(['Hierbij bied ik u de geannoteerde agenda aan.']);
  });

  it('leaves a sentence that is the heading whole', () => {
    const heading = 'Geannoteerde agenda van de Raad Algemene Zaken 17 november 2025';
    expect(split(text, [heading], [heading])).toEqual([heading]);
  });
});

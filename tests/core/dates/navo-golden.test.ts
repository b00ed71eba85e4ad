import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { NAVO_LETTER_DATE, navoText } from './letters';

/** The NAVO letter of 30 September 2022 (PDF text: hyphenation, a footnote, typos) and all its dates. */
describe('findDates: golden NAVO letter', () => {
  const original = navoText();
  const found = findDates(normalizeText(original), NAVO_LETTER_DATE);
  const rows = found.map((d) => [d.text.replace(/\s+/g, ' '), d.iso, d.endIso, d.precision]);

  it('finds every date with its ISO value, range end and precision, in text order', () => {
    expect(rows).toEqual([
      ['30 september 2022', '2022-09-30', null, 'day'],
      ['12 en 13 oktober', '2022-10-12', '2022-10-13', 'day'],
      ['29 en 30 juni 2022', '2022-06-29', '2022-06-30', 'day'],
      ['22 september', '2022-09-22', null, 'day'],
      ['29 september', '2022-09-29', null, 'day'],
      ['Begin 2023', '2023-01', null, 'approximate'],
      ['juni 2022', '2022-06', null, 'month'],
      ['17 juni 2022', '2022-06-17', null, 'day'],
      ['3 november van dit jaar', '2022-11-03', null, 'day'],
      ['november 2022', '2022-11', null, 'month'],
      ['17 juni 2022', '2022-06-17', null, 'day'],
    ]);
  });

  it('points every finding at its literal text in the original', () => {
    for (const d of found) expect(original.slice(d.start, d.end)).toBe(d.text);
  });

  it('leaves the title years alone (Defensie Industrie Strategie (2018), Political Guidance 2023)', () => {
    expect(found.map((d) => d.iso)).not.toContain('2018');
    expect(found.map((d) => d.iso)).not.toContain('2023');
  });
});

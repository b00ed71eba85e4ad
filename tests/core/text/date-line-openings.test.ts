import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/core/detect/detect';
import { findHead } from '../../../src/core/outline/head';
import { splitLines } from '../../../src/core/outline/lines';
import { isDayAloneLine } from '../../../src/core/text/date-line-openings';
import { normalizeText } from '../../../src/core/text/normalize';

describe('isDayAloneLine: a line of only a day (the date line below a kind line, 1750)', () => {
  it.each([
    ['8 december 1995', true],
    ['8 december 1995.', true],
    ['  8 december 1995 ', true],
    // A footnote marker glued to the year, as on PDF pages.
    ['8 december 19951', true],
    ['12 sept. 1996', true],
    ['8 December 1995', true],
    // Not a month: the outline used to take any lower-case word here, the detector never did.
    ['8 stukken 1995', false],
    ['8 december', false],
    ['8 december 1995 is het overleg verslagen.', false],
    ['Den Haag, 8 december 1995', false],
  ])('%j → %s', (line, expected) => {
    expect(isDayAloneLine(line)).toBe(expected);
  });
});

describe('the detector and the outline take the same day line for the end of the head', () => {
  const text = [
    '19 637',
    'Vluchtelingenbeleid',
    '',
    'nr. 148',
    'VERSLAG VAN EEN ALGEMEEN OVERLEG',
    '',
    '8 december 1995',
    '',
    'De vaste commissie voor Justitie heeft op 6 december 1995 overleg gevoerd.',
  ].join('\n');

  it.each([
    ['a day', '8 december 1995', '1995-12-08'],
    ['not a month', '8 stukken 1995', null],
  ])('%s below the kind line', (_, line, letterDate) => {
    const t = text.replace('8 december 1995', line);
    expect(detectDocument(normalizeText(t)).document.letterDate).toBe(letterDate);
    // The outline's own head finder (used without the detector's parts) ends the head at that line only when the
    // detector dates the paper by it; else the head is the run of head lines at the top.
    const head = findHead(splitLines(t));
    expect(head?.end === t.indexOf(line) + line.length).toBe(letterDate !== null);
  });
});

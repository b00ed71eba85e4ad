import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/core/detect/detect';
import { normalizeText } from '../../../src/core/text/normalize';

const LETTERS = 'tests/fixtures/letters/letters/';
const FILES = readdirSync(LETTERS);

/** A corpus letter's text without its `URL:` line: what the CLI reads from a bare text file. */
function letter(id: number): string {
  const file = FILES.find((f) => f.startsWith(`${id}-`));
  if (!file) throw new Error(`no letter ${id}`);
  return readFileSync(LETTERS + file, 'utf8').replace(/^URL: [^\n]*\n\n?/, '');
}

/** A letter's text with one passage replaced; the passage must be there. */
function edited(id: number, from: string, to: string): string {
  const text = letter(id);
  if (!text.includes(from)) throw new Error(`letter ${id} has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const numberOf = (text: string) => detectDocument(normalizeText(text)).document.number;

describe('a footnote marker glued to the number line, without an address', () => {
  // [rule (letter), text, the number the text prints, the paper's number as its address and gold say].
  it.each([
    [
      'note 1 alone at the foot (`I.v.m. wijziging in motiekop`), no marker in the body (1396)',
      letter(1396),
      'nr. 41',
      '4',
    ],
    [
      'note 1 alone at the foot (`I.v.m. herziening van de ondertekening`), no marker in the body (794)',
      letter(794),
      'nr. 151',
      '15',
    ],
    ['the first marker in the text is note 2, `Wetenschappen2` (2611)', letter(2611), 'nr. 51', '5'],
  ])('drops it: %s', (_rule, text, printed, number) => {
    expect(text).toContain(`\n${printed}\n`);
    expect(numberOf(text)).toBe(number);
  });

  // Real papers whose number ends in 1, and real texts edited so that the 1 could be a note elsewhere.
  it.each([
    ['paper 41, no note in the text at all (2116)', letter(2116), '41'],
    ['paper 41, its note 1 on the committee below, `Binnenlandse Zaken1` (1210)', letter(1210), '41'],
    ['paper 151, its note 1 in the body, `Wereldoorlog1` (1252)', letter(1252), '151'],
    ['paper 191, note 1 glued to a year, `generatie in 20401` (2870)', letter(2870), '191'],
    [
      'paper 341: the first marker taken is note 2, `Cito2`, but `van DUO1` stands before it (2694)',
      letter(2694),
      '341',
    ],
    [
      '1396 with a second note at the foot: notes the body shows no marker of',
      `${letter(1396)}\n\nXNoot\n2\n\nSamenstelling.\n`,
      '41',
    ],
    [
      '2611 with a day ending in 1 before note 2: it may hide note 1',
      edited(2611, 'Vastgesteld 18 maart 2003', 'Vastgesteld 21 maart 2003'),
      '51',
    ],
    [
      '1396 with a 1 glued to its kind line, a marker the normalizer does not take',
      edited(1396, 'MOTIE VAN HET LID MIDDEL C.S.', 'MOTIE VAN HET LID MIDDEL C.S.1'),
      '41',
    ],
    [
      '2611 whose note 2 stands above the number line: note 1 does too',
      edited(2611, 'Wetenschappen2', 'Wetenschappen').replace('herziening WEB)', 'herziening WEB)2'),
      '51',
    ],
  ])('keeps it: %s', (_rule, text, number) => {
    expect(numberOf(text)).toBe(number);
  });

  it('the page of paper 41 keeps 41 whatever the text says: its address names it (1210)', () => {
    const text = edited(1210, 'Binnenlandse Zaken1', 'Binnenlandse Zaken');
    const url = 'https://zoek.officielebekendmakingen.nl/kst-28750-41.html';
    expect(detectDocument(normalizeText(text), { url }).document.number).toBe('41');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize';
import { mulberry32 as prng } from '../../helpers/prng';

/** Pieces the random strings are made of: plain text, the characters normalization touches, and rule triggers. */
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZëéïü0123456789'.split(''),
  ..." \n\r\t-–.,;:?!()«»“”’'/".split(''),
  '\u00a0',
  '\u2007',
  '\u202f',
  '\u2009',
  '\u200a',
  '\u3000',
  '\u2028',
  '\f',
  '\u0007',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2010',
  '\u2011',
  '\ufb00',
  '\ufb01',
  '\ufb02',
  '\ufb03',
  '\ufb04',
  '\ufb05',
  '\ufb06',
  '¹',
  '²',
  '³',
  '⁴',
  '\ud83d',
  '\ude00', // superscripts and lone surrogate halves
  'en',
  'of',
  'tot',
  'NAVO',
  'december',
  'dec.',
  '2021',
  '2025',
  'nr.',
  'm',
  'CAF-11',
  'Strate-\ngisch',
  '-\n',
  '- \r\n ',
  '\u00ad\n',
  '.1 ',
  '1,\n2 ',
  'kansrijk»1,',
  'staat3,',
  '.1Ik',
];

function randomString(next: () => number): string {
  const length = Math.floor(next() * 40);
  let s = '';
  for (let k = 0; k < length; k++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

/** What an original character may turn into (besides itself). */
function normalizedForms(ch: string): string {
  const ligatures: Record<string, string> = {
    '\ufb00': 'ff',
    '\ufb01': 'fi',
    '\ufb02': 'fl',
    '\ufb03': 'ffi',
    '\ufb04': 'ffl',
    '\ufb05': 'st',
    '\ufb06': 'st',
  };
  if (ligatures[ch]) return ligatures[ch];
  if ('\u00a0\u2007\u202f\u2009\u200a\u3000\t'.includes(ch)) return ' ';
  if ('\r\f\u2028'.includes(ch)) return '\n';
  if ('\u2010\u2011'.includes(ch)) return '-';
  return ch;
}

/** Characters normalization may remove: invisible ones, line-end hyphenation, and marker digits. */
const REMOVABLE = new Set([
  ...' \n\r\t-\u00a0\u2007\u202f\u2009\u200a\u3000\u2028\f\u0007'.split(''),
  ...'\u200b\u200c\u200d\u2060\ufeff\u00ad\u2010\u2011'.split(''),
]);

describe('normalizeText: properties on random strings', () => {
  const next = prng(20220930);
  const cases = Array.from({ length: 5000 }, () => randomString(next));

  it('never throws, keeps maps monotonic and within bounds, and maps each character to its source', () => {
    // Plain checks collected into one list: an `expect` per character would take minutes.
    const failures: string[] = [];
    let withMarkers = 0;
    let withJoins = 0;
    for (const original of cases) {
      const nt = normalizeText(original);
      const { text } = nt;
      if (nt.footnoteMarkers.length > 0) withMarkers++;
      if (/[a-z]-\s*\n\s*[a-z]/.test(original) && !/[a-z]-\s*\n\s*[a-z]/.test(text)) withJoins++;
      const where = `${JSON.stringify(original)} → ${JSON.stringify(text)}`;
      const inMarker = (o: number): boolean => nt.footnoteMarkers.some((m) => o >= m.start && o < m.end);

      if (nt.toOriginal(0) < 0 || nt.toOriginal(text.length) !== original.length)
        failures.push(`${where}: ends`);
      const covered = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        const o = nt.toOriginal(i);
        if (o > nt.toOriginal(i + 1)) failures.push(`${where}: map decreases at ${i}`);
        if (o >= original.length) failures.push(`${where}: ${i} maps past the end`);
        covered.add(o);
        const ch = text.charAt(i);
        const source = original.charAt(o);
        const ok =
          ch === source ||
          normalizedForms(source).includes(ch) ||
          // Stand-ins: a line break that became a space (`kennis-\nen`), or the space where a marker glued
          // two sentences (`nemen.1Ik`).
          (ch === ' ' && normalizedForms(source) === '\n') ||
          (ch === ' ' && inMarker(o));
        if (!ok) failures.push(`${where}: ${JSON.stringify(ch)} at ${i} maps to ${JSON.stringify(source)}`);
      }
      // Whatever disappeared was invisible, a line-end hyphenation, a footnote marker, or the slash that
      // joined two markers (`zenden.2/3 Dit`).
      const joinsMarkers = (o: number): boolean =>
        original.charAt(o) === '/' && inMarker(o - 1) && inMarker(o + 1);
      for (let o = 0; o < original.length; o++) {
        if (covered.has(o) || REMOVABLE.has(original.charAt(o)) || inMarker(o) || joinsMarkers(o)) continue;
        failures.push(`${where}: lost ${JSON.stringify(original.charAt(o))} at ${o}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    // The strings do reach the rules: many carry markers and hyphenations.
    expect(withMarkers).toBeGreaterThan(cases.length / 20);
    expect(withJoins).toBeGreaterThan(cases.length / 20);
  });

  it('maps every span inside the original, in order, and never empties a non-empty span', () => {
    const pick = prng(7);
    const failures: string[] = [];
    for (const original of cases) {
      const nt = normalizeText(original);
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(pick() * (nt.text.length + 1));
        const b = Math.floor(pick() * (nt.text.length + 1));
        const [start, end] = a <= b ? [a, b] : [b, a];
        const span = nt.spanToOriginal(start, end);
        const where = `${JSON.stringify(original)} [${start}, ${end}) → [${span.start}, ${span.end})`;
        if (span.start < 0 || span.start > span.end || span.end > original.length)
          failures.push(`${where}: bounds`);
        if (end === start) continue;
        if (span.end <= span.start) failures.push(`${where}: emptied`);
        // Forward and back: the normalized span of an original span covers what mapped into it.
        const back = nt.spanFromOriginal(span.start, span.end);
        if (back.start > start || back.end < end)
          failures.push(`${where}: back to [${back.start}, ${back.end})`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('lists footnote markers in order, without overlap, each pointing at its digits', () => {
    for (const original of cases) {
      const { footnoteMarkers } = normalizeText(original);
      let last = 0;
      for (const m of footnoteMarkers) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        // The digits as written, less any invisible character between them.
        const written = original.slice(m.start, m.end).replace(/[^0-9¹²³⁴]/g, '');
        expect(written.replace(/[¹²³⁴]/g, (d) => String('¹²³⁴'.indexOf(d) + 1))).toBe(m.label);
        last = m.end;
      }
    }
  });
});

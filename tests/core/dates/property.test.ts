import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { parseIso } from '../../../src/core/dates/calendar';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';
import { LABEL_STRETCH, MAX_LABEL } from '../../../src/core/timeline/label-chars';
import { commitmentsToMarkdown, timelineToCsv, timelineToICalendar } from '../../../src/core/timeline/export';
import { exportWords } from '../../../src/messaging/export-service';
import { mulberry32 as rng, textFromPieces } from '../../helpers/prng';
import { navoText } from './letters';

// Pieces that make the grammar work hard: date words, numbers, separators, odd characters.
const PIECES = [
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\u00a0',
  '\t',
  '.',
  ',',
  '-',
  '–',
  '/',
  '(',
  ')',
  '«',
  '»',
  'j.l.',
  'a.s.',
  'jl.',
  't/m',
  'tot en met',
  'en',
  'van',
  'dit',
  'jaar',
  'vorig',
  'volgend',
  'week',
  'begin',
  'eind',
  'medio',
  'zomer',
  'voorjaar',
  'kwartaal',
  'eerste',
  'helft',
  'Q',
  'Q1',
  'H2',
  'maart',
  'oktober',
  'december',
  'okt.',
  'woensdag',
  'Prinsjesdag',
  'zomerreces',
  'voor',
  'het',
  'de',
  'in',
  'nr.',
  'artikel',
  'Handelingen II',
  'vergaderjaar',
  'uur',
  '€',
  '1',
  '12',
  '13',
  '29',
  '31',
  '2022',
  '2023',
  '20211',
  '2021/22',
  '99999999999',
  '0',
  '1e',
  'uw Kamer',
  'zal',
  'het kabinet',
  'ontvangt',
  'informeren',
  'streeft ernaar',
  'uiterlijk',
  '?',
  '!',
  'é',
  'ï',
  '\u0301',
  '😀',
  '\ud800',
  '\u200b',
  'K.H.',
  'd.d.',
  'Nr. 2072',
  '14.01',
];

const randomText = (next: () => number, pieces: number): string => textFromPieces(next, PIECES, pieces);

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The text without white space and hyphens. */
const squeeze = (s: string): string => s.replace(/[\s\-\u00ad]+/g, '');

/** Are `part`'s characters found in `whole` in the same order? */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of part) {
    at = whole.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

function checkPipeline(original: string, ref: string | null): void {
  const text = normalizeText(original);
  const dates = findDates(text, ref);
  for (const d of dates) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(original.length);
    expect(d.start).toBeLessThan(d.end);
    expect(original.slice(d.start, d.end)).toBe(d.text);
    expect(d.iso).toMatch(ISO);
    expect(parseIso(d.iso)).not.toBeNull();
    if (d.endIso !== null) expect(d.endIso >= d.iso).toBe(true);
  }
  const commitments = findCommitments(text, dates, ref);
  for (const c of commitments) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(original.length);
    // The text is the sentence as read: on one line, footnote markers and line-end hyphens out, so its letters are
    // those of the page's words, in order.
    expect(c.text).toBe(c.text.trim());
    expect(c.text).not.toMatch(/\s\s|[^\S ]/);
    expect(isSubsequence(squeeze(c.text), squeeze(original.slice(c.start, c.end)))).toBe(true);
  }
  const timeline = buildTimeline(text, dates, commitments, ref);
  for (const e of timeline) {
    expect(e.label.length).toBeLessThanOrEqual(MAX_LABEL + LABEL_STRETCH);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(original.length);
  }
  const words = exportWords('nl');
  timelineToICalendar(timeline, { now: new Date(0), words });
  timelineToCsv(timeline, { words });
  commitmentsToMarkdown(commitments, { words });
}

describe('dates, commitments and timeline on random text', () => {
  it('never throw and keep every span in bounds (500 seeded texts)', () => {
    const next = rng(20220930);
    for (let i = 0; i < 500; i++) {
      const original = randomText(next, 1 + Math.floor(next() * 120));
      const ref =
        next() < 0.2
          ? null
          : `20${10 + Math.floor(next() * 20)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      checkPipeline(original, ref);
    }
  });

  it('handles empty, odd and malformed input', () => {
    for (const s of [
      '',
      ' ',
      '\n\n\n',
      '.',
      '12',
      'oktober',
      '12 en',
      '\ud800\udc00',
      '31 13 2022',
      '0 januari 2022',
    ]) {
      checkPipeline(s, '2022-09-30');
    }
    checkPipeline('Op 12 oktober', 'not a date');
    checkPipeline('Op 12 oktober', '2022-02-30');
  });

  // Speed is measured by `npm run bench`, never asserted in tests (machines here are noisy).
  it('reads a large letter completely (the NAVO letter 150 times, about 1 MB)', () => {
    const big = navoText().repeat(150);
    const dates = findDates(normalizeText(big), '2022-09-30');
    expect(dates.length).toBe(11 * 150);
  });

  it('handles long runs of numbers and list words', () => {
    for (const s of [
      '12 en '.repeat(50_000),
      '2022-'.repeat(50_000),
      '1, '.repeat(50_000) + 'maart',
      'a'.repeat(200_000),
    ]) {
      checkPipeline(s, '2022-09-30');
    }
  });
});

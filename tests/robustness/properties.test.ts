/**
 * The fuzz tests are only as good as the properties they check: each broken result below must be
 * reported, and the real NAVO letter's result must pass.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { AnalysisResult } from '../../src/core/types';
import { problems } from './properties';

const text = readFileSync(
  fileURLToPath(new URL('../fixtures/navo-defensieministers-2022-09-30.txt', import.meta.url)),
  'utf8',
);
const sound = analyze({ text });

/** A deep copy of the letter's result with one thing broken. */
function broken(edit: (r: AnalysisResult) => void): AnalysisResult {
  const r = structuredClone(sound);
  edit(r);
  return r;
}

describe('the properties the fuzz tests check', () => {
  it('hold for the real NAVO letter, which has findings of every kind', () => {
    expect(sound.acronyms.length).toBeGreaterThan(5);
    expect(sound.dates.length).toBeGreaterThan(5);
    expect(sound.citations.length).toBeGreaterThan(0);
    expect(sound.commitments.length).toBeGreaterThan(0);
    expect(sound.timeline.length).toBeGreaterThan(5);
    expect(problems(text, sound)).toEqual([]);
  });

  it.each<[string, (r: AnalysisResult) => void, RegExp]>([
    [
      'an occurrence past the end',
      (r) => (r.acronyms[0]!.occurrences[0]!.end = text.length + 1),
      /outside the text/,
    ],
    [
      'one occurrence listed twice',
      (r) => r.acronyms[0]!.occurrences.push({ ...r.acronyms[0]!.occurrences[0]! }),
      /overlaps/,
    ],
    [
      'a date whose text is not at its span',
      (r) => (r.dates[0]!.text = 'morgen'),
      /not the text at its span/,
    ],
    [
      'a citation whose text is not at its span',
      (r) => (r.citations[0]!.text += ' '),
      /not the text at its span/,
    ],
    ['a date that is no ISO date', (r) => (r.dates[0]!.iso = '30-09-2022'), /date /],
    [
      'a range that ends before it starts',
      (r) => Object.assign(r.dates[0]!, { iso: '2022-10-13', endIso: '2022-10-12' }),
      /ends before it starts/,
    ],
    ['dates out of text order', (r) => r.dates.reverse(), /dates out of text order/],
    ['acronyms out of text order', (r) => r.acronyms.reverse(), /acronyms out of text order/],
    ['a timeline out of date order', (r) => r.timeline.reverse(), /timeline: /],
    ['a timeline entry without a label', (r) => (r.timeline[0]!.label = ' '), /timeline entry/],
  ])('reports %s', (_case, edit, expected) => {
    const found = problems(text, broken(edit));
    expect(found.some((p) => expected.test(p))).toBe(true);
  });
});

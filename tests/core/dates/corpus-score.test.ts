import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/dates';
import { detectDocument } from '../../../src/core/detect/detect';
import { normalizeText } from '../../../src/core/text/normalize';
import { loadCorpus, type CorpusLetter, type GoldDate } from './letters';

/**
 * Date precision and recall over the shared corpus, scored as tests/fixtures/letters/README.md says:
 * sets of `iso` per document; a coarser gold value (`2023-01`) is matched by any finer value inside it, day
 * dates exactly; optional gold items count neither way. The reference date is each gold letter_date.
 */

const matches = (predicted: string, gold: string): boolean =>
  predicted === gold || predicted.startsWith(`${gold}-`);

/**
 * The dates of a corpus letter on its gold letter date. A date line whose slipped year detection mended (`4 januari
 * 2020` on a letter of 2021, 422) is the letter's own, as `analyze` tells `findDates`.
 */
function datesOf(l: CorpusLetter) {
  const text = normalizeText(l.text);
  const slipped = detectDocument(text).slippedDateLine;
  return findDates(text, l.letterDate, null, slipped ?? null, slipped !== undefined);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

function scoreLetter(name: string, predicted: string[], gold: GoldDate[], into: Score): void {
  for (const p of new Set(predicted)) {
    // A prediction inside any gold value (optional ones too) is no false positive; hits count on the gold side.
    if (!gold.some((g) => matches(p, g.iso))) {
      into.fp++;
      into.misses.push(`${name}: +${p}`);
    }
  }
  for (const g of gold) {
    if (g.optional) continue;
    if (predicted.some((p) => matches(p, g.iso))) into.tp++;
    else {
      into.fn++;
      into.misses.push(`${name}: -${g.iso} (${g.text.replace(/\s+/g, ' ')})`);
    }
  }
}

describe('findDates: corpus score', () => {
  it('reaches precision and recall of at least 0.95 over the corpus papers', () => {
    const score: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
    const papers = loadCorpus().filter((l) => l.isParliamentary);
    expect(papers.length).toBeGreaterThanOrEqual(15);
    for (const l of papers) {
      const predicted = datesOf(l).map((d) => d.iso);
      scoreLetter(l.name, predicted, l.dates, score);
    }
    const precision = score.tp / (score.tp + score.fp);
    const recall = score.tp / (score.tp + score.fn);
    console.log(
      `dates: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})` +
        (score.misses.length ? `\nmisses:\n  ${score.misses.join('\n  ')}` : '\nno misses'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  /**
   * Required day dates left on purpose (the corpus README says why): 665's `per dE1 januari 2017`, the day glued
   * to a word by a typo.
   */
  const LEFT = new Set(['665-ek-szw-2020-wet-tegemoetkomingen-loondomein: 2017-01-01']);

  it('finds every required gold day date with its literal text', () => {
    const missing: string[] = [];
    for (const l of loadCorpus().filter((x) => x.isParliamentary)) {
      const found = datesOf(l);
      for (const g of l.dates) {
        if (g.optional || g.precision !== 'day') continue;
        const same = found.find((d) => d.iso === g.iso);
        if (!same && !LEFT.has(`${l.name}: ${g.iso}`)) missing.push(`${l.name}: ${g.iso}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

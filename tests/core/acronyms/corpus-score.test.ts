import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/core/acronyms';
import { normalizeText } from '../../../src/core/text/normalize';
import { SCHEMA_VERSION, type AnalysisResult } from '../../../src/core/types';
import {
  addTally,
  emptyTally,
  precision,
  recall,
  scoreAcronyms,
  scoreExpansions,
  type Gold,
} from '../../../src/eval/score';
import { FIXTURES, readLetter } from './helpers';

/** Scores the acronym finder alone against the gold files (README scoring rules, via src/eval/score). */
describe('acronyms over the corpus letters', () => {
  const dir = `${FIXTURES}letters/`;
  const found = emptyTally();
  const expansions = emptyTally();
  const glossary = emptyTally();
  for (const file of readdirSync(`${dir}gold`).sort()) {
    const gold = JSON.parse(readFileSync(`${dir}gold/${file}`, 'utf8')) as Gold;
    if (!gold.is_parliamentary) continue;
    const text = readLetter(`${dir}letters/${file.replace(/\.json$/, '.txt')}`);
    const result: AnalysisResult = {
      schema: SCHEMA_VERSION,
      isParliamentary: true,
      document: {
        kind: null,
        letterDate: null,
        dossier: null,
        number: null,
        title: null,
        sender: null,
        addressee: null,
        askers: [],
      },
      acronyms: findAcronyms(normalizeText(text)),
      citations: [],
      dates: [],
      timeline: [],
      commitments: [],
      outline: [],
    };
    const id = file.slice(0, 2);
    addTally(found, scoreAcronyms(result, gold), `${id} `);
    addTally(expansions, scoreExpansions(result, gold), `${id} `);
    // Glossary expansions too: gold `glossary` items with an expansion must be explained the same way.
    for (const g of gold.acronyms) {
      if (g.source !== 'glossary' || !g.expansion || g.optional) continue;
      const a = result.acronyms.find((x) => x.abbr === g.abbr);
      if (a?.expansion && a.expansion.toLowerCase() === g.expansion.toLowerCase()) glossary.truePositives++;
      else {
        glossary.falseNegatives++;
        glossary.misses.push(`${id} ${g.abbr}: "${a?.expansion ?? '(none)'}" ≠ "${g.expansion}"`);
      }
    }
  }

  it('acronym precision and recall ≥ 0.95', () => {
    if (found.misses.length) console.log('acronym misses:', found.misses.join(', '));
    console.log(`acronyms: P=${precision(found).toFixed(3)} R=${recall(found).toFixed(3)}`);
    expect(precision(found)).toBeGreaterThanOrEqual(0.95);
    expect(recall(found)).toBeGreaterThanOrEqual(0.95);
  });

  it('in-text expansions ≥ 0.95', () => {
    if (expansions.misses.length) console.log('expansion misses:', expansions.misses.join(', '));
    expect(recall(expansions)).toBeGreaterThanOrEqual(0.95);
    expect(precision(expansions)).toBeGreaterThanOrEqual(0.95);
  });

  it('glossary expansions ≥ 0.95', () => {
    if (glossary.misses.length) console.log('glossary misses:', glossary.misses.join(', '));
    expect(recall(glossary)).toBeGreaterThanOrEqual(0.95);
  });
});

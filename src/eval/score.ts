import type { AnalysisResult } from '../core/types';

/**
 * Scoring of `analyze` output against gold annotations, by the rules of
 * tests/fixtures/letters/README.md ("Scoring against the analyze JSON").
 */

export interface GoldAcronym {
  abbr: string;
  expansion: string | null;
  source: string | null;
  optional?: boolean;
}
export interface GoldCitation {
  text: string;
  type: string;
  dossier: string | null;
  number: string | null;
  url: string | null;
  self?: boolean;
}
export interface GoldDate {
  text: string;
  iso: string;
  endIso: string | null;
  precision: string;
  optional?: boolean;
}
export interface Gold {
  url: string;
  is_parliamentary: boolean;
  kind: string | null;
  letter_date: string | null;
  dossier: string | null;
  number: string | null;
  acronyms: GoldAcronym[];
  citations: GoldCitation[];
  dates: GoldDate[];
}

/** Counts for one category; precision and recall are derived. */
export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Human-readable misses: `+X` reported but not in gold, `-X` in gold but not reported. */
  misses: string[];
}

export const emptyTally = (): Tally => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  misses: [],
});

export function precision(t: Tally): number {
  const n = t.truePositives + t.falsePositives;
  return n === 0 ? 1 : t.truePositives / n;
}
export function recall(t: Tally): number {
  const n = t.truePositives + t.falseNegatives;
  return n === 0 ? 1 : t.truePositives / n;
}

export function addTally(into: Tally, t: Tally, prefix = ''): void {
  into.truePositives += t.truePositives;
  into.falsePositives += t.falsePositives;
  into.falseNegatives += t.falseNegatives;
  into.misses.push(...t.misses.map((m) => prefix + m));
}

/**
 * Set comparison with optional gold items: a reported item matching an optional gold item counts
 * neither way; required gold items not reported are misses.
 */
function scoreSets<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  matches: (p: P, g: G) => boolean,
  isOptional: (g: G) => boolean,
  showP: (p: P) => string,
  showG: (g: G) => string,
): Tally {
  const t = emptyTally();
  for (const p of predicted) {
    const hit = gold.find((g) => matches(p, g));
    if (!hit) {
      t.falsePositives++;
      t.misses.push(`+${showP(p)}`);
    } else if (!isOptional(hit)) t.truePositives++;
  }
  for (const g of gold) {
    if (isOptional(g)) continue;
    if (!predicted.some((p) => matches(p, g))) {
      t.falseNegatives++;
      t.misses.push(`-${showG(g)}`);
    }
  }
  return t;
}

const stripPossessive = (abbr: string): string => abbr.replace(/['’]s$/, '');

export function scoreAcronyms(result: AnalysisResult, gold: Gold): Tally {
  const predicted = [...new Set(result.acronyms.map((a) => stripPossessive(a.abbr)))];
  return scoreSets(
    predicted,
    gold.acronyms,
    (p, g) => p === stripPossessive(g.abbr),
    (g) => g.optional === true,
    (p) => p,
    (g) => g.abbr,
  );
}

/** In-text expansions: for gold acronyms with source `document`, does the reported expansion say the same? */
export function scoreExpansions(result: AnalysisResult, gold: Gold): Tally {
  return scoreExpansionsFrom('document', result, gold);
}

/**
 * Glossary meanings: for gold acronyms with source `glossary` and the expansion the annotator was sure
 * of, does the built-in glossary give the same meaning (for this letter, with its date and hints)?
 */
export function scoreGlossaryExpansions(result: AnalysisResult, gold: Gold): Tally {
  return scoreExpansionsFrom('glossary', result, gold);
}

function scoreExpansionsFrom(source: 'document' | 'glossary', result: AnalysisResult, gold: Gold): Tally {
  const t = emptyTally();
  for (const g of gold.acronyms) {
    if (g.source !== source || !g.expansion || g.optional) continue;
    const found = result.acronyms.find((a) => stripPossessive(a.abbr) === stripPossessive(g.abbr));
    if (found?.expansion && sameExpansion(found.expansion, g.expansion)) t.truePositives++;
    else {
      t.falseNegatives++;
      if (found?.expansion) t.falsePositives++;
      t.misses.push(`${g.abbr}: "${found?.expansion ?? '(none)'}" ≠ "${g.expansion}"`);
    }
  }
  return t;
}

const ARTICLES = /^(de|het|een|the|a|an)\s+/;
function normalizeExpansion(s: string): string {
  return s
    .toLowerCase()
    .replace(/-\s*\n\s*/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(ARTICLES, '');
}

/**
 * The README's rule: equal after normalising (spaces and hyphens aside), or every word of the shorter
 * (≥ 2 words) is in the longer.
 */
export function sameExpansion(a: string, b: string): boolean {
  const x = normalizeExpansion(a);
  const y = normalizeExpansion(b);
  // A hyphen at a line end may be a real one (`Noord-\nAtlantische`) or hyphenation (`Strate-\ngisch`); a
  // compound may be written apart (`Nieuwe Commissie voorstellen` for `Commissievoorstellen`, 170).
  if (x === y || x.replace(/[-\s]/g, '') === y.replace(/[-\s]/g, '')) return true;
  // Punctuation after a word is no part of it: `Educatie:` in `Effectstudie Voorschoolse Educatie: een …` (507).
  const words = (s: string) => s.split(/[\s\-:;,]+/).filter(Boolean);
  const [short, long] = words(x).length <= words(y).length ? [words(x), words(y)] : [words(y), words(x)];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

function citationKey(c: {
  type: string;
  dossier: string | null;
  number: string | null;
  url: string | null;
}): string {
  return c.url ?? `${c.type}|${c.dossier ?? ''}|${c.number ?? ''}`;
}

export function scoreCitations(result: AnalysisResult, gold: Gold): Tally {
  const predicted = [...new Set(result.citations.map(citationKey))];
  return scoreSets(
    predicted,
    gold.citations,
    (p, g) => p === citationKey(g),
    (g) => g.self === true,
    (p) => p,
    (g) => citationKey(g),
  );
}

/** A coarser gold value (`2023-01`) is matched by any finer value inside it; day dates exactly. */
export function dateMatches(predictedIso: string, goldIso: string): boolean {
  return predictedIso === goldIso || predictedIso.startsWith(`${goldIso}-`);
}

export function scoreDates(result: AnalysisResult, gold: Gold): Tally {
  const predicted = [...new Set(result.dates.map((d) => d.iso))];
  return scoreSets(
    predicted,
    gold.dates,
    (p, g) => dateMatches(p, g.iso),
    (g) => g.optional === true,
    (p) => p,
    (g) => `${g.iso} (${g.text.replace(/\s+/g, ' ')})`,
  );
}

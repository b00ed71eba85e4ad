/**
 * Glossary model: entries, lookup by spelling, and ranking of ambiguous meanings.
 *
 * The data itself lives in `assets/glossary/*.json` and is loaded by `builtin-glossary.ts`.
 * This module holds no data, so code that only needs the types or `createGlossary` (the
 * options page, user glossaries) never pulls the built-in list into its bundle.
 */

import { asciiCapitals } from './capitals';

export const GLOSSARY_CATEGORIES = [
  'ministry',
  'agency',
  'parliament',
  'party',
  'eu',
  'nato-defence',
  'international',
  'law-procedure',
  'finance',
  'other',
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

export interface GlossaryEntry {
  /** The abbreviation as it is written (`IenW`, `NAVO`, `Woo`, `bbp`). Lookup is case-exact first. */
  abbr: string;
  expansion: string;
  /** One line of Dutch explaining what it is, when the expansion alone does not say it. */
  explanation?: string;
  category: GlossaryCategory;
  /** Language of the expansion: `nl`, `en`, `fr`. */
  lang: string;
  /**
   * Words or phrases that, found in the document, make this meaning the likely one when an
   * abbreviation has several. A meaning without hints is the default one.
   */
  hints?: readonly string[];
  /**
   * The period this meaning was in use, as ISO days: from `from` (inclusive) until `until` (exclusive).
   * A ministry renamed under the same letters (`LNV`: Landbouw, Natuurbeheer en Visserij until
   * 1 July 2003) keeps one entry per name, and a letter gets the name of its own day.
   */
  from?: string;
  until?: string;
}

/** The shape of one file in `assets/glossary/`. */
export interface GlossaryFile {
  category: GlossaryCategory;
  entries: ReadonlyArray<Omit<GlossaryEntry, 'category'>>;
}

export interface Glossary {
  /**
   * All meanings of `abbr`, in glossary order. Exact spelling first; an all-caps token
   * also finds entries written otherwise (`ECOFIN` finds `Ecofin`), but not the reverse,
   * so that `Woo` never matches an unrelated all-caps `WOO` heading word by accident.
   */
  lookup(abbr: string): readonly GlossaryEntry[];
  /** True when the abbreviation has at least one meaning. */
  has(abbr: string): boolean;
  /** True when a user disabled this abbreviation: it is neither shown nor explained. */
  isHidden(abbr: string): boolean;
  /** Every entry, in order. */
  readonly entries: readonly GlossaryEntry[];
}

function isAllCaps(s: string): boolean {
  // Called for every token the finder asks about: plain ASCII is decided without allocating
  // the upper- and lower-case copies (same answer: only a-z and A-Z change case in ASCII).
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** Builds a glossary; `hidden` lists abbreviations (exact spelling) a user switched off. */
export function createGlossary(entries: readonly GlossaryEntry[], hidden: Iterable<string> = []): Glossary {
  // The index is built on first use: a page that never looks anything up never pays for it.
  let exact: Map<string, GlossaryEntry[]> | null = null;
  let folded: Map<string, GlossaryEntry[]> | null = null;
  const hiddenSet = new Set(hidden);
  // `find` runs for every word of a long paper: it allocates nothing on a miss.
  const find = (abbr: string): GlossaryEntry[] | undefined => {
    if (hiddenSet.has(abbr)) return undefined;
    if (!exact || !folded) {
      exact = new Map();
      folded = new Map();
      for (const e of entries) {
        push(exact, e.abbr, e);
        push(folded, e.abbr.toUpperCase(), e);
      }
    }
    const hit = exact.get(abbr);
    if (hit) return hit;
    if (isAllCaps(abbr)) return folded.get(abbr);
    // `nLR-rapport` (527): an all-caps short form whose first letter the page prints in lower case.
    const upper = upperOfLowerFirst(abbr);
    if (upper !== null) return hiddenSet.has(upper) ? undefined : folded.get(upper);
    // `Mkb-financiering`, `Cao` opening a sentence or title (210): a lower-case spelling, capitalized.
    const lower = lowerOfCapitalized(abbr);
    return lower === null || hiddenSet.has(lower) ? undefined : exact.get(lower);
  };
  const lookup = (abbr: string): readonly GlossaryEntry[] => find(abbr) ?? [];
  const has = (abbr: string): boolean => (find(abbr)?.length ?? 0) > 0;
  const glossary: Glossary = {
    lookup,
    has,
    isHidden: (abbr) => hiddenSet.has(abbr),
    entries,
  };
  let few: readonly string[] | null = null;
  FEW_CAPITALS.set(glossary, () => (few ??= spellingsWithFewCapitals(entries)));
  return glossary;
}

/** For glossaries made here: their spellings with fewer than two capitals (see `fewCapitalSpellings`). */
const FEW_CAPITALS = new WeakMap<Glossary, () => readonly string[]>();

/**
 * Every string with fewer than two capitals that `glossary.has` can accept (`bbp`, `Woo`, `D66`),
 * or null when the glossary was not made by `createGlossary` and `has` may answer anything.
 * The acronym finder uses it to look only at words that can be acronyms: every other known
 * spelling has two capitals, which a cheap pattern finds. `has` accepts exact spellings and,
 * for all-caps words, the upper-cased spellings, so the list holds both forms.
 */
export function fewCapitalSpellings(glossary: Glossary): readonly string[] | null {
  return FEW_CAPITALS.get(glossary)?.() ?? null;
}

function spellingsWithFewCapitals(entries: readonly GlossaryEntry[]): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    for (const form of [e.abbr, e.abbr.toUpperCase()]) if (countCapitals(form) < 2) out.add(form);
    if (CAPITALIZABLE.test(e.abbr)) out.add((e.abbr[0] as string).toUpperCase() + e.abbr.slice(1));
  }
  return [...out];
}

/**
 * Lower-case spellings of three letters or more (`mkb`, `cao`, `havo`) are also known capitalized, as
 * they are written at the start of a sentence or title; shorter ones (`ho`, `wo`, `ov`) are not, being
 * too much like words and names (`Wo`, `Ov`).
 */
const CAPITALIZABLE = /^[a-z][a-z0-9]{2,}$/;

/** `NLR` for `nLR`: an ASCII lower-case letter, then two or more capitals only; else null. */
function upperOfLowerFirst(abbr: string): string | null {
  const first = abbr.charCodeAt(0);
  if (!(first >= 97 && first <= 122) || abbr.length < 3) return null;
  for (let i = 1; i < abbr.length; i++) {
    const c = abbr.charCodeAt(i);
    if (!(c >= 65 && c <= 90)) return null;
  }
  return abbr.toUpperCase();
}

/** `mkb` for `Mkb`: the lower-case spelling of a capitalized word that `CAPITALIZABLE` allows, else null. */
function lowerOfCapitalized(abbr: string): string | null {
  const lower = capitalizedLower(abbr);
  return lower !== null && CAPITALIZABLE.test(lower) ? lower : null;
}

/** `boa` for `Boa`: the lower case of a word that is an ASCII capital and lower case after it, else null. */
export function capitalizedLower(word: string): string | null {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return null;
  // Asked of every capitalized word the glossary does not know: a capital after the first, in plain ASCII, says
  // no without making the lower-case copy (only A-Z change case in ASCII).
  let ascii = true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (c >= 65 && c <= 90 && ascii) return null;
  }
  if (ascii) return word.toLowerCase();
  const lower = word.toLowerCase();
  return word.slice(1) === lower.slice(1) ? lower : null;
}

const CAPITALS = /\p{Lu}/gu;

/** Upper-case letters (`\p{Lu}`) in `s`. */
export function countCapitals(s: string): number {
  // Plain ASCII, where `\p{Lu}` is A-Z, by character codes: this runs for every glossary spelling on
  // the first analysis, where running the Unicode pattern on each cost several milliseconds.
  const ascii = asciiCapitals(s);
  return ascii >= 0 ? ascii : (s.match(CAPITALS)?.length ?? 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Turns the JSON files into entries, skipping malformed ones rather than failing. */
export function entriesFromFiles(files: readonly unknown[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const file of files) {
    if (!file || typeof file !== 'object') continue;
    const { category, entries } = file as { category?: unknown; entries?: unknown };
    if (!isCategory(category) || !Array.isArray(entries)) continue;
    for (const raw of entries as unknown[]) {
      if (!raw || typeof raw !== 'object') continue;
      const r = raw as Record<string, unknown>;
      if (typeof r.abbr !== 'string' || typeof r.expansion !== 'string' || !r.abbr || !r.expansion) continue;
      const entry: GlossaryEntry = {
        abbr: r.abbr,
        expansion: r.expansion,
        category,
        lang: typeof r.lang === 'string' ? r.lang : 'nl',
      };
      if (typeof r.explanation === 'string' && r.explanation) entry.explanation = r.explanation;
      if (Array.isArray(r.hints)) entry.hints = r.hints.filter((h): h is string => typeof h === 'string');
      if (isIsoDay(r.from)) entry.from = r.from;
      if (isIsoDay(r.until)) entry.until = r.until;
      out.push(entry);
    }
  }
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && ISO_DAY.test(value);
}

export function isCategory(value: unknown): value is GlossaryCategory {
  return typeof value === 'string' && (GLOSSARY_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Orders the meanings of one abbreviation for a document. A meaning in use on the letter's `day`
 * comes before one that was not (`LNV` in 2001 is Landbouw, Natuurbeheer en Visserij); without a
 * day every meaning counts as in use. Then a meaning scores one point per hint found in the text,
 * and a meaning without hints is the default and scores one half, so a hinted meaning wins only
 * when the text points at it. Ties keep glossary order.
 * `lowerText` is the document in lower case (computed once by the caller), or a `hintFinder`.
 */
export function rankMeanings(
  meanings: readonly GlossaryEntry[],
  lowerText: string | HintFinder,
  day?: string,
): GlossaryEntry[] {
  if (meanings.length < 2) return [...meanings];
  const contains = typeof lowerText === 'string' ? (n: string) => containsWord(lowerText, n) : lowerText;
  const scored = meanings.map((m, i) => ({ m, i, inUse: inUseOn(m, day), score: scoreHints(m, contains) }));
  scored.sort((a, b) => b.inUse - a.inUse || b.score - a.score || a.i - b.i);
  return scored.map((s) => s.m);
}

/** 1 when `entry` was in use on `day` (ISO days compare as strings) or no day is known, else 0. */
function inUseOn(entry: GlossaryEntry, day: string | undefined): number {
  if (!day) return 1;
  if (entry.from && day < entry.from) return 0;
  if (entry.until && day >= entry.until) return 0;
  return 1;
}

function scoreHints(entry: GlossaryEntry, contains: HintFinder): number {
  if (!entry.hints || entry.hints.length === 0) return 0.5;
  let score = 0;
  for (const hint of entry.hints) if (contains(hint.toLowerCase())) score++;
  return score;
}

/** Does a lower-case `needle` occur as whole words in the lower-cased document? */
export type HintFinder = (needle: string) => boolean;

/**
 * `containsWord(text.toLowerCase(), needle)` without lower-casing the whole text when it can be
 * avoided (that costs more than finding the acronyms in it). Lower-casing keeps every offset
 * unless the text holds `İ` (two units in lower case), and only the Kelvin sign turns non-ASCII
 * into ASCII; without those two, an ASCII needle occurs in the lower-cased text exactly where a
 * case-insensitive (non-Unicode, so ASCII-only) match finds it in the text. Whether a neighbour
 * is a letter or digit never changes with its case. `expected`: the needles it will be asked about,
 * all found in one scan at the first question (`wordsPresent`); any other is searched on its own.
 */
export function hintFinder(text: string, expected: Iterable<string> = []): HintFinder {
  let lower: string | null = null;
  let aligned: boolean | null = null;
  let present: Set<string> | null = null;
  let looked: Set<string> | null = null;
  return (needle) => {
    if (!needle) return false;
    aligned ??= !text.includes('\u0130') && !text.includes('\u212a');
    if (aligned && isPrintableAscii(needle)) {
      if (!looked) {
        looked = new Set([...expected].filter((n) => n && isPrintableAscii(n)));
        present = wordsPresent(text, [...looked]);
      }
      if (looked.has(needle)) return (present as Set<string>).has(needle);
      return containsWordIgnoringCase(text, needle);
    }
    lower ??= text.toLowerCase();
    return containsWord(lower, needle);
  };
}

const isPrintableAscii = (s: string): boolean => !/[^\x20-\x7e]/.test(s);

/**
 * Which of `needles` (lower case, printable ASCII) occur in `text` as whole words, ASCII case ignored, as
 * `containsWordIgnoringCase` finds each: in one scan for all of them, not one per needle. A long paper names
 * hundreds of abbreviations, and every hint of their meanings was a scan of the whole text (81 on 1 MB of
 * corpus letters, a seventh of the analysis). The alternation finds every place where a needle starts; each
 * needle not yet seen is compared there.
 */
function wordsPresent(text: string, needles: readonly string[]): Set<string> {
  const present = new Set<string>();
  if (needles.length === 0) return present;
  const alternation = needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const open = needles.slice();
  let left = open.length;
  /** Compares every needle not yet seen at `at`; false when all are seen. */
  const seeAt = (at: number): boolean => {
    let kept = 0;
    for (let k = 0; k < left; k++) {
      const needle = open[k] as string;
      if (startsWithIgnoringAsciiCase(text, at, needle) && isWholeWord(text, at, needle.length))
        present.add(needle);
      else open[kept++] = needle;
    }
    left = kept;
    return left > 0;
  };
  const wordStarts = needles.every((n) => WORD_START.test(n));
  // A whole word starts where no ASCII letter or digit stands before it. For needles that start with one,
  // `\b` says so for all but a place after `_`, and lets the engine skip the middle of words at once: a
  // look-behind (which the other needles need) is tried at every place, twice as slow on 1 MB. The places
  // after `_` are few and looked at one by one.
  const re = new RegExp(wordStarts ? `\\b(?:${alternation})` : `(?<![A-Za-z0-9])(?:${alternation})`, 'gi');
  for (let m = re.exec(text); m && seeAt(m.index); m = re.exec(text)) {
    re.lastIndex = m.index + 1; // occurrences may overlap, as in `containsWordIgnoringCase`
  }
  if (!wordStarts) return present;
  const atWord = new RegExp(`(?:${alternation})`, 'iy');
  for (let u = text.indexOf('_'); u >= 0 && left > 0; u = text.indexOf('_', u + 1)) {
    atWord.lastIndex = u + 1;
    if (atWord.test(text)) seeAt(u + 1);
  }
  return present;
}

/** Needles that start with an ASCII letter or digit (as lower case). */
const WORD_START = /^[a-z0-9]/;

/** Does `text` hold the lower-case ASCII `needle` at `at`, ASCII capitals read as lower case? */
function startsWithIgnoringAsciiCase(text: string, at: number, needle: string): boolean {
  if (at + needle.length > text.length) return false;
  for (let k = 0; k < needle.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== needle.charCodeAt(k)) return false;
  }
  return true;
}

/** Is text[at, at + length) neither preceded nor followed by a letter or digit? */
function isWholeWord(text: string, at: number, length: number): boolean {
  const before = at > 0 ? (text[at - 1] as string) : ' ';
  const after = at + length < text.length ? (text[at + length] as string) : ' ';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/**
 * The case-insensitive pattern of each hint, compiled once: the hints come from the glossary, so
 * they are the same for every document, and compiling them anew for each one cost more than the
 * search. Bounded by the hints of the glossaries in use.
 */
const hintPatterns = new Map<string, RegExp>();

function containsWordIgnoringCase(text: string, needle: string): boolean {
  let re = hintPatterns.get(needle);
  if (!re) hintPatterns.set(needle, (re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi')));
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    if (isWholeWord(text, i, needle.length)) return true;
    re.lastIndex = i + 1; // like indexOf from the next position: occurrences may overlap
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `needle` occurs in `haystack` as whole words (not inside a longer word). */
export function containsWord(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(needle, from);
    if (i < 0) return false;
    if (isWholeWord(haystack, i, needle.length)) return true;
    from = i + 1;
  }
}

/**
 * The files of `assets/glossary/` (without `.json`), in the order that breaks ties between
 * meanings of one abbreviation: government and parliament first, then bodies, parties, the EU,
 * defence, the world, law, money, the rest.
 */
export const GLOSSARY_FILES = [
  'ministry',
  'parliament',
  'agency',
  'party',
  'eu',
  'nato-defence',
  'international',
  'law-procedure',
  'finance',
  'other',
] as const;

export type GlossaryFileName = (typeof GLOSSARY_FILES)[number];

let loading: Promise<Glossary> | null = null;

/**
 * The built-in glossary, loaded on demand, for callers that should not pay for the data up
 * front; with a bundler that splits dynamic imports the data arrives as its own chunk.
 */
export function loadGlossary(): Promise<Glossary> {
  loading ??= import('./builtin-glossary').then((m) => m.builtinGlossary);
  return loading;
}

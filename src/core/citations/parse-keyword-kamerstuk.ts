import { isDigit, isWhiteSpace } from '../text/chars';
import { isWordChar, skipSpaces } from './chars';
import { hitEnd } from './dossier-hits';
import { normalizeVergaderjaar } from './paper-id';
import {
  CHAMBER,
  EERSTE_KAMER_KEYWORD_GROUP,
  KEYWORD_GROUP,
  VERGADERJAAR,
  bareAnchorsSkippable,
  groupsRefs,
  mayBeChamber,
  mayBeVergaderjaar,
  parseGroup,
  parseGroups,
  type Group,
} from './parse-kamerstuk';
import { matchAt, type RawCitation } from './raw';

/**
 * Kamerstukken cited after their keyword: `Kamerstuk 29 521, nr. 446`, `Kamerstukken II 2009/10, 27858, nr. 88`,
 * `Kamerstukken I 2008/09, 31700 VI, D`: the keyword found back from each dossier hit, then its chamber, vergaderjaar
 * and groups read forward (`parseGroups`).
 */

/**
 * The keyword, tried only where a dossier number follows it (see `keywordBefore`); also
 * `kamerstuknummer`, `(kamerstuknummer 31 944)` (2423).
 */
const KEYWORD = /\b[Kk]amer(?:-\n)?stuk(?:ken|nummer)?\b/y;

/** Code units of `vergaderjaar`: a, d, e, g, j, r, v. */
function isVergaderjaarLetter(c: number): boolean {
  return c === 97 || c === 100 || c === 101 || c === 103 || c === 106 || c === 114 || c === 118;
}

/**
 * What may stand between `Kamerstuk` and its first dossier: the chamber (`[ \t]+II`), the vergaderjaar
 * (white space, `,`, `vergaderjaar`, digits, `/`, `-`, `–`), a comma or a colon (`Kamerstuk: 23 552 Nr. 159`,
 * 1815). The keyword itself ends in `k` (`stuk`) or `n` (`stukken`), neither of which is in this set.
 */
function inKeywordGap(c: number): boolean {
  return (
    isDigit(c) ||
    c === 44 /* , */ ||
    c === 58 /* : */ ||
    c === 47 /* / */ ||
    c === 45 /* - */ ||
    c === 0x2013 /* – */ ||
    c === 73 /* I */ ||
    isVergaderjaarLetter(c) ||
    isWhiteSpace(c)
  );
}

/**
 * Start of the keyword that ends at `end`, or -1. The four spellings are 9, 11 (`Kamer-\nstuk`), 12
 * (`Kamerstukken`) and 14 code units long; keyword matches cannot overlap (each is a whole word), so a
 * sticky match ending exactly at `end` is the one a global scan finds. `kamerstuknummer` ends in `er`,
 * letters of the gap (`vergaderjaar`), so the walk back stops at its `m`: it is found ending two later.
 */
function keywordEndingAt(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (last === 75 /* K */ && isChamberMark(text, end - 2)) return end - 2;
  const spelled = last === 109; /* m */
  const lengths = last === 107 /* k */ ? [9, 11] : last === 110 /* n */ ? [12, 14] : spelled ? [15, 17] : [];
  const keywordEnd = spelled ? end + 2 : end;
  for (const length of lengths) {
    const start = keywordEnd - length;
    if (start < 0) break;
    const m = matchAt(KEYWORD, text, start);
    if (m && start + m[0].length === keywordEnd) return start;
  }
  return -1;
}

/**
 * The keyword a Kamerstuk citation at dossier hit `hit` would start with, or -1.
 *
 * A keyword citation's first dossier is a hit (`dossier-hits.ts`), and everything between keyword and
 * dossier is in the gap set, so walking back from the hit over that set stops exactly at the keyword's
 * last letter. The gap never holds a whole hit (its digits are a four-digit year and a two- or
 * four-digit one), so the walk stops at `floor`, the end of the previous hit: each code unit is walked
 * at most once, and each keyword is found from at most one hit.
 */
function keywordBefore(text: string, hit: number, floor: number): number {
  let j = hit - 1;
  while (j >= floor && inKeywordGap(text.charCodeAt(j))) j--;
  if (j < floor) return -1;
  return keywordEndingAt(text, j + 1);
}

/**
 * `EK` or `TK` as a word at `at`: the chambers' short way to cite their papers, `(EK 34 568, H)`, `(EK 36 600 B,
 * A en EK 36 600 C, A)` (116), `(TK 29 628 nr. 211)` (535), a Kamerstuk of that chamber.
 */
function isChamberMark(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  return (
    (first === 69 || first === 84) /* E, T */ &&
    text.charCodeAt(at + 1) === 75 /* K */ &&
    (at === 0 || !isWordChar(text.charCodeAt(at - 1)))
  );
}

export interface KeywordCitations {
  citations: RawCitation[];
  /** Per citation: may the bare parser skip the anchors inside it (see `bareAnchorsSkippable`)? */
  skippable: boolean[];
}

/** How many spaces may indent the line a citation goes on after its keyword: `(Kamerstuk`↵ and 27 spaces (2716). */
const MAX_INDENT = 40;

/**
 * Past the white space after a keyword: a dozen units, and after a line break within them the indentation of the next
 * line too, as tweedekamer.nl pages indent their wrapped lines: `(Kamerstuk\n                           36 672)`
 * (2716).
 */
function skipKeywordGap(text: string, pos: number): number {
  const q = skipSpaces(text, pos, 12);
  const lineBreak = text.indexOf('\n', pos);
  return lineBreak >= 0 && lineBreak < q ? skipSpaces(text, q, MAX_INDENT) : q;
}

/** The citation after the keyword at `start` (ending at `pos`), as a global keyword scan parsed it. */
function parseAfterKeyword(
  text: string,
  start: number,
  pos: number,
  keywordChamber: 'I' | 'II' | null,
): { citation: RawCitation; starts: number[] } | null {
  let chamber: 'I' | 'II' | null = keywordChamber;
  let year: string | null = null;
  const c = mayBeChamber(text, pos) ? matchAt(CHAMBER, text, pos) : null;
  if (c) {
    chamber = c[2] ? null : (c[1] as 'I' | 'II');
    pos += c[0].length;
  }
  const vj = mayBeVergaderjaar(text, pos) ? matchAt(VERGADERJAAR, text, pos) : null;
  if (vj) {
    year = normalizeVergaderjaar(vj[1] as string, vj[2]);
    pos += vj[0].length;
  } else {
    pos = skipKeywordGap(text, pos);
    if (text[pos] === ',' || text[pos] === ':') pos++;
    pos = skipSpaces(text, pos, 12);
  }
  const options = chamber === 'I' ? EERSTE_KAMER_KEYWORD_GROUP : KEYWORD_GROUP;
  const first = parseGroup(text, pos, options);
  if (!first) return null;
  const groups = parseGroups(text, first, options);
  const last = groups[groups.length - 1] as Group;
  const starts: number[] = [];
  for (const g of groups) for (const s of g.starts) starts.push(s);
  return {
    citation: { start, end: last.end, refs: groupsRefs(groups, chamber, year), self: false },
    starts,
  };
}

/**
 * `Kamerstuk(ken) [I|II] [vergaderjaar] dossier…`. Prose `Kamerstuk` without a number is no citation,
 * so keywords are only looked for right before dossier hits. Same results as a global keyword scan
 * that resumes after each citation: keywords are visited in order, and one that starts inside the
 * previous citation is skipped.
 */
export function parseKeywordKamerstukken(text: string, hits: readonly number[]): KeywordCitations {
  const citations: RawCitation[] = [];
  const skippable: boolean[] = [];
  let reach = 0;
  let floor = 0;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as number;
    const start = keywordBefore(text, hit, floor);
    floor = hitEnd(text, hit);
    if (start < reach) continue;
    const keyword = matchAt(KEYWORD, text, start);
    // Without the word, `keywordBefore` found `EK` or `TK`: the chamber.
    const chamber = keyword ? null : text.charCodeAt(start) === 69 /* E */ ? 'I' : 'II';
    const keywordEnd = start + (keyword ? keyword[0].length : 2);
    const parsed = parseAfterKeyword(text, start, keywordEnd, chamber);
    if (!parsed) continue;
    citations.push(parsed.citation);
    // Hits before this one end before the keyword: the ones inside the citation come from here on.
    skippable.push(bareAnchorsSkippable(text, hits, h, parsed.citation, parsed.starts));
    reach = parsed.citation.end;
  }
  return { citations, skippable };
}

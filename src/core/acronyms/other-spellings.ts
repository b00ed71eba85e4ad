import { isDigit, isLetterOrDigit } from '../text/chars';
import { firstAtOrAfter } from '../text/sorted';
import type { InTextDefinition } from './definitions/definition';
import type { Glossary } from './glossary';
import type { TokenHit } from './tokens';

/**
 * Occurrences of short forms that the token finder does not take, added to its hits: spellings with full stops
 * (`M.E.P.`), a space (`ZON MW`, `SV WoZ`) or a star (`NOC*NSF`), the letter's own one-capital and lower-case short
 * forms (`Rtvi`, `Wet koa`), `(SDE)++`, and another edition of a numbered one (`VGR7` beside `VGR8`).
 */

/** A short form with an edition's number glued on: `VGR8`. Group 1: its letters. */
const EDITION_FORM = /^(\p{Lu}{2,})\d{1,2}$/u;

/**
 * `hits` with another edition of a short form the letter defines with its number, `VGR7` beside `de achtste
 * voortgangsrapportage (VGR8)` (2684), taken as written: not its letters alone, as a footnote's digits glued to an
 * acronym are (`EU2`), since the letter counts its editions so.
 */
export function withEditionSiblings(
  hits: TokenHit[],
  text: string,
  definitions: ReadonlyMap<string, unknown>,
): TokenHit[] {
  let counted: Set<string> | null = null;
  for (const abbr of definitions.keys()) {
    const m = EDITION_FORM.exec(abbr);
    if (m) (counted ??= new Set()).add(m[1] as string);
  }
  if (!counted) return hits;
  const editions = counted;
  return hits.map((hit) => {
    if (!editions.has(hit.abbr)) return hit;
    let end = hit.end;
    while (end < text.length && end - hit.end < 3 && isDigit(text.charCodeAt(end))) end++;
    const digits = end - hit.end;
    if (digits < 1 || digits > 2 || isLetterOrDigit(text.charCodeAt(end))) return hit;
    return { abbr: text.slice(hit.start, end), start: hit.start, end };
  });
}

/** The glossary's spellings with full stops (`M.E.P.`), which the token finder never takes: made once per glossary. */
const dotted = new WeakMap<Glossary, readonly string[]>();

function dottedSpellings(glossary: Glossary): readonly string[] {
  let made = dotted.get(glossary);
  if (!made)
    dotted.set(
      glossary,
      (made = [...new Set(glossary.entries.map((e) => e.abbr))].filter((a) => a.includes('.'))),
    );
  return made;
}

/**
 * `hits` with every whole-word occurrence of the glossary's spellings with full stops: Aruba's parties write
 * their names so, `De M.E.P.-fractie`, `De fractie van de A.V.P. en de P.D.R.` (995, 2606). Only those the
 * glossary lists: dotted capitals are mostly a person's initials (`H.P.M. Kerstens`).
 */
export function withDottedSpellings(hits: TokenHit[], text: string, glossary: Glossary): TokenHit[] {
  return inPlaceOfCovered(hits, wholeWordHits(text, dottedSpellings(glossary)));
}

/**
 * `hits` with the short form in the brackets of `(SDE)++` (1712) read as the `SDE++` that the brackets and their
 * pluses define (see `withPlusesAfter`), not as an `SDE` of its own beside it.
 */
export function withPlusDefinitions(
  hits: TokenHit[],
  text: string,
  definitions: ReadonlyMap<string, InTextDefinition>,
): TokenHit[] {
  let out = hits;
  for (const def of definitions.values()) {
    const { abbr, shortStart, shortEnd } = def;
    if (abbr.charCodeAt(abbr.length - 1) !== 43 /* + */ || text.charCodeAt(shortEnd) !== 41 /* ) */) continue;
    const at = hits.findIndex((h) => h.start === shortStart && h.end === shortEnd);
    if (at < 0) continue;
    if (out === hits) out = hits.slice();
    out[at] = { abbr, start: shortStart, end: shortEnd };
  }
  return out;
}

/** The glossary's spellings with a space (`ZON MW`), by their first word: made once per glossary. */
const spaced = new WeakMap<Glossary, ReadonlyMap<string, readonly string[]>>();

function spacedSpellings(glossary: Glossary): ReadonlyMap<string, readonly string[]> {
  let made = spaced.get(glossary);
  if (!made) {
    const byFirst = new Map<string, string[]>();
    for (const { abbr } of glossary.entries) {
      const space = abbr.indexOf(' ');
      if (space < 0) continue;
      const first = abbr.slice(0, space);
      const forms = byFirst.get(first);
      if (!forms) byFirst.set(first, [abbr]);
      else if (!forms.includes(abbr)) forms.push(abbr);
    }
    spaced.set(glossary, (made = byFirst));
  }
  return made;
}

/**
 * `hits` with the glossary's spellings of two words where a hit is the first word: `via ZON MW f 1 mln.` (822), the
 * medical branch of Zorgonderzoek Nederland, whose `MW` alone is a unit; `de beleidsdeelneming NEO NL` (449), one
 * name, whose `NL` is no Nederland of its own. Read at the hits, with no search of the text.
 */
export function withSpacedSpellings(hits: TokenHit[], text: string, glossary: Glossary): TokenHit[] {
  const byFirst = spacedSpellings(glossary);
  if (byFirst.size === 0) return hits;
  let out: TokenHit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as TokenHit;
    const forms = byFirst.get(hit.abbr);
    const form = forms?.find(
      (f) => text.startsWith(f, hit.start) && !isLetterOrDigit(text.charCodeAt(hit.start + f.length)),
    );
    if (form === undefined) {
      out?.push(hit);
      continue;
    }
    out ??= hits.slice(0, i);
    const end = hit.start + form.length;
    out.push({ abbr: form, start: hit.start, end });
    // The second word's own hit (`NL`) is part of it.
    while (i + 1 < hits.length && (hits[i + 1] as TokenHit).start < end) i++;
  }
  return out ?? hits;
}

/**
 * `hits` with every occurrence of the letter's own one-capital (`Rtvi`) and lower-case (`Wet koa`) short
 * forms, which the token finder does not look for: it takes words with two capitals, or the glossary's.
 * Whole words only, and only where the token finder found nothing: it does read such a short form when it
 * is part of a token with two capitals (`de ekv-NL`), and the same place listed twice was one mark counted
 * and stepped through twice (found by the core fuzz test).
 */
export function withTextOnlyDefinitions(
  hits: TokenHit[],
  text: string,
  definitions: ReadonlyMap<string, unknown>,
  fromTextOnly: (abbr: string) => boolean,
): TokenHit[] {
  const more = wholeWordHits(text, [...definitions.keys()].filter(fromTextOnly));
  return more.length > 0 ? [...hits, ...outsideHits(hits, more)].sort((a, b) => a.start - b.start) : hits;
}

/** Those of `more` that overlap none of `hits` (`hits` in text order). */
function outsideHits(hits: readonly TokenHit[], more: readonly TokenHit[]): TokenHit[] {
  const starts = hits.map((h) => h.start);
  // reach[i]: the furthest end among hits[0..i]; a span overlaps some hit when one of the hits that start
  // before its end reaches past its start.
  const reach: number[] = [];
  for (const h of hits) reach.push(Math.max(h.end, reach[reach.length - 1] ?? 0));
  return more.filter((m) => {
    const before = firstAtOrAfter(starts, m.end);
    return before === 0 || (reach[before - 1] as number) <= m.start;
  });
}

/**
 * Every whole-word occurrence in `text` of each of `spellings`, in text order, none overlapping another: where
 * two spellings meet (a reader's `a.s.` and `a.s.r.`, or `nr.` and `nr.)`), the longer one at a place wins, and
 * else the one that starts first (two marks on one place were stepped through twice; found by fuzzing the
 * reader's glossary).
 */
function wholeWordHits(text: string, spellings: Iterable<string>): TokenHit[] {
  const found: TokenHit[] = [];
  for (const abbr of spellings) {
    for (let at = text.indexOf(abbr); at >= 0; at = text.indexOf(abbr, at + abbr.length)) {
      const end = at + abbr.length;
      if (isLetterOrDigit(text.charCodeAt(at - 1)) || isLetterOrDigit(text.charCodeAt(end))) continue; // NaN at the ends: none
      found.push({ abbr, start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = 0;
  return found.filter((hit) => {
    if (hit.start < reached) return false;
    reached = hit.end;
    return true;
  });
}

/**
 * `hits` with the letter's own short forms written as two (`SV WoZ`, 219) as one hit wherever they occur,
 * in place of the hits of their parts. Whole words only.
 */
export function withSpacedDefinitions(
  hits: TokenHit[],
  text: string,
  definitions: ReadonlyMap<string, unknown>,
): TokenHit[] {
  return inPlaceOfCovered(
    hits,
    wholeWordHits(
      text,
      [...definitions.keys()].filter((abbr) => abbr.includes(' ')),
    ),
  );
}

/** `hits` with `more` in place of the hits they overlap, in text order. */
function inPlaceOfCovered(hits: TokenHit[], more: readonly TokenHit[]): TokenHit[] {
  if (more.length === 0) return hits;
  const covered = (h: TokenHit) => more.some((x) => h.start < x.end && x.start < h.end);
  return [...hits.filter((h) => !covered(h)), ...more].sort((a, b) => a.start - b.start);
}

/**
 * `hits` with two hits joined by a star, `NOC*NSF` (674), as one where the joined spelling is known: the Dutch
 * sports federation writes its name so. The star is no token character (it marks notes and wildcards too), so
 * the reader finds the halves; only a known name joins them.
 */
export function withStarJoins(hits: TokenHit[], text: string, known: (abbr: string) => boolean): TokenHit[] {
  if (text.indexOf('*') < 0) return hits;
  const out: TokenHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i] as TokenHit;
    const b = hits[i + 1];
    if (b && b.start === a.end + 1 && text.charCodeAt(a.end) === 42 /* * */) {
      const joined = `${a.abbr}*${b.abbr}`;
      if (text.slice(a.start, b.end) === joined && known(joined)) {
        out.push({ abbr: joined, start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

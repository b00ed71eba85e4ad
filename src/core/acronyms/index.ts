import type { AcronymFinding, AcronymSource, Span } from '../types';
import {
  isAsciiLetter,
  isDigit,
  isLetterOrDigit,
  isLower,
  isUpper,
  isWhiteSpace,
  onlyWhiteSpaceFrom,
} from '../text/chars';
import type { NormalizedText } from '../text/normalize';
import { firstAtOrAfter } from '../text/sorted';
import { builtinGlossary } from './builtin-glossary';
import { findFirstDefinitions } from './definitions';
import type { InTextDefinition } from './definitions/definition';
import { sameWords } from './definitions/partly-spelled-names';
import { definitionInGuillemets } from './definitions/without-brackets';
import { spelledOutBefore } from './spelled-out';
import {
  capitalizedLower,
  fewCapitalSpellings,
  hintFinder,
  rankMeanings,
  type HintFinder,
  type Glossary,
  type GlossaryCategory,
  type GlossaryEntry,
} from './glossary';
import { capitalsAndLowerCase, knownAbbreviations, openingName } from './known';
import { findAcronymTokens, isPlainRomanNumeral, type TokenHit } from './tokens';
import { nameTheSameThing, sameButInflection } from './related-names';
import { mergedGlossary, type UserGlossaryEntry } from './user-glossary';

export type { Glossary, GlossaryEntry, GlossaryCategory } from './glossary';
export { createGlossary, loadGlossary } from './glossary';
export type { UserGlossaryEntry } from './user-glossary';
/** Re-exported for the tests that hold it to the pattern-based count it replaced. */
export { capitalsAndLowerCase };

export interface AcronymMeaning {
  expansion: string;
  explanation?: string;
  category?: GlossaryCategory;
  source: AcronymSource;
}

/** An acronym finding with what the reader shows beside the contract fields. */
export interface AcronymDetail extends AcronymFinding {
  /** One line of Dutch about what it is, from the glossary. */
  explanation?: string;
  category?: GlossaryCategory;
  /** Language of the expansion (`nl`, `en`). */
  lang?: string;
  /** Where the letter defines it (the long form), original offsets. */
  definition?: Span;
  /** The glossary's standard expansion when the letter's own differs (`NDPP`: NATO Defence Planning Process). */
  standardExpansion?: string;
  /** Other meanings of an ambiguous abbreviation, most likely first. */
  alternatives?: AcronymMeaning[];
}

export interface FindAcronymsOptions {
  /** The built-in glossary to use (default: the bundled one; tests pass their own). */
  glossary?: Glossary;
  /** The reader's own entries: they override built-in meanings; disabled ones hide the abbreviation. */
  userGlossary?: readonly UserGlossaryEntry[];
  /** The letter's day (ISO): a meaning that was not in use then yields to one that was. */
  day?: string;
}

/**
 * A short form that the text ends with, nothing but white space after it, may be a word cut off by the text's
 * end: a two-letter lower-case one (`… die op 23 juni wo`, an excerpt of `wordt`: 529, 646; `ov`, `vo`: 236, 323)
 * or capitals that begin a known short form (see `cutKnownShortForm`): no acronym. A whole page never ends inside
 * a sentence; a reader's excerpt or a page still loading may.
 */
function cutOffAtTheEnd(
  s: string,
  hit: { abbr: string; end: number },
  glossary: Glossary,
  defined: ReadonlyMap<string, unknown>,
  hits: readonly TokenHit[],
): boolean {
  if (!onlyWhiteSpaceFrom(s, hit.end)) return false;
  const first = hit.abbr.charCodeAt(0);
  // Two letters: the start of so many words (`wordt`, `voor`, `over`) that a cut one is likelier than the sector.
  if (hit.abbr.length === 2 && first >= 97 && first <= 122 && hit.abbr === hit.abbr.toLowerCase())
    return true;
  return cutKnownShortForm(hit.abbr, glossary, defined, hits);
}

/**
 * Capitals that no source explains but that begin a known short form: `… aanwezig bij de NVW` ending an excerpt
 * (1934) is the `NVWA` cut off, and `… bij het LMI` after `Landelijk Meldpunt Internetoplichting (LMIO)` the
 * letter's own (2622), and `… werkzaamheden van RO` after `het CCS-project ROAD` one the letter uses (1714).
 * Asked only of the text's last word, so the glossary is walked at most once.
 */
function cutKnownShortForm(
  abbr: string,
  glossary: Glossary,
  defined: ReadonlyMap<string, unknown>,
  hits: readonly TokenHit[],
): boolean {
  if (abbr.length < 2 || defined.has(abbr)) return false;
  const begins = (known: string) => known.length > abbr.length && known.startsWith(abbr);
  // The letter's own longer short form, even where the glossary knows the capitals (`RO`, ruimtelijke ordening).
  if (hits.some((h) => begins(h.abbr))) return true;
  // Known as written, it stands whole; `NVW` finds only `NvW`, the nota van wijziging, written otherwise.
  if (glossary.lookup(abbr).some((e) => e.abbr === abbr)) return false;
  return glossary.entries.some((e) => begins(e.abbr)) || [...defined.keys()].some(begins);
}

/** Capitalized words before a short form that open a sentence or a noun phrase, no name or title: `De IV-…`. */
const OPENING_WORDS = new Set(['De', 'Het', 'Een', 'Dit', 'Deze', 'Dat', 'Die', 'Ons', 'Onze']);

/**
 * Is `hit` a roman numeral that the letter does not define, but that the glossary knows as a short form (`IV`,
 * informatievoorziening), where it is the numeral? It is the short form only glued by a hyphen to a lower-case word
 * after no name or number: `de beschikbare ruimte in het IV-portfolio` (126); the numeral in `Kamerstuk 36 200 IV`,
 * `de begrotingsstaten van Koninkrijksrelaties (IV)` (1033) and `het kabinet Rutte IV`, as in `Rutte IV-kabinet`.
 */
function isNumeralHere(s: string, hit: TokenHit, defined: ReadonlyMap<string, unknown>): boolean {
  if (!isPlainRomanNumeral(hit.abbr) || defined.has(hit.abbr)) return false;
  if (s.charCodeAt(hit.end) !== 45 /* - */ || !isLower(s.charCodeAt(hit.end + 1))) return true;
  let end = hit.start;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  if (end === hit.start) return true; // glued to what stands before it
  let start = end;
  while (start > 0 && !isWhiteSpace(s.charCodeAt(start - 1))) start--;
  const first = s.charCodeAt(start);
  if (isDigit(first)) return true;
  return isUpper(first) && !OPENING_WORDS.has(s.slice(start, end));
}

/**
 * Every acronym in the text with its meaning and occurrences (original offsets), ordered by
 * first occurrence. Meaning: the letter's own definition first, then the reader's glossary,
 * then the built-in glossary; unknown acronyms are listed with `expansion: null`.
 */
export function findAcronyms(text: NormalizedText, options: FindAcronymsOptions = {}): AcronymDetail[] {
  const base = options.glossary ?? builtinGlossary;
  const { glossary, userAbbrs } = options.userGlossary?.length
    ? mergedGlossary(base, options.userGlossary)
    : { glossary: base, userAbbrs: new Set<string>() };
  const s = text.text;

  const rules = knownAbbreviations(glossary);
  const definitions = findFirstDefinitions(
    s,
    rules.isShortForm,
    rules.spelledByInitials,
    rules.englishNames,
    rules.meaningless,
    rules.standardNames,
    rules.dutchGlosses,
  );
  let found = rules.reading(definitions, () =>
    findAcronymTokens(s, rules.known, fewCapitalSpellings(glossary)),
  );
  found = withPlusDefinitions(found, s, definitions);
  found = withTextOnlyDefinitions(found, s, definitions, rules.fromTextOnly);
  found = withSpacedDefinitions(found, s, definitions);
  found = withStarJoins(found, s, rules.known);
  found = withDottedSpellings(found, s, glossary);
  found = withSpacedSpellings(found, s, glossary);
  found = withEditionSiblings(found, s, definitions);
  const hits = outsideWebAddresses(s, found);
  const groups = new Map<string, Span[]>();
  /** Where each acronym is first used, in the normalized text. */
  const firstAt = new Map<string, number>();
  const spellings = capitalizedSpellings(hits);
  for (const hit of hits) {
    if (glossary.isHidden(hit.abbr)) continue;
    if (cutOffAtTheEnd(s, hit, glossary, definitions, hits)) continue;
    if (isNumeralHere(s, hit, definitions)) continue;
    const span = text.spanToOriginal(hit.start, hit.end);
    // `Boa’s verrichten …` opening a sentence is the letter's `boa` (246): one entry, when both occur.
    const abbr = spellings.get(hit.abbr) ?? hit.abbr;
    const list = groups.get(abbr);
    if (list) list.push(span);
    else {
      groups.set(abbr, [span]);
      firstAt.set(abbr, hit.start);
    }
  }

  let hints: HintFinder | null = null;
  // Where each short form stands alone in brackets, found in one pass on first need (most letters never ask).
  let bracketed: BracketedShortForms | null = null;
  // The hints that ranking may look for (those of abbreviations with several meanings), found in one scan.
  const expectedHints = function* () {
    for (const abbr of groups.keys()) {
      const meanings = glossary.lookup(abbr);
      if (meanings.length < 2) continue;
      for (const m of meanings) for (const h of m.hints ?? []) yield h.toLowerCase();
    }
  };
  const out: AcronymDetail[] = [];
  for (const [abbr, occurrences] of groups) {
    let def = definitions.get(abbr);
    const meanings = glossary.lookup(abbr);
    const ranked = rankMeanings(meanings, (hints ??= hintFinder(s, expectedHints())), options.day);
    const top = ranked[0];
    const glossarySource: AcronymSource = userAbbrs.has(abbr) ? 'user' : 'glossary';
    let finding: AcronymDetail;
    if (def) {
      // The letter's first definition words the name otherwise than the glossary; where it also writes the
      // glossary's name before the short form in brackets, that one is the definition (243: `Inspectie voor de
      // Gezondheidzorg (IGZ)` in the heading, `Inspectie voor de Gezondheidszorg (IGZ)` in the text). The same
      // brackets too, when the glossary's name takes in a word before the letter's: `Wet werk en inkomen naar
      // arbeidsvermogen (WIA)` (131). Not for the same words written as a compound (`writtenAlike`).
      const standard =
        top && !writtenAlike(top.expansion, def.expansion)
          ? standardNameDefined(s, top.expansion, abbr, (bracketed ??= bracketedShortForms(s)))
          : null;
      if (top && standard)
        def = {
          ...def,
          expansion: top.expansion.split(/\s+/).join(' '),
          longStart: standard.start,
          longEnd: standard.end,
        };
      finding = {
        abbr,
        expansion: def.expansion,
        source: 'document',
        occurrences,
        definition: text.spanToOriginal(def.longStart, def.longEnd),
      };
      // The glossary's explanation only when the glossary names the same thing (see `related-names.ts`); its
      // meanings of another thing stay as alternatives.
      if (top && (nameTheSameThing(top.expansion, def.expansion) || glossNamesIt(top, def.expansion))) {
        if (!sameWords(top.expansion, def.expansion) && !sameButInflection(top.expansion, def.expansion)) {
          finding.standardExpansion = top.expansion;
        }
        addGlossaryFacts(finding, top);
        // The glossary's language is that of its own wording. Other words are the paper's, Dutch:
        // `NAVO-defensieplanningscyclus (NDPP)` (NATO Defence Planning Process) was marked English.
        if (!sameName(top.expansion, def.expansion)) finding.lang = 'nl';
      }
    } else if (top) {
      finding = { abbr, expansion: top.expansion, source: glossarySource, occurrences };
      addGlossaryFacts(finding, top);
    } else {
      // Known neither from brackets nor from the glossary: defined before guillemets that stand for brackets, or its
      // name written out before it, if it is.
      const at = firstAt.get(abbr) ?? 0;
      const quoted = definitionInGuillemets(s, at, abbr, rules.spelledByInitials);
      const spelled = quoted
        ? { expansion: quoted.expansion, start: quoted.longStart, end: quoted.longEnd }
        : spelledOutBefore(s, abbr, at);
      finding = spelled
        ? {
            abbr,
            expansion: spelled.expansion,
            source: 'document',
            occurrences,
            definition: text.spanToOriginal(spelled.start, spelled.end),
          }
        : { abbr, expansion: null, source: null, occurrences };
    }
    const rest = def ? ranked : ranked.slice(1);
    const alternatives = rest
      .filter((m) => m !== top || !finding.standardExpansion)
      .filter((m) => !sameWords(m.expansion, finding.expansion ?? ''))
      .filter((m) => !(def && sameButInflection(m.expansion, def.expansion)))
      .map((m) => meaning(m, glossarySource));
    if (alternatives.length) finding.alternatives = alternatives;
    out.push(finding);
  }
  out.sort((a, b) => (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0));
  return out;
}

/**
 * Does `expansion`, the letter's name, name what the glossary's English `entry` names, as the Dutch name its
 * explanation opens with does: `Onbemande vliegtuigen (UAV)` (1322) and `Onbemand luchtvaartuig (drone).` for the
 * unmanned aerial vehicle (see `dutchGlosses`)? Then the glossary's name is the standard one, not another meaning.
 */
function glossNamesIt(entry: GlossaryEntry, expansion: string): boolean {
  if (entry.lang !== 'en' || entry.explanation === undefined) return false;
  const gloss = openingName(entry.explanation);
  return gloss !== null && nameTheSameThing(gloss, expansion);
}

/**
 * Does the letter write the glossary's `name` as `form`, its words perhaps joined into a compound, with or without a
 * linking `s` where they meet (`Fraude Signaleringsvoorziening` for `Fraude Signalering Voorziening`, 193)?
 */
function writtenAlike(name: string, form: string): boolean {
  const parts = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((p) => p !== '');
  const letters = form.toLowerCase().replace(/[\s-]+/g, '');
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    if (!letters.startsWith(part, at)) return false;
    at += part.length;
    const next = parts[k + 1];
    if (next !== undefined && letters.charAt(at) === 's' && !letters.startsWith(next, at)) at++;
  }
  return at === letters.length;
}

/** The offsets of the `(` before each short form the text writes alone in brackets, `(IGZ)`, by short form. */
type BracketedShortForms = ReadonlyMap<string, readonly number[]>;

/** The longest bracketed text `bracketedShortForms` keeps: longer short forms are searched for one by one. */
const MAX_BRACKETED = 24;

/**
 * Every text of at most MAX_BRACKETED characters in brackets with no bracket inside (`(IGZ)`, `(zie bijlage)`),
 * with the offsets of its `(` in order: one pass over the text for all short forms, where one search each for the
 * acronyms `standardNameDefined` asks about made a long paper with many of them quadratic.
 */
function bracketedShortForms(text: string): BracketedShortForms {
  const found = new Map<string, number[]>();
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const limit = Math.min(text.length, open + 2 + MAX_BRACKETED);
    let close = open + 1;
    while (close < limit && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 40) close++;
    if (close >= limit || text.charCodeAt(close) !== 41) continue;
    const inside = text.slice(open + 1, close);
    const offsets = found.get(inside);
    if (offsets) offsets.push(open);
    else found.set(inside, [open]);
  }
  return found;
}

/** The offsets of `(abbr)` in `text`, in order. */
function bracketedAt(text: string, abbr: string, bracketed: BracketedShortForms): readonly number[] {
  if (abbr.length <= MAX_BRACKETED && !/[()]/.test(abbr)) return bracketed.get(abbr) ?? [];
  const offsets: number[] = [];
  const written = `(${abbr})`;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) offsets.push(at);
  return offsets;
}

/**
 * Where `text` writes `name` right before `abbr` in brackets (`name (abbr)`, any white space between its words), the
 * span of that name; else null.
 */
function standardNameDefined(
  text: string,
  name: string,
  abbr: string,
  bracketed: BracketedShortForms,
): { start: number; end: number } | null {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const last = words[words.length - 1];
  if (!last) return null;
  for (const at of bracketedAt(text, abbr, bracketed)) {
    let end = at;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    let k = words.length - 1;
    for (; k >= 0; k--) {
      const word = words[k] as string;
      if (text.slice(start - word.length, start) !== word) break;
      start -= word.length;
      if (k === 0) break;
      const before = start;
      while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
      if (start === before) break;
    }
    if (k === 0 && (start === 0 || !isLetterOrDigit(text.charCodeAt(start - 1)))) return { start, end };
  }
  return null;
}

/**
 * The capitalized spellings among `hits` whose lower-case spelling is among them too (`Boa` and `boa`),
 * each mapped to the lower-case one. A capitalized spelling alone (`Mkb-financiering` in a title) stays.
 */
function capitalizedSpellings(hits: readonly TokenHit[]): Map<string, string> {
  const out = new Map<string, string>();
  // Each spelling once: a long paper has thousands of hits and a few hundred spellings.
  const present = new Set<string>();
  for (let i = 0; i < hits.length; i++) present.add((hits[i] as TokenHit).abbr);
  for (const abbr of present) {
    const lower = abbr.length < 2 ? null : capitalizedLower(abbr);
    if (lower !== null && present.has(lower)) out.set(abbr, lower);
  }
  return out;
}

/** A short form with an edition's number glued on: `VGR8`. Group 1: its letters. */
const EDITION_FORM = /^(\p{Lu}{2,})\d{1,2}$/u;

/**
 * `hits` with another edition of a short form the letter defines with its number, `VGR7` beside `de achtste
 * voortgangsrapportage (VGR8)` (2684), taken as written: not its letters alone, as a footnote's digits glued to an
 * acronym are (`EU2`), since the letter counts its editions so.
 */
function withEditionSiblings(
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
function withDottedSpellings(hits: TokenHit[], text: string, glossary: Glossary): TokenHit[] {
  return inPlaceOfCovered(hits, wholeWordHits(text, dottedSpellings(glossary)));
}

/**
 * `hits` with the short form in the brackets of `(SDE)++` (1712) read as the `SDE++` that the brackets and their
 * pluses define (see `withPlusesAfter`), not as an `SDE` of its own beside it.
 */
function withPlusDefinitions(
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
function withSpacedSpellings(hits: TokenHit[], text: string, glossary: Glossary): TokenHit[] {
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
function withTextOnlyDefinitions(
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
function withSpacedDefinitions(
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
function withStarJoins(hits: TokenHit[], text: string, known: (abbr: string) => boolean): TokenHit[] {
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

/**
 * Web addresses in the text, `[start, end)` pairs in order: from the scheme of a `://` or from
 * `www.` to the next white space. Found with `indexOf`, which costs next to nothing on the many
 * pages without one.
 */
export function webAddresses(text: string): number[] {
  const spans: number[] = [];
  let from = 0;
  // The next of each mark at or after `from`, looked for again only once `from` has passed it: each
  // search starting anew from `from` would read the text up to a far mark once per address.
  let scheme = -2;
  let www = -2;
  for (;;) {
    if (scheme !== -1 && scheme < from) scheme = text.indexOf('://', from);
    if (www !== -1 && www < from) www = text.indexOf('www.', from);
    if (scheme < 0 && www < 0) return spans;
    let start: number;
    if (scheme >= 0 && (www < 0 || scheme < www)) {
      start = scheme;
      while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--; // the scheme
      if (start === scheme) {
        from = scheme + 3;
        continue;
      }
    } else {
      start = www;
    }
    let end = start;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    spans.push(start, end);
    from = end;
  }
}

/**
 * `hits` without those inside a web address: `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:…`
 * (170) holds path parts in capitals, not acronyms of the letter.
 */
function outsideWebAddresses(text: string, hits: TokenHit[]): TokenHit[] {
  const spans = webAddresses(text);
  if (spans.length === 0) return hits;
  let k = 0;
  return hits.filter((hit) => {
    while (k < spans.length && (spans[k + 1] as number) <= hit.start) k += 2;
    return !(k < spans.length && (spans[k] as number) <= hit.start);
  });
}

function addGlossaryFacts(finding: AcronymDetail, entry: GlossaryEntry | undefined): void {
  if (!entry) return;
  if (entry.explanation) finding.explanation = entry.explanation;
  finding.category = entry.category;
  finding.lang = entry.lang;
}

function meaning(m: GlossaryEntry, source: AcronymSource): AcronymMeaning {
  const out: AcronymMeaning = { expansion: m.expansion, category: m.category, source };
  if (m.explanation) out.explanation = m.explanation;
  return out;
}

/**
 * The same name in other case, punctuation or number: `Improvised Explosive Devices` for
 * `improvised explosive device` (2521), `Director Operational Test and Evaluation` for `Director,
 * Operational Test and Evaluation` (618).
 */
function sameName(a: string, b: string): boolean {
  const words = (x: string) =>
    x
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.replace(/s$/, ''))
      .join(' ');
  return words(a) === words(b);
}

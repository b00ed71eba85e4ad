import { isDigit, onlyWhiteSpaceFrom } from '../text/chars';
import { isWordChar, skipSpaces } from './chars';
import { parseNumberList, type NumberList, type NumberListOptions } from './number-list';
import { joinDossier, makeRef } from './paper-id';
import { WS, matchAt, type RawCitation } from './raw';
import type { CitedPaperRef } from './types';

/**
 * Kamerstukken: `Kamerstuk 29 521, nr. 446`, `Kamerstukken II 2009/10, 27858, nr. 88`,
 * `Kamerstukken I 2008/09, 31700 VI, D`, `Kamerstukken 29 023 en 30 196, nrs. 260 en 268`,
 * bare `(28 676, nr. 71)`, compact `kst-29279-874` / `34300-VII-60` / `Kamerstuk 21501-30-678`,
 * and the metadata line of a zoek page (`2020-202131066 nr. 805`).
 * Forms: domain.md §2 and Aanwijzing 3.43 of the Aanwijzingen voor de regelgeving.
 *
 * This module reads what those forms share: a citation's groups (a dossier with its suffix, its numbers or letters,
 * more groups after `;`, `,` or `en`) and the references they make. The keyword form is read in
 * `parse-keyword-kamerstuk.ts`, the bare one in `parse-bare-kamerstuk.ts`, the compact ones in
 * `parse-compact-kamerstuk.ts`.
 */

// Roman budget chapters (`36 200 X`, `35 925 XIII`, `IIIA`) and fund letters (`36 200 A`) are dossier suffixes.
export const ROMAN_OR_LETTER = '(?:[IVXL]{1,7}[A-C]?|[A-Z])';
/** A budget's chapter written beside the dossier (`, hoofdstuk VI`, `VI en VII`): a roman numeral, maybe a letter after. */
const CHAPTER_NUMERAL = '[IVXL]{1,5}[A-D]?';
/**
 * Dossier number `29 521` / `29521`, with a suffix `-28`, `-A`, ` X`, `-VII`. Groups: 1-2 digits,
 * 3 numeric suffix after a hyphen, 4 roman/letter after a hyphen, 5 roman/letter after a space.
 */
const DOSSIER = new RegExp(
  `([1-3]\\d)[ \\u00a0]?(\\d{3})(?!\\d)(?:[-–](?:(\\d{1,2})(?!\\d)|(${ROMAN_OR_LETTER})(?![A-Za-z]))|[ \\u00a0](${ROMAN_OR_LETTER})(?![A-Za-z\\d]))?`,
  'y',
);
/**
 * A chapter set off by commas before the number: `Kamerstuk 24 400, IXB, nr. 24` (852). Only with `nr.` after it:
 * in `Kamerstukken I 2008/09, 31700 VI, D` a letter after the comma is the Eerste Kamer paper.
 */
const COMMA_SUFFIX = new RegExp(`,[ \\u00a0]?(${ROMAN_OR_LETTER}),[ \\u00a0]?nrs?\\.`, 'y');
/** A budget's chapter named by the word after a comma: `TK 1994–1995, 23 900, hoofdstuk VI.` (1630). */
const COMMA_CHAPTER_WORD = new RegExp(
  `,[ \\u00a0]?hoofdstuk[ \\u00a0](${CHAPTER_NUMERAL})(?![\\p{L}\\p{N}])`,
  'uy',
);
/** The number glued on with a hyphen in compact forms (`21501-30-678`, `34300-VII-60`). */
const COMPACT_NUMBER = /[-–](\d{1,5}|[A-Z]{1,3})(?![\w-])/y;
/** A compact number after a stray space that closes the brackets: `(Kamerstuk 24095- 578)` (1306, a page title). */
const SPACED_COMPACT_NUMBER = /[-–] (\d{1,5})(?=\))/y;
/** A kingdom act's number after its dossier: ` (R 1433)`, ` (R1818)`. */
const RIJKSWET_NUMBER = /[ \u00a0]?\(R[ \u00a0]?\d{3,4}\)/y;
/** Between the dossiers of one paper: `,`, `en`, `&`, or a slash (`(31 031/29 949, nr. 19)`, 244). */
const DOSSIER_SEP = new RegExp(`(?:${WS},${WS}|${WS}\\s(?:en|&)\\s${WS}|${WS}/${WS})`, 'y');
const GROUP_SEP = new RegExp(`(?:${WS};${WS}|${WS},${WS}(?:en\\s${WS})?|${WS}\\sen\\s${WS})`, 'y');
/** The chamber after the keyword; `I/II`, papers of both chambers (`Kamerstukken I/II, 30 953, C en nr. 3`, 2491), names none. */
export const CHAMBER = /[ \t]+(II|I)(\/(?:II|I))?(?![A-Za-z])/y;
export const VERGADERJAAR = new RegExp(
  `${WS},?${WS}(?:vergaderjaar${WS})?(\\d{4})${WS}[/–-]${WS}(\\d{2}|\\d{4})(?!\\d)${WS},?${WS}`,
  'y',
);

/** A hyphen or en dash: what glues the parts of a compact id. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013;
}
/** `DOSSIER_SEP` needs `,`, `e` (`en`), `&` or `/` after its white space. */
function mayBeDossierSep(c: number): boolean {
  return c === 44 || c === 101 || c === 38 || c === 47;
}
/** `GROUP_SEP` needs `;`, `,` or `e` (`en`) after its white space. */
function mayBeGroupSep(c: number): boolean {
  return c === 59 || c === 44 || c === 101;
}
/** `CHAMBER` needs spaces or tabs, then `I`. */
export function mayBeChamber(text: string, pos: number): boolean {
  let q = pos;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  return q > pos && text.charCodeAt(q) === 73;
}
/**
 * `VERGADERJAAR` needs, after white space, an optional comma and an optional `vergaderjaar`, a run of
 * exactly four digits (`2009/10`): a dossier number (`29 521`, `29521`) is never one.
 */
export function mayBeVergaderjaar(text: string, pos: number): boolean {
  let q = skipSpaces(text, pos);
  if (text.charCodeAt(q) === 44) q = skipSpaces(text, q + 1);
  if (text.startsWith('vergaderjaar', q)) q = skipSpaces(text, q + 12);
  return (
    isDigit(text.charCodeAt(q)) &&
    isDigit(text.charCodeAt(q + 1)) &&
    isDigit(text.charCodeAt(q + 2)) &&
    isDigit(text.charCodeAt(q + 3)) &&
    !isDigit(text.charCodeAt(q + 4))
  );
}

/** The dossier series whose two-digit suffix is part of the dossier (`21 501-02`, the EU councils). */
const NUMERIC_SUFFIX_DOSSIERS = new Set(['21501']);

interface ParsedDossier {
  start: number;
  base: string;
  suffix: string | null;
  numericSuffix: boolean;
  /** The suffix stands after a space, `32 123 XIV`, not a hyphen or a comma. */
  spacedSuffix: boolean;
  end: number;
}

export function parseDossier(text: string, pos: number): ParsedDossier | null {
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 32;
  // Not inside a longer number or word (`2021Z07250`, `1.234.567`).
  if ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) return null;
  const c = text.charCodeAt(pos);
  if (c < 49 || c > 51) return null; // `[1-3]`
  const m = matchAt(DOSSIER, text, pos);
  if (!m) return null;
  let suffix = m[3] ?? m[4] ?? m[5] ?? null;
  let end = pos + m[0].length;
  if (suffix === null && text.charCodeAt(end) === 44 /* , */) {
    const chapter = matchAt(COMMA_SUFFIX, text, end);
    if (chapter) {
      suffix = chapter[1] as string;
      end += chapter[0].indexOf(suffix) + suffix.length; // the list parser reads on from `, nr.`
    } else {
      const named = matchAt(COMMA_CHAPTER_WORD, text, end);
      if (named) {
        suffix = named[1] as string;
        end += named[0].length;
      }
    }
  }
  return {
    start: pos,
    base: `${m[1]}${m[2]}`,
    suffix,
    numericSuffix: m[3] !== undefined,
    spacedSuffix: m[5] !== undefined,
    end,
  };
}

export interface Group {
  /** Where each parsed dossier starts (lets the bare parser skip what a keyword citation parsed). */
  starts: number[];
  dossiers: string[];
  numbers: string[];
  end: number;
}

interface GroupOptions {
  /** A keyword (`Kamerstuk`) came first: a dossier without a number is still a reference. */
  keyword: boolean;
  /** Bare form: demand `, nr.` (or a parenthesised Eerste Kamer letter). */
  bare: boolean;
  /** Bare, but after the kind of paper it names (`het amendement 36 600 IV nr. 10`): `nr.` needs no comma. */
  afterPaperWord?: boolean;
  /** After `Kamerstukken I`: a lone letter after the dossier and a space is the Eerste Kamer's paper (see `ekPaperLetter`). */
  eersteKamer?: boolean;
}

/** The three ways a group is parsed, made once (not an object per parse). */
export const KEYWORD_GROUP: GroupOptions = { keyword: true, bare: false };
export const EERSTE_KAMER_KEYWORD_GROUP: GroupOptions = { keyword: true, bare: false, eersteKamer: true };
const LATER_GROUP: GroupOptions = { keyword: false, bare: false };
export const BARE_GROUP: GroupOptions = { keyword: false, bare: true };
export const BARE_AFTER_PAPER_WORD_GROUP: GroupOptions = { keyword: false, bare: true, afterPaperWord: true };

/** `en VII` before the comma of the number: another chapter of the same budget. */
const SECOND_CHAPTER = new RegExp(`[ \\t]{1,4}en[ \\t]{1,4}${CHAPTER_NUMERAL}(?=[ \\t]{0,4},)`, 'y');

/** `, 130)`: a paper's number without `nr.`, closing the brackets; not a year. */
const BARE_NUMBER_IN_BRACKETS = /[ \t]{0,4},[ \t]{0,4}(?!(?:19|20)\d\d\))(\d{1,4})(?=[ \t]{0,4}\))/y;

/** Number-list options of a group (see `parseNumberList`), one object per combination. */
const BARE_LIST: NumberListOptions = { requireComma: true, allowLetters: false };
const BARE_LIST_LETTERS: NumberListOptions = { requireComma: true, allowLetters: true };
const LIST_LETTERS: NumberListOptions = { requireComma: false, allowLetters: true };
const LIST_NO_LETTERS: NumberListOptions = { requireComma: false, allowLetters: false };

/** Dossier list with its numbers: `29 023 en 30 196, nrs. 260 en 268`; compact `21501-30-678`. */
export function parseGroup(text: string, pos: number, options: GroupOptions): Group | null {
  const first = parseDossier(text, pos);
  if (!first) return null;
  const parsed: ParsedDossier[] = [first];
  let end = first.end;
  // A kingdom act's dossier may carry its R-number: `(22 593 (R 1433), nr. 19)` (769).
  if (text.charCodeAt(skipSpaces(text, end)) === 40 /* ( */) {
    const rijkswet = matchAt(RIJKSWET_NUMBER, text, end);
    if (rijkswet) end += rijkswet[0].length;
  }
  // A paper filed under two chapters of a budget, `26 200 VI en VII, nr. 47` (1128): the first names it, as the
  // first of two dossiers does.
  if (first.spacedSuffix && first.suffix && !first.numericSuffix) {
    const chapter = matchAt(SECOND_CHAPTER, text, end);
    if (chapter) end += chapter[0].length;
  }

  // The bare form takes a compact number only as the whole bracket after a chapter: `(32 123 XIV-106)` (916).
  const compact = !isDash(text.charCodeAt(end))
    ? null
    : !options.bare
      ? (matchAt(COMPACT_NUMBER, text, end) ?? matchAt(SPACED_COMPACT_NUMBER, text, end))
      : bracketedChapterNumber(text, pos, first, end);
  if (compact) {
    return {
      starts: [first.start],
      dossiers: [joinDossier(first.base, first.suffix)],
      numbers: [compact[1] as string],
      end: end + compact[0].length,
    };
  }

  for (;;) {
    if (!mayBeDossierSep(text.charCodeAt(skipSpaces(text, end)))) break;
    const sep = matchAt(DOSSIER_SEP, text, end);
    if (!sep) break;
    const next = parseDossier(text, end + sep[0].length);
    if (!next) break;
    parsed.push(next);
    end = next.end;
  }

  // Letters are allowed unless the bare form stands outside parentheses. After a vergaderjaar in brackets the
  // dossier is a paper's for sure, and `nr.` may follow it without a comma: `(Tweede Kamer, 2010–2011, 32 620 nr. 1)`
  // (2645).
  const listOptions = !options.bare
    ? LIST_LETTERS
    : afterVergaderjaarInBrackets(text, pos)
      ? LIST_LETTERS
      : (pos > 0 && text.charCodeAt(pos - 1) === 40) /* ( */ || afterEersteKamer(text, pos)
        ? BARE_LIST_LETTERS
        : options.afterPaperWord
          ? LIST_NO_LETTERS
          : BARE_LIST;
  const list: NumberList | null =
    parseNumberList(text, end, listOptions) ?? wholeBracketNumber(text, pos, end, options);
  const dossiers: string[] = [];
  const starts: number[] = [];
  for (const d of parsed) {
    dossiers.push(joinDossier(d.base, d.suffix));
    starts.push(d.start);
  }
  if (list && !(onlyWhiteSpaceFrom(text, list.end) && insideOpenBracket(text, pos))) {
    return { starts, dossiers, numbers: list.numbers, end: list.end };
  }
  // `… (Kamerstuk 31 066, nr. 21` ending the text (509, an excerpt): the number may be cut off, so only
  // the dossier is known, as when the text breaks off before the number. Without a keyword, the `nr.` alone
  // says a paper is cited: `(19637, nr. 143` (1750).
  if (!options.keyword) return list ? { starts, dossiers, numbers: [], end } : null;

  // `(TK 29 477, 130)` (997): after a keyword, the number without `nr.` as the last thing in brackets (not a
  // year: `(Kamerstuk 29 477, 2009)`).
  const bareNumber = parsed.length === 1 ? matchAt(BARE_NUMBER_IN_BRACKETS, text, end) : null;
  if (bareNumber && insideOpenBracket(text, pos)) {
    return { starts, dossiers, numbers: [bareNumber[1] as string], end: end + bareNumber[0].length };
  }

  // `Kamerstuk 36800-2` (a title's compact id): the last part is the number, except in the
  // series whose numeric suffix belongs to the dossier (`Kamerstuk 21 501-20` is the dossier).
  const last = parsed[parsed.length - 1] as ParsedDossier;
  if (parsed.length === 1 && last.numericSuffix && last.suffix && !NUMERIC_SUFFIX_DOSSIERS.has(last.base)) {
    return { starts, dossiers: [last.base], numbers: [String(Number(last.suffix))], end };
  }
  if (options.eersteKamer && parsed.length === 1 && ekPaperLetter(last)) {
    return { starts, dossiers: [last.base], numbers: [last.suffix as string], end };
  }
  return { starts, dossiers, numbers: [], end };
}

/**
 * `Kamerstukken I 30 953 B (Brief van het College van Senioren …)` (1564): after `Kamerstukken I`, a lone capital
 * after the dossier and a space, with no number after it, is the Eerste Kamer's paper B, as the Eerste Kamer letters
 * its papers; the Tweede Kamer's `36 200 A` is a budget fund's dossier. Not a roman chapter (`36 200 V`, `X`), which
 * names a budget.
 */
function ekPaperLetter(dossier: ParsedDossier): boolean {
  const s = dossier.suffix;
  return dossier.spacedSuffix && s !== null && s.length === 1 && !ROMAN_LETTERS.includes(s);
}

const ROMAN_LETTERS = 'IVXL';

/**
 * `(25 892 nr. 9)` (2783): a bracket that opens with the dossier and closes right after `nr.` and its number holds
 * nothing but the paper's id, so the comma the bare form asks for is not needed; a dossier line (`25 892 Regels
 * inzake …`) stands in no bracket.
 */
function wholeBracketNumber(
  text: string,
  pos: number,
  end: number,
  options: GroupOptions,
): NumberList | null {
  if (!options.bare || text.charCodeAt(pos - 1) !== 40 /* ( */) return null;
  const list = parseNumberList(text, end, LIST_NO_LETTERS);
  return list && text.charCodeAt(list.end) === 41 /* ) */ ? list : null;
}

/**
 * `(32 123 XIV-106)`, after `de motie van het lid Cramer c.s` (916): a dossier with its chapter after a space,
 * then the number after a hyphen, alone in brackets. Not `(33 123 XIV-29/2009D59219)`, a request's code.
 */
function bracketedChapterNumber(
  text: string,
  pos: number,
  dossier: ParsedDossier,
  end: number,
): RegExpExecArray | null {
  if (text.charCodeAt(pos - 1) !== 40 /* ( */ || !dossier.spacedSuffix) return null;
  const m = matchAt(COMPACT_NUMBER, text, end);
  return m && /^\d{1,4}$/.test(m[1] as string) && text.charCodeAt(end + m[0].length) === 41 /* ) */
    ? m
    : null;
}

/** How far back a citation's opening bracket may stand: `(Kamerstukken II 2021/22, ` and a little more. */
const BRACKET_REACH = 48;

/** Is `pos` inside a bracket opened before it on the same line and not closed since? */
function insideOpenBracket(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && pos - k <= BRACKET_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x28) return true; // (
    if (c === 0x29 || c === 0x0a) return false; // ) or a line end
  }
  return false;
}

/** A vergaderjaar and its comma right before a dossier: `2010–2011, `, `2009/10, `. */
const VERGADERJAAR_BEFORE = /(?:19|20)\d\d[ \t]?[/–-][ \t]?(?:19|20)?\d\d,[ \t]{1,3}$/;

/** Does a vergaderjaar stand right before `pos`, inside a bracket opened before it? */
function afterVergaderjaarInBrackets(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 32 || !isDigit(text.charCodeAt(pos - 3))) return false; // `1, ` before: most are not
  return VERGADERJAAR_BEFORE.test(text.slice(Math.max(0, pos - 16), pos)) && insideOpenBracket(text, pos);
}

/** `(EK 32 043, letter P)` (266): the Eerste Kamer's abbreviation before a dossier. */
function afterEersteKamer(text: string, pos: number): boolean {
  return pos >= 3 && text.startsWith('EK ', pos - 3) && (pos === 3 || !isWordChar(text.charCodeAt(pos - 4)));
}

/** A Kamerstuk reference; without a stated chamber, a numbered paper is Tweede Kamer, a lettered one Eerste Kamer. */
export function kamerstukRef(
  dossier: string,
  number: string | null,
  chamber: 'I' | 'II' | null,
  year: string | null,
): CitedPaperRef {
  return makeRef({
    type: 'kamerstuk',
    chamber: chamber ?? (number === null ? null : isDigit(number.charCodeAt(0)) ? 'II' : 'I'),
    dossier,
    number,
    year,
    item: null,
  });
}

/**
 * Appends a group's references to `out`. Pairs numbers with dossiers: one dossier takes all; equal counts
 * pair up; otherwise the first (primary) dossier.
 */
function pushGroupRefs(
  out: CitedPaperRef[],
  group: Group,
  chamber: 'I' | 'II' | null,
  year: string | null,
): void {
  const { dossiers, numbers } = group;
  if (numbers.length === 0) {
    for (const d of dossiers) out.push(kamerstukRef(d, null, chamber, year));
  } else if (dossiers.length === numbers.length && dossiers.length > 1) {
    for (let i = 0; i < dossiers.length; i++) {
      out.push(kamerstukRef(dossiers[i] as string, numbers[i] as string, chamber, year));
    }
  } else {
    const primary = dossiers[0] as string;
    for (const n of numbers) out.push(kamerstukRef(primary, n, chamber, year));
  }
}

/** The references of a citation's groups, in order. */
export function groupsRefs(
  groups: readonly Group[],
  chamber: 'I' | 'II' | null,
  year: string | null,
): CitedPaperRef[] {
  const out: CitedPaperRef[] = [];
  for (const g of groups) pushGroupRefs(out, g, chamber, year);
  return out;
}

/** Groups after the first: `…, nr. 255 en 29 521, nr. 446`; each needs its own number. */
export function parseGroups(text: string, first: Group, options: GroupOptions): Group[] {
  const groups = [first];
  if (first.numbers.length === 0) return groups;
  let end = first.end;
  for (;;) {
    if (!mayBeGroupSep(text.charCodeAt(skipSpaces(text, end)))) break;
    const sep = matchAt(GROUP_SEP, text, end);
    if (!sep) break;
    let at = end + sep[0].length;
    // A later group may name its own vergaderjaar: `… nrs. 8 en 9 en 2000/2001, 27 157 nrs. 10 en 13` (1019).
    if (!options.bare && mayBeVergaderjaar(text, at)) {
      const vj = matchAt(VERGADERJAAR, text, at);
      if (vj) at += vj[0].length;
    }
    const next = parseGroup(text, at, options.bare ? BARE_GROUP : LATER_GROUP);
    if (!next || next.numbers.length === 0) break;
    groups.push(next);
    end = next.end;
  }
  return groups;
}

/**
 * The kind of paper right before a bare dossier: `het amendement 36 600 IV nr. 10` (1121), `de motie 36 600 nr. 12`,
 * or in an older paper the Kamerstukken themselves after a bracket, `(stukken 22 160 nrs. 14 en 15)` (2230); or the
 * paper before it in a list joined by slashes, `de amendementen 34 300 B nr. 9/ 34 300 VII nr. 19` (1180).
 */
const PAPER_WORD_BEFORE =
  /(?:\b(?:[Aa]mendement(?:en)?|[Mm]oties?|[Bb]rief|[Bb]rieven|[Nn]ota(?:'s|’s)?)|\(stukken|\bnr\.\s{0,2}\d{1,4}[ \t]{0,2}\/)[ \t]{1,4}$/;

export function afterPaperWord(text: string, hit: number): boolean {
  return PAPER_WORD_BEFORE.test(text.slice(Math.max(0, hit - 20), hit));
}

/** A bare dossier is not glued to a word, number, decimal point, comma, slash or hyphen (`(?<![\w.,/-])`). */
export function isBareAnchor(text: string, hit: number): boolean {
  if (hit === 0) return true;
  const c = text.charCodeAt(hit - 1);
  // `.` `,` `/` `-`
  return !(isWordChar(c) || c === 46 || c === 44 || c === 47 || c === 45);
}

/**
 * Bare anchors inside a keyword citation that the bare parser may skip: true when every bare anchor
 * strictly inside it is one of its own dossiers.
 *
 * Why skipping those is exact: no citation of any form can start before a keyword citation and run
 * into it (they all end in a digit or a lone capital), so every keyword citation is kept and every
 * bare citation starting inside one is dropped. A bare parse from one of its dossiers reads the same
 * dossier list and, being no less strict (`, nr.` required unless a paper word stands before, letters only in
 * brackets, no compact number), the same number list or none, so it ends inside the keyword citation too and
 * cannot hide a later anchor either. Another
 * five-digit number inside (`nr. 12345`) could start a bare parse that runs past the keyword citation;
 * then every anchor inside is parsed as before.
 */
export function bareAnchorsSkippable(
  text: string,
  hits: readonly number[],
  from: number,
  citation: RawCitation,
  dossiers: readonly number[],
): boolean {
  for (let h = from; h < hits.length; h++) {
    const hit = hits[h] as number;
    if (hit >= citation.end) break;
    if (hit > citation.start && isBareAnchor(text, hit) && !dossiers.includes(hit)) return false;
  }
  return true;
}

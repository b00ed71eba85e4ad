import { parseNumberList, type NumberList } from './number-list';
import { joinDossier, makeRef, normalizeVergaderjaar } from './paper-id';
import { WS, matchAt, type RawCitation } from './raw';
import type { CitedPaperRef } from './types';

/**
 * Kamerstukken: `Kamerstuk 29 521, nr. 446`, `Kamerstukken II 2009/10, 27858, nr. 88`,
 * `Kamerstukken I 2008/09, 31700 VI, D`, `Kamerstukken 29 023 en 30 196, nrs. 260 en 268`,
 * bare `(28 676, nr. 71)`, compact `kst-29279-874` / `34300-VII-60` / `Kamerstuk 21501-30-678`,
 * and the metadata line of a zoek page (`2020-202131066 nr. 805`).
 * Forms: domain.md §2 and Aanwijzing 3.43 of the Aanwijzingen voor de regelgeving.
 */

// Roman budget chapters (`36 200 X`, `35 925 XIII`, `IIIA`) and fund letters (`36 200 A`) are dossier suffixes.
const ROMAN_OR_LETTER = '(?:[IVXL]{1,7}[A-C]?|[A-Z])';
/**
 * Dossier number `29 521` / `29521`, with a suffix `-28`, `-A`, ` X`, `-VII`. Groups: 1-2 digits,
 * 3 numeric suffix after a hyphen, 4 roman/letter after a hyphen, 5 roman/letter after a space.
 */
const DOSSIER = new RegExp(
  `([1-3]\\d)[ \\u00a0]?(\\d{3})(?!\\d)(?:[-–](?:(\\d{1,2})(?!\\d)|(${ROMAN_OR_LETTER})(?![A-Za-z]))|[ \\u00a0](${ROMAN_OR_LETTER})(?![A-Za-z\\d]))?`,
  'y',
);
/** The number glued on with a hyphen in compact forms (`21501-30-678`, `34300-VII-60`). */
const COMPACT_NUMBER = /[-–](\d{1,5}|[A-Z]{1,3})(?![\w-])/y;
const DOSSIER_SEP = new RegExp(`(?:${WS},${WS}|${WS}\\s(?:en|&)\\s${WS})`, 'y');
const GROUP_SEP = new RegExp(`(?:${WS};${WS}|${WS},${WS}(?:en\\s${WS})?|${WS}\\sen\\s${WS})`, 'y');
const CHAMBER = /[ \t]+(II|I)(?![A-Za-z])/y;
const VERGADERJAAR = new RegExp(
  `${WS},?${WS}(?:vergaderjaar${WS})?(\\d{4})${WS}[/–-]${WS}(\\d{2}|\\d{4})(?!\\d)${WS},?${WS}`,
  'y',
);
const LEADING_WS = new RegExp(WS, 'y');

/** The dossier series whose two-digit suffix is part of the dossier (`21 501-02`, the EU councils). */
const NUMERIC_SUFFIX_DOSSIERS = new Set(['21501']);

interface ParsedDossier {
  base: string;
  suffix: string | null;
  numericSuffix: boolean;
  end: number;
}

function parseDossier(text: string, pos: number): ParsedDossier | null {
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 32;
  // Not inside a longer number or word (`2021Z07250`, `1.234.567`).
  if ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) return null;
  const m = matchAt(DOSSIER, text, pos);
  if (!m) return null;
  const suffix = m[3] ?? m[4] ?? m[5] ?? null;
  return { base: `${m[1]}${m[2]}`, suffix, numericSuffix: m[3] !== undefined, end: pos + m[0].length };
}

interface Group {
  dossiers: string[];
  numbers: string[];
  end: number;
}

interface GroupOptions {
  /** A keyword (`Kamerstuk`) came first: a dossier without a number is still a reference. */
  keyword: boolean;
  /** Bare form: demand `, nr.` (or a parenthesised Eerste Kamer letter). */
  bare: boolean;
}

/** Dossier list with its numbers: `29 023 en 30 196, nrs. 260 en 268`; compact `21501-30-678`. */
function parseGroup(text: string, pos: number, options: GroupOptions): Group | null {
  const first = parseDossier(text, pos);
  if (!first) return null;
  const parsed: ParsedDossier[] = [first];
  let end = first.end;

  const compact = matchAt(COMPACT_NUMBER, text, end);
  if (compact && !options.bare) {
    return {
      dossiers: [joinDossier(first.base, first.suffix)],
      numbers: [compact[1] as string],
      end: end + compact[0].length,
    };
  }

  for (;;) {
    const sep = matchAt(DOSSIER_SEP, text, end);
    if (!sep) break;
    const next = parseDossier(text, end + sep[0].length);
    if (!next) break;
    parsed.push(next);
    end = next.end;
  }

  const list: NumberList | null = parseNumberList(text, end, {
    requireComma: options.bare,
    allowLetters: !options.bare || text.charCodeAt(pos - 1) === 40 /* ( */,
  });
  const dossiers = parsed.map((d) => joinDossier(d.base, d.suffix));
  if (list) return { dossiers, numbers: list.numbers, end: list.end };
  if (!options.keyword) return null;

  // `Kamerstuk 36800-2` (a title's compact id): the last part is the number, except in the
  // series whose numeric suffix belongs to the dossier (`Kamerstuk 21 501-20` is the dossier).
  const last = parsed[parsed.length - 1] as ParsedDossier;
  if (parsed.length === 1 && last.numericSuffix && last.suffix && !NUMERIC_SUFFIX_DOSSIERS.has(last.base)) {
    return { dossiers: [last.base], numbers: [String(Number(last.suffix))], end };
  }
  return { dossiers, numbers: [], end };
}

/** Pairs numbers with dossiers: one dossier takes all; equal counts pair up; otherwise the first (primary) dossier. */
function groupRefs(group: Group, chamber: 'I' | 'II' | null, year: string | null): CitedPaperRef[] {
  const refFor = (dossier: string, number: string | null): CitedPaperRef =>
    makeRef({
      type: 'kamerstuk',
      chamber: chamber ?? (number === null ? null : /^\d/.test(number) ? 'II' : 'I'),
      dossier,
      number,
      year,
      item: null,
    });
  if (group.numbers.length === 0) return group.dossiers.map((d) => refFor(d, null));
  if (group.dossiers.length === group.numbers.length && group.dossiers.length > 1) {
    return group.dossiers.map((d, i) => refFor(d, group.numbers[i] as string));
  }
  const primary = group.dossiers[0] as string;
  return group.numbers.map((n) => refFor(primary, n));
}

/** Groups after the first: `…, nr. 255 en 29 521, nr. 446`; each needs its own number. */
function parseGroups(text: string, first: Group, options: GroupOptions): Group[] {
  const groups = [first];
  if (first.numbers.length === 0) return groups;
  let end = first.end;
  for (;;) {
    const sep = matchAt(GROUP_SEP, text, end);
    if (!sep) break;
    const next = parseGroup(text, end + sep[0].length, { keyword: false, bare: options.bare });
    if (!next || next.numbers.length === 0) break;
    groups.push(next);
    end = next.end;
  }
  return groups;
}

const KEYWORD = /\b[Kk]amer(?:-\n)?stuk(?:ken)?\b/g;

/** `Kamerstuk(ken) [I|II] [vergaderjaar] dossier…`. Prose `Kamerstuk` without a number is no citation. */
export function parseKeywordKamerstukken(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  KEYWORD.lastIndex = 0;
  for (let k = KEYWORD.exec(text); k; k = KEYWORD.exec(text)) {
    let pos = k.index + k[0].length;
    let chamber: 'I' | 'II' | null = null;
    let year: string | null = null;
    const c = matchAt(CHAMBER, text, pos);
    if (c) {
      chamber = c[1] as 'I' | 'II';
      pos += c[0].length;
    }
    const vj = matchAt(VERGADERJAAR, text, pos);
    if (vj) {
      year = normalizeVergaderjaar(vj[1] as string, vj[2]);
      pos += vj[0].length;
    } else {
      pos += matchAt(LEADING_WS, text, pos)?.[0].length ?? 0;
      if (text[pos] === ',') pos++;
      pos += matchAt(LEADING_WS, text, pos)?.[0].length ?? 0;
    }
    const first = parseGroup(text, pos, { keyword: true, bare: false });
    if (!first) continue;
    const groups = parseGroups(text, first, { keyword: true, bare: false });
    const last = groups[groups.length - 1] as Group;
    out.push({
      start: k.index,
      end: last.end,
      refs: groups.flatMap((g) => groupRefs(g, chamber, year)),
      self: false,
    });
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, last.end);
  }
  return out;
}

// A five-digit dossier not glued to a word, number, decimal point or slash.
const BARE_ANCHOR = /(?<![\w.,/-])[1-3]\d[ \u00a0]?\d{3}(?!\d)/g;

/** Bare `(28 676, nr. 71)`: a dossier followed by `, nr.` (or a parenthesised Eerste Kamer letter). */
export function parseBareKamerstukken(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  BARE_ANCHOR.lastIndex = 0;
  for (let m = BARE_ANCHOR.exec(text); m; m = BARE_ANCHOR.exec(text)) {
    const first = parseGroup(text, m.index, { keyword: false, bare: true });
    if (!first || first.numbers.length === 0) continue;
    const groups = parseGroups(text, first, { keyword: false, bare: true });
    const last = groups[groups.length - 1] as Group;
    out.push({
      start: m.index,
      end: last.end,
      refs: groups.flatMap((g) => groupRefs(g, null, null)),
      self: false,
    });
    BARE_ANCHOR.lastIndex = Math.max(BARE_ANCHOR.lastIndex, last.end);
  }
  return out;
}

// `kst-29279-874`, `kst-36200-X-5`, `kst-35261-B`, `kst-34086-B-n1` (reprint).
const KST = /\bkst-([1-3]\d{4})((?:-[A-Za-z0-9]{1,6}){1,3})(?![\w-])/gi;

/** Compact ids as the site writes them. */
export function parseKstIds(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  KST.lastIndex = 0;
  for (let m = KST.exec(text); m; m = KST.exec(text)) {
    const parts = (m[2] as string).slice(1).split('-');
    let reprint: string | null = null;
    if (parts.length > 1 && /^n\d+$/i.test(parts[parts.length - 1] as string))
      reprint = parts.pop() as string;
    if (parts.length > 2) continue;
    const number = parts[parts.length - 1] as string;
    const suffix = parts.length === 2 ? (parts[0] as string) : null;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: /^\d/.test(number) ? 'II' : 'I',
      dossier: joinDossier(m[1] as string, suffix),
      number,
      year: null,
      item: null,
    });
    if (reprint && ref.id) ref.id = `${ref.id}-${reprint}`;
    out.push({ start: m.index, end: m.index + m[0].length, refs: [ref], self: false });
  }
  return out;
}

// `34300-VII-60`, `21501-32-1188`: three parts, so neither a date nor a plain range.
const BARE_COMPACT = new RegExp(
  `(?<![\\w./-])([1-3]\\d{4})[-–](${ROMAN_OR_LETTER}|\\d{1,2})[-–](\\d{1,5}|[A-Z]{1,3})(?![\\w-])`,
  'g',
);

export function parseBareCompact(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  BARE_COMPACT.lastIndex = 0;
  for (let m = BARE_COMPACT.exec(text); m; m = BARE_COMPACT.exec(text)) {
    const number = m[3] as string;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: /^\d/.test(number) ? 'II' : 'I',
      dossier: joinDossier(m[1] as string, m[2] as string),
      number,
      year: null,
      item: null,
    });
    out.push({ start: m.index, end: m.index + m[0].length, refs: [ref], self: false });
  }
  return out;
}

/**
 * The metadata table of a zoek page glues vergaderjaar and id: `2020-202131066 nr. 805`
 * (letter 07). It always describes the page itself.
 */
const METADATA_LINE = new RegExp(
  `((?:19|20)\\d{2})-((?:19|20)\\d{2})[ ]?([1-3]\\d{4})(?:[- ](${ROMAN_OR_LETTER}|\\d{2}))? [Nn]r\\. ?(\\d{1,5}|[A-Z]{1,3})(?![\\w])`,
  'g',
);

export function parseMetadataLine(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  METADATA_LINE.lastIndex = 0;
  for (let m = METADATA_LINE.exec(text); m; m = METADATA_LINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[3] as string, 8);
    const number = m[5] as string;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: /^\d/.test(number) ? 'II' : 'I',
      dossier: joinDossier(m[3] as string, m[4] ?? null),
      number,
      year: normalizeVergaderjaar(m[1] as string, m[2]),
      item: null,
    });
    out.push({ start, end: m.index + m[0].length, refs: [ref], self: true });
  }
  return out;
}

/** A changed motion names the one it replaces: `(t.v.v. 19637-3370)` (Tweede Kamer OData `Onderwerp`). */
const TVV = new RegExp(
  `\\bt\\.v\\.v\\.${WS}([1-3]\\d{4})[-–](?:(${ROMAN_OR_LETTER}|\\d{1,2})[-–])?(\\d{1,5})(?![\\w-])`,
  'g',
);

export function parseTvv(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  TVV.lastIndex = 0;
  for (let m = TVV.exec(text); m; m = TVV.exec(text)) {
    const start = m.index + m[0].indexOf(m[1] as string, 6);
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: 'II',
      dossier: joinDossier(m[1] as string, m[2] ?? null),
      number: m[3] as string,
      year: null,
      item: null,
    });
    out.push({ start, end: m.index + m[0].length, refs: [ref], self: false });
  }
  return out;
}

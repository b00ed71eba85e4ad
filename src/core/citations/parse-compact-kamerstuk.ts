import { isDigit, isWhiteSpace } from '../text/chars';
import { isSolidHit } from './dossier-hits';
import { joinDossier, makeRef, normalizeVergaderjaar } from './paper-id';
import { ROMAN_OR_LETTER, isDash } from './parse-kamerstuk';
import { WS, matchAt, type RawCitation } from './raw';

/**
 * Kamerstukken in compact forms: the site's ids (`kst-29279-874`), dashed numbers (`34300-VII-60`, `Kamerstuk
 * 21501-30-678`), the metadata lines of zoek pages (`2020-202131066 nr. 805`) and Aanhangsels, and the motion a changed
 * one replaces (`t.v.v. 19637-3370`).
 */

// `kst-29279-874`, `kst-36200-X-5`, `kst-35261-B`, `kst-34086-B-n1` (reprint).
const KST = /\bkst-([1-3]\d{4})((?:-[A-Za-z0-9]{1,6}){1,3})(?![\w-])/iy;

/**
 * Compact ids as the site writes them. The dossier after `kst-` is a hit; the pattern is tried where
 * one follows `kst-` (any case: the `i` flag folds ASCII letters only).
 */
export function parseKstIds(text: string, hits: readonly number[]): RawCitation[] {
  const out: RawCitation[] = [];
  let lastIndex = 0;
  for (const hit of hits) {
    const start = hit - 4;
    if (start < lastIndex || !isSolidHit(text, hit) || text.charCodeAt(hit - 1) !== 45) continue;
    if (
      (text.charCodeAt(start) | 0x20) !== 107 /* k */ ||
      (text.charCodeAt(start + 1) | 0x20) !== 115 /* s */ ||
      (text.charCodeAt(start + 2) | 0x20) !== 116 /* t */
    )
      continue;
    const m = matchAt(KST, text, start);
    if (!m) continue;
    const parts = (m[2] as string).slice(1).split('-');
    let reprint: string | null = null;
    if (parts.length > 1 && /^n\d+$/i.test(parts[parts.length - 1] as string))
      reprint = parts.pop() as string;
    lastIndex = start + m[0].length;
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
    out.push({ start, end: lastIndex, refs: [ref], self: false });
  }
  return out;
}

// `34300-VII-60`, `21501-32-1188`: three parts, so neither a date nor a plain range.
const BARE_COMPACT = new RegExp(
  `(?<![\\w./-])([1-3]\\d{4})[-–](${ROMAN_OR_LETTER}|\\d{1,2})[-–](\\d{1,5}|[A-Z]{1,3})(?![\\w-])`,
  'y',
);

/** Tried at the hits written without a space and followed by a dash. */
export function parseBareCompact(text: string, hits: readonly number[]): RawCitation[] {
  const out: RawCitation[] = [];
  let lastIndex = 0;
  for (const hit of hits) {
    if (hit < lastIndex || !isSolidHit(text, hit) || !isDash(text.charCodeAt(hit + 5))) continue;
    const m = matchAt(BARE_COMPACT, text, hit);
    if (!m) continue;
    const number = m[3] as string;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: /^\d/.test(number) ? 'II' : 'I',
      dossier: joinDossier(m[1] as string, m[2] as string),
      number,
      year: null,
      item: null,
    });
    lastIndex = hit + m[0].length;
    out.push({ start: hit, end: lastIndex, refs: [ref], self: false });
  }
  return out;
}

/**
 * The metadata table of a zoek page glues vergaderjaar and id: `2020-202131066 nr. 805`
 * (letter 07), or keeps its cells: `| 1997-1998 | 25479 nr. 37 |` (letter 80), a number with a letter too
 * (`26657 nr. 188a`, 918), a kingdom act's with its R number (`25922-(R1613) nr. 62b`, 2481, as the detector's
 * `METADATA_ROW` reads it). It always describes the page itself.
 */
const METADATA_LINE = new RegExp(
  `((?:19|20)\\d{2})-((?:19|20)\\d{2})(?:[ ]?| \\| )([1-3]\\d{4})(?:[- ](${ROMAN_OR_LETTER}|\\d{2}))?(?:-\\(R\\d{3,4}\\))? [Nn]r\\. ?(\\d{1,5}[a-z]?|[A-Z]{1,3})(?![\\w])`,
  'g',
);

/** The Tweede Kamer's number after the Eerste Kamer's letters in a metadata line: `;40`. */
const BOTH_CHAMBERS_NUMBER = /;(\d{1,5})(?!\w)/y;

export function parseMetadataLine(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  METADATA_LINE.lastIndex = 0;
  for (let m = METADATA_LINE.exec(text); m; m = METADATA_LINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[3] as string, 8);
    let number = m[5] as string;
    let end = m.index + m[0].length;
    // A paper of both chambers names both numbers, the Eerste Kamer's letters first: `33845 nr. AC;40` (968), the
    // page of the Tweede Kamer's paper 40.
    const both = matchAt(BOTH_CHAMBERS_NUMBER, text, end);
    if (both && /^[A-Z]/.test(number)) {
      number = both[1] as string;
      end += both[0].length;
    }
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: /^\d/.test(number) ? 'II' : 'I',
      dossier: joinDossier(m[3] as string, m[4] ?? null),
      number,
      year: normalizeVergaderjaar(m[1] as string, m[2]),
      item: null,
    });
    out.push({ start, end, refs: [ref], self: true });
  }
  return out;
}

/**
 * The metadata table of a zoek Aanhangsel page (an answer to written questions) glues the
 * organisation, vergaderjaar and number: `Tweede Kamer der Staten-Generaal2014-20151365` (letter 42).
 * It always describes the page itself. The number ends its line, so no date glued after it is read
 * as part of it. Found from `Staten-Generaal` by `indexOf` (a letter names the Kamer in its address
 * line; only a digit glued on is tried further), not by a pattern tried at every position.
 */
const ORGANISATION = 'Staten-Generaal';
const AANHANGSEL_METADATA = /((?:19|20)\d{2})-((?:19|20)\d{2})([1-9]\d{0,4})[ \t]*(?:\n|$)/y;

export function parseAanhangselMetadataLine(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  for (let at = text.indexOf(ORGANISATION); at >= 0; at = text.indexOf(ORGANISATION, at + 1)) {
    const start = at + ORGANISATION.length;
    if (!isDigit(text.charCodeAt(start))) continue;
    const m = matchAt(AANHANGSEL_METADATA, text, start);
    if (!m) continue;
    const number = m[3] as string;
    const ref = makeRef({
      type: 'aanhangsel',
      chamber: text.startsWith('Eerste Kamer der ', at - 17) ? 'I' : 'II',
      dossier: null,
      number,
      year: normalizeVergaderjaar(m[1] as string, m[2]),
      item: null,
    });
    out.push({ start, end: start + 9 + number.length, refs: [ref], self: true });
  }
  return out;
}

/** A changed motion names the one it replaces: `(t.v.v. 19637-3370)` (Tweede Kamer OData `Onderwerp`). */
const TVV = new RegExp(
  `\\bt\\.v\\.v\\.${WS}([1-3]\\d{4})[-–](?:(${ROMAN_OR_LETTER}|\\d{1,2})[-–])?(\\d{1,5})(?![\\w-])`,
  'y',
);
const TVV_WS = 12;

/** Tried where `t.v.v.` and at most 12 white-space code units stand before a hit followed by a dash. */
export function parseTvv(text: string, hits: readonly number[]): RawCitation[] {
  const out: RawCitation[] = [];
  let lastIndex = 0;
  for (const hit of hits) {
    if (!isSolidHit(text, hit) || !isDash(text.charCodeAt(hit + 5))) continue;
    let space = 0;
    while (space <= TVV_WS && isWhiteSpace(text.charCodeAt(hit - 1 - space))) space++;
    const start = hit - space - 6;
    if (space > TVV_WS || start < lastIndex || !text.startsWith('t.v.v.', start)) continue;
    const m = matchAt(TVV, text, start);
    if (!m) continue;
    const ref = makeRef({
      type: 'kamerstuk',
      chamber: 'II',
      dossier: joinDossier(m[1] as string, m[2] ?? null),
      number: m[3] as string,
      year: null,
      item: null,
    });
    lastIndex = start + m[0].length;
    out.push({ start: start + m[0].indexOf(m[1] as string, 6), end: lastIndex, refs: [ref], self: false });
  }
  return out;
}

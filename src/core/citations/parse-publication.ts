import { makeRef } from './paper-id';
import type { CitedPaperRef } from './types';
import { WS, WS1, matchAt, type RawCitation } from './raw';
import { WindowedMatcher, hintPositions } from './windowed-matches';

/** Staatscourant and Staatsblad: `Stcrt. 2022, 1234`, `Staatscourant van 16 juni 2005, nr. 114`, `Staatscourant 2021, nr. 7182`, `Stb. 2021, 12`, `Staatsblad 2019, 239 en 240`. */
const ANCHOR = /\b(Stcrt|Staatscourant|Stb|Staatsblad)\b\.?/y;
/** Every anchor starts with `St`, which a literal scan finds far faster than the alternation (see `windowed-matches.ts`). */
const HINT = /St/g;
// `Staatscourant van 16 juni 2005, nr. 114`: an issue date may stand before the year.
const ISSUE_DATE = `(?:van${WS1}\\d{1,2}${WS1}[a-z]{3,9}${WS1})?`;
const BODY = new RegExp(
  `${WS}${ISSUE_DATE}((?:1[89]|20)\\d{2})(?:${WS},${WS}(?:[Nn]rs?\\.?${WS})?|${WS1}[Nn]rs?\\.?${WS})(\\d{1,6})(?!\\d)`,
  'y',
);
const MORE = new RegExp(`${WS1}en${WS1}(\\d{1,6})(?!\\d)`, 'y');
/**
 * The older Staatsblad form, its year from the act's date before it: `wet van 7 juni 2006, Stb. 330` (letter 70),
 * also after a law's name, `Destructiewet van 14 mei 1998, Stb. 338` (1039).
 */
const YEARLESS_NUMBER = new RegExp(`${WS}(\\d{1,4})(?![\\d,.]\\d)`, 'y');
const ACT_DATE_BEFORE =
  /\b(?:[A-Z]?[a-z]*(?:wet|besluit|regeling)|Wet|Besluit|Regeling) van \d{1,2} [a-z]{3,9} ((?:1[89]|20)\d{2}),\s{0,4}$/;
/** `Vreemdelingenbesluit van 23 november 2000, ` is at most this long. */
const ACT_DATE_REACH = 64;

/**
 * The hints an anchor can start at: `St` then `c` (`Stcrt`), `a` (`Staatscourant`, `Staatsblad`) or `b`
 * (`Stb`). Most `St` in a letter (`Staten-Generaal`, `Strategie`, `Stikstof`) fail this, and with a window of
 * one position a dropped hint is just a position the pattern would not match.
 */
function anchorHints(text: string): number[] {
  const out: number[] = [];
  for (const h of hintPositions(text, HINT)) {
    const c = text.charCodeAt(h + 2);
    if (c === 0x63 || c === 0x61 || c === 0x62) out.push(h);
  }
  return out;
}

export function parsePublications(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  const anchors = new WindowedMatcher(text, anchorHints(text), ANCHOR, 0, 0);
  for (let m = anchors.exec(); m; m = anchors.exec()) {
    const type = m[1] === 'Stcrt' || m[1] === 'Staatscourant' ? 'staatscourant' : 'staatsblad';
    const body = matchAt(BODY, text, m.index + m[0].length);
    if (!body) {
      if (type === 'staatsblad') pushYearless(text, m.index, m.index + m[0].length, out, anchors);
      continue;
    }
    const year = body[1] as string;
    const numbers = [body[2] as string];
    let end = m.index + m[0].length + body[0].length;
    for (let more = matchAt(MORE, text, end); more; more = matchAt(MORE, text, end)) {
      numbers.push(more[1] as string);
      end += more[0].length;
    }
    const refs: CitedPaperRef[] = [];
    for (const number of numbers) {
      refs.push(makeRef({ type, chamber: null, dossier: null, number, year, item: null }));
    }
    out.push({ start: m.index, end, refs, self: false });
    anchors.skipTo(end);
  }
  return out;
}

/** `wet van 7 juni 2006, Stb. 330`: a Staatsblad number without a year, dated by the act before it. */
function pushYearless(
  text: string,
  anchorStart: number,
  anchorEnd: number,
  out: RawCitation[],
  anchors: WindowedMatcher,
): void {
  const number = matchAt(YEARLESS_NUMBER, text, anchorEnd);
  if (!number) return;
  const before = ACT_DATE_BEFORE.exec(text.slice(Math.max(0, anchorStart - ACT_DATE_REACH), anchorStart));
  if (!before) return;
  const start = anchorStart - before[0].length;
  const end = anchorEnd + number[0].length;
  const ref = makeRef({
    type: 'staatsblad',
    chamber: null,
    dossier: null,
    number: number[1] as string,
    year: before[1] as string,
    item: null,
  });
  out.push({ start, end, refs: [ref], self: false });
  anchors.skipTo(end);
}

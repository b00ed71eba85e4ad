import { isDigit, isWhiteSpace } from '../text/chars';
import { type NumberList, parseNumberList } from './number-list';
import { makeRef, normalizeVergaderjaar } from './paper-id';
import { WS, WS1, matchAt, type RawCitation } from './raw';
import type { CitedPaperRef } from './types';
import { WindowedMatcher, hintPositions } from './windowed-matches';

/**
 * Handelingen and Aanhangsel Handelingen: `Handelingen II 2014/15, nr. 86, item 9`,
 * `Aanhangsel Handelingen II 2020/21, nr. 2275`, `Aanhangsel Handelingen,\nvergaderjaar 2020–2021, nr. 2844`,
 * `Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044` (Aanwijzing 3.43, domain.md §2).
 */
// `Aanhangsel der Handelingen II` (581) as older papers write it; `aanhangsels Handelingen` in a list (796);
// `Aanhangsel der handelingen` in lower case (1016), only after `Aanhangsel der`, as prose has `de handelingen`.
const ANCHOR =
  /\b(?:([Aa]anhangsels?)\s{1,4}(?:(?:van|bij)\s{1,4}de\s{1,4}|der\s{1,4})?)?Handelingen\b|\b([Aa]anhangsel)\s{1,4}der\s{1,4}handelingen\b/y;
/**
 * The anchor's optional `Aanhangsel` prefix makes a plain scan for it slow; a match starts at most 28 code
 * units (`Aanhangsels` 11, 4 spaces, `van`, 4 spaces, `de`, 4 spaces) before its `Handelingen`, so it is
 * only tried there (see `windowed-matches.ts`). The hints are the literals `Handelingen` and `handelingen`,
 * found in two scans: the engine finds a literal several times faster than `[Hh]andelingen`.
 */
const HINT = /Handelingen/g;
const LOWER_HINT = /handelingen/g;
const WINDOW = [-28, 0] as const;
/** A match starts with the `A` or `a` of `Aanhangsel` or the `H` of `Handelingen`. */
const FIRST_UNITS = 'AaH';
/**
 * `II`/`I`, or in older citations `TK`/`EK` (`Handelingen TK 1997–1998, 6368–6375`) and `der Kamer II`
 * (`Handelingen der Kamer II, vergaderjaar 2005–2006, nr. 95`, 1016); also after the line break of a
 * hard-wrapped page (`Handelingen` / `II 2021/22, nr. 87`, 126).
 */
const CHAMBER = /(?:[ \t]+|[ \t]*\n[ \t]*)(?:der[ \t]+Kamer[ \t]+)?(II|I|TK|EK)(?![A-Za-z])/y;
// A semicolon may stand for the comma: `Handelingen II; 2010/11, nr. 64, item 7` (2122).
const VERGADERJAAR = new RegExp(
  `${WS}[,;]?${WS}(?:[Vv]ergaderjaar${WS})?(\\d{4})${WS}[/–-]${WS}(\\d{2}|\\d{4})(?!\\d)`,
  'y',
);
/** The older short form: `vergaderjaar '95/'96` (796). */
const SHORT_VERGADERJAAR = new RegExp(
  `${WS},?${WS}(?:vergaderjaar${WS})?['’](\\d{2})${WS}/${WS}['’]\\d{2}(?!\\d)`,
  'y',
);
/**
 * The older form by date, sitting and page: `Handelingen I 23 juni 2009, 36–1624`. The sitting
 * number without its vergaderjaar names no single page, so it has no url.
 */
const DATED_SITTING = new RegExp(
  `${WS}\\d{1,2}${WS}[a-z]{3,9}${WS}(?:1[89]|20)\\d{2}${WS},${WS}(\\d{1,3})${WS}[–-]${WS}\\d{1,5}(?!\\d)`,
  'y',
);
/**
 * An Aanhangsel's number without `nr.`, right after its vergaderjaar and closing the brackets: `(Aanhangsel
 * Handelingen TK 1996–1997, 633)` (1825), `(Aanhangsel Handelingen 2019–2020, 594)` (2253). The Aanhangsel numbers
 * its answers; a page is written with `blz.` or as a range, as the Handelingen's are (`PAGES`).
 */
const BARE_AANHANGSEL_NUMBER = new RegExp(`${WS},${WS}(\\d{1,4})${WS}\\)`, 'y');

/** The number of `BARE_AANHANGSEL_NUMBER` at `pos` as a one-number list, or null. */
function bareAanhangselNumber(text: string, pos: number): NumberList | null {
  const bare = matchAt(BARE_AANHANGSEL_NUMBER, text, pos);
  if (!bare) return null;
  const number = bare[1] as string;
  return { numbers: [number], end: pos + bare[0].lastIndexOf(number) + number.length };
}
/**
 * The older form by vergaderjaar and the pages of its continuous pagination, no sitting number:
 * `Handelingen TK 1997–1998, 6368–6375` (letter 91), `Handelingen II 1997/98, blz. 6368`. It names
 * a passage, not a paper with a url. Not the first digits of a dossier, which no page is: `Handelingen der Kamer II,
 * vergaderjaar 2006–2007, 29 700, nr. 47` (1546) names a Kamerstuk under the wrong name, for the Kamerstuk parser.
 */
const PAGES = new RegExp(
  `${WS},${WS}(?:(?:blz|pag|p)\\.${WS})?\\d{1,5}(?:${WS}[–-]${WS}\\d{1,5})?(?!\\d|[.,]\\d|[ \u00a0]\\d{3}(?!\\d))`,
  'y',
);
/**
 * The sitting and its pages without a vergaderjaar: `(Handelingen II 49 blz. 4599 t/m 4602)` (letter 160, of
 * 2010). Like DATED_SITTING, a sitting number that names no single page: no url.
 */
const SITTING_PAGES = new RegExp(
  `${WS}(\\d{1,3}),?${WS}(?:blz|pag|p)\\.${WS}\\d{1,5}(?:${WS}(?:[–-]|t/m)${WS}\\d{1,5})?(?!\\d)`,
  'y',
);
// The comma may be missing: `nr. 26 item 5, blz. 11–37 en item 8` (801).
const ITEM = new RegExp(`(?:${WS},${WS}|${WS1})(?:items?|agendapunt)${WS}(\\d{1,3})(?!\\d)`, 'y');
/** More items of one sitting: `, 4 en 7`, `, 3, 4, 8 en 16`, `en item 8` (not `en nr. 20`). */
const MORE_ITEMS = new RegExp(`(?:${WS},${WS}|${WS1}en${WS1})(?:item${WS1})?(\\d{1,3})(?!\\d)`, 'y');
/** An item's pages, which name no other paper: `, blz. 11–37` (801). */
const ITEM_PAGES = new RegExp(`${WS},${WS}(?:blz|p)\\.${WS}\\d{1,5}(?:${WS}[–-]${WS}\\d{1,5})?(?!\\d)`, 'y');
/** Another sitting of the same vergaderjaar: `… items 4 en 7 en nr. 20, items 3, 4, 8 en 16` (318). */
const NEXT_SITTING = new RegExp(`(?:${WS},${WS}|${WS1}en${WS1})nr\\.?${WS}(\\d{1,4})(?!\\d)`, 'y');

/**
 * The sittings and items after a Handelingen citation's first sitting `number`, read from `pos`:
 * `nr. 19, items 4 en 7 en nr. 20, items 3, 4, 8 en 16` gives 19/4, 19/7, 20/3, 20/4, 20/8, 20/16. A
 * sitting without items is one ref without item.
 */
function sittingsAndItems(
  text: string,
  pos: number,
  number: string,
): { pairs: { number: string; item: string | null }[]; end: number } {
  const pairs: { number: string; item: string | null }[] = [];
  let end = pos;
  let sitting = number;
  for (;;) {
    const first = matchAt(ITEM, text, end);
    if (!first) {
      pairs.push({ number: sitting, item: null });
      break;
    }
    end += first[0].length;
    end = afterItemPages(text, end);
    pairs.push({ number: sitting, item: first[1] as string });
    for (let more = matchAt(MORE_ITEMS, text, end); more; more = matchAt(MORE_ITEMS, text, end)) {
      end = afterItemPages(text, end + more[0].length);
      pairs.push({ number: sitting, item: more[1] as string });
    }
    const next = matchAt(NEXT_SITTING, text, end);
    if (!next) break;
    // Only a sitting whose items follow: `en nr. 20` alone may be another paper's number.
    const after = end + next[0].length;
    if (!matchAt(ITEM, text, after)) break;
    sitting = next[1] as string;
    end = after;
  }
  return { pairs, end };
}

/** `end`, or past the item's pages that follow it. */
function afterItemPages(text: string, end: number): number {
  const pages = matchAt(ITEM_PAGES, text, end);
  return pages ? end + pages[0].length : end;
}

/** Every entry is digits only (`86`, not an Eerste Kamer letter `B`). */
function allNumeric(numbers: readonly string[]): boolean {
  for (const n of numbers) {
    if (n.length === 0) return false;
    for (let i = 0; i < n.length; i++) if (!isDigit(n.charCodeAt(i))) return false;
  }
  return true;
}

function handelingenRefs(
  numbers: readonly (string | null)[],
  aanhangsel: boolean,
  chamber: 'I' | 'II',
  year: string | null,
  item: string | null,
): CitedPaperRef[] {
  const refs: CitedPaperRef[] = [];
  for (const number of numbers) {
    refs.push(
      makeRef({
        type: aanhangsel ? 'aanhangsel' : 'handelingen',
        chamber,
        dossier: null,
        number,
        year,
        item,
      }),
    );
  }
  return refs;
}

/** Where `Handelingen` or `handelingen` starts, ascending. */
function handelingenHints(text: string): number[] {
  const upper = hintPositions(text, HINT);
  const lower = hintPositions(text, LOWER_HINT);
  if (lower.length === 0) return upper;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < upper.length || j < lower.length) {
    if (j >= lower.length || (i < upper.length && (upper[i] as number) < (lower[j] as number))) {
      out.push(upper[i++] as number);
    } else out.push(lower[j++] as number);
  }
  return out;
}

export function parseHandelingen(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  const anchors = new WindowedMatcher(
    text,
    handelingenHints(text),
    ANCHOR,
    WINDOW[0],
    WINDOW[1],
    FIRST_UNITS,
  );
  for (let m = anchors.exec(); m; m = anchors.exec()) {
    const aanhangsel = m[1] !== undefined || m[2] !== undefined;
    let pos = m.index + m[0].length;
    let chamber: 'I' | 'II' | null = null;
    let year: string | null = null;
    const c = matchAt(CHAMBER, text, pos);
    if (c) {
      chamber = c[1] === 'TK' ? 'II' : c[1] === 'EK' ? 'I' : (c[1] as 'I' | 'II');
      pos += c[0].length;
    }
    const vj = matchAt(VERGADERJAAR, text, pos);
    if (vj) {
      year = normalizeVergaderjaar(vj[1] as string, vj[2]);
      pos += vj[0].length;
    } else {
      const short = matchAt(SHORT_VERGADERJAAR, text, pos);
      if (short) {
        // Two digits of a parliamentary year: from 50 on the 1900s.
        const yy = Number(short[1]);
        year = normalizeVergaderjaar(String(yy >= 50 ? 1900 + yy : 2000 + yy));
        pos += short[0].length;
      }
    }
    if (!vj && !aanhangsel) {
      // `Handelingen I 23 juni 2009, 36–1624` (letter 70): the sitting's date, its number and the page; or
      // with the chamber, the sitting and its pages alone: `Handelingen II 49 blz. 4599 t/m 4602` (160).
      const dated = matchAt(DATED_SITTING, text, pos) ?? (c ? matchAt(SITTING_PAGES, text, pos) : null);
      if (dated) {
        const end = pos + dated[0].length;
        out.push({
          start: m.index,
          end,
          refs: handelingenRefs([dated[1] as string], false, chamber ?? 'II', null, null),
          self: false,
        });
        anchors.skipTo(end);
        continue;
      }
    }
    const list =
      parseNumberList(text, pos, {}) ?? (vj && aanhangsel ? bareAanhangselNumber(text, pos) : null);
    const pages = !list && vj && !aanhangsel ? matchAt(PAGES, text, pos) : null;
    if (pages) {
      const end = pos + pages[0].length;
      out.push({
        start: m.index,
        end,
        refs: handelingenRefs([null], false, chamber ?? 'II', year, null),
        self: false,
      });
      anchors.skipTo(end);
      continue;
    }
    // `de Handelingen van …` in prose, or a page reference without its year (`blz. 4511`): no citation.
    if (!list || !allNumeric(list.numbers)) continue;
    // The chamber defaults to the Tweede Kamer, as the URL (`ah-tk-…`) must.
    const kamer = chamber ?? 'II';
    // One sitting's number may be followed by its items and by more sittings with theirs.
    const read =
      !aanhangsel && list.numbers.length === 1
        ? sittingsAndItems(text, list.end, list.numbers[0] as string)
        : null;
    const end = read ? read.end : list.end;
    const refs = read
      ? read.pairs.flatMap((p) => handelingenRefs([p.number], false, kamer, year, p.item))
      : handelingenRefs(list.numbers, aanhangsel, kamer, year, null);
    out.push({ start: m.index, end, refs, self: false });
    anchors.skipTo(end);
  }
  return out;
}

/**
 * Another older form: `(Kamervragen (Aanhangsel) 2019–2020, nr. 1287)` (147). Found from its literal by
 * `indexOf`; the Tweede Kamer's, as the words say.
 */
const KAMERVRAGEN_MARK = 'Kamervragen (Aanhangsel)';
const KAMERVRAGEN_YEAR = new RegExp(`${WS}(\\d{4})${WS}[/–-]${WS}(\\d{2}|\\d{4})(?!\\d)`, 'y');

export function parseKamervragenAanhangsel(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  for (let at = text.indexOf(KAMERVRAGEN_MARK); at >= 0; at = text.indexOf(KAMERVRAGEN_MARK, at + 1)) {
    const pos = at + KAMERVRAGEN_MARK.length;
    const vj = matchAt(KAMERVRAGEN_YEAR, text, pos);
    if (!vj) continue;
    const list = parseNumberList(text, pos + vj[0].length, {});
    if (!list || !allNumeric(list.numbers)) continue;
    const year = normalizeVergaderjaar(vj[1] as string, vj[2]);
    out.push({
      start: at,
      end: list.end,
      refs: handelingenRefs(list.numbers, true, 'II', year, null),
      self: false,
    });
  }
  return out;
}

/**
 * The older way to cite an answer to written questions, by chamber, vergaderjaar and `AH`
 * (Aanhangsel Handelingen) or `Aanhangsel`: `(Tweede Kamer 2004–2005, AH, nr. 1067)` (letter 49),
 * `Tweede Kamer, vergaderjaar 2004–2005, Aanhangsel, nr. 1067`. Found from the literal `, AH,` or
 * `, Aanhangsel,` by `indexOf`, then read back to the chamber that starts it.
 */
const OLD_AANHANGSEL_MARKS = [', AH,', ', Aanhangsel,'] as const;
const OLD_AANHANGSEL_HEAD = new RegExp(
  `(Tweede|Eerste)${WS}Kamer,?${WS}(?:vergaderjaar${WS})?(\\d{4})${WS}[/–-]${WS}(\\d{2}|\\d{4}), (?:AH|Aanhangsel)(?=,)`,
  'y',
);
/** `Tweede Kamer, vergaderjaar 2004–2005` is at most this long, with the bounded white space. */
const OLD_AANHANGSEL_REACH = 60;

export function parseOldAanhangsel(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  for (const mark of OLD_AANHANGSEL_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const kamer = text.lastIndexOf('Kamer', at);
      if (kamer < 0 || at - kamer > OLD_AANHANGSEL_REACH) continue;
      let start = kamer;
      while (start > 0 && kamer - start < 12 && isWhiteSpace(text.charCodeAt(start - 1))) start--;
      start -= 'Tweede'.length;
      if (start < 0 || !(text.startsWith('Tweede', start) || text.startsWith('Eerste', start))) continue;
      const head = matchAt(OLD_AANHANGSEL_HEAD, text, start);
      if (!head) continue;
      const list = parseNumberList(text, start + head[0].length, {});
      if (!list || !allNumeric(list.numbers)) continue;
      out.push({
        start,
        end: list.end,
        refs: handelingenRefs(
          list.numbers,
          true,
          head[1] === 'Eerste' ? 'I' : 'II',
          normalizeVergaderjaar(head[2] as string, head[3]),
          null,
        ),
        self: false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

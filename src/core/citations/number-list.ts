import { isDigit } from '../text/chars';
import { skipSpaces } from './chars';
import { WS, WS1, expandRange, matchAt } from './raw';

/**
 * Document numbers after a dossier or a Handelingen year: `nr. 446`, `nrs. 260 en 268`,
 * `nrs. 1 t/m 3`, `nrs. 1, 2 en 5`, and Eerste Kamer letters `, B` / `, B en C` / `nr. AA`.
 */
export interface NumberList {
  numbers: string[];
  end: number;
}

// `nr`, `nrs`, `Nr.`, `nummer(s)`; `nr. 2019` is a number like any other (never a year). After a comma
// the word `stuk` may come first: `(31016, stuk nr. 198)` (364).
const STUK = `(?:[Ss]tuk${WS1})?`;
// After `Kamerstuk` a full stop may stand for the comma, a slip: `(Kamerstuk 29 911. Nr. 81)` (589).
// `No. 713`, as papers of the 1990s write it (2760).
const NR_KEYWORD = new RegExp(`${WS}[,.]?${WS}${STUK}([Nn][Rr][Ss]?|[Nn]ummers?|No(?=\\.))\\.?${WS}`, 'y');
const NR_KEYWORD_AFTER_COMMA = new RegExp(
  `${WS},${WS}${STUK}([Nn][Rr][Ss]?|[Nn]ummers?|No(?=\\.))\\.?${WS}`,
  'y',
);
// A number that is not the start of the next dossier (`nrs. 176 en 32 793, nr. 181`), nor the next group's
// vergaderjaar (`nrs. … 8 en 9 en 2000/2001, 27 157 nrs. 10 en 13`, 1019).
const NUMBER = /(\d{1,5})(?!\d)(?! \d{3}(?!\d))(?!\/\d)/y;
// Eerste Kamer papers are lettered (`B`, `AA`); only as a whole word ending the list.
const LETTER = /([A-Z]{1,3})(?![A-Za-z\d])/y;
const LETTER_END = /(?=\s{0,12}(?:[).;,\]:]|en\s|$))/y;
const LIST_SEP = new RegExp(`(?:${WS},${WS}|${WS1}en${WS1}|${WS}&${WS})`, 'y');
const RANGE_SEP = new RegExp(`(?:${WS}(?:t/m|t\\.e\\.m\\.|tot en met)${WS}|${WS}[-–]${WS})`, 'y');
// `Kamerstukken I, 2017/18 30 880 AA` (641): two or three letters after a space, which no dossier's suffix is
// (a roman numeral or one letter), name an Eerste Kamer paper; they end the citation or its line.
const SPACED_LETTERS = /[ \u00a0]([A-Z]{2,3})(?![A-Za-z\d])(?=[ \t]*(?:\n|$)|\s{0,12}(?:[).;,\]:]|en\s))/y;
// `, A en nr. 1` (1564, 2491): after an Eerste Kamer letter, the number of a Tweede Kamer paper of the dossier.
const THEN_NUMBER = new RegExp(`${WS1}en${WS1}[Nn][Rr]\\.?${WS}`, 'y');
// `, B` and, as the Eerste Kamer's own reports write it, `, letter P` (266).
const COMMA_LETTER = new RegExp(`${WS},${WS}(?:letters?${WS1})?(?=[A-Z]{1,3}(?![A-Za-z\\d]))`, 'y');

/**
 * Guards that rule a sticky match out from the first code unit after the white space (every pattern
 * above starts with bounded white space): most positions the parsers try hold none of these.
 */
function nextAfterSpaces(text: string, pos: number): number {
  return text.charCodeAt(skipSpaces(text, pos));
}
/** `LIST_SEP` needs `,`, `e` (`en`) or `&` after its white space. */
function mayBeListSep(c: number): boolean {
  return c === 44 || c === 101 || c === 38;
}
/** `RANGE_SEP` needs `t` (`t/m`, `tot en met`), `-` or `–`. */
function mayBeRangeSep(c: number): boolean {
  return c === 116 || c === 45 || c === 0x2013;
}

/** Parses one list item and what it extends to (`1 t/m 3`). */
function parseItem(text: string, pos: number, letters: boolean, allowRange: boolean): NumberList | null {
  if (letters) {
    const l = matchAt(LETTER, text, pos);
    if (!l) return null;
    const end = pos + l[0].length;
    if (!matchAt(LETTER_END, text, end)) return null;
    return { numbers: [l[1] as string], end };
  }
  if (!isDigit(text.charCodeAt(pos))) return null;
  const n = matchAt(NUMBER, text, pos);
  if (!n) return null;
  const end = pos + n[0].length;
  if (allowRange && mayBeRangeSep(nextAfterSpaces(text, end))) {
    const sep = matchAt(RANGE_SEP, text, end);
    if (sep) {
      const to = matchAt(NUMBER, text, end + sep[0].length);
      if (to) {
        return {
          numbers: expandRange(n[1] as string, to[1] as string),
          end: end + sep[0].length + to[0].length,
        };
      }
    }
  }
  return { numbers: [n[1] as string], end };
}

/** Items after the first, joined by `,`, `en`, `&` (`list` itself when none follows). */
function parseMore(text: string, list: NumberList, letters: boolean, allowRange: boolean): NumberList {
  let numbers: string[] | null = null;
  let end = list.end;
  for (;;) {
    if (!mayBeListSep(nextAfterSpaces(text, end))) break;
    const sep = matchAt(LIST_SEP, text, end);
    if (!sep) break;
    const item = parseItem(text, end + sep[0].length, letters, allowRange);
    if (!item) break;
    numbers ??= list.numbers.slice();
    for (const n of item.numbers) numbers.push(n);
    end = item.end;
  }
  return numbers ? { numbers, end } : list;
}

/** Two to four numbers counting up by one (what `expandRange` gives for a short range). */
function shortRange(numbers: readonly string[]): boolean {
  if (numbers.length < 2 || numbers.length > 4) return false;
  for (let i = 1; i < numbers.length; i++)
    if (Number(numbers[i]) !== Number(numbers[i - 1]) + 1) return false;
  return true;
}

export interface NumberListOptions {
  /** The bare form `(28 676, nr. 71)` needs the comma before `nr.`: without it a dossier line is not a citation. */
  requireComma?: boolean;
  /** Accept Eerste Kamer letters without `nr.` (`35 261, B`). */
  allowLetters?: boolean;
}

/** Parses `, nr. 446` / `, nrs. 260 en 268` / `, B` starting at `pos`; null when none follows. */
export function parseNumberList(
  text: string,
  pos: number,
  options: NumberListOptions = {},
): NumberList | null {
  // Both keyword patterns and `COMMA_LETTER` need a comma or an `n`/`N` after the white space (or, after
  // `Kamerstuk`, a full stop).
  const c = nextAfterSpaces(text, pos);
  if (options.allowLetters && !options.requireComma && c >= 65 && c <= 90) {
    const spaced = matchAt(SPACED_LETTERS, text, pos);
    if (spaced) return { numbers: [spaced[1] as string], end: pos + spaced[0].length };
    // A capital `Nr.` without a comma before it: `Kamerstuk: 23 552 Nr. 159` (1815).
    if (c !== 78 /* N */) return null;
  }
  if (c !== 44 && (options.requireComma || ((c | 0x20) !== 110 && c !== 46))) return null;
  const kw = matchAt(options.requireComma ? NR_KEYWORD_AFTER_COMMA : NR_KEYWORD, text, pos);
  if (kw) {
    const word = kw[1] as string;
    const plural = (word.charCodeAt(word.length - 1) | 0x20) === 115; /* s */
    const start = pos + kw[0].length;
    const numeric = parseItem(text, start, false, true);
    if (numeric && plural) return parseMore(text, numeric, false, true);
    // After a singular `nr.` only a short range, `nr. 1–2` (the royal message and the bill, 166), not a
    // number and what follows its hyphen.
    if (numeric && (numeric.numbers.length === 1 || shortRange(numeric.numbers))) return numeric;
    if (numeric) return parseItem(text, start, false, false);
    const lettered = parseItem(text, start, true, false);
    if (lettered) return plural ? parseMore(text, lettered, true, false) : lettered;
    return null;
  }
  if (options.allowLetters) {
    const comma = matchAt(COMMA_LETTER, text, pos);
    if (!comma) return null;
    const first = parseItem(text, pos + comma[0].length, true, false);
    if (!first) return null;
    const lettered = parseMore(text, first, true, false);
    const then = matchAt(THEN_NUMBER, text, lettered.end);
    const numbered = then ? parseItem(text, lettered.end + then[0].length, false, false) : null;
    return numbered ? { numbers: [...lettered.numbers, ...numbered.numbers], end: numbered.end } : lettered;
  }
  return null;
}

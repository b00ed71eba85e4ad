import { isDigit, isLetter, isLetterOrDigit, isLower, isSpace, isUpper, lineStartWithin } from './chars';
import { FULL_MONTH_NAMES } from './dutch-months';

/**
 * What stands around digits glued to the text, for `findMarkerInDigitRun`: the word or letters before them, what
 * follows (a sentence's start, a thousands group, a numbered item), whether they end a year, a date, `covid-19` or an
 * all-caps heading.
 */

/** How far back word scans reach: keeps every decision O(1). */
export const WORD_REACH = 40;

/** Month names and their abbreviations: a year after one carries a glued marker (`10 december 20211`). */
export const MONTHS = new Set([
  ...FULL_MONTH_NAMES,
  'jan',
  'feb',
  'mrt',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
]);

/** The letters ending at `end` (exclusive), at most WORD_REACH of them. */
export function letterRunBefore(s: string, end: number): string {
  let b = end;
  while (b > 0 && end - b < WORD_REACH && isLetter(s.charCodeAt(b - 1))) b--;
  return s.slice(b, end);
}

/** What may follow a marker glued to a word: end, space, closing punctuation, or a period that ends a sentence. */
export function followsLikeMarker(s: string, j: number): boolean {
  if (j >= s.length) return true;
  const c = s.charCodeAt(j);
  // A space and three digits go on with a number, a table's cell glued to its row's name: `Irak6 569` (863).
  if (c === 0x20 && thousandsAfter(s, j + 1)) return false;
  if (isSpace(c) || c === 0x0a) return true;
  if (c === 0x2e) {
    // `.` then a letter or digit is a file name or version (`bijlage1.pdf`, `1.2`), not a sentence end.
    return j + 1 >= s.length || !isLetterOrDigit(s.charCodeAt(j + 1));
  }
  if (c === 0x2c) {
    // `,` then a digit may be the next marker of a list (`»1,2`); the run never follows a digit, so no decimal.
    // But three digits or more after the comma make a decimal glued to a word: `België3,1364` in a table (576).
    if (j + 1 < s.length && isLetter(s.charCodeAt(j + 1))) return false;
    let k = j + 1;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    return k - (j + 1) < 3;
  }
  return (
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x3f || // ?
    c === 0x21 || // !
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0xbb || // »
    c === 0x201d || // ”
    c === 0x22 // "
  );
}

/** Three digits at `k` that end a number there: the next group of a number grouped by spaces (`6 569`). */
function thousandsAfter(s: string, k: number): boolean {
  return (
    isDigit(s.charCodeAt(k)) &&
    isDigit(s.charCodeAt(k + 1)) &&
    isDigit(s.charCodeAt(k + 2)) &&
    !isDigit(s.charCodeAt(k + 3))
  );
}

/** After a sentence period: the next sentence must start (a capital or an opening mark), or the line/text end. */
export function followsLikeSentenceEnd(s: string, j: number): boolean {
  if (j >= s.length) return true;
  const c = s.charCodeAt(j);
  if (c === 0x0a) return true;
  // `nemen.1Ik grijp` (13): the next sentence glued to the marker.
  if (isUpper(c) && j + 1 < s.length && isLower(s.charCodeAt(j + 1))) return true;
  if (!isSpace(c)) return followsLikeMarker(s, j);
  let k = j;
  while (k < s.length && k - j < WORD_REACH && isSpace(s.charCodeAt(k))) k++;
  if (k >= s.length) return true;
  const d = s.charCodeAt(k);
  if (isDigit(d) && k > j) return opensNumberedItem(s, k);
  return d === 0x0a || isUpper(d) || d === 0xab || d === 0x201c || d === 0x28 || d === 0x22 || d === 0x2018;
}

/**
 * Does a numbered item start at `k`: one or two digits, perhaps a period, a space and a capital? A question's
 * note is followed by the next question's number: `doden te verwachten zijn?1 2 Wat is uw reactie` (118).
 */
function opensNumberedItem(s: string, k: number): boolean {
  let m = k;
  while (m < s.length && m - k < 3 && isDigit(s.charCodeAt(m))) m++;
  if (m - k > 2) return false;
  if (s.charCodeAt(m) === 0x2e) m++;
  return s.charCodeAt(m) === 0x20 && isUpper(s.charCodeAt(m + 1));
}

/** Is the `)` at `close` the end of a year in brackets glued to a code in capitals, `COM(2016)`, `SWD(2020)`? */
export function isDocumentYear(s: string, close: number): boolean {
  const open = close - 5;
  if (open < 2 || s.charCodeAt(open) !== 0x28 || !isYear(s, open + 1, close)) return false;
  return isUpper(s.charCodeAt(open - 1)) && isUpper(s.charCodeAt(open - 2));
}

export function isYear(s: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const y = Number(s.slice(start, end));
  return y >= 1800 && y <= 2099;
}

/**
 * Does the `.` at `dot` end `jl.`, `j.l.` or `a.s.` (jongstleden, aanstaande), which close a date in
 * mid-sentence? Their letters stand alone: `tijl.` or `cjl.` are no such word.
 */
export function endsDateAbbreviation(s: string, dot: number): boolean {
  const a = s.charCodeAt(dot - 1);
  const b = s.charCodeAt(dot - 2);
  let start: number;
  if (a === 0x6c && b === 0x6a)
    start = dot - 2; // jl.
  else if (
    b === 0x2e &&
    ((a === 0x6c && s.charCodeAt(dot - 3) === 0x6a) || (a === 0x73 && s.charCodeAt(dot - 3) === 0x61))
  )
    start = dot - 3; // j.l., a.s.
  else return false;
  return start === 0 || !isLetterOrDigit(s.charCodeAt(start - 1));
}

/** Does a month name follow position `j` after one space (`16 april`)? */
export function isMonthAfter(s: string, j: number): boolean {
  if (s.charCodeAt(j) !== 0x20) return false;
  return MONTHS.has(letterRunAfter(s, j + 1).toLowerCase());
}

/** The letters starting at `start`, at most WORD_REACH of them. */
function letterRunAfter(s: string, start: number): string {
  let e = start;
  while (e < s.length && e - start < WORD_REACH && isLetter(s.charCodeAt(e))) e++;
  return s.slice(start, e);
}

/**
 * A letter or digit, or a closing quote or parenthesis (`»`, `”`, `"`, `)`): what a question's `?` follows.
 * A digit ends a question on a date: `van 29 maart 2024?1` (96).
 */
export function endsWordOrQuote(c: number): boolean {
  return isLetterOrDigit(c) || c === 0xbb || c === 0x201d || c === 0x22 || c === 0x29;
}

/**
 * Do the digits s[i, j) end a line of three or more all-caps words, glued to the last one, which has
 * four letters or more (so `D66`, `G20`, `A27` and `CO2` never qualify)?
 */
export function endsCapitalHeading(s: string, i: number, j: number): boolean {
  if (j < s.length && s.charCodeAt(j) !== 0x0a) return false;
  const lineStart = lineStartWithin(s, i, 300);
  if (lineStart < 0) return false;
  const words = s
    .slice(lineStart, i)
    .split(/[ \t]+/)
    .filter((w) => w !== '');
  const last = words[words.length - 1] ?? '';
  // A reprint's own note stays in the line: `B HERDRUK1 VOORLOPIG VERSLAG … EN JUSTITIE2` (30). A joint
  // committee's names are parted by a slash: `… COLLEGES VAN STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING1` (427),
  // also glued to the name before it: `… VOOR IMMIGRATIE EN ASIEL/ JBZ-RAAD1` (555), or `&` for `en`: `… VOOR
  // IMMIGRATIE & ASIEL / JBZ-RAAD1` (789).
  return (
    words.length >= 3 &&
    last.length >= 4 &&
    words.every((w) => /^(?:[A-Z][A-Z,:;/-]*|HERDRUK\d{1,2}|\/|&)$/.test(w))
  );
}

/** Words that open the kind line of a paper after its Eerste Kamer letter (`H BRIEF VAN …`, `B VOORLOPIG VERSLAG`). */
const KIND_WORDS = new Set([
  'BRIEF',
  'VERSLAG',
  'VOORLOPIG',
  'MEMORIE',
  'NOTA',
  'NADER',
  'EINDVERSLAG',
  'MOTIE',
  'HERDRUK',
]);

/**
 * Do the digits s[i, j) follow an Eerste Kamer letter of one to three capitals at a line start, with the paper's
 * kind after one space (`H1 BRIEF VAN DE MINISTER` (71), `AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG` (153))?
 * Roads and groups (`A2`, `G20`) are not followed by a kind word.
 */
export function startsEerstekamerHeading(s: string, i: number, j: number): boolean {
  let start = i - 1;
  while (start > 0 && i - start < 3 && isUpper(s.charCodeAt(start - 1))) start--;
  if (start > 0 && s.charCodeAt(start - 1) !== 0x0a) return false;
  if (s.charCodeAt(j) !== 0x20) return false;
  return KIND_WORDS.has(letterRunAfter(s, j + 1));
}

/** Does `covid` (any case) end at `end`, as a word? */
export function isCovid(s: string, end: number): boolean {
  const start = end - 5;
  return (
    start >= 0 &&
    s.slice(start, end).toLowerCase() === 'covid' &&
    (start === 0 || !isLetterOrDigit(s.charCodeAt(start - 1)))
  );
}

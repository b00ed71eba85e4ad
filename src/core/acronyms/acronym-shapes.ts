import { isAsciiLetter, isAsciiUpper } from '../text/chars';
import type { IsKnown } from './headings';

/**
 * Whether a word, or a part of a compound, is shaped like an acronym: all capitals (`NAVO`), mixed case with capitals
 * enough (`IenW`, `PvdA`, `mRNA`), not a roman numeral (`XIII`), a unit or a formula (`CO2`, `GWh`).
 */

const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Chemical formulas and units written in capitals: never acronyms. */
export const NOT_ACRONYMS = new Set([
  'CO',
  'CO2',
  'NO2',
  'NOx',
  'SO2',
  'CH4',
  'NH3',
  'N2O',
  'H2',
  'H2O',
  'O2',
  'O3',
  'PM10',
  'PM2',
  'MW',
  'GW',
  'TW',
  'KW',
  'MWh',
  'GWh',
  'TWh',
  'PJ',
  'GJ',
  'TJ',
  'EJ',
  'Mt',
  'MHz',
  'GHz',
  // Not `KB`: in a paper it is a koninklijk besluit (`het ontwerp-KB`, 330), which the glossary explains.
  'MB',
  'GB',
  'TB',
  'Mbps',
  // Emphasis and note words that letters print in capitals. Not `PS`: in a paper it is Provinciale Staten
  // (`bij de PS- en EU-verkiezingen`, 2315), which the glossary explains; a postscript is no part of a Kamerbrief.
  'NB',
  'NIET',
  'GEEN',
  'WEL',
  // `«Nederland zegt JA»` (2140).
  'JA',
  'NEE',
  'LET',
  'OP',
  'EN',
  'OF',
  'DE',
  'HET',
  'EEN',
  'VAN',
  'IN',
  'TE',
  'AAN',
  'BIJ',
  'MET',
  'NOOT',
  'ZIE',
  // Model names in capitals: `Boeing 737-MAX` (138).
  'MAX',
  // A brand written like `iCAS`.
  'iDEAL',
]);

// Up to 49: the articles of a long bill run to `XL` and `XLI` (780). Not from L on: `LIV` is the
// lage-inkomensvoordeel (665).
const ROMAN = /^(?:XL|X{0,3})(?:IX|IV|V?I{0,3})$/;
/**
 * From C on, three letters or more: the Eerste Kamer numbers its own dossiers so, heading a paper on a line of their
 * own, `CXIX Verslag van een werkbezoek …` (2604), `CII` (2581). Not `CV`, `CC`, `CD` (glossary words win anyway).
 */
const HUNDREDS = /^C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** `II`, `XIII`, `IIIA` (budget chapter suffixes), `XLI`: roman numerals with an optional letter. */
export function isRomanNumeral(s: string): boolean {
  if (!s) return false;
  // The patterns accept only I, V, X, L and C, and a last A-D: any other character decides at once.
  if (!onlyRomanLetters(s)) return false;
  if (ROMAN.test(s) || (s.length >= 3 && HUNDREDS.test(s))) return true;
  const head = s.slice(0, -1);
  return head.length >= 2 && /[A-D]$/.test(s) && ROMAN.test(head);
}

/** A roman numeral without a letter after it: `IV`, `XIII`, not `IIIA`. */
export function isPlainRomanNumeral(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return last !== 65 && last !== 66 && last !== 68 && isRomanNumeral(s); // not A, B, D (C is a numeral)
}

/** Is `s` made of I, V, X, L and C, except for a last letter that may also be A-D? */
export function onlyRomanLetters(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i < last; i++) {
    const c = s.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67) return false; // I V X L C
  }
  const c = s.charCodeAt(last);
  return c === 73 || c === 86 || c === 88 || c === 76 || (c >= 65 && c <= 68); // I V X L, A-D
}

interface Counts {
  upper: number;
  lower: number;
  digits: number;
  letters: number;
}

/** Capitals, lower-case letters and digits in `s`; ASCII by character code, the rest by Unicode property. */
export function counts(s: string): Counts {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c >= 48 && c <= 57) digits++;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (UPPER.test(ch)) upper++;
    else if (LOWER.test(ch)) lower++;
    else if (DIGIT.test(ch)) digits++;
  }
  return { upper, lower, digits, letters: upper + lower };
}

/** `re.test(ch)` for one UTF-16 unit, decided by `ascii` below 128 without calling the regex. */
export function charIs(ch: string, re: RegExp, ascii: (c: number) => boolean): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? ascii(c) : re.test(ch);
}

/**
 * Is this single part (no hyphen) an acronym by its shape or because it is known?
 * `known` is consulted first: the glossary and the document's own definitions win over shape rules.
 */
export function isAcronymPart(part: string, known: IsKnown): boolean {
  if (!part || NOT_ACRONYMS.has(part)) return false;
  if (known(part)) return true;
  if (!charIs(part[0] as string, LETTER, isAsciiLetter)) return false;
  if (isRomanNumeral(part)) return false;
  const c = counts(part); // `&` (`S&D`) counts as neither
  if (c.digits > 0) return false; // letters+digits are only acronyms when known (D66, G20); A27 is a road
  if (c.upper < 2) return false;
  if (c.lower === 0) return c.letters <= 5;
  if (c.lower === 1 && isLowerThenCapitals(part)) return true;
  return (
    charIs(part[0] as string, UPPER, isAsciiUpper) &&
    c.lower <= c.upper &&
    !isWordThenCapitals(part) &&
    !isCapitalsThenWord(part)
  );
}

/**
 * Capitals with a capitalized word of four letters or more glued after them: `ABDTOPConsult` (695), a name;
 * a short form's lower case stands between its capitals (`IenW`, `PvdA`).
 */
function isCapitalsThenWord(part: string): boolean {
  let i = part.length;
  while (i > 0 && part.charCodeAt(i - 1) >= 97 && part.charCodeAt(i - 1) <= 122) i--;
  // part[i - 1] is the word's capital, the capitals before it at least two.
  if (part.length - i < 3 || i < 3) return false;
  for (let k = 0; k < i; k++) if (!isAsciiUpper(part.charCodeAt(k))) return false;
  return true;
}

/**
 * A capitalized word of four letters or more with capitals glued on: `TeamNL` (556), a name, as `InvestEU`;
 * not a short form, which has its capitals first (`PvdA`, `BuZa`).
 */
function isWordThenCapitals(part: string): boolean {
  let i = 1;
  while (i < part.length && part.charCodeAt(i) >= 97 && part.charCodeAt(i) <= 122) i++;
  if (i < 4 || part.length - i < 2) return false;
  for (let k = i; k < part.length; k++) if (!isAsciiUpper(part.charCodeAt(k))) return false;
  return true;
}

/**
 * One lower-case ASCII letter before the capitals: `iCAS` (191), `eID`, `mRNA`. The letter is a prefix
 * of the acronym (interim, electronic, messenger); words with more lower case (`eHerkenning`) are names.
 */
function isLowerThenCapitals(part: string): boolean {
  const first = part.charCodeAt(0);
  return first >= 97 && first <= 122 && isAsciiUpper(part.charCodeAt(1));
}

import { NUMBER_PREFIXES, YEAR_CUES } from './lexicon';
import { NONE, NUM, WORD } from './tokens';
import type { TokenReader } from './token-reader';

/**
 * Context checks that refuse a number as a year: part of a citation (`Kamerstukken II 2009/10`), an identifier
 * (`nr. 2019`), an amount (`ongeveer 2000 mensen`, `€ 2000`) or a title (`Political Guidance 2023`).
 */

const EURO = 0x20ac; // €
const CAPITAL_I = 73; // I
const CAPITAL_K = 75; // K
const CAPITAL_T = 84; // T
const CAPITAL_E = 69; // E

/** Words that make the number after them an amount (`ongeveer 2000 mensen`), kept in NUMBER_PREFIXES. */
const APPROXIMATIONS = new Set(['ongeveer', 'circa', 'ca']);
/** Time words before an approximation that make its number a year again: `Vanaf ongeveer 2020` (844). */
const APPROXIMATE_YEAR_CUES = new Set(['vanaf', 'sinds', 'sedert']);

/**
 * Is the number at `i` part of a citation (`Handelingen II 2021/22`, `Aanhangsel Handelingen, vergaderjaar
 * 2020–2021, nr. 2844`, `Stcrt. 2022, 1234`) or an identifier (`nr. 2019`, `artikel 50`)?
 */
export function inCitationOrNumber(t: TokenReader, i: number): boolean {
  let p = t.previousSignificant(i);
  // The older style puts a comma after the chamber: `Kamerstukken II, 1998–1999, 26 387, nr. 1` (56).
  if (t.punct(p, ',') && isChamberNumeral(t, p - 1)) p--;
  let q = p;
  // Skip a chamber numeral: `Kamerstukken II 2009/10`.
  if (isChamberNumeral(t, q)) q = p - 1;
  const kind = t.kind(q);
  if (kind === NONE) return false;
  if (kind === NUM) return true;
  if (t.punctCode(q) === EURO) return true;
  if (kind !== WORD) return false;
  const lower = t.lower(q);
  if (NUMBER_PREFIXES.has(lower)) return !approximateAfterCue(t, q);
  if (lower === 'vergaderjaar' || lower === 'zittingsjaar') {
    // Inside a citation when a Handelingen/Kamerstukken word precedes or a number follows.
    for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
      if (t.kind(k) !== WORD) continue;
      const w = t.lower(k);
      if (w === 'handelingen' || w === 'aanhangsel' || t.fullLower(k).startsWith('kamerstuk')) return true;
    }
    return false;
  }
  return false;
}

/** A chamber in a citation: `Kamerstukken II 2009/10`, or by its letters, `Kamerstukken TK, 2007–2008` (399). */
function isChamberNumeral(t: TokenReader, i: number): boolean {
  if (t.kind(i) !== WORD) return false;
  const s = t.start(i);
  const length = t.length(i);
  const text = t.text;
  const first = text.charCodeAt(s);
  if (length === 2 && text.charCodeAt(s + 1) === CAPITAL_K) return first === CAPITAL_T || first === CAPITAL_E;
  return first === CAPITAL_I && (length === 1 || (length === 2 && text.charCodeAt(s + 1) === CAPITAL_I));
}

/**
 * `Vanaf ongeveer 2020` (844), `sinds circa 1990`: an approximation word makes the number after it an
 * amount (`ongeveer 2020 mensen`), unless a time word stands before it.
 */
export function approximateAfterCue(t: TokenReader, q: number): boolean {
  if (!APPROXIMATIONS.has(t.lower(q))) return false;
  const p = t.previousSignificant(q);
  return t.kind(p) === WORD && APPROXIMATE_YEAR_CUES.has(t.lower(p));
}

/**
 * `vergaderjaar 2024–2025, nr. 1028`: the number after a session year; or the paper, `(vergaderjaar
 * 1995–1996, 24 690, nr. 1)`, `(vergaderjaar 1996–1997, 25 000 XI, nr. 28)` (494).
 */
export function followedByNumber(t: TokenReader, i: number): boolean {
  if (!t.punct(i, ',')) return false;
  if (isNumberWord(t, i + 1)) return true;
  // A dossier number (`24 690`, `24690`), with a suffix (`XI`, `-20`), then its paper's number.
  let k = i + 1;
  if (t.kind(k) !== NUM) return false;
  if (t.length(k) === 2 && t.kind(k + 1) === NUM && t.length(k + 1) === 3) k++;
  else if (t.length(k) !== 5) return false;
  if (t.isDash(k + 1) && t.kind(k + 2) === NUM) k += 2;
  else if (t.kind(k + 1) === WORD && t.capitalized(k + 1) && t.length(k + 1) <= 5) k++;
  // `2000/2001, 27 157 nrs. 10 en 13` (1019): the paper numbers may follow the dossier without a comma.
  return t.punct(k + 1, ',') ? isNumberWord(t, k + 2) : isNumberWord(t, k + 1);
}

/** `nr`, `nrs` or `item`: the word before a paper's or an item's number. */
function isNumberWord(t: TokenReader, i: number): boolean {
  return t.word(i, 'nr') || t.word(i, 'nrs') || t.word(i, 'item');
}

/** A capitalized word right before a year makes it part of a title: `Political Guidance 2023`. */
export function inTitle(t: TokenReader, i: number): boolean {
  const p = t.previousSignificant(i);
  if (t.kind(p) !== WORD) return false;
  return t.capitalized(p) && !YEAR_CUES.has(t.lower(p));
}

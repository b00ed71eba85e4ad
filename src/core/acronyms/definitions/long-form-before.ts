/**
 * The long form before a parenthesis: the window of words it may lie in (`windowBefore`, cut at sentence
 * punctuation) and the long form aligned at the window's end (`longFormBefore`), narrowed to where the name starts.
 */

import { isAsciiUpper, isLetter, isWhiteSpace } from '../../text/chars';
import { cleanExpansion, type LongForm, MAX_WINDOW_CHARS, plausible } from './definition';
import { compoundGloss, matchLongForm, shortFormLetters } from './align';

/** Characters that end the window before a parenthesis (checked by code in `isStopCode`; the tests hold the two together). */
export const STOP_CHARS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '"',
  '“',
  '”',
  '•',
  '–',
  '—',
]);

/** `STOP_CHARS.has(ch)` for the UTF-16 unit `c` of `ch`, without making the one-character string. */
export function isStopCode(c: number): boolean {
  if (c < 128) {
    // . ! ? ; : ( ) [ ] "
    return (
      c === 46 ||
      c === 33 ||
      c === 63 ||
      c === 59 ||
      c === 58 ||
      c === 40 ||
      c === 41 ||
      c === 91 ||
      c === 93 ||
      c === 34
    );
  }
  // « » “ ” • – —
  return (
    c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2022 || c === 0x2013 || c === 0x2014
  );
}

/** The long form of `sf` at the end of `window`, the words before its parenthesis, or null. */
export function longFormBefore(sf: string, window: string): LongForm | null {
  const letters = shortFormLetters(sf);
  const aligned = matchLongForm(letters, window, 'suffix') ?? compoundGloss(letters, window);
  if (!aligned) return null;
  const match = pastLeadingNoun(letters, window, fromCapitalizedName(sf, letters, window, aligned));
  const start = afterJoiningSlash(window, match.start);
  const expansion = cleanExpansion(window.slice(start, match.end));
  return plausible(sf, expansion) ? { start, end: match.end, expansion } : null;
}

/**
 * Past a slash that glues the long form to what stands before it: `de Centrale Organisatie voor de Vleessector
 * (COV)/Vereniging voor de Nederlandse Vleeswarenindustrie (VNV)` (1695). The slash joins two names; it is part of
 * neither.
 */
function afterJoiningSlash(window: string, start: number): number {
  let k = start;
  while (window.charCodeAt(k) === 47 /* / */) k++;
  return k;
}

/**
 * `dit in vervolg op de Veiligheidsmonitor Rijk 2006 (VMR2006)` (628): a long form aligned from a lower-case
 * word (`vervolg`) while a capitalized word with the short form's capital initial stands inside it, from which
 * the letters align as well (`Veiligheidsmonitor Rijk 2006`): the name starts at that capital.
 */
function fromCapitalizedName(
  sf: string,
  letters: readonly string[],
  window: string,
  match: { start: number; end: number },
): { start: number; end: number } {
  const initial = sf.charCodeAt(0);
  const first = window.charCodeAt(match.start);
  // An ASCII capital initial, and the long form starting with that letter in lower case.
  if (!isAsciiUpper(initial) || first !== (initial | 0x20)) return match;
  const capital = sf[0] as string;
  for (
    let q = window.indexOf(capital, match.start + 1);
    q >= 0 && q < match.end;
    q = window.indexOf(capital, q + 1)
  ) {
    if (!isWhiteSpace(window.charCodeAt(q - 1))) continue;
    const narrowed = matchLongForm(letters, window.slice(q), 'suffix');
    if (narrowed && narrowed.start === 0 && q + narrowed.end === match.end)
      return { start: q, end: match.end };
  }
  return match;
}

/**
 * `van` with an article, after a lower-case word or at the start: `voorhang van de `, what is done to the name after
 * it, or `van een ` that the alignment took for the short form's `v` (2152).
 */
const LEADING_NOUN_OF = /^(?:\p{Ll}+ )?van (?:de |het |een )?/u;

/**
 * `over voorhang van de verkeersverdelingsregel (VVR)` (1810): a long form aligned from a lower-case noun and `van
 * de` while the words after them spell the short form by themselves, from their start (`verkeersverdelingsregel`):
 * the noun says what happens to what the short form names, and the name starts after it. So with `van een` alone:
 * `het overleg van een visstandbeheercommissie (VBC)` (2152).
 */
function pastLeadingNoun(
  letters: readonly string[],
  window: string,
  match: { start: number; end: number },
): { start: number; end: number } {
  const lead = LEADING_NOUN_OF.exec(window.slice(match.start, match.end));
  if (!lead) return match;
  const q = match.start + lead[0].length;
  const narrowed = matchLongForm(letters, window.slice(q, match.end), 'suffix');
  return narrowed && narrowed.start === 0 && q + narrowed.end === match.end
    ? { start: q, end: match.end }
    : match;
}

/** The text before `(`, cut at sentence punctuation, a blank line, or the word limit. */
export function windowBefore(text: string, open: number, sf: string): { start: number; text: string } | null {
  const k = shortFormLetters(sf)[0]?.length ?? 0;
  if (k === 0) return null;
  const maxWords = Math.min(k + 5, 2 * k) + 2;
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  // A long form in quotes, `«klant sluit zichzelf aan» (KSZA)` (110): the window is what the quotes hold.
  const q = text.charCodeAt(end - 1);
  if (q === 0xbb || q === 0x201d || q === 34) end--;
  let i = end;
  // Dotted initials that end the window, a company's legal form, do not stop it at their last dot:
  // `Petroleos de Venezuela, S.A. (PdVSA)` (1146).
  if (endsInDottedInitials(text, end)) i -= 2;
  let words = 0;
  let inWord = false;
  const floor = Math.max(0, end - MAX_WINDOW_CHARS);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    // 46: `.`; an en dash glued between two words joins them (`Amsterdam–Almere–Markermeer (RRAAM)`, 691); brackets
    // around the start of a word are part of it (`Stichting (Gelijk)waardig Herstel (SGH)`, 2536).
    if (
      isStopCode(c) &&
      !(c === 46 && isAbbreviationDot(text, i - 1)) &&
      !(c === 0x2013 && joinsWords(text, i - 1)) &&
      !((c === 40 || c === 41) && bracketsWordStart(text, i - 1))
    ) {
      break;
    }
    if (c === 10 && i >= 2 && text.charCodeAt(i - 2) === 10) break; // a blank line
    const space = isWhiteSpace(c);
    if (!space && !inWord) {
      if (words === maxWords) break;
      words++;
    }
    inWord = !space;
    i--;
  }
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i >= end) return null;
  return { start: i, text: text.slice(i, end) };
}

/**
 * Does the text before `end` close dotted initials, `S.A.` or `N.V.`: a dot after a lone letter that a dot follows
 * inside the initials? That last dot ends no sentence.
 */
function endsInDottedInitials(text: string, end: number): boolean {
  return (
    end >= 4 &&
    text.charCodeAt(end - 1) === 46 &&
    isLetter(text.charCodeAt(end - 2)) &&
    text.charCodeAt(end - 3) === 46 &&
    isLetter(text.charCodeAt(end - 4)) &&
    (end === 4 || !isLetter(text.charCodeAt(end - 5)))
  );
}

/**
 * Is the bracket at `at` one of a pair around the start of a word, glued to the rest of it: `(Gelijk)waardig`,
 * `(her)inrichting`? Letters inside, a letter after the closing one, and the opening one at the word's start.
 */
function bracketsWordStart(text: string, at: number): boolean {
  let open = at;
  if (text.charCodeAt(at) === 41) {
    while (open > 0 && isLetter(text.charCodeAt(open - 1))) open--;
    if (open === at || open === 0 || text.charCodeAt(open - 1) !== 40) return false;
    open--;
  }
  if (open > 0 && !isWhiteSpace(text.charCodeAt(open - 1))) return false;
  let close = open + 1;
  while (close < text.length && isLetter(text.charCodeAt(close))) close++;
  return close > open + 1 && text.charCodeAt(close) === 41 && isLetter(text.charCodeAt(close + 1));
}

/** Is the character at `at` glued between two letters? */
function joinsWords(text: string, at: number): boolean {
  return at > 0 && isLetter(text.charCodeAt(at - 1)) && isLetter(text.charCodeAt(at + 1));
}

/** A dot inside a word such as `d.d.` or `E.Z.` does not end the window; a sentence end does. */
export function isAbbreviationDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /\p{L}/u.test(before) && /\p{L}/u.test(after);
}

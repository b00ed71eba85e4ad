/**
 * Line view of the normalized text, and the small line predicates the outline rules share.
 *
 * Every outline rule looks at whole lines and their neighbours, so the text is split once
 * (linear) and each rule reads this array. Offsets are NORMALIZED offsets.
 */
import { isDigit, isWhiteSpace } from '../text/chars';

export interface Line {
  /** Position in the line array. */
  index: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character (the `\n` is not included). */
  end: number;
  /** Offset of the first non-space character (equals `end` for a blank line). */
  contentStart: number;
  /** The line without leading and trailing white space. */
  text: string;
}

/** Lines longer than this are body paragraphs for every rule; predicates never look further. */
export const MAX_RULE_LINE = 300;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    // What `trimStart` and `trim` strip (white space and line terminators: `isTrimmed`), found in place:
    // one slice per line instead of three.
    let contentStart = start;
    while (contentStart < end && isWhiteSpace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isWhiteSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({
      index: lines.length,
      start,
      end,
      contentStart,
      text: text.slice(contentStart, contentEnd),
    });
    start = end + 1;
  }
  return lines;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text === '';
}

/** The nearest non-blank line before `index`, or undefined. */
export function prevNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const l = lines[i];
    if (l && l.text !== '') return l;
  }
  return undefined;
}

/** The nearest non-blank line after `index`, or undefined. */
export function nextNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l && l.text !== '') return l;
  }
  return undefined;
}

/**
 * Strips what may follow the final punctuation of a sentence: closing quotes and brackets and a
 * glued footnote marker (`(STRAIIK-D).2`, `2020–2025.2.`), so the real final mark is visible.
 */
function stripSentenceTail(s: string): string {
  let end = s.length;
  // A glued footnote marker: at most 3 digits right after punctuation.
  let d = end;
  while (d > 0 && end - d < 3 && isDigit(s.charCodeAt(d - 1))) d--;
  if (d < end && d > 0 && '.!?'.includes(s[d - 1] as string)) end = d;
  while (end > 0 && '»”’"\')]'.includes(s[end - 1] as string)) end--;
  return s.slice(0, end);
}

/** Does the line end a sentence (`.`, `?`, `!`, also before a closing quote or a footnote marker)? */
export function endsSentence(text: string): boolean {
  const t = stripSentenceTail(text);
  const last = t[t.length - 1];
  return last === '.' || last === '?' || last === '!';
}

/**
 * Does the line end with a mark that says "more follows" or "this is prose":
 * a full stop, comma, colon, semicolon, question or exclamation mark, or a hyphen of a split word.
 */
export function endsPunctuated(text: string): boolean {
  const t = stripSentenceTail(text);
  const last = t[t.length - 1];
  return last !== undefined && '.,:;?!-–'.includes(last);
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** ASCII answers at once; other first characters (`É`, `ë`, a surrogate pair) go to the Unicode class. */
export function startsUpper(text: string): boolean {
  if (text.length === 0) return false; // no code unit to read (reading past the end makes V8 drop optimized code)
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

export function startsLower(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text);
}

/** Bullet and dash list items (`•`, `-`, `–`, `▪`, `*`, `o `). */
export function isBulletLine(text: string): boolean {
  const c = text[0];
  if (c === undefined) return false;
  if ('•·▪◦●■□-–—*'.includes(c)) return true;
  return c === 'o' && text[1] === ' ';
}

/**
 * Dutch function words (articles, prepositions, conjunctions, pronouns, auxiliaries). A line that
 * ends with one is a wrapped sentence (`… met de Oekraïense Minister van`), never a heading.
 */
const FUNCTION_WORDS = new Set(
  (
    'de het een van en in op met voor aan te om dat die of naar over bij door tot uit als zijn is ' +
    'er ook niet wordt worden werd heeft hebben had kan kunnen zal zullen moet moeten dan maar want ' +
    'zodat omdat waarbij waarin waarmee zoals tussen onder na per tegen binnen zonder via hun haar ' +
    'ons onze uw deze dit wij we ik zij ze hij u mede nog al wel meer zo toe af hierover daarbij ' +
    'waar wat wie welke welk hoe dus echter ten ter der des den vanuit sinds tijdens vanaf rond ' +
    'alle elk elke ieder iedere geen dient diens wiens waarvan hiervan daarvan'
  ).split(' '),
);

/** A word of capitals only: an abbreviation such as `OM` (Openbaar Ministerie), or a word of a line in capitals. */
const CAPITALS = /^\p{Lu}{2,}$/u;

export function endsWithFunctionWord(text: string): boolean {
  const space = text.lastIndexOf(' ');
  const last = text.slice(space + 1);
  const word = last.toLowerCase();
  if (!FUNCTION_WORDS.has(word)) return false;
  // A final word in capitals after one that is not is an abbreviation, not the function word it spells: `…
  // verantwoordelijkheid en het OM` (2620) ends in the Openbaar Ministerie, not in `om`. In a line of capitals
  // (`BRIEF VAN DE MINISTERS … EN VAN`, 878) the word before is in capitals too.
  if (space > 0 && CAPITALS.test(last)) {
    const before = text.slice(text.lastIndexOf(' ', space - 1) + 1, space);
    if (!CAPITALS.test(before)) return false;
  }
  return true;
}

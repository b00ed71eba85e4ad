import { FUNCTION_WORDS } from '../../../src/core/timeline/function-words';
import { NO_ADJECTIVE, adjectiveClass } from '../../../src/core/timeline/adjectives';
import { FINITE_VERBS } from '../../../src/core/timeline/auxiliaries';
import { PREPOSITIONS } from '../../../src/core/timeline/dangling';
import { isParticipleAfterParticle } from '../../../src/core/dates/tense';
/**
 * The clause rules as plain loops over characters: the reference `clauseStart`, `clauseEnd` and
 * `labelAround` must agree with. Narrow delimiters are `,` `;` `:` `(` `)` `[` `]` `–` `—`, wide ones
 * `;` `:` `(` `)` `[` `]`; the brackets of a short group (1 to 12 characters, none of them a narrow
 * delimiter or a line break: `(NAR)`, `(2018)`) that lies wholly on one side of the date are no delimiters,
 * nor is the comma of a capitalised list (`Onderwijs, Cultuur en Wetenschap`) or a decimal comma, nor a colon
 * between digits (`12:00`) or before `//` (`https://`).
 */
export const NARROW = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);
export const WIDE = new Set([';', ':', '(', ')', '[', ']']);

const GROUP_MAX = 12;

/** The `(` of a short group whose `)` is at `close`, not before `from`; else -1. */
function groupOpenedBefore(text: string, close: number, from: number): number {
  for (let k = close - 1; k >= from && close - k <= GROUP_MAX + 1; k--) {
    const ch = text[k] as string;
    if (ch === '(') return close - k - 1 >= 1 ? k : -1;
    if (NARROW.has(ch) || ch === '\n') return -1;
  }
  return -1;
}

/** The `)` of a short group whose `(` is at `open`, before `to`; else -1. */
function groupClosedBefore(text: string, open: number, to: number): number {
  for (let k = open + 1; k < to && k - open <= GROUP_MAX + 1; k++) {
    const ch = text[k] as string;
    if (ch === ')') return k - open - 1 >= 1 ? k : -1;
    if (NARROW.has(ch) || ch === '\n') return -1;
  }
  return -1;
}

/**
 * A comma inside a capitalised list (`Volksgezondheid, Welzijn en Sport`): a capitalised word right
 * before it in text[from, at), capitalised words and `en` and a capital after it, within 120 characters
 * and before `to`. No delimiter.
 */
function isListComma(text: string, from: number, at: number, to: number): boolean {
  let k = at;
  while (k > from && /[\p{L}-]/u.test(text[k - 1] as string)) k--;
  if (k === at || !/\p{Lu}/u.test(text[k] as string)) return false;
  return LIST.test(text.slice(at, Math.min(to, at + 120)));
}

/**
 * A decimal comma (`€ 2,8 miljard`): digits on both sides, the ones before it not a year of the 1900s
 * or 2000s standing alone (`2022,1` is a year and a footnote's number). No delimiter.
 */
function isDecimalComma(text: string, at: number): boolean {
  const before = /(^|[^\d])(\d+)$/.exec(text.slice(0, at));
  if (!before || !/^\d/.test(text.slice(at + 1))) return false;
  return !(/^(?:19|20)\d\d$/.test(before[2] as string) && !/[.,]/.test(before[1] as string));
}

/**
 * A colon inside a clock time or ratio (`12:00`, `1:10`; one or two digits before it, not a year's `2024:6`) or a
 * web address (`https://`). No delimiter.
 */
function isWordColon(text: string, at: number): boolean {
  if (text[at] !== ':') return false;
  if (text.startsWith('//', at + 1)) return true;
  return /(?:^|\D)\d{1,2}$/.test(text.slice(0, at)) && /^\d/.test(text.slice(at + 1));
}

/**
 * A comma inside a list of figures after `respectievelijk` (`respectievelijk 18 810, 1970 en 5470`): a figure right
 * before it, `respectievelijk` and figures before that within 100 characters and not before `from`, figures after it to
 * `en` or `of` and a digit, before `to`. No delimiter.
 */
function isFiguresComma(text: string, from: number, at: number, to: number): boolean {
  const figure = String.raw`\d[\d.]*(?: \d{3})*%?`;
  if (!/[\d%]$/.test(text.slice(0, at))) return false;
  const after = new RegExp(String.raw`^,\s+(?:${figure},\s+)*${figure}\s+(?:en|of)\s+\d`).exec(
    text.slice(at, to),
  );
  const before = new RegExp(String.raw`respectievelijk\s+(?:${figure},\s+)*${figure}$`);
  return after !== null && before.test(text.slice(Math.max(from, at - 100), at));
}

/**
 * A comma between inflected adjectives before their noun (`samenhangende, gerichte keuzes`, 1606): a lower-case
 * adjective right before it (the core's `adjectiveClass`), and after it, within five words and before `to`, lower-case
 * adjectives joined by commas, `en` or `of`, at least one, then a lower-case word that is none and no function word. No
 * delimiter.
 */
function isAdjectivesComma(text: string, from: number, at: number, to: number): boolean {
  const before = /(?:^|[^\p{L}-])(\p{Ll}[\p{L}-]*)$/u.exec(text.slice(from, at));
  if (!before || adjectiveClass(before[1] as string) === NO_ADJECTIVE) return false;
  const after = /^,((?:[^\S\n]+\p{Ll}[\p{L}-]*,?){1,5})/u.exec(text.slice(at, to));
  if (!after) return false;
  // Words followed by a comma other than an adjective's end the list.
  const words = (after[1] as string).trim().split(/\s+/);
  let adjectives = 0;
  for (const raw of words) {
    const word = raw.replace(/,$/, '');
    if (adjectiveClass(word) !== NO_ADJECTIVE) {
      adjectives++;
      continue;
    }
    if (raw.endsWith(',') || adjectives === 0) return false;
    if (word === 'en' || word === 'of') continue;
    return !FUNCTION_WORDS.has(word);
  }
  return false;
}

/**
 * A comma between the items of a list of nouns, before the date only (`de inzet, prestaties en resultaten in 2021`,
 * 2626): the words after it, up to `to`, read as classes (`a` article, `c` `en`/`of`, `p` a preposition, `x` another
 * function word or auxiliary, `j` a joining word, `w` any other word, `,` a comma after a word), must be items of one
 * to three `w` (an article before them) joined by commas and one `c`, then the end or a `p`; the word before the comma
 * a `w` that is no participle. Within 160 characters. No delimiter.
 */
function isNounListComma(text: string, from: number, at: number, to: number): boolean {
  const before = /(?:^|[^\p{L}-])([\p{L}-]+)$/u.exec(text.slice(from, at));
  if (!before) return false;
  const b = (before[1] as string).toLowerCase();
  if (FUNCTION_WORDS.has(b) || FINITE_VERBS.has(b) || isParticipleAfterParticle(b)) return false;
  const words = text
    .slice(at + 1, Math.min(to, at + 1 + 160))
    .split(/\s+/)
    .filter(Boolean);
  let classes = '';
  for (const raw of words) {
    const comma = raw.endsWith(',');
    const w = (comma ? raw.slice(0, -1) : raw).toLowerCase();
    if (!/^[\p{L}'’-]+$/u.test(w)) {
      classes += '?';
      continue;
    }
    const cls =
      w === 'en' || w === 'of'
        ? 'c'
        : ['de', 'het', 'een'].includes(w)
          ? 'a'
          : ['alsmede', 'evenals', 'waaronder', 'inclusief', 'zoals'].includes(w)
            ? 'j'
            : FUNCTION_WORDS.has(w) || FINITE_VERBS.has(w)
              ? [...PREPOSITIONS, 'in', 'sinds', 'vanaf', 'tijdens'].includes(w)
                ? 'p'
                : 'x'
              : 'w';
    classes += cls + (comma ? ',' : '');
  }
  // Cut off at 160 characters, the list must end at a preposition inside them.
  const list =
    at + 1 + 160 < to ? /^(?:a?w{1,3},)*a?w{1,3}ca?w{1,3}p.*$/ : /^(?:a?w{1,3},)*a?w{1,3}ca?w{1,3}(?:p.*)?$/;
  return list.test(classes);
}

/** A dash between two digits, a range (`19–20 maart`, 196). No delimiter. */
function isRangeDash(text: string, at: number): boolean {
  return /^[–—]$/.test(text[at] ?? '') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}

const LIST_WORD = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
const LIST = new RegExp(String.raw`^,(?:\s+${LIST_WORD},)*\s+${LIST_WORD}\s+en\s+\p{Lu}`, 'u');

export function loopStart(text: string, start: number, ds: number, set: Set<string>): number {
  let left = ds;
  while (left > start) {
    const ch = text[left - 1] as string;
    if (
      ch === ',' &&
      set === NARROW &&
      (isDecimalComma(text, left - 1) ||
        isListComma(text, start, left - 1, ds) ||
        isFiguresComma(text, start, left - 1, ds) ||
        isAdjectivesComma(text, start, left - 1, ds) ||
        isNounListComma(text, start, left - 1, ds))
    ) {
      left--;
      continue;
    }
    if (isWordColon(text, left - 1) || (set === NARROW && isRangeDash(text, left - 1))) {
      left--;
      continue;
    }
    if (set.has(ch)) {
      const open = ch === ')' ? groupOpenedBefore(text, left - 1, start) : -1;
      if (open < 0) break;
      left = open;
      continue;
    }
    left--;
  }
  return left;
}

export function loopEnd(text: string, de: number, end: number, set: Set<string>): number {
  let right = de;
  while (right < end) {
    const ch = text[right] as string;
    if (
      ch === ',' &&
      set === NARROW &&
      (isDecimalComma(text, right) ||
        isListComma(text, de, right, end) ||
        isFiguresComma(text, de, right, end) ||
        isAdjectivesComma(text, de, right, end))
    ) {
      right++;
      continue;
    }
    if (isWordColon(text, right) || (set === NARROW && isRangeDash(text, right))) {
      right++;
      continue;
    }
    if (set.has(ch)) {
      const close = ch === '(' ? groupClosedBefore(text, right, end) : -1;
      if (close < 0) break;
      right = close + 1;
      continue;
    }
    right++;
  }
  return right;
}

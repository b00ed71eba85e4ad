/**
 * The clause around a date, found with regular expressions instead of a loop over its characters: the
 * timeline labels every date of a letter once, and a page is analysed once, so most of these scans run
 * before the engine has optimized a JavaScript loop, while a regex scan runs as compiled code at once.
 *
 * Delimiters, as `labelAround` has them: narrow ones are `,` `;` `:` `(` `)` `[` `]` `–` `—`, wide ones
 * `;` `:` `(` `)` `[` `]`; not a colon inside a clock time or web address (`12:00`, `https://`). A search never
 * looks past the sentence: each regex runs on a slice of it.
 */

import { isDigit } from '../text/chars';
import { isWordColon } from './label-chars';
import { NO_ADJECTIVE, adjectiveClass } from './adjectives';
import { ARTICLES, FUNCTION_WORDS } from './function-words';
import { PREPOSITIONS } from './dangling';
import { FINITE_VERBS } from './auxiliaries';
import { isParticipleAfterParticle } from '../dates/tense';

/**
 * A short group in brackets inside a clause is part of it, not two delimiters: the acronym a name defines,
 * `de Noord-Atlantische Raad (NAR) op 22 september een verklaring uitgebracht` (NAVO letter), or a year,
 * `de Defensie Industrie Strategie (2018)`. At most 12 characters, none of them a delimiter.
 */
/** How far a short group reaches back from its `)`: the `(` and at most 12 characters. */
const GROUP_REACH = 13;
/** What a short group holds: no narrow delimiter, no line break. */
const IN_GROUP = String.raw`[^,;:()[\]\u2013\u2014\n]`;
const GROUP = String.raw`\(${IN_GROUP}{1,12}\)`;
/**
 * Right after a delimiter: it is no bracket of a short group (its `(` opens one, its `)` closes one).
 * Tested after the delimiter has matched, not before it: a regex that starts with a character class
 * skips fast to where that class matches, while one that starts with a lookaround tries it at every
 * position (the lookbehind of the `)` ran back up to 13 characters at each).
 */
const NOT_GROUP_BRACKET = String.raw`(?!(?<=\()${IN_GROUP}{1,12}\))(?<!\(${IN_GROUP}{1,12}\))`;

/** The last narrow delimiter of a string: the delimiter, then only other characters (and short groups) to the end. */
const LAST_NARROW = new RegExp(
  String.raw`[,;:()[\]\u2013\u2014]${NOT_GROUP_BRACKET}(?:[^,;:()[\]\u2013\u2014]|${GROUP})*$`,
);
const LAST_WIDE = new RegExp(String.raw`[;:()[\]]${NOT_GROUP_BRACKET}(?:[^;:()[\]]|${GROUP})*$`);
/** The first delimiter, the brackets of a short group not counted. */
const NARROW_DELIMITER = new RegExp(String.raw`[,;:()[\]\u2013\u2014]${NOT_GROUP_BRACKET}`);
const WIDE_DELIMITER = new RegExp(String.raw`[;:()[\]]${NOT_GROUP_BRACKET}`);

/**
 * A comma inside a capitalised list is no clause boundary: the names of ministries and committees,
 * `De vaste commissie voor Volksgezondheid, Welzijn en Sport heeft op 26 februari 2008 overleg gevoerd
 * met minister Klink van Volksgezondheid, Welzijn en Sport over:` (1192), `Onderwijs, Cultuur en
 * Wetenschap`, `Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer`, `Landbouw, Visserij,
 * Voedselzekerheid en Natuur`, or a list of countries. The comma follows a capitalised word, and
 * capitalised words (one or two, then a comma, as often as the list has items) lead to `en` and a
 * capitalised word. Tested only on a comma the delimiter regexes found, so it costs nothing elsewhere.
 */
const LIST_AFTER_COMMA =
  /,(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,)*\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+en\s+\p{Lu}/uy;
/** How far a list after its comma is looked for (the longest name: `Volkshuisvesting, …`, 53 characters). */
const LIST_REACH = 120;
const LETTER_OR_HYPHEN = /[\p{L}-]/u;
const CAPITAL = /\p{Lu}/u;

/** Where the word of letters and hyphens that ends at `at` starts, not before `from` (`at` when there is none). */
function wordStartBefore(text: string, from: number, at: number): number {
  let k = at;
  while (k > from && LETTER_OR_HYPHEN.test(text[k - 1] as string)) k--;
  return k;
}

/**
 * Is the `,` at `at` inside a capitalised list, read within text[from, to): a capitalised word right
 * before it, the rest of the list after it?
 */
export function isListComma(text: string, from: number, at: number, to: number): boolean {
  const k = wordStartBefore(text, from, at);
  if (k === at || !CAPITAL.test(text[k] as string)) return false;
  LIST_AFTER_COMMA.lastIndex = 0;
  return LIST_AFTER_COMMA.test(text.slice(at, Math.min(to, at + LIST_REACH)));
}

/**
 * Is the `,` at `at` a decimal comma, between two digits: `ruim € 2,8 miljard` (1305, whose label read
 * `…neer op ruim € 2`), `toegenomen van 48,1% tot 48,8%` (2271)? Not after a year, where a footnote's
 * number follows it: `van 28 november 2022,1 waarin` (740).
 */
function isDecimalComma(text: string, at: number): boolean {
  if (!isDigit(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at + 1))) return false;
  let k = at - 1;
  while (k > 0 && isDigit(text.charCodeAt(k - 1))) k--;
  const year = at - k === 4 && /^(?:19|20)/.test(text.slice(k, k + 2)) && !/[.,]/.test(text.charAt(k - 1));
  return !year;
}

/** A figure: `1970`, `18 810` (a space between thousands), `2.500`, `12%`. */
const FIGURE = String.raw`\d[\d.]*(?: \d{3})*%?`;
/** `respectievelijk` and the figures of its list up to a comma, at the end of a stretch. */
const FIGURES_BEFORE_COMMA = new RegExp(String.raw`respectievelijk\s+(?:${FIGURE},\s+)*${FIGURE}$`);
/** The rest of a list of figures after one of its commas, to `en` or `of` and its last figure. Read sticky. */
const FIGURES_AFTER_COMMA = new RegExp(String.raw`,\s+(?:${FIGURE},\s+)*${FIGURE}\s+(?:en|of)\s+\d`, 'y');
/** How far before its comma a list of figures after `respectievelijk` is looked for. */
const FIGURES_REACH = 100;

/**
 * Is the `,` at `at` inside a list of figures after `respectievelijk`, read within text[from, to)? `De cijfers over
 * 2009 waren respectievelijk 18 810, 1970 en 5470.` (328) gave `De cijfers waren respectievelijk 18 810`.
 */
function isFiguresComma(text: string, from: number, at: number, to: number): boolean {
  if (!isDigit(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x25) return false;
  FIGURES_AFTER_COMMA.lastIndex = at;
  if (!FIGURES_AFTER_COMMA.test(text) || FIGURES_AFTER_COMMA.lastIndex > to) return false;
  return FIGURES_BEFORE_COMMA.test(text.slice(Math.max(from, at - FIGURES_REACH), at));
}

/** A lower-case word (letters and hyphens) after white space, read sticky. */
const LOWER_WORD = /[^\S\n]+(\p{Ll}[\p{L}-]*)/uy;
/** How many words after an adjectives' comma are read to find their noun. */
const ADJECTIVES_REACH = 5;

/**
 * Is the `,` at `at` one between adjectives before their noun, read within text[from, to)? An inflected adjective in
 * lower case right before it (see `adjectiveClass`), and after it more of them, joined by commas, `en` or `of`, up to a
 * lower-case word that is no adjective and no function word, their noun. `de Kamer voor 1 april 2010 samenhangende,
 * gerichte keuzes in het kansspelbeleid voor te leggen` (1606) gave `…gevraagd de Kamer samenhangende`.
 */
function isAdjectivesComma(text: string, from: number, at: number, to: number): boolean {
  // Most commas follow no word that ends in `e`, the ending of every inflected adjective: ruled out by one character.
  if (text.charCodeAt(at - 1) !== 0x65) return false;
  const before = text.slice(wordStartBefore(text, from, at), at);
  if (!LOWER_START.test(before) || adjectiveClass(before) === NO_ADJECTIVE) return false;
  let adjectives = 0;
  for (let i = 0, p = at + 1; i < ADJECTIVES_REACH; i++) {
    LOWER_WORD.lastIndex = p;
    const m = LOWER_WORD.exec(text);
    if (!m || LOWER_WORD.lastIndex > to) return false;
    const word = m[1] as string;
    p = LOWER_WORD.lastIndex;
    if (adjectiveClass(word) !== NO_ADJECTIVE) {
      adjectives++;
      // Another comma of the list of adjectives, or the space before the next word.
      if (text.charCodeAt(p) === 0x2c) p++;
      continue;
    }
    // A word that a comma follows, other than an adjective, ends the list.
    if (adjectives === 0 || text.charCodeAt(p) === 0x2c) return false;
    if (word === 'en' || word === 'of') continue;
    return !FUNCTION_WORDS.has(word);
  }
  return false;
}

const LOWER_START = /^\p{Ll}/u;

/** How far after its comma a list of nouns is read (see `isNounListComma`). */
const NOUN_LIST_REACH = 160;
/** How many words an item of a list of nouns has at most, its article not counted. */
const NOUN_ITEM_WORDS = 3;
/** The prepositions that may follow a list of nouns (see `isNounListComma`): PREPOSITIONS and a few of time. */
const AFTER_NOUN_LIST: ReadonlySet<string> = new Set([...PREPOSITIONS, 'in', 'sinds', 'vanaf', 'tijdens']);
/** The `en` or `of` before a list's last item. */
export const JOINS_ITEMS = /\s(?:en|of)\s/;
/** Words that join the parts of a clause after a comma, not the items of a list. */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set([
  'alsmede',
  'evenals',
  'waaronder',
  'inclusief',
  'zoals',
]);
/** A word of letters and hyphens (a name's `'s`, `’s` too). */
const NOUN_LIST_WORD = /^[\p{L}'’-]+$/u;

/**
 * Is the `,` at `at` one between the items of a list of nouns, read within text[from, to)? `over de inzet, prestaties
 * en resultaten in 2021` (2626) gave `…prestaties en resultaten`, `Jaarverslag van de Nationale ombudsman, de
 * Kinderombudsman en de Veteranenombudsman over 2024` (1580) `…de Kinderombudsman en de Veteranenombudsman`. A word
 * right before the comma that is no function word, verb or participle; after it items of at most NOUN_ITEM_WORDS words
 * (an article before them), no function word or auxiliary among them, joined by commas and one `en` or `of` before the
 * last; then `to` or a preposition (AFTER_NOUN_LIST). Capitalised lists of names are `isListComma`'s. Read only before
 * the date: a list after the date's clause made labels cut inside it that had ended whole on its first item.
 */
function isNounListComma(text: string, from: number, at: number, to: number): boolean {
  const before = text.slice(wordStartBefore(text, from, at), at).toLowerCase();
  if (
    before === '' ||
    FUNCTION_WORDS.has(before) ||
    FINITE_VERBS.has(before) ||
    isParticipleAfterParticle(before)
  )
    return false;
  const stretch = text.slice(at + 1, Math.min(to, at + 1 + NOUN_LIST_REACH));
  // Most commas have no `en` or `of` after them within reach: ruled out before the words are read.
  if (!JOINS_ITEMS.test(stretch)) return false;
  const words = stretch.split(/\s+/);
  let item = 0; // words of the item read so far
  let joined = false; // `en` or `of` read
  for (const raw of words) {
    if (raw === '') continue;
    const comma = raw.endsWith(',');
    const word = (comma ? raw.slice(0, -1) : raw).toLowerCase();
    if (!NOUN_LIST_WORD.test(word)) return false;
    if (word === 'en' || word === 'of') {
      if (item === 0 || joined || comma) return false;
      joined = true;
      item = 0;
      continue;
    }
    if (ARTICLES.has(word) && item === 0 && !comma) continue;
    // `alsmede`, `evenals` join a clause's parts, not a list's items (`Raming der … uitgaven, alsmede aanwijzing …`).
    if (CLAUSE_JOINERS.has(word)) return false;
    if (FUNCTION_WORDS.has(word) || FINITE_VERBS.has(word))
      return joined && item > 0 && AFTER_NOUN_LIST.has(word);
    if (++item > NOUN_ITEM_WORDS) return false;
    if (comma) {
      if (joined) return false;
      item = 0;
    }
  }
  // Cut off by the reach, it must have ended before (at a preposition): a list that long is none here.
  return joined && item > 0 && at + 1 + NOUN_LIST_REACH >= to;
}

/**
 * A `,` at `at` that is no delimiter: a decimal comma, or one inside a list (see `isListComma`, `isFiguresComma`,
 * `isAdjectivesComma`).
 */
function skipsComma(text: string, from: number, at: number, to: number, beforeDate: boolean): boolean {
  return (
    text.charCodeAt(at) === 0x2c &&
    (isDecimalComma(text, at) ||
      isListComma(text, from, at, to) ||
      isFiguresComma(text, from, at, to) ||
      isAdjectivesComma(text, from, at, to) ||
      (beforeDate && isNounListComma(text, from, at, to)))
  );
}

/**
 * A delimiter the regexes found at `at` that is none: a comma (narrow delimiters only, see `skipsComma`), or a colon
 * inside a clock time or web address (see `isWordColon`). Tested only where a regex found a delimiter, as the comma
 * is: colons are few, and a regex that left such a colon out would need a lookaround at every one it tried.
 */
function skipsDelimiter(
  text: string,
  from: number,
  at: number,
  to: number,
  delimiters: 'narrow' | 'wide',
  /** Is the delimiter in front of the date (a list of nouns is read only there, see `isNounListComma`)? */
  beforeDate: boolean,
): boolean {
  return (
    isWordColon(text, at) ||
    (delimiters === 'narrow' && (skipsComma(text, from, at, to, beforeDate) || isRangeDash(text, at)))
  );
}

/**
 * Is the dash at `at` one between two digits, a range of days or years: `de Voorjaarsraad van 19–20 maart` (196) gave
 * `…de Ecofin en de Voorjaarsraad van 19` for the Ecofin's 10 maart, the clause ended inside the Raad's date.
 */
function isRangeDash(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c === 0x2013 || c === 0x2014) && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))
  );
}

/**
 * The last delimiter is looked for in windows of this many characters, from the date backwards, so that a
 * long sentence costs what its clause costs (the regex above runs from the start of what it is given).
 */
const WINDOW = 256;

/**
 * Most clauses are short: in each window, the last NEAR characters are searched first. A regex run on
 * fewer characters costs less, and the delimiter it finds there is the window's, unless it lies so close
 * to the stretch's start that a short group's `(` before that start could make it no delimiter.
 */
const NEAR = 64;

/**
 * Start of the clause that ends at `ds`: just after the last delimiter in text[start, ds), or `start`.
 * Without `wide` the narrow delimiters count, with it the wide ones; `all` takes the whole stretch.
 */
export function clauseStart(text: string, start: number, ds: number, delimiters: 'narrow' | 'wide'): number {
  const last = delimiters === 'narrow' ? LAST_NARROW : LAST_WIDE;
  let to = ds;
  while (to > start) {
    const from = Math.max(start, to - WINDOW);
    // A little more in front, so that a short group at the window's edge is seen whole (its `(` may lie
    // before `from`); a delimiter found there is still the last one before `ds`.
    const seen = Math.max(start, from - GROUP_REACH);
    const found = lastInWindow(text, seen, to, last);
    if (found >= 0) {
      // A comma inside a list, a colon inside a clock time: look on in front of it.
      if (skipsDelimiter(text, start, found, ds, delimiters, true)) {
        to = found;
        continue;
      }
      return found + 1;
    }
    to = from;
  }
  return start;
}

/**
 * `last` on text[seen, to): the offset of its match, or -1. The regex's match is its only one (after a
 * delimiter that counts, all are short groups' brackets), and whether a place matches depends on what
 * lies after it up to `to` and on the GROUP_REACH characters before it only. So a match in a shorter
 * stretch [near, to) at least GROUP_REACH after `near` is the match in the whole window too.
 */
function lastInWindow(text: string, seen: number, to: number, last: RegExp): number {
  const near = to - NEAR - GROUP_REACH;
  if (near > seen) {
    const m = last.exec(text.slice(near, to));
    if (m && m.index >= GROUP_REACH) return near + m.index;
  }
  const m = last.exec(text.slice(seen, to));
  return m ? seen + m.index : -1;
}

/** End of the clause that starts at `de`: the first delimiter in text[de, end), or `end`. */
export function clauseEnd(text: string, de: number, end: number, delimiters: 'narrow' | 'wide'): number {
  if (de >= end) return de;
  const first = delimiters === 'narrow' ? NARROW_DELIMITER : WIDE_DELIMITER;
  for (let from = de; ;) {
    const m = first.exec(text.slice(from, end));
    if (!m) return end;
    const at = from + m.index;
    // A comma inside a list, a colon inside a clock time: look on after it (no short group holds a comma or
    // colon, so none starts before it).
    if (!skipsDelimiter(text, de, at, end, delimiters, false)) return at;
    from = at + 1;
  }
}

/** White space other than a space, or two white-space characters in a row. */
const NOT_PLAIN = /[^\S ]| {2}/;

/**
 * Is the white space of text[from, to) single spaces only (no other white space, no two in a row)?
 * Then collapsing it is trimming. (A pair of white-space characters is two spaces, or contains one of
 * the others, which the first alternative finds.)
 */
export function isPlainStretch(text: string, from: number, to: number): boolean {
  return from >= to || !NOT_PLAIN.test(text.slice(from, to));
}

/** What the label builders share: sizes, and character tests on codes (no strings). */
import { isDigit, isWhiteSpace } from '../text/chars';
import { lowerLatin, timeNounArticle } from './dangling';

/** A word in lower-case letters, a hyphen inside: no name, figure or word with a mark. */
export const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** Does `word` open with a capital (a name's word: `College`, `BZK`)? */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Does a label hold a letter or a digit? One without says nothing (a run of brackets, a lone `…`). */
export function holdsWord(label: string): boolean {
  return WORD_CHARACTER.test(label);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where the last character before `at` that is no space or tab stands, or -1: what a date follows on its line, a
 * newline when it opens the line (see `paperDateLabel`, `fieldLabel`, `isDateline`).
 */
export function lastNonBlankBefore(s: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) k--;
  return k;
}

/**
 * The last line with words that ends before `at` (a line break, or a line's start), over blank lines, at most `reach`
 * characters back; without its white space at the ends. What names a line below it: a field's name, a report's heading,
 * a letter's addressee.
 */
export function lineBefore(s: string, at: number, reach: number): string {
  const above = s.slice(Math.max(0, at - reach), at).trimEnd();
  return above.slice(above.lastIndexOf('\n') + 1).trim();
}

/** Only a full stop, if anything, after a date on its line: a paper's date line, a letter's dateline. */
export const ONLY_FULL_STOP_AFTER = /^[^\S\n]*\.?[^\S\n]*(?:\n|$)/;

/** Labels are cut to this many characters. */
export const MAX_LABEL = 80;
/**
 * How many characters past MAX_LABEL a label may run rather than be cut: whole, its clause all there (`Hierbij zend ik
 * u het verslag van de videoconferenties van de Eurogroep en Ecofinraad`, 176, 83 characters, was `…zend ik u…`), or
 * cut on its left only to keep the verbs that close its clause, which a cut on its right leaves out (`Het
 * onderzoeksrapport is als bijlage bij de contourennota aan uw Kamer aangeboden`, 126: `…aan uw Kamer…` did not say
 * what happened to the report), or cut on its left to start with the noun its first phrase belongs to (`…de
 * behandeling van het wetsvoorstel …`, 2382, see `withPhraseHead`). A cut loses more than ten characters of reading
 * cost.
 */
export const LABEL_STRETCH = 10;
/** A clause whose label would be shorter than this says too little: the wider one is tried. */
export const MIN_LABEL = 15;

/**
 * Where text[at, to) goes on past the white space and the marks that open a list's item before its first word (see
 * `isListMark`): `– de brief van de Minister …` at `de`.
 */
export function pastListMarks(text: string, at: number, to: number): number {
  let k = at;
  while (k < to && (isWhiteSpace(text.charCodeAt(k)) || isListMark(text.charCodeAt(k)))) k++;
  return k;
}

/**
 * A mark that opens a list's item: a bullet (`•` `·` `▪` `◦`), a dash (`–` `—` `−` `-`) or `*` (`– de brief van de
 * Minister …`).
 */
function isListMark(c: number): boolean {
  return (
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x25aa ||
    c === 0x25e6 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2212 ||
    c === 0x2d ||
    c === 0x2a
  );
}

/**
 * Characters a label loses at both ends: white space and `,` `;` `:` `.` `–` `—` `-`, and the bullets
 * that open list items (`• De uitgaande brief`, 116; `− de brief van de Minister`, 1646): `•` `·` `▪` `◦` `−`.
 */
export function isLoose(c: number): boolean {
  return (
    isWhiteSpace(c) ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x25aa ||
    c === 0x25e6 ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x2e ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2212 ||
    c === 0x2d
  );
}

/**
 * Where text[from, to) ends without the loose characters at its end (see `isLoose`), but for the full stop of an
 * abbreviation, which is part of its word: `Met de motie-Heite c.s. (Kamerstuk 33 763, nr. 169 van 2 oktober 2025)
 * is de regering verzocht` (2527) read `Met de motie-Heite c.s is de regering verzocht`, `d.d. 31 maart jl.` (a
 * verslag) `…d.d. 31 maart jl`. An abbreviation is a word with a full stop inside it, of short parts (`c.s.`, `a.s.`,
 * `e.a.`, `A.O.`), or one of ABBREVIATIONS.
 */
export function looseEnd(text: string, from: number, to: number): number {
  let b = to;
  while (b > from && isLoose(text.charCodeAt(b - 1))) b--;
  // Most labels end on no `.`: ruled out by one character.
  if (b === to || text.charCodeAt(b) !== 0x2e || b === from) return b;
  let a = b;
  while (a > from && !isWhiteSpace(text.charCodeAt(a - 1))) a--;
  // The word, without brackets or quotes in front of it (`(o.a.`).
  const word = text.slice(a, b).replace(OPENING_MARKS, '');
  return DOTTED_ABBREVIATION.test(word) || ABBREVIATIONS.has(word) ? b + 1 : b;
}

/** Brackets and quotes that open a word. */
const OPENING_MARKS = /^[(«“‘'"[]+/u;
/** A word of one to three letters, and more such after a full stop each: `c.s`, `a.s`, `e.a`, `m.b.t`, `A.O`. */
const DOTTED_ABBREVIATION = /^\p{L}{1,3}(?:\.\p{L}{1,3})+$/u;
/** Abbreviations without a full stop inside them, as written (lower case: `VS` is a country, `vs` is none). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'jl ca nr nrs resp bijv blz incl excl vs mr dr drs prof ir ing st jr sr mln mld'.split(' '),
);

/**
 * The words that mark a letter's subject and nothing else: `inzake`, `betreffende`, `houdende`, `ter aanbieding van`,
 * `m.b.t.`, … (`met betrekking tot` before any shorter word it starts with).
 */
export const FORMAL_SUBJECT_PHRASES: readonly string[] = [
  'inzake',
  'betreffende',
  'aangaande',
  'omtrent',
  'houdende',
  'met betrekking tot',
  'm.b.t.',
  'ter aanbieding van',
];
const FORMAL_SUBJECT_WORDS = FORMAL_SUBJECT_PHRASES.map((p) => p.replaceAll('.', '\\.')).join('|');

/**
 * A formal subject marker (see FORMAL_SUBJECT_WORDS) and its space, at the start: not `over` or `met`, which are
 * prepositions too (see `pastSubject` in `readable-start.ts`).
 */
export const FORMAL_SUBJECT = new RegExp(String.raw`^(?:${FORMAL_SUBJECT_WORDS}) `, 'i');

/** The words that mark a letter's subject: a formal marker (FORMAL_SUBJECT_WORDS), `over` or `met`, as alternatives. */
export const SUBJECT_MARKER_WORDS = String.raw`${FORMAL_SUBJECT_WORDS}|over|met`;

/** A subject after a letter's date: a marker (SUBJECT_MARKER_WORDS) after a comma if any. */
export const SUBJECT_MARKER = new RegExp(String.raw`^[^\S\n]*,?\s*(?:${SUBJECT_MARKER_WORDS})\s+`, 'i');

/** Does the word `w` end its clause: `,` `;` `:` at its end (`Sport),`)? */
export function endsClause(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

/**
 * `,` `;` `:` `–` `—` at s[i]: a mark that ends a clause (not `-`, which joins words, nor `.`, nor a colon inside a
 * clock time or web address, see `isWordColon`).
 */
export function isClauseMarkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x2c || c === 0x3b || (c === 0x3a && !isWordColon(s, i)) || c === 0x2013 || c === 0x2014;
}

/**
 * Is s[i] a colon that is no punctuation but part of a word: in a clock time (`voor dinsdag 19 maart 12:00 uur`,
 * 2383; `van 10:00 tot 18:00 uur`, 404) or a ratio (`1:10 000`), one or two digits before it and a digit after it,
 * or before `//`, a web address's scheme (`https://www.omroepwest.nl/…`, 2496)? It ends no clause: the labels read
 * `…verzocht om 12` and `Het rapport staat op https`. Not after a longer number: a year's colon before a footnote's
 * number, `d.d. 16 oktober 2024:6` (1114), ends the clause.
 */
export function isWordColon(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 0x3a) return false;
  const next = s.charCodeAt(i + 1);
  if (next === 0x2f) return s.charCodeAt(i + 2) === 0x2f;
  return (
    isDigit(next) &&
    isDigit(s.charCodeAt(i - 1)) &&
    !(isDigit(s.charCodeAt(i - 2)) && isDigit(s.charCodeAt(i - 3)))
  );
}

/**
 * A hyphen at a line end before a capital is part of the name (`Noord-` / `Atlantische Raad`, the NAVO
 * letter's PDF text): the line break goes, no space comes in its place.
 */
const HYPHEN_AT_LINE_END = /(?<=\p{L}-)[^\S\n]*\n\s*(?=\p{Lu})/gu;

export function collapseRange(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  // s[b - 1] is no space, so looking one past a space never leaves the stretch.
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (isWhiteSpace(c) && (c !== 0x20 || isWhiteSpace(s.charCodeAt(i + 1)))) {
      return s.slice(a, b).replace(HYPHEN_AT_LINE_END, '').replace(/\s+/g, ' ');
    }
  }
  return s.slice(a, b);
}

/** Leading loose characters (see `isLoose`) of a collapsed string left out. */
export function stripLooseStart(t: string): string {
  let a = 0;
  while (a < t.length && isLoose(t.charCodeAt(a))) a++;
  return a === 0 ? t : t.slice(a);
}

/** Is the first character of `s` a lower-case letter? */
export function startsLower(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER.test(s[0] as string);
}

const LOWER = /\p{Ll}/u;

/**
 * Words that may stand before a date that opens a main clause, the finite verb then coming right after
 * the date. A conjunction takes no place of its own, `…en is met Bonaire een nieuw bestuursakkoord
 * afgesloten` would read as a question too; a particle of the date says nothing without it: `Al sinds
 * 1889 wordt er in Nederland zout gewonnen` (1614) is no `Al wordt er …` (although). `Ook` is no such
 * word: `Ook zal hier weer veel aandacht voor zijn` (1444) is a statement.
 */
const FRONTING_WORDS = new Set(['en', 'maar', 'al', 'reeds', 'pas', 'uiterlijk']);

/**
 * Does the date open its clause (nothing but a dangling preposition or a fronting word before it) with a
 * lower-case word after it? That word is the finite verb of an inverted main clause: without the date,
 * `Op 12 en 13 oktober komen de NAVO-Ministers van Defensie in Brussel bijeen` (NAVO letter) would read
 * as a question, `Komen de NAVO-Ministers …`. Such a label keeps the date and its preposition.
 * `before` and `after` are the tidy parts around the date, the dangling preposition gone from `before`.
 */
export function isFrontedDate(
  before: string,
  after: string,
  /** The date's own words: an article before them opens the clause when it is the article of their noun of time. */
  date = '',
): boolean {
  if (!startsLower(after)) return false;
  if (
    before !== '' &&
    (before.length > 9 || !(FRONTING_WORDS.has(before.toLowerCase()) || isArticleOfTimeNoun(before, date)))
  )
    return false;
  const space = after.indexOf(' ');
  return mayBeFiniteVerb(space < 0 ? after : after.slice(0, space));
}

/** May the lower-case `word` be the finite verb of a main clause (it is none of NO_VERBS)? */
export function mayBeFiniteVerb(word: string): boolean {
  return !NO_VERBS.has(word);
}

/**
 * Is `article` (`De`, `het`) the article of the date's noun of time, found after its adjectives (see
 * `articleFitsDate`), so that the two are the noun phrase that opens the clause? `De zomer van 2019 kende landelijk
 * niet dezelfde droogteproblemen` (2414) lost its date to `De kende landelijk niet …`. Not a date without such a noun
 * (`De op 15 oktober 2009 voorgelegde vragen`, 1153; `De in mei 1999 verschenen regeringsnota`, 2541), whose article is
 * that of a noun after it.
 */
function isArticleOfTimeNoun(article: string, date: string): boolean {
  const lower = article.toLowerCase();
  if (lower !== 'de' && lower !== 'het') return false;
  return timeNounArticle(date.toLowerCase().split(/\s+/, 4)) === lower;
}

/**
 * Lower-case words that are no finite verb: after one of these the date was no fronted part of a main
 * clause but part of a phrase, `brief d.d. 27 juni 2008 over een review van …` (2152), `verzoekt de
 * regering, voor het eind van 2015 een nationale conferentie te organiseren` (2736). Its label is the
 * rest of the clause, `…over een review van …`. `en` and `of` are no such word: `Op 22 januari en
 * 2 februari j.l. had het spoor …` (1664) keeps its list of dates.
 */
const NO_VERBS = new Set([
  'aan',
  'alsmede',
  'bij',
  'betreffende',
  'dat',
  'de',
  'die',
  'door',
  'een',
  'het',
  'in',
  'inzake',
  'met',
  'na',
  'naar',
  'om',
  'omtrent',
  'onder',
  'op',
  'over',
  'per',
  'sinds',
  'te',
  'tegen',
  'ten',
  'ter',
  'tot',
  'tussen',
  'uit',
  'van',
  'vanaf',
  'voor',
  'vóór',
  'zonder',
]);

/**
 * `dan` or `als` of a comparison whose other term was the date (with its preposition, already gone), at the
 * end of a clause the date ended: `Dat is 30 procent meer dan in 2016` (1500), `meer dan vier maal zo veel
 * als in 2022` (1411). Only there: before a date inside its clause `dan` opens a clause of its own (`sneller
 * groeit dan vorig jaar werd geprognosticeerd`, 2425) and `als` may mean "if".
 */
export function comparisonStart(s: string, from: number, to: number): number {
  if (to - from < 3) return to;
  const k = to - 3;
  if (k > from && !isWhiteSpace(s.charCodeAt(k - 1))) return to;
  if (!s.startsWith('dan', k) && !s.startsWith('als', k)) return to;
  let b = k;
  while (b > from && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  // `Anders dan in 2015, wordt het COA …` (291): `Anders` alone would say "otherwise". The comparison goes
  // whole, and the date that opened the sentence stays in its label (`isFrontedDate`).
  return b - from === 6 && endsWithLower(s, b, 'anders') ? from : b;
}

/**
 * Does s[0, end) end with `lower` (lower-case ASCII and Latin-1 letters, other characters as they are)
 * when compared as a regex with the flag `i` and without `u` compares? That flag pairs only ASCII letters
 * and Latin-1 letters such as `ó`/`Ó` (a character outside ASCII never matches an ASCII letter), which
 * `lowerLatin` pairs too.
 */
export function endsWithLower(s: string, end: number, lower: string): boolean {
  const from = end - lower.length;
  if (from < 0) return false;
  for (let i = 0; i < lower.length; i++) {
    if (lowerLatin(s.charCodeAt(from + i)) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Two stretches of a label, joined where a date was taken out between them: with a space, but none
 * after `(` or `[` or before `)` `]` `,` `.` `;` `:` `?` `!` `»` `”` (`(ingezonden 13 december 2010)` gives
 * `(ingezonden)`, `over 2006?` gives `over?`) or a straight quote that closes (`NEMA' van`, 94), and brackets left
 * empty go (`de brief (30 juni 2023) over` gives `de brief over`).
 */
export function joinParts(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a.charCodeAt(a.length - 1);
  const first = b.charCodeAt(0);
  // Brackets or quotes that held only the date go with it: `wordt «1 januari 1996» vervangen` (630).
  if (
    (last === 0x28 && first === 0x29) ||
    (last === 0x5b && first === 0x5d) ||
    (last === 0xab && first === 0xbb) ||
    (last === 0x201c && first === 0x201d)
  ) {
    return joinParts(a.slice(0, -1).trimEnd(), b.slice(1).trimStart());
  }
  if (last === 0x28 || last === 0x5b || isClosingOrPunctuation(first)) return a + b;
  // A straight quote alone before the next word closes the quote the date ended: it goes with the word before it.
  // `over 'emissies … berekend met NEMA voor 1990-2019' van Van Bruggen` (94) gave `…met NEMA ' van Van Bruggen…`.
  if (
    (first === 0x27 || first === 0x22) &&
    (b.length === 1 || isWhiteSpace(b.charCodeAt(1))) &&
    LETTER_OR_DIGIT_AT_END.test(a)
  )
    return a + b;
  return `${a} ${b}`;
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;

/** `)` `]` `,` `.` `;` `:` `?` `!` `»` `”` */
function isClosingOrPunctuation(c: number): boolean {
  return (
    c === 0x29 ||
    c === 0x5d ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x3f ||
    c === 0x21 ||
    c === 0xbb ||
    c === 0x201d
  );
}

import type { Span } from '../types';
import { isWhiteSpace } from '../text/chars';
import { LABEL_STRETCH, MAX_LABEL, isLoose, isWordColon } from './label-chars';
import { FUNCTION_WORDS } from './function-words';
import { readableEnd } from './readable-end';

/**
 * Where a text that stops in mid-sentence was cut: a text whose last character (before any white space) closes no
 * sentence, clause or bracket (`.` `!` `?` `;` `:` `)` `]` `»` `”` `"` `’` `'`), as the corpus's letters that were
 * saved in part do (`…d.d. 26 april 2023 in`, 1440). Returns the text's end (without white space), or the start of its
 * last word when that is a scrap of one to three characters the cut left (`…wordt voor h`, 642; `…brief 20`, 395),
 * which a label leaves out; -1 when the text ends a sentence. A longer last word stays, whole or not (`…inzake
 * uitvoer`, `…biedt islamitis`): the label's `…` shows that the text goes on. A whole page's ending without a full
 * stop is no cut (see `endsWhole`).
 */
export function textCut(original: string): number {
  let end = original.length;
  while (end > 0 && isWhiteSpace(original.charCodeAt(end - 1))) end--;
  if (end === 0 || CLOSES.has(original.charCodeAt(end - 1))) return -1;
  if (endsWhole(original, end) || endsParagraph(original, end)) return -1;
  if (end < original.length) return end;
  let start = end;
  while (start > 0 && !isWhiteSpace(original.charCodeAt(start - 1))) start--;
  return end - start >= WHOLE_ENOUGH || start === 0 ? end : start;
}

/**
 * Does the text, ending at `end`, end as a whole page does without a full stop: on a web address (`… op
 * www.defensie.nl/ab`, `https://…`), on a paper's or item's number (`Kamerstuk 29 521, nr. 446`, `Handelingen II
 * 2023/24, nr. 45, item 12`), or on KOOP's note that an enclosure lies with the Kamer (`Raadpleegbaar via
 * www.tweedekamer.nl`, `Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer`)? A page's footnotes come
 * last, and such citations and addresses end without one. Not any footnote: a corpus letter saved in part may stop
 * inside one (`verzoekt de regering, voor 1 april 2020 een aanvullend pakket te present`, 2793). Only the last line
 * (at most LAST_LINE_REACH characters) is read.
 */
function endsWhole(original: string, end: number): boolean {
  const tail = original.slice(Math.max(0, end - LAST_LINE_REACH), end);
  const line = tail.slice(tail.lastIndexOf('\n') + 1);
  return ENDS_ON_ADDRESS.test(line) || ENDS_ON_NUMBER.test(line) || ENCLOSURE_NOTE.test(line);
}

/**
 * Does a blank line close the text's last paragraph, which ends at `end`? Then the page's text ended it, not a cut at a
 * character count: a table's last cell (`Op www.toeslagen.nl alle informatie over 2012 onder noemer «Nieuw in 2012»,
 * vanaf januari 2012 overgegaan naar Rijkshuisstijl`, 753), a heading. Not a paragraph that ends on a comma, a hyphen
 * or a word that needs more (`te weten: Vietsch, Boelhouwer, Van der Burg en Jansen,`, 1922;
 * `handtekening/ondertekening van het beroepschrift en`, 133): its sentence goes on in the paragraph the cut left out.
 */
function endsParagraph(original: string, end: number): boolean {
  let breaks = 0;
  for (let k = end; k < original.length && breaks < 2; k++) if (original.charCodeAt(k) === 0x0a) breaks++;
  if (breaks < 2) return false;
  const c = original.charCodeAt(end - 1);
  if (c === 0x2c || c === 0x2d) return false;
  let start = end;
  while (start > 0 && !isWhiteSpace(original.charCodeAt(start - 1))) start--;
  return !FUNCTION_WORDS.has(original.slice(start, end).toLowerCase());
}

/** How much of the text's end is read for its last line (a footnote's is rarely longer). */
const LAST_LINE_REACH = 400;

/** A web address as the last word: `www.defensie.nl/ab`, `https://…`, `rijksoverheid.nl/documenten/…`. */
const ENDS_ON_ADDRESS =
  /(?:^|\s)(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|int|net|gov)\/\S*)$/i;

/** A paper's, page's or item's number at the end: `nr. 446`, `nrs. 2 en 3`, `item 12`, `blz. 4`, `p. 12`. */
const ENDS_ON_NUMBER =
  /(?:^|\s)(?:nrs?\.|nummer|item|blz\.|p\.|pag\.)\s?\d+[a-z]?(?:\s(?:en|t\/m)\s\d+[a-z]?)?$/i;

/** KOOP's footnote to an enclosure, as a whole line. */
const ENCLOSURE_NOTE =
  /^\s*(?:Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer|Raadpleegbaar via www\.tweedekamer\.nl)$/;

/** A last word this long stays in a label: it says what the text was about, cut or not. */
const WHOLE_ENOUGH = 4;

/** `.` `!` `?` `;` `:` `)` `]` `»` `”` `"` `’` `'` */
const CLOSES: ReadonlySet<number> = new Set([...'.!?;:)]»”"’\''].map((c) => c.charCodeAt(0)));

/**
 * The sentence of a date whose sentence runs into the text's cut (see `textCut`): up to the cut, without a scrap of a
 * word after it (the date's own end, if that lies beyond). Null when the sentence ends before the cut.
 */
export function beforeCut(sentence: Span, phrase: Span, cut: number): Span | null {
  if (cut < 0 || sentence.end < cut) return null;
  return { start: sentence.start, end: Math.max(cut, phrase.end) };
}

/**
 * `label`, made from the text of a sentence from `from` to `end`, where the text was cut (see `beforeCut`), marked as
 * cut when it runs to that end: its last word stands in the sentence's last clause, with nothing that ends a clause
 * between it and the cut (the date, its preposition, words a label does not end on may lie between). Such a label
 * showed the text up to where it stops as if that were a whole clause (`De brief van de Minister voor BHOS in`, 1440);
 * it ends with `…` instead, where a cut label reads well (see `readableEnd`): `De brief van de Minister voor
 * Buitenlandse Handel en Ontwikkelingssamenwerking…`. A label cut already, or one whose clause ended before, stays; a
 * label never ends on an opening bracket or quote the cut left empty (`…in Nederland (`, 725), unless that is all it is
 * (never empty).
 */
export function markCut(label: string, original: string, from: number, end: number, date: Span): string {
  let e = label.length;
  while (e > 0 && (isWhiteSpace(label.charCodeAt(e - 1)) || OPENS.has(label.charCodeAt(e - 1)))) e--;
  const s = e === label.length ? label : label.slice(0, e);
  // A label of nothing but brackets (a run of `(` before the date that ends the text) stays as it is: none is left.
  if (s === '') return label;
  if (s.charCodeAt(s.length - 1) === 0x2026) return s;
  const last = lastWord(s, s.length);
  if (last === '' || !inLastClause(original, last, Math.max(from, end - NEAR_CUT), end, date)) return s;
  // Room for the `…`: the last word goes when there is none (a label whole up to LABEL_STRETCH past MAX_LABEL has it).
  const room = s.length >= MAX_LABEL + LABEL_STRETCH ? s.slice(0, Math.max(0, s.lastIndexOf(' '))) : s;
  let at = readableEnd(room, room.length, Math.floor(room.length / 2));
  while (at > 0 && isLoose(room.charCodeAt(at - 1))) at--;
  return at > 0 ? `${room.slice(0, at)}…` : s;
}

/** How far before the cut a label's last word is looked for. */
const NEAR_CUT = 120;

/** `(` `[` `«` `“` `‘` */
const OPENS: ReadonlySet<number> = new Set([...'([«“‘'].map((c) => c.charCodeAt(0)));

/** Marks that end a clause or sentence: `,` `;` `:` `.` `!` `?` `(` `)` `[` `]` `–` `—`. */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...',;:.!?()[]–—'].map((c) => c.charCodeAt(0)));

/**
 * Does `word` stand as a whole word in original[from, end) with no clause break (see CLAUSE_BREAKS) after it before
 * `end`, outside the date (`in de jaren 1999–2003`, 722; a list's commas, `7 oktober, 4 november en 12 december`,
 * 525)? (A `.` inside a word or after an abbreviation, `d.d.`, `nr.`, breaks nothing, nor a `:` inside one.)
 */
function inLastClause(original: string, word: string, from: number, end: number, date: Span): boolean {
  // Searched in the stretch only: `lastIndexOf` on the text would run on to its start when the word is not near the
  // cut, for every date of a last sentence that may hold thousands.
  const stretch = original.slice(from, end);
  for (let at = stretch.lastIndexOf(word); at >= 0; at = at > 0 ? stretch.lastIndexOf(word, at - 1) : -1) {
    const k = from + at;
    const after = k + word.length;
    if (k > 0 && isWordChar(original.charCodeAt(k - 1))) continue;
    if (after < original.length && isWordChar(original.charCodeAt(after))) continue;
    for (let i = after; i < end; i++) {
      const c = original.charCodeAt(i);
      if (!CLAUSE_BREAKS.has(c) || (i >= date.start && i < date.end)) continue;
      if (c === 0x2e && i + 1 < end && !isWhiteSpace(original.charCodeAt(i + 1))) continue;
      if (c === 0x2e && isAbbreviationDot(original, i)) continue;
      // Nor a colon inside a clock time or web address (`12:00`, `https://`).
      if (isWordColon(original, i)) continue;
      return false;
    }
    return true;
  }
  return false;
}

/** Is the `.` at `i` one of an abbreviation (`d.d.`, `nr.`, `jl.`) rather than a sentence's end? */
function isAbbreviationDot(original: string, i: number): boolean {
  if (original.charCodeAt(i) !== 0x2e) return false;
  let a = i;
  while (a > 0 && !isWhiteSpace(original.charCodeAt(a - 1))) a--;
  return ABBREVIATION.test(original.slice(a, i + 1));
}

const ABBREVIATION = /^(?:d\.d\.|dd\.|nr\.|jl\.|a\.s\.|art\.|blz\.|o\.a\.|m\.b\.t\.)$/i;

/** A letter, digit or `-` `'` `’` inside a word. */
function isWordChar(c: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(c));
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** The last word of s[0, end), without the loose marks and closing brackets or quotes at its end. */
function lastWord(s: string, end: number): string {
  let b = end;
  while (b > 0 && (isLoose(s.charCodeAt(b - 1)) || CLOSES.has(s.charCodeAt(b - 1)))) b--;
  let a = b;
  while (a > 0 && !isWhiteSpace(s.charCodeAt(a - 1))) a--;
  return s.slice(a, b);
}

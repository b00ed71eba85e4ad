import { LABEL_STRETCH, MAX_LABEL, collapseRange, isLoose, looseEnd } from './label-chars';
import { danglingBeforeBracket, danglingStart } from './dangling';
import { shortNamesAfter } from './ministry-names';
import { readableEnd } from './readable-end';

/**
 * A label's text made tidy: white space collapsed, loose punctuation off its ends, the preposition left dangling
 * before a date that was taken out (`withoutDangling`), and a text too long (past MAX_LABEL by more than
 * LABEL_STRETCH) shortened to MAX_LABEL characters (`shortenPlain`).
 */

export function collapse(s: string): string {
  return collapseRange(s, 0, s.length);
}

/** `tidy` of a string that is collapsed already: only loose punctuation is left to strip at the ends. */
export function stripLoose(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && isLoose(t.charCodeAt(a))) a++;
  b = looseEnd(t, a, b);
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Trim white space and loose punctuation at both ends (keeps closing brackets and quotes that pair up). */
export function tidy(s: string): string {
  return stripLoose(collapse(s));
}

/**
 * `s` (tidy) without the closing brackets it opens with and the loose marks after them: a bracket closed before the
 * label starts is none of the label's. `)))))Ik zal uw Kamer voor 1 januari informeren.` was labelled with its
 * brackets, and when they filled the label, with brackets alone (found by the core fuzz).
 */
export function withoutLeadingClosers(s: string): string {
  let a = 0;
  for (; a < s.length; a++) {
    const c = s.charCodeAt(a);
    if (c !== 0x29 && c !== 0x5d && !(a > 0 && isLoose(c))) break;
  }
  // Nothing but brackets: they stay, a label is never emptied.
  return a === 0 || a === s.length ? s : s.slice(a);
}

/**
 * `label` without the page reference in brackets that opens it, when a sentence follows: a list of questions names the
 * page of the paper each is about, `(blz. 2) Het streven is er op gericht dat het protocol in de zomer van 2002
 * beschikbaar is` (2801), `(blz. 5) De staatssecretaris van SZW heeft per brief, d.d. 29 december 1999, …` (594), and
 * the page says nothing of what happens on the date. A bracket that is the whole label, or holds other words, stays.
 */
export function withoutLeadingPageReference(label: string): string {
  if (label.charCodeAt(0) !== 0x28) return label;
  const m = PAGE_REFERENCE.exec(label);
  return m === null ? label : label.slice(m[0].length);
}

/** A page reference in brackets and the white space after it, before a capital (see `withoutLeadingPageReference`). */
const PAGE_REFERENCE = /^\((?:blz|p|pag|pagina)\.?\s?\d+(?:[-–]\d+)?\)\s*(?=\p{Lu})/u;

/**
 * `before` (collapsed) without the preposition that dangles before its date, text[ds, de) (see `danglingStart`).
 */
export function withoutDangling(before: string, text: string, ds: number, de: number): string {
  const end = danglingStart(before, 0, before.length, text, ds, de);
  return end === before.length ? before : before.slice(0, end);
}

/**
 * `before` and `after` (collapsed) around the date text[ds, de) without the preposition that dangles before it, and
 * without the brackets that held the date alone after it, with that preposition (see `danglingBeforeBracket`).
 */
export function withoutDanglingAround(
  before: string,
  after: string,
  text: string,
  ds: number,
  de: number,
): [before: string, after: string] {
  const bracketed = after === '' ? -1 : danglingBeforeBracket(before, 0, before.length, text, ds, de);
  if (bracketed < 0) return [withoutDangling(before, text, ds, de), after];
  return [before.slice(0, bracketed), after.slice(1).trimStart()];
}

/** Number of loose characters (see `isLoose`) at the start of `s`. */
function looseAtStart(s: string): number {
  let a = 0;
  while (a < s.length && isLoose(s.charCodeAt(a))) a++;
  return a;
}

/** Number of loose characters at the end of `s`. */
function looseAtEnd(s: string): number {
  return s.length - looseEnd(s, 0, s.length);
}

/**
 * `stripLoose(joinParts(before, after)).length` for collapsed strings, counted on the two parts instead of
 * a joined copy: the joining space is loose too, so an all-loose part lets the strip run on into the other.
 */
export function tidyJoinedLength(before: string, after: string): number {
  const sep = before !== '' && after !== '' ? 1 : 0;
  const total = before.length + sep + after.length;
  const leadBefore = looseAtStart(before);
  const leadAfter = looseAtStart(after);
  if (leadBefore === before.length && leadAfter === after.length) return 0;
  const lead = leadBefore === before.length ? before.length + sep + leadAfter : leadBefore;
  const trailAfter = looseAtEnd(after);
  const trail = trailAfter === after.length ? after.length + sep + looseAtEnd(before) : trailAfter;
  return total - lead - trail;
}

/**
 * A label from any text: cut at a word boundary, before the article or preposition the cut would end on
 * (`…meer duidelijkheid te hebben over de…`, NAVO letter, reads `…te hebben over…`; see `readableEnd`),
 * long ministry names written short first.
 */
export function shortenPlain(s: string): string {
  return shortened(s, cutAtEnd);
}

/**
 * `s` on one line, or when that is too long with long ministry names written short (see `shortMinistryNames`), or when
 * that is still too long, what `cut` makes of it.
 */
export function shortened(s: string, cut: (text: string) => string): string {
  const whole = collapse(s);
  if (whole.length <= MAX_LABEL) return whole;
  const text = shortNamesAfter(whole);
  // Whole (its names short) where it runs past MAX_LABEL by LABEL_STRETCH at most, as `fitted` keeps a label.
  return text.length <= MAX_LABEL + LABEL_STRETCH ? text : cut(text);
}

/** A text too long for a label, cut at a word boundary with `…` (see `shortenPlain`). */
export function cutAtEnd(text: string): string {
  const cut = text.lastIndexOf(' ', MAX_LABEL - 1);
  if (cut <= MAX_LABEL / 2) return `${text.slice(0, MAX_LABEL - 1)}…`;
  return `${text.slice(0, readableEnd(text, cut, MAX_LABEL / 2))}…`;
}

/**
 * `s` without the courtesy a verb takes (`met belangstelling`, `met veel interesse`), for a label that must be cut: it
 * says nothing of what was done and takes room from what does, the subject: `…hebben met belangstelling kennisgenomen
 * van de memorie van antwoord` (846) for `De leden van de VVD-fractie hebben met belangstelling kennisgenomen van de
 * memorie van antwoord van maandag 2 juli 2012`. Only in lower case, inside a clause (a sentence that opens with it
 * reads as a question without it: `Met belangstelling heb ik kennisgenomen` is not `Heb ik kennisgenomen`), and not
 * before `en` or `of`, which join it to more (`met belangstelling en zorg`).
 */
export function withoutCourtesy(s: string): string {
  return s.indexOf('met ') < 0 ? s : s.replace(COURTESY, '');
}

const COURTESY = /(?<![^ ])met (?:veel |grote )?(?:belangstelling|interesse) (?!en |of )(?=\p{L})/gu;

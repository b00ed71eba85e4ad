/**
 * A quoted title is one unit of a label: `het rapport «Wie stuurt? Verkeersveiligheid en automatisering in het
 * wegverkeer»` (1437), `het rapport van ABD-TOPConsult «De NVWA: Bewaker, ook beleidsmaker?»` (1695). The `?`, `:` or
 * `,` inside it ends no sentence or clause of the label: labels that stopped there left the title open and cut
 * (`…OvV-rapport «Wie stuurt?`, `…ABD-TOPConsult «De NVWA: Bewaker`). Only the typographic pairs `«»` and `“”` count:
 * a straight `"` does not say whether it opens or closes, nor `’` whether it is a quote or an apostrophe. Every scan
 * here reads a bounded stretch, so a date costs what its label's window costs.
 */

import type { Span } from '../types';
import { isUpper, isWhiteSpace } from '../text/chars';
import { firstAtOrAfter } from '../text/sorted';
import { MAX_LABEL, looseEnd } from './label-chars';

/** How far past a sentence's or clause's end the closing quote of a title open there is looked for (and back). */
export const QUOTE_REACH = 240;

const OPEN_GUILLEMET = 0xab; // «
const CLOSE_GUILLEMET = 0xbb; // »
const OPEN_DOUBLE = 0x201c; // “
const CLOSE_DOUBLE = 0x201d; // ”

/**
 * Where the typographic quotes of a text are (`«` `»` `“` `”`), in order: found in one pass, so that a date with no
 * quote near it (most dates) costs `sentenceOverQuotes` a binary search rather than a scan of its stretch.
 */
export function quotePositions(text: string): number[] {
  const at: number[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) at.push(m.index);
  return at;
}

const QUOTE = /[«»“”]/g;

/** Is one of `quotes` (see `quotePositions`) in [from, to)? */
function anyQuoteIn(quotes: readonly number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(quotes, from);
  return i < quotes.length && (quotes[i] as number) < to;
}

/** The kind of a quote character: 1 for `«` `»`, 2 for `“` `”`, 0 for any other character. */
function kindOf(c: number): number {
  return c === OPEN_GUILLEMET || c === CLOSE_GUILLEMET ? 1 : c === OPEN_DOUBLE || c === CLOSE_DOUBLE ? 2 : 0;
}

/**
 * Does the quote at `i` open (1) or close (-1) a quote, or is it no quote (0)? `»` and `”` close. `«` and `“` open, but
 * where a broken source typed them as the closing quote they close: glued to the word before them with white space,
 * punctuation or the end after (`het concept «stochastisch terrorisme»« (Kamerstuk 29 754, nr. 747)`, 2677). Exported
 * for the tests' character-scan reference of `openAt` and `closedAfter`.
 */
export function roleAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === CLOSE_GUILLEMET || c === CLOSE_DOUBLE) return isApostrophe(text, i) ? 0 : -1;
  if (c !== OPEN_GUILLEMET && c !== OPEN_DOUBLE) return 0;
  if (i === 0 || isWhiteSpace(text.charCodeAt(i - 1)) || OPENING_BEFORE.has(text.charCodeAt(i - 1))) return 1;
  return i + 1 >= text.length ||
    isWhiteSpace(text.charCodeAt(i + 1)) ||
    CLOSING_AFTER.has(text.charCodeAt(i + 1))
    ? -1
    : 1;
}

/**
 * Is the closing quote at `i` an apostrophe a source typed as one, glued to a letter or digit before it and to a
 * plural or genitive `s` that ends the word after it: `de verwerving van extra F-35»s en MQ-9 Reapers` (1092)? It is
 * no quote: it closes nothing. A digit after it is a footnote marker (`«Mea Culpa»1`, 1294): the quote closes.
 */
function isApostrophe(text: string, i: number): boolean {
  return (
    i > 0 &&
    text.charCodeAt(i + 1) === 0x73 &&
    LETTER_OR_DIGIT.test(text.charAt(i - 1)) &&
    !LETTER_OR_DIGIT.test(text.charAt(i + 2))
  );
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Characters after which a quote opens: brackets and quotes that open, and a dash. */
const OPENING_BEFORE: ReadonlySet<number> = new Set([...'([«“‘\'"–—-/'].map((c) => c.charCodeAt(0)));
/** Characters before which a quote glued to a word closes: punctuation, closing brackets and quotes. */
const CLOSING_AFTER: ReadonlySet<number> = new Set([...',.;:!?)]»”'].map((c) => c.charCodeAt(0)));

/**
 * The opening quote in text[from, to) that is still open at `to` (the last one with no closing quote after it), or -1.
 * Quotes of one kind nest (`«… «…» …»`, a quote in a quote): an opening quote closed inside the stretch is not open.
 * Only the text's quotes are read, as nothing else changes the depth.
 */
export function openAt(
  text: string,
  from: number,
  to: number,
  /** The text's quotes (see `quotePositions`). */
  quotes: readonly number[],
): number {
  let depth = 0;
  for (let k = firstAtOrAfter(quotes, to) - 1; k >= 0 && (quotes[k] as number) >= from; k--) {
    const role = roleAt(text, quotes[k] as number);
    if (role < 0) depth++;
    else if (role > 0) {
      if (depth === 0) return quotes[k] as number;
      depth--;
    }
  }
  return -1;
}

/** The closing quote in text[from, to) that closes nothing opened in it (the first), or -1; by the text's quotes. */
export function closedAfter(
  text: string,
  from: number,
  to: number,
  /** The text's quotes (see `quotePositions`). */
  quotes: readonly number[],
): number {
  let depth = 0;
  for (let k = firstAtOrAfter(quotes, from); k < quotes.length && (quotes[k] as number) < to; k++) {
    const role = roleAt(text, quotes[k] as number);
    if (role > 0) depth++;
    else if (role < 0) {
      if (depth === 0) return quotes[k] as number;
      depth--;
    }
  }
  return -1;
}

/**
 * The closing quote of the opening one at `open`, looked for in text[from, min(to, from + QUOTE_REACH)), or -1. A
 * quote of its kind opened and closed on the way is one inside it (`«Vier dagen in het «apocalyptische» Marioepol»`,
 * 1205). It is not looked for past a blank line (a quote that a paragraph never closes, `«Advies Raad van State
 * inzake …`, 452).
 */
export function closingQuote(text: string, open: number, from: number, to: number): number {
  const kind = kindOf(text.charCodeAt(open));
  const end = Math.min(to, from + QUOTE_REACH);
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && isBlankLineAt(text, i)) return -1;
    if (kindOf(c) !== kind) continue;
    const role = roleAt(text, i);
    if (role > 0) depth++;
    else if (role === 0) continue;
    else if (depth === 0) return i;
    else depth--;
  }
  return -1;
}

/**
 * The opening quote of the closing one at `close`, looked for back from `to` to max(from, to - QUOTE_REACH), or -1;
 * over quotes of its kind inside it, not past a blank line (see `closingQuote`).
 */
export function openingQuote(text: string, close: number, from: number, to: number): number {
  const kind = kindOf(text.charCodeAt(close));
  const start = Math.max(from, to - QUOTE_REACH);
  let depth = 0;
  for (let i = to - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && isBlankLineAt(text, i)) return -1;
    if (kindOf(c) !== kind) continue;
    const role = roleAt(text, i);
    if (role < 0) depth++;
    else if (role === 0) continue;
    else if (depth === 0) return i;
    else depth--;
  }
  return -1;
}

/**
 * Does the title opened at `open` run on unclosed to the end of the text, text[from, to) holding no quote of its kind
 * that closes and no blank line, and only white space after `to`? A note the text's cut stops inside its title
 * (`De Telegraaf, 29 oktober 2022, «Visserij vreest voor voortbestaan: «sector stort`, 1204): the title runs to the
 * cut, not to the first delimiter inside it (`De Telegraaf «Visserij vreest voor voortbestaan`).
 */
function openToTextEnd(text: string, open: number, from: number, to: number): boolean {
  if (to - from > QUOTE_REACH) return false;
  for (let k = to; k < text.length; k++) if (!isWhiteSpace(text.charCodeAt(k))) return false;
  const kind = kindOf(text.charCodeAt(open));
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && isBlankLineAt(text, i)) return false;
    if (kindOf(c) === kind && roleAt(text, i) < 0) return false;
  }
  return true;
}

/** Is the line break at `i` followed by a line of white space only (a blank line)? */
function isBlankLineAt(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false;
  }
  return false;
}

/**
 * A date's sentence widened over a title that a `?`, `!` or `.` inside it split (`het rapport «Wie stuurt?
 * Verkeersveiligheid en automatisering in het wegverkeer»`, 1437; `«Inhumaan en onnodig. Mensenrechtenschendingen …»`,
 * 750): when a title is open at the sentence's end and closes within QUOTE_REACH, the sentence runs on to the end of
 * the sentence the title closes in; when a title closes in it that opened before it, it starts at the start of the
 * sentence the title opens in. Not over a quote the date stands in (see `clauseOverQuotes`). Only the stretch a label
 * reads (`reach` around the date) is scanned.
 */
export function sentenceOverQuotes(
  text: string,
  /** Where the text's quotes are (see `quotePositions`). */
  quotes: readonly number[],
  sentences: readonly Span[],
  sentence: Span,
  phrase: Span,
  reach: number,
  /** The index of the sentence holding an offset, or -1 (see `sentenceIndexAt`). */
  indexAt: (sentences: readonly Span[], at: number) => number,
): Span {
  let { start, end } = sentence;
  // Both scans below read within text[phrase.start - reach, phrase.end + reach) of the sentence.
  if (!anyQuoteIn(quotes, Math.max(start, phrase.start - reach), Math.min(end, phrase.end + reach)))
    return sentence;
  if (end - phrase.end <= reach) {
    const open = openAt(text, Math.max(start, phrase.start - reach), end, quotes);
    // A quote the date stands in is left as it is (see `clauseOverQuotes`).
    const close = open >= phrase.end ? closingQuote(text, open, end, text.length) : -1;
    if (close >= 0) {
      const j = indexAt(sentences, close);
      end = j >= 0 ? Math.max(close + 1, (sentences[j] as Span).end) : close + 1;
    }
  }
  if (phrase.start - start <= reach) {
    const close = closedAfter(text, start, Math.min(end, phrase.end + reach), quotes);
    const open = close >= 0 && close < phrase.start ? openingQuote(text, close, 0, start) : -1;
    if (open >= 0) {
      const j = indexAt(sentences, open);
      start = j >= 0 ? Math.min(open, (sentences[j] as Span).start) : open;
    }
  }
  return start === sentence.start && end === sentence.end ? sentence : { start, end };
}

/**
 * A date's sentence widened to hold the whole title the date stands in (see `titleAround`), where a `.` or `?` inside
 * the title split it: `het rapport «Emissies naar lucht uit de landbouw berekend, 1990–2019. Berekeningen met het
 * model NEMA»` (94) ended the date's sentence at `1990–2019.`.
 */
export function sentenceOverTitle(
  sentences: readonly Span[],
  sentence: Span,
  title: Span,
  /** The index of the sentence holding an offset, or -1 (see `sentenceIndexAt`). */
  indexAt: (sentences: readonly Span[], at: number) => number,
): Span {
  if (title.start >= sentence.start && title.end <= sentence.end) return sentence;
  let { start, end } = sentence;
  if (title.start < start) {
    const j = indexAt(sentences, title.start);
    start = j >= 0 ? Math.min(title.start, (sentences[j] as Span).start) : title.start;
  }
  if (title.end > end) {
    const j = indexAt(sentences, title.end - 1);
    end = j >= 0 ? Math.max(title.end, (sentences[j] as Span).end) : title.end;
  }
  return { start, end };
}

/**
 * A clause text[left, right) of a label (within the stretch text[start, end)) widened so that it neither starts nor
 * ends inside a quoted title: a delimiter inside the quotes (`«De NVWA: Bewaker, ook beleidsmaker?»`, 1695; `«The
 * Dutch Engagement in Uruzgan: 2006–2010. …»`, 1862) is no clause boundary. `clauseEnd(from)` and `clauseStart(to)`
 * find the next delimiter on each side. A title that does not close within QUOTE_REACH leaves the clause as it is, and
 * so does a quote the date stands in (`«De uitvoering van de Algemene bijstandswet door gemeenten in 2003; Quick
 * scan»`, 2294; `«Wij denken nu dat … gemeten vanaf vorig jaar zomer, zal duren. Zo niet langer.»`, 233): a label
 * cut to size around its date would show its end without its start.
 */
export function clauseOverQuotes(
  text: string,
  start: number,
  end: number,
  left: number,
  right: number,
  /** The date, text[ds, de). */
  ds: number,
  de: number,
  clauseStart: (to: number) => number,
  clauseEnd: (from: number) => number,
  /** Where the quotes of `text` are (see `quotePositions`). */
  quotes: readonly number[],
): [left: number, right: number] {
  // A few titles in a row at most: each turn takes one in.
  for (let turn = 0; turn < 4 && right < end; turn++) {
    const open = openAt(text, left, right, quotes);
    if (open < de) break;
    const close = closingQuote(text, open, right, end);
    if (close < 0) {
      if (openToTextEnd(text, open, right, end)) right = end;
      break;
    }
    right = clauseEnd(close + 1);
  }
  for (let turn = 0; turn < 4 && left > start; turn++) {
    const close = closedAfter(text, left, right, quotes);
    if (close < 0 || close >= ds) break;
    const open = openingQuote(text, close, start, left);
    if (open < 0) break;
    left = clauseStart(open);
  }
  return [left, right];
}

/**
 * How long a quoted title may be, its quotes included: the titles of reports and notes run to about 130 characters
 * (`«Strategie bij benadering: Nederlandse coalitievorming en de multi-bi benadering in het kader van de
 * EU-besluitvorming (2008–2012)»`, 144). A longer quote is a passage (`«In aanloop naar de evaluatie van de WNT, …»`,
 * 2143).
 */
export const TITLE_MAX = 200;

/**
 * A quote this short (quotes included) is quoted wording whatever its first letter: `«in de loop van dit jaar»`
 * (2093), `«nog voor het zomerreces»` (559), `«het realiseren van voldoende woningen tot 2050»` (1926).
 */
const SHORT_QUOTE = 60;

/**
 * The quoted title the date text[ds, de) stands in, text[start, end) from its opening quote to past its closing one,
 * within text[from, to); or null. A label keeps such a title whole, its date with it: without its date a title read
 * `Ontwikkelingssamenwerking op weg»` (2162, `«Aan elkaar verplicht, Ontwikkelingssamenwerking op weg naar 2015»`),
 * `…stand van zaken»` (395), a quoted phrase `…hetgeen de facto zou betekenen «nog»` (559, `«nog voor het
 * zomerreces»`). A title is the innermost quote open at the date that closes after it (over quotes of its kind inside
 * it, see `closingQuote`), at most TITLE_MAX characters long, with no blank line in it and no `.` `!` `;` `,` `:`
 * before its closing quote, that holds more than the date, and that starts with a capital or is at most SHORT_QUOTE
 * characters long. A quoted passage is none: it ends with a full stop (`«Wij denken nu dat … zal duren. Zo niet
 * langer.»`, 233), or is longer and starts lower-case (`«dat met het huidige Nederlandse beleid de KRW-doelen in 2027
 * redelijkerwijs niet meer kunnen worden gehaald»`, 971), and its label keeps to the clause around the date.
 */
export function titleAround(
  text: string,
  from: number,
  to: number,
  ds: number,
  de: number,
  /** The text's quotes (see `quotePositions`). */
  quotes: readonly number[],
): Span | null {
  // A quote opened further back than TITLE_MAX is too long for a title.
  const open = openAt(text, Math.max(from, de - TITLE_MAX), ds, quotes);
  if (open < 0) return null;
  // Within TITLE_MAX of its opening, which is less than QUOTE_REACH past the date.
  const close = closingQuote(text, open, de, Math.min(to, open + TITLE_MAX));
  if (close < 0 || hasBlankLine(text, open, close)) return null;
  let a = open + 1;
  while (a < close && isWhiteSpace(text.charCodeAt(a))) a++;
  let b = close;
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  // A quote of the date alone is no title: it goes with its date (`wordt «1 januari 1996» vervangen door`, 630; see
  // `joinParts`).
  if (b === a || (a >= ds && b <= de) || SENTENCE_OR_CLAUSE_END.has(text.charCodeAt(b - 1))) return null;
  return close + 1 - open <= SHORT_QUOTE || isUpper(text.charCodeAt(a))
    ? { start: open, end: close + 1 }
    : null;
}

/** `.` `!` `;` `,` `:` before a closing quote: what ends a quoted sentence or a piece of one, not a title. */
const SENTENCE_OR_CLAUSE_END: ReadonlySet<number> = new Set([...'.!;,:'].map((c) => c.charCodeAt(0)));

/** Is there a blank line in text[from, to)? */
function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    if (isBlankLineAt(text, i)) return true;
  }
  return false;
}

/**
 * A label's quotes as its reader should see them, where a broken source left them unpaired:
 * - a title a straight or single quote closes at the label's end is closed with its own quote: `RTL Nieuws «ProRail
 *   betaalde 18 miljoen euro voor gratis grond»` (2214, `…grond'` in the source);
 * - an opening quote typed where the closing one belongs (see `roleAt`) shows as the closing one;
 * - an opening quote that starts a label not cut at its end, and that nothing in it closes, is left out: the source
 *   never closed the title (`Openbaarmaking van informatie over Landelijke Aanpak Adreskwaliteit`, 452) or the
 *   quotation (`7 maart`, 1205, a diary quoted from its first line on), and the label showed a quote left open.
 * - a closing quote after a full stop (or `;` `,` `:`) that ends the label, and that nothing in it opens, is left out
 *   with that stop: the label is the end of a quotation that opened before it, `…de regering verzoekt om «bijvoorbeeld
 *   een programma zoals voor landelijke Skaeve Huse vorm te geven en de Kamer hierover voor 1 juli a.s. te
 *   rapporten.»` (1573) read `…en de Kamer hierover te rapporten.»`; a label drops the full stop that ends its
 *   sentence, and the quote closed nothing the reader could see. A title's closing quote (after a word, `?` or `!`)
 *   stays.
 * - a quote still open at the end of a label cut there is closed after its `…`: `…de kabinetsvisie aanpak
 *   identiteitsfraude «Slim voorkomen, vlot…»` (1285), not `«Slim voorkomen, vlot…`, which read as a quote the label
 *   forgot to close.
 * - a group in brackets still open at the end of a label cut there is closed after its `…` too (see
 *   `closedBracketsAtCut`).
 * A label with no quote (most) is returned as it is after one search or two.
 */
export function pairedQuotes(label: string): string {
  const out = pairedInside(label);
  return closedBracketsAtCut(out.charCodeAt(0) === ELLIPSIS ? openedAtCut(out) : out);
}

/**
 * A label cut at its end inside a group in brackets closes the group after its `…`, as it closes a title (see
 * `closedAtCut`): `…de Zorgverzekeringswet (hierna: Zvw) (oefentherapie COPD, ziekenvervoer…)` (2354),
 * `…veiligheidsdiensten 2002 (WIV…)` (2524).
 */
function closedBracketsAtCut(label: string): string {
  // Cut at its end: the `…`, and the closing quotes of titles cut there (see `closedAtCut`).
  if (!CUT_END.test(label) || label.indexOf('(') < 0) return label;
  const open: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x28) open.push(i);
    else if (c === 0x29) open.pop();
  }
  return open.length === 0 ? label : closedAtCut(label, open, ')'.repeat(open.length));
}

/** `pairedQuotes` without what it adds where a label is cut (see `openedAtCut`, `closedBracketsAtCut`). */
function pairedInside(label: string): string {
  if (!HAS_OPENING.test(label)) return QUOTATION_END.test(label) ? withoutQuotationEnd(label) : label;
  let out = label;
  // The opening quotes still open at the label's end, the innermost last.
  const open: number[] = [];
  // Does a closing quote that nothing opened end the label?
  let unopenedEnd = false;
  for (let i = 0; i < out.length; i++) {
    const role = roleAt(out, i);
    if (role > 0) open.push(i);
    else if (role < 0) {
      const o = open.pop();
      const c = out.charCodeAt(i);
      if (o !== undefined && (c === OPEN_GUILLEMET || c === OPEN_DOUBLE))
        out = `${out.slice(0, i)}${String.fromCharCode(closerOf(out.charCodeAt(o)))}${out.slice(i + 1)}`;
      unopenedEnd = o === undefined && i === out.length - 1;
    }
  }
  const o = open.at(-1);
  if (o !== undefined && STRAY_CLOSE.test(out)) {
    out = `${out.slice(0, -1)}${String.fromCharCode(closerOf(out.charCodeAt(o)))}`;
    open.pop();
  }
  if (open[0] === 0 && !out.endsWith('…')) out = out.slice(1).trimStart();
  // Cut inside a title (or a quotation): the title is closed after the `…`, as a title cut short is written.
  else if (open.length > 0 && out.endsWith('…')) out = closedAtCut(out, open);
  return unopenedEnd && QUOTATION_END.test(out) ? withoutQuotationEnd(out) : out;
}

const ELLIPSIS = 0x2026;

/**
 * `label` (cut at its end, `…`) with the quotes (or brackets) still open at `open` closed after its `…` by `closers`,
 * the innermost first; where that makes it longer than MAX_LABEL, without the word before the `…` (unless that word
 * holds the last one opened).
 */
function closedAtCut(label: string, open: readonly number[], closers = closersOf(label, open)): string {
  let out = label;
  if (out.length + closers.length > MAX_LABEL) {
    // The `…` and what follows it (the closing quotes of titles cut there, when brackets are closed) stay.
    const cut = out.lastIndexOf('…');
    const space = out.lastIndexOf(' ', cut - 1);
    // Not where that leaves less than half a label: a label of one long word (a web address) keeps it, one over.
    if (space > (open.at(-1) as number) && space >= MAX_LABEL / 2)
      out = `${out.slice(0, space)}${out.slice(cut)}`;
  }
  return out + closers;
}

/** The end of a label cut there, the titles it cut closed after it. */
const CUT_END = /…[»”]*$/;

/** The closing quotes of the quotes open at `open` in `label`, the innermost first. */
function closersOf(label: string, open: readonly number[]): string {
  let closers = '';
  for (let k = open.length - 1; k >= 0; k--)
    closers += String.fromCharCode(closerOf(label.charCodeAt(open[k] as number)));
  return closers;
}

/**
 * `label` (cut at its start, `…`) with the quotes it closes that nothing in it opens opened before its `…`, the
 * outermost first: `«…doden van zorgbehoevende dieren» die de Raad voor Dierenaangelegenheden (RDA) heeft
 * gepubliceerd` (728), not `…dieren» die de Raad…`, a quote closed that the label never opened. Where that makes it
 * longer than MAX_LABEL, without its first word (unless that word holds the first such closing quote).
 */
function openedAtCut(label: string): string {
  if (!HAS_CLOSING.test(label)) return label;
  let depth = 0;
  // The closing quotes that nothing in the label opens, in order.
  const unopened: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const role = roleAt(label, i);
    if (role > 0) depth++;
    else if (role < 0) {
      if (depth > 0) depth--;
      else unopened.push(i);
    }
  }
  if (unopened.length === 0) return label;
  let out = label;
  let openers = '';
  for (let k = unopened.length - 1; k >= 0; k--)
    openers += label.charCodeAt(unopened[k] as number) === CLOSE_GUILLEMET ? '«' : '“';
  if (out.length + openers.length > MAX_LABEL) {
    const space = out.indexOf(' ');
    if (space > 0 && space < (unopened[0] as number) && out.length - space >= MAX_LABEL / 2)
      out = `…${out.slice(space + 1)}`;
  }
  return openers + out;
}

const HAS_CLOSING = /[»”]/;

/** A closing quote after a full stop or a clause's mark, at a label's end (see `pairedQuotes`). */
const QUOTATION_END = /[.;,:][»”]$/;

/**
 * `label` (which QUOTATION_END matches) without its closing quote and the loose marks before it, but for the full stop
 * of an abbreviation (see `looseEnd`): `…te informeren.»` → `…te informeren`, `…de motie-Heite c.s.»` → `…de
 * motie-Heite c.s.`.
 */
function withoutQuotationEnd(label: string): string {
  return label.slice(0, looseEnd(label, 0, label.length - 1));
}

const HAS_OPENING = /[«“]/;
/** A straight or single quote glued to the label's last word, at its end. */
const STRAY_CLOSE = /[\p{L}\p{N}]['’]$/u;

/** The closing quote of an opening one. */
function closerOf(c: number): number {
  return c === OPEN_GUILLEMET ? CLOSE_GUILLEMET : CLOSE_DOUBLE;
}

import { MAX_CONTENTS_ENTRY } from './contents';
import { endsPunctuated, isBulletLine, nextNonBlank, startsLower, startsUpper, type Line } from './lines';

/**
 * How long a heading may be (at most 80 characters, and in hard-wrapped text clearly shorter than the wrap width), and
 * whether a line that fills the width is a body line or a heading wrapped over two lines.
 */

/** Headings are never longer than this. */
const MAX_HEADING = 80;
/** In hard-wrapped text a heading stays below this share of the wrap width. */
const WRAP_SHARE = 0.85;
/** Wrap width is only trusted from this many wrapped lines. */
const MIN_WRAPPED_LINES = 3;
/** Wider than this, lines are paragraphs, not hard-wrapped lines. */
const MAX_WRAP_WIDTH = 120;
export const LETTERED_ITEM = /^\p{Ll}[.)]\s/u;

/**
 * The longest heading the text allows. Hard-wrapped text (tweedekamer.nl pages, PDF text) is
 * recognised by lines that run on into a lower-case line; their median length is the wrap width. A lettered item
 * under a line is no such run: a BNC fiche's fields (`1. Algemene gegevens` / `a) Titel voorstel` / `Aanbeveling van
 * de Raad …` / `b) Datum ontvangst Commissiedocument` / `8 december 2021` / `c) …`, 2265) made the width 47 and its
 * sections (`2. Essentie voorstel`) no headings.
 */
export function maxHeadingLength(lines: readonly Line[]): number {
  return headingLimit(wrapWidth(lines));
}

/** The longest heading a text of wrap width `width` allows (`wrapWidth`; undefined: not hard-wrapped). */
export function headingLimit(width: number | undefined): number {
  return width === undefined ? MAX_HEADING : Math.min(MAX_HEADING, Math.floor(width * WRAP_SHARE));
}

/**
 * The wrap width of hard-wrapped text: the median length of the lines that run on into a lower-case line (see
 * `maxHeadingLength`); undefined when too few lines do, or they are wider than hard-wrapped lines are.
 */
export function wrapWidth(lines: readonly Line[]): number | undefined {
  const histogram = new Map<number, number>();
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    const next = lines[i + 1] as Line;
    // A lettered item (`a) Titel voorstel`) starts in lower case but on a line of its own: no wrapped line.
    if (l.text === '' || !startsLower(next.text) || LETTERED_ITEM.test(next.text)) continue;
    const len = Math.min(l.text.length, MAX_WRAP_WIDTH + 1);
    histogram.set(len, (histogram.get(len) ?? 0) + 1);
    wrapped++;
  }
  if (wrapped < MIN_WRAPPED_LINES) return undefined;
  // Median through the histogram: linear, no sort of all lines.
  let seen = 0;
  for (let len = 0; len <= MAX_WRAP_WIDTH + 1; len++) {
    seen += histogram.get(len) ?? 0;
    if (seen * 2 >= wrapped) return len > MAX_WRAP_WIDTH ? undefined : len;
  }
  return undefined;
}

/**
 * A verb that makes a line a sentence, not a title: the auxiliaries and copulas a paragraph's first line carries
 * (`De vragen en opmerkingen zijn op 1 oktober 2025 aan de Ministers van Buitenlandse` / `Zaken en van Financiën
 * voorgelegd.`, 1563). A heading names its subject (`Verstrekking van BRP-gegevens op basis van toestemming van de
 * ingeschrevene`, 2227).
 */
const SENTENCE_VERB =
  /(?:^|\s)(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|wil|willen)(?=\s|$)/iu;

/**
 * Rule 8: does line `line`, longer than a heading may be (rule 1), end where hard wrapping did not break it: the first
 * word of the line under it, a capital's, would have fit on it within the wrap width `width` (`Motie Van der Werf –
 * Meer werkplezier en verminderen werkdruk met behulp van AI2` / `In mei 2024 nam uw Kamer …`, 1008: 81 characters
 * and `In` within 88). Wrapping breaks a line only before a word that does not fit.
 */
export function endsBeforeWidth(lines: readonly Line[], line: Line, width: number): boolean {
  const t = line.text;
  if (t.length + 2 > width || t.length > MAX_CONTENTS_ENTRY || endsPunctuated(t)) return false;
  const next = lines[line.index + 1];
  if (next === undefined || !startsUpper(next.text)) return false;
  const space = next.text.indexOf(' ');
  const word = space < 0 ? next.text.length : space;
  return t.length + 1 + word <= width && !SENTENCE_VERB.test(t);
}

/**
 * A bullet with its item. A dash alone is no list: tweedekamer.nl prints `Ondertekenaars` / `-` / `Eerste
 * ondertekenaar` under a letter (106), a field of the page, not a section of the paper.
 */
export function isListItem(text: string): boolean {
  return text.length > 1 && isBulletLine(text);
}

/** Rule 6: is `next` (the line after a candidate) body text? */
export function isBodyLike(
  lines: readonly Line[],
  next: Line,
  maxLen: number,
  lastNonBlank: number,
): boolean {
  const t = next.text;
  if (next.index === lastNonBlank) return true; // the text breaks off here (fixture letters are openings)
  if (t.length > maxLen || endsPunctuated(t) || isListItem(t)) return true;
  const after = lines[next.index + 1];
  return after !== undefined && startsLower(after.text);
}

/**
 * Rule 7: the second line of a heading that hard wrapping broke over two lines, or undefined. The first line fills
 * the width (too long for a heading on its own, rule 1, and no longer than a wrapped line) and ends in no
 * punctuation; the second, right under it, goes on in lower case and is short; a paragraph follows for sure, as
 * under a stack of headings. `Toezeggingen over de voortgang en uitkomsten van het vervolgonderzoek naar fraude` /
 * `bij de IND2` / `Uw Kamer is eerder geïnformeerd over het uitvoeren van een onafhankelijk onderzoek` (2426). The
 * caller judges the two lines together by the other rules.
 */
export function wrappedHeading(
  lines: readonly Line[],
  line: Line,
  maxLen: number,
  skip: ReadonlySet<number>,
  lastNonBlank: number,
): Line | undefined {
  const t = line.text;
  if (t.length <= maxLen || t.length > MAX_WRAP_WIDTH || endsPunctuated(t)) return undefined;
  const second = lines[line.index + 1];
  if (
    second === undefined ||
    skip.has(second.index) ||
    !startsLower(second.text) ||
    second.text.length > maxLen
  ) {
    return undefined;
  }
  const body = nextNonBlank(lines, second.index);
  if (
    body === undefined ||
    body.index === lastNonBlank ||
    skip.has(body.index) ||
    !startsUpper(body.text) ||
    !isBodyLike(lines, body, maxLen, lastNonBlank)
  ) {
    return undefined;
  }
  return second;
}

/**
 * Does `line` (ending in a colon) stand right above a question of the outline (`questionLines`), and read as a title
 * rather than a sentence that leads into it (`De leden van de VVD-fractie hebben de volgende vragen:`)?
 */
export function introducesQuestion(
  lines: readonly Line[],
  line: Line,
  questionLines: ReadonlySet<number>,
): boolean {
  const next = nextNonBlank(lines, line.index);
  return (
    next !== undefined &&
    questionLines.has(next.index) &&
    line.text.length <= MAX_CONTENTS_ENTRY &&
    !SENTENCE_VERB.test(line.text)
  );
}

/**
 * Footnote blocks.
 *
 * PDF text puts the footnotes where a page broke, each starting with its number
 * (NAVO fixture: `1 Concreet gaat het om het Concept for the Deterrence …`), after a blank line.
 * Such a line is a footnote only when the body carries that number as a marker before it:
 * glued to a word or punctuation (`uitwerking.1`, `MFK-verordening2`) or listed by normalization.
 * Pages end with a notes section under its own label (`X Noot`, `Noten`, letter 08).
 */
import { isDigit, isWhiteSpace } from '../text/chars';
import { FULL_MONTH_ALTERNATION } from '../text/dutch-months';
import type { FootnoteMarker, NormalizedText } from '../text/normalize';
import {
  contentsEntryKeys,
  contentsKey,
  inTableOfContents,
  tablesOfContents,
} from '../text/table-of-contents';
import type { Span } from '../types';
import { type ContentsLines, readContents } from './contents';
import { endsPunctuated, endsSentence, type Line, MAX_RULE_LINE, nextNonBlank, prevNonBlank } from './lines';

export interface FootnoteBlock {
  /** Normalized offset of the block's first character. */
  start: number;
  title: string;
  /** Lines the block covers (no heading may come from them). */
  firstLine: number;
  lastLine: number;
}

/** The notes section's label: `X Noot`, also glued (`XNoot`, as older zoek pages read: 705), `Noten`. */
const NOTES_LABEL = /^(?:X\s*)?(?:Noot|Noten|Voetnoot|Voetnoten)$/;
/**
 * A note's first line: its number, then its text. Not a number going on: more digits, a month (`1 januari`), a
 * fraction (`1 ¾`, a table's cell under `Contractloon marktsector`, 2712).
 */
const FOOTNOTE_LINE = new RegExp(
  String.raw`^(\d{1,3})\s+(?!\d|[\u00bc-\u00be\u2150-\u215e]|(?:${FULL_MONTH_ALTERNATION})\b)\S`,
);
/**
 * A page's notes markup puts the number on a line of its own (KOOP `div.voet.noot`:
 * `<sup><span class="nootnum">1</span></sup><p>Concreet gaat het om …</p>` reads as `1`, a blank
 * line, then the note), so a bare number followed by text counts as a note's first line too.
 */
const BARE_NUMBER_LINE = /^(\d{1,3})$/;
/**
 * A marker glued to the word or punctuation before it: `uitwerking.1`, `(STRAIIK-D).2`, `verordening2`,
 * that is a run of 1–3 digits right after a lower-case letter or one of `.,;:)»”’"` (the character before
 * the digits is neither a digit nor white space, and GLUE accepts it).
 */
const GLUE = /^[\p{Ll}.,;:)»”’"]$/u;
/**
 * Between two digits these join one number, not a number and a marker: a section (`2.6. Schakelklassen`, 2452), an
 * amount (`€ 10.447,1 miljoen`, 986), a time (`10:15 uur`, 1061). Normalization leaves such digits in the text: it
 * takes a marker after a number and a period only after a year, and then strips and lists it.
 */
const NUMBER_JOINER = /^[.,:]$/;

/**
 * Is the digit run `label` at `d` (the caller checked `t.startsWith(label, d)`) a glued marker? Returns its
 * offset (one past the start of the character before the digits: `d`, or `d - 1` when that character is a
 * surrogate pair), else -1.
 */
function gluedMarkerAt(t: string, d: number, label: string): number {
  if (d === 0) return -1; // nothing to be glued to
  const low = t.charCodeAt(d - 1);
  if (isDigit(low) || isWhiteSpace(low)) return -1;
  const j = d + label.length;
  if (j < t.length && isDigit(t.charCodeAt(j))) return -1; // the run is longer than the label
  const astral = low >= 0xdc00 && low <= 0xdfff && d >= 2 && (t.charCodeAt(d - 2) & 0xfc00) === 0xd800;
  if (!GLUE.test(astral ? t.slice(d - 2, d) : t.charAt(d - 1))) return -1;
  if (!astral && NUMBER_JOINER.test(t.charAt(d - 1)) && d >= 2 && isDigit(t.charCodeAt(d - 2))) return -1;
  return astral ? d - 1 : d;
}

/**
 * The offset (see `gluedMarkerAt`) of the first glued marker `label` (1–3 digits) in `t`, or -1. One
 * `indexOf` walk over the label's occurrences: a label is a short literal, found far faster than the digit
 * runs of a whole letter by a regex scan, and most occurrences fail on the character before them.
 */
export function firstGluedMarker(t: string, label: string): number {
  for (let d = t.indexOf(label); d >= 0; d = t.indexOf(label, d + 1)) {
    const g = gluedMarkerAt(t, d, label);
    if (g >= 0) return g;
  }
  return -1;
}

/** Digits that start a run after anything but white space: where a glued marker can start. */
const RUN_AFTER_NON_SPACE = /(?<![\d\s])\d/g;

/** Every label's first glued marker (as `firstGluedMarker` finds each), in one scan of the text. */
function allFirstGluedMarkers(t: string): Map<string, number> {
  const first = new Map<string, number>();
  RUN_AFTER_NON_SPACE.lastIndex = 0;
  for (let m = RUN_AFTER_NON_SPACE.exec(t); m; m = RUN_AFTER_NON_SPACE.exec(t)) {
    const d = m.index;
    let j = d + 1;
    while (j < t.length && j - d <= 3 && isDigit(t.charCodeAt(j))) j++;
    if (j - d > 3) continue;
    const label = t.slice(d, j);
    if (first.has(label)) continue;
    const g = gluedMarkerAt(t, d, label);
    if (g >= 0) first.set(label, g);
  }
  return first;
}

/**
 * Labels looked up one by one before the scan of every digit run takes over: a letter asks for a handful
 * (one per footnote block), and the bound keeps odd input (hundreds of numbered lines) linear.
 */
const MAX_LABEL_WALKS = 32;

/**
 * First normalized offset at which each marker label occurs glued in the text (see `gluedMarkerAt`). A
 * footnote line only asks whether its label occurred before it; each label is looked up once.
 */
class FirstMarkers {
  /** Label → its first glued marker, or -1 when it has none. */
  private readonly found = new Map<string, number>();
  private everyLabel: Map<string, number> | null = null;

  constructor(private readonly t: string) {}

  /** Does marker `label` occur glued before normalized offset `limit`? */
  occursBefore(label: string, limit: number): boolean {
    let g = this.found.get(label);
    if (g === undefined) {
      if (this.found.size < MAX_LABEL_WALKS) {
        g = firstGluedMarker(this.t, label);
      } else {
        this.everyLabel ??= allFirstGluedMarkers(this.t);
        g = this.everyLabel.get(label) ?? -1;
      }
      this.found.set(label, g);
    }
    return g >= 0 && g < limit;
  }
}

/**
 * The tables of contents of a text, read once a line looks like a note: the entries of a KOOP table start with their
 * number and end with their page glued on (`1 Inleiding2`, 1785), and the note marker `1` may well occur before
 * them (`Wetenschap1`). Neither an entry nor the section it names (`1 Inleiding` under the table) is a note.
 */
class Contents {
  private spans: Span[] | null = null;
  private keys: Set<string>[] = [];

  constructor(private readonly t: string) {}

  /** Does `line` lie in a table of contents, or name again a section an earlier table lists? */
  holds(line: Line): boolean {
    if (!this.spans) {
      this.spans = tablesOfContents(this.t);
      this.keys = this.spans.map((span) => contentsEntryKeys(this.t, span));
    }
    if (this.spans.length === 0) return false;
    if (inTableOfContents(this.spans, line.start)) return true;
    const key = contentsKey(line.text);
    return this.spans.some((span, k) => span.end <= line.start && (this.keys[k] as Set<string>).has(key));
  }
}

function firstOriginalMarkers(markers: readonly FootnoteMarker[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of markers) {
    const prev = first.get(m.label);
    if (prev === undefined || m.start < prev) first.set(m.label, m.start);
  }
  return first;
}

/** The bare-number form of a note's first line, when a line of text follows it. */
function bareNumberNote(lines: readonly Line[], i: number): RegExpExecArray | null {
  const m = BARE_NUMBER_LINE.exec((lines[i] as Line).text);
  if (!m) return null;
  const next = lines[i + 1]?.text === '' ? lines[i + 2] : lines[i + 1];
  return next && /^\p{Lu}/u.test(next.text) ? m : null;
}

/** A numbered section heading: `1. Inleiding`, `1. BELEIDSTERUGBLIK`, `2.3 Beroepsonderwijs`. */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}/u;
/** The longest line taken for a heading here. */
const MAX_HEADING_LINE = 100;
/** Text whose first sentence is a question: no full stop or exclamation mark before the first `?`. */
const ASKS_FIRST = /^[^.?!]*\?/;
/** How many lines of a paragraph are read for its first sentence (PDF text breaks a sentence over lines). */
const QUESTION_LINES = 4;

/**
 * Does the bare number at line `i` number a question rather than a note? A lijst van vragen en antwoorden opens its
 * first section with the heading, the number of its first question on a line of its own, and the question: `1.
 * Inleiding` / `1` / `Zijn de beide bewindslieden bereid om … voor ogen hebben …?` (988; 309 under `1.
 * BELEIDSTERUGBLIK`). The note marker `1` of the committee's composition (`Buitenlandse Zaken1`) comes before it,
 * but a note does not open under a heading, nor with a question.
 */
function numbersQuestionUnderHeading(lines: readonly Line[], i: number): boolean {
  const heading = prevNonBlank(lines, i)?.text;
  if (
    heading === undefined ||
    heading.length > MAX_HEADING_LINE ||
    !NUMBERED_HEADING.test(heading) ||
    endsPunctuated(heading)
  ) {
    return false;
  }
  const first = nextNonBlank(lines, i);
  return first !== undefined && ASKS_FIRST.test(paragraphFrom(lines, first));
}

/**
 * The paragraph that opens at line `first`, read over up to `QUESTION_LINES` lines after it (PDF text breaks a
 * sentence over lines), its lines joined by spaces: where both question rules look for the `?`.
 */
function paragraphFrom(lines: readonly Line[], first: Line): string {
  let paragraph = first.text;
  for (let j = first.index + 1; j < lines.length && j <= first.index + QUESTION_LINES; j++) {
    const next = (lines[j] as Line).text;
    if (next === '') break;
    paragraph += ' ' + next;
  }
  return paragraph;
}

/**
 * A question number on a line of its own: `1`, or two questions answered together, `1 en 4` (1981). The first
 * number is the one a note would carry.
 */
const QUESTION_NUMBER_LINE = /^(\d{1,3})(?: en (\d{1,3}))?$/;

/** Does the paragraph under line `i` (past one blank line at most; `paragraphFrom`) ask a question? */
function asksUnder(lines: readonly Line[], i: number): boolean {
  const first = lines[i + 1]?.text === '' ? lines[i + 2] : lines[i + 1];
  return first !== undefined && first.text !== '' && paragraphFrom(lines, first).includes('?');
}

/**
 * The numbered questions of a list of questions: each number on a line of its own after a blank line, the
 * question under it (`Jonker` / `1` / `Wat zijn de gevolgen van het uitstel …?`, 1020). Read once, and only when
 * a bare-number note line asks for it.
 */
class QuestionNumbers {
  /** Each question number with the line it stands on, in the order of the text. */
  private numbers: { n: number; line: number }[] | null = null;

  constructor(private readonly lines: readonly Line[]) {}

  private all(): { n: number; line: number }[] {
    if (this.numbers) return this.numbers;
    const found: { n: number; line: number }[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] as Line;
      if (line.text === '' || !isDigit(line.text.charCodeAt(0))) continue;
      if (i > 0 && (this.lines[i - 1] as Line).text !== '') continue; // a number opens its paragraph
      const m = QUESTION_NUMBER_LINE.exec(line.text);
      if (!m || !asksUnder(this.lines, i)) continue;
      found.push({ n: Number(m[1]), line: i });
      if (m[2] !== undefined) found.push({ n: Number(m[2]), line: i });
    }
    this.numbers = found;
    return found;
  }

  /** Is `n` a question number before line `i`? */
  before(n: number, i: number): boolean {
    return this.all().some((q) => q.n === n && q.line < i);
  }

  /** Is `n` a question number after line `i`? */
  after(n: number, i: number): boolean {
    return this.all().some((q) => q.n === n && q.line > i);
  }

  /** The last question number before line `i` (the higher of two on one line), or 0 when there is none. */
  lastBefore(i: number): number {
    let last = 0;
    for (const q of this.all()) {
      if (q.line >= i) break;
      last = q.n;
    }
    return last;
  }

  /**
   * Do the bare number lines between the questions around line `i` (the one before it, or the text's start, and the
   * one after it) number exactly the questions missing between them, one each and in order: `1` and `2` that end in
   * a full stop before question 3, or `4` and `5` between questions 3 and 6? Then each is a question's number (543).
   */
  gapFilledBy(i: number): boolean {
    const all = this.all();
    const next = all.findIndex((q) => q.line > i);
    if (next < 0) return false;
    const prev = all[next - 1];
    const to = (all[next] as { n: number; line: number }).line;
    let expected = (prev?.n ?? 0) + 1;
    if ((all[next] as { n: number; line: number }).n - expected < 1) return false;
    for (let j = (prev?.line ?? -1) + 1; j < to; j++) {
      const line = this.lines[j] as Line;
      if (line.text === '' || !isDigit(line.text.charCodeAt(0))) continue;
      if (j > 0 && (this.lines[j - 1] as Line).text !== '') continue;
      const m = QUESTION_NUMBER_LINE.exec(line.text);
      if (!m) continue;
      if (m[2] !== undefined || Number(m[1]) !== expected) return false;
      expected++;
    }
    return expected === (all[next] as { n: number; line: number }).n;
  }

  /** The first question number after line `i`, or -1. */
  firstAfter(i: number): number {
    return this.all().find((q) => q.line > i)?.n ?? -1;
  }
}

/** The label over a minister's answers: `Antwoord`, `Antwoord van minister Bos (Financiën) (ontvangen …)` (824). */
const ANSWER_LABEL = /^Antwoord\b/;

/**
 * Does the text break off in the paragraph under line `i`, inside its sentence: a corpus fixture cut short in the
 * question (`2` / `Kan een overzicht worden gegeven van de totale kosten van de samenwerkingsprogramma’s waarmee
 * Nederland de afgelopen jaren Caribisch Nederland, Aruba, Sint Maarten en Curaçao op een`, 1613)?
 */
function breaksOffUnder(lines: readonly Line[], i: number): boolean {
  const first = nextNonBlank(lines, i);
  if (first === undefined) return false;
  let last = first;
  for (let j = first.index + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.text === '') {
      if (nextNonBlank(lines, j) !== undefined) return false; // another paragraph follows
      break;
    }
    last = line;
  }
  return !endsSentence(last.text);
}

/**
 * Does the number line `i` number a question in a list of questions rather than a note? The number stands on a
 * line of its own under the clerk's name or after the previous answer, the question under it: `Jonker` / `1` /
 * `Wat zijn de gevolgen …?` (1020), `2` / `Hoe is het mogelijk dat …?` (1347). It belongs to the list
 * when the question before it carries the number before it; the first question when the paper is a list of questions,
 * or question 2 follows (a verslag numbering its questions the same way, 1760). A note's text (a source, `Kamerstuk
 * …`, a URL) asks nothing, and its number follows no question number.
 *
 * A number without a `?` under it is a question's still when the list leaves no doubt: it stands between the
 * questions numbered one below and one above it, or is the first of a list of questions with question 2 next (`1` /
 * `Hoeveel geld zit er nog in het pensioenfonds van de Nederlandse Antillen.` / its answer / `2` / `Hoeveel geld
 * staat er …?`, 543), or the bare numbers between two questions are the ones missing between them, one each
 * (`gapFilledBy`); it follows question n − 1 and the text breaks off under it (`breaksOffUnder`, 1613, 2543); or
 * it numbers an answer, right under the answers' label, with its question numbered the same before it (`Antwoord van
 * minister Bos (Financiën) (ontvangen 26 januari 2009)` / `1` / `Ja.`, 824). The notes at a page's end follow the
 * last question, not the one a number below theirs.
 */
function numbersListedQuestion(
  lines: readonly Line[],
  i: number,
  questions: QuestionNumbers,
  questionList: boolean,
): boolean {
  const m = QUESTION_NUMBER_LINE.exec((lines[i] as Line).text);
  if (!m) return false;
  const n = Number(m[1]);
  if (asksUnder(lines, i)) {
    if (n === 1) return questionList || questions.after(2, i);
    return questions.before(n - 1, i);
  }
  const above = prevNonBlank(lines, i);
  if (above !== undefined && ANSWER_LABEL.test(above.text) && questions.before(n, i)) return true;
  // The question before it is numbered one below it; the first question has none before it.
  const follows = questions.lastBefore(i) === n - 1 && (n > 1 || questionList);
  if (follows && (questions.firstAfter(i) === n + 1 || (n > 1 && breaksOffUnder(lines, i)))) return true;
  return (questionList || questions.lastBefore(i) > 0) && questions.gapFilledBy(i);
}

/**
 * The footnote blocks after line `from`. `questionList`: the paper is a list of questions (a lijst van vragen en
 * antwoorden, or a verslag of a schriftelijk overleg), whose question numbers stand on lines of their own like a
 * page's note numbers. `tables`: the tables of contents from `from` on (`readContents`), whose page numbers stand on
 * lines of their own too.
 */
export function findFootnotes(
  text: NormalizedText,
  lines: readonly Line[],
  from: number,
  questionList = false,
  tables: ContentsLines = readContents(lines, from),
): FootnoteBlock[] {
  const blocks: FootnoteBlock[] = [];
  const glued = new FirstMarkers(text.text);
  const contents = new Contents(text.text);
  // The questions are read from the text's start: a minister's answers put the questions in the head, whose date line
  // is the answers' `(ontvangen 26 januari 2009)` (824).
  const questions = new QuestionNumbers(lines);
  const listed = firstOriginalMarkers(text.footnoteMarkers ?? []);
  const hasMarker = (label: string, line: Line): boolean => {
    if (glued.occursBefore(label, line.start)) return true;
    const o = listed.get(label);
    return o !== undefined && o < text.toOriginal(line.start);
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    // The notes label starts with `X`, `N` or `V`; a note's first line with a digit. Others: no rule applies.
    const c = line.text.charCodeAt(0);
    if (!isDigit(c) && c !== 0x58 && c !== 0x4e && c !== 0x56) continue;
    const t = line.text.slice(0, MAX_RULE_LINE);
    if (NOTES_LABEL.test(t)) {
      // The notes section closes the page: everything after it is notes.
      blocks.push({ start: line.contentStart, title: 'Noten', firstLine: i, lastLine: lines.length - 1 });
      break;
    }
    const m = FOOTNOTE_LINE.exec(t) ?? bareNumberNote(lines, i);
    const prev = lines[i - 1];
    if (!m || (prev !== undefined && prev.text !== '') || !hasMarker(m[1] as string, line)) continue;
    // A page number of a table of contents on its own line, its entry's title above it and the next entry's
    // number or the text's first heading under it: `Reactie van de minister` / `6` / `I. VRAGEN EN OPMERKINGEN UIT
    // DE FRACTIES` (2452).
    if (tables.entries.has(i) || contents.holds(line)) continue;
    if (BARE_NUMBER_LINE.test(line.text) && numbersQuestionUnderHeading(lines, i)) continue;
    if (numbersListedQuestion(lines, i, questions, questionList)) continue;
    // The block runs to the next blank line; lines in it that start with a number are further notes.
    const labels = [m[1] as string];
    let last = i;
    while (last + 1 < lines.length && (lines[last + 1] as Line).text !== '') {
      last++;
      const more = FOOTNOTE_LINE.exec((lines[last] as Line).text.slice(0, MAX_RULE_LINE));
      if (more && Number(more[1]) === Number(labels[labels.length - 1]) + 1) labels.push(more[1] as string);
    }
    const title =
      labels.length === 1 ? `Voetnoot ${labels[0]}` : `Voetnoten ${labels[0]}–${labels[labels.length - 1]}`;
    blocks.push({ start: line.contentStart, title, firstLine: i, lastLine: last });
    i = last;
  }
  return blocks;
}

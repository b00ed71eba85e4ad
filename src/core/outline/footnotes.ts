/**
 * Footnote blocks.
 *
 * PDF text puts the footnotes where a page broke, each starting with its number
 * (NAVO fixture: `1 Concreet gaat het om het Concept for the Deterrence …`), after a blank line.
 * Such a line is a footnote only when the body carries that number as a marker before it:
 * glued to a word or punctuation (`uitwerking.1`, `MFK-verordening2`) or listed by normalization.
 * Pages end with a notes section under its own label (`X Noot`, `Noten`, letter 08).
 */
import { isDigit } from '../text/chars';
import type { FootnoteMarker, NormalizedText } from '../text/normalize';
import { type Line, MAX_RULE_LINE } from './lines';

export interface FootnoteBlock {
  /** Normalized offset of the block's first character. */
  start: number;
  title: string;
  /** Lines the block covers (no heading may come from them). */
  firstLine: number;
  lastLine: number;
}

const NOTES_LABEL = /^(?:X\s+)?(?:Noot|Noten|Voetnoot|Voetnoten)$/;
const FOOTNOTE_LINE =
  /^(\d{1,3})\s+(?!\d|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)\S/;
/**
 * A page's notes markup puts the number on a line of its own (KOOP `div.voet.noot`:
 * `<sup><span class="nootnum">1</span></sup><p>Concreet gaat het om …</p>` reads as `1`, a blank
 * line, then the note), so a bare number followed by text counts as a note's first line too.
 */
const BARE_NUMBER_LINE = /^(\d{1,3})$/;
/**
 * A marker glued to the word or punctuation before it: `uitwerking.1`, `(STRAIIK-D).2`, `verordening2`,
 * that is a run of 1–3 digits right after a lower-case letter or one of `.,;:)»”’"`. The scan looks for
 * digits that start a run after anything but white space (digits are rare in a letter, so this is about
 * one plain scan); each hit then checks the run and the character before it. Scanning for the glue
 * character first (`[\p{Ll}…]\d`) tries a Unicode class at every letter and costs several scans.
 */
const RUN_AFTER_NON_SPACE = /(?<![\d\s])\d/g;
const GLUE = /^[\p{Ll}.,;:)»”’"]$/u;

/**
 * First normalized offset at which each marker label occurs in the text: one past the start of the
 * character before the digits (so the digits themselves, or their code unit before when that character is
 * a surrogate pair).
 *
 * Found lazily: a footnote line only asks whether its label occurred before it, and a label's first marker
 * is usually early in the text (the body cites note 1 long before the note), so the scan stops there
 * instead of reading the whole text. The scan runs in text order, so each first position is the one a full
 * scan finds.
 */
class FirstMarkers {
  private readonly first = new Map<string, number>();
  /** Where the scan resumes (the regex's `lastIndex`); past the text when done. */
  private position = 0;

  constructor(private readonly t: string) {}

  /** Does marker `label` occur glued before normalized offset `limit`? */
  occursBefore(label: string, limit: number): boolean {
    // A marker found from here on starts at `d - 1` or later, with `d` its digits' offset ≥ `position`.
    while (!this.first.has(label) && this.position <= limit) this.scanNext();
    const g = this.first.get(label);
    return g !== undefined && g < limit;
  }

  private scanNext(): void {
    const t = this.t;
    RUN_AFTER_NON_SPACE.lastIndex = this.position;
    const m = RUN_AFTER_NON_SPACE.exec(t);
    if (!m) {
      this.position = t.length + 2;
      return;
    }
    const d = m.index;
    this.position = d + 1;
    if (d === 0) return; // nothing to be glued to
    let j = d + 1;
    while (j < t.length && j - d <= 3 && isDigit(t.charCodeAt(j))) j++;
    if (j - d > 3) return;
    const low = t.charCodeAt(d - 1);
    const astral = low >= 0xdc00 && low <= 0xdfff && d >= 2 && (t.charCodeAt(d - 2) & 0xfc00) === 0xd800;
    if (!GLUE.test(astral ? t.slice(d - 2, d) : t.charAt(d - 1))) return;
    const label = t.slice(d, j);
    if (!this.first.has(label)) this.first.set(label, astral ? d - 1 : d);
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

export function findFootnotes(text: NormalizedText, lines: readonly Line[], from: number): FootnoteBlock[] {
  const blocks: FootnoteBlock[] = [];
  const glued = new FirstMarkers(text.text);
  const listed = firstOriginalMarkers(text.footnoteMarkers ?? []);
  const hasMarker = (label: string, line: Line): boolean => {
    if (glued.occursBefore(label, line.start)) return true;
    const o = listed.get(label);
    return o !== undefined && o < text.toOriginal(line.start);
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
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

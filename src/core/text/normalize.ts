import type { Span } from '../types';
import {
  CharAction,
  LIGATURES,
  LOOK_AT_CLASS,
  SOFT_HYPHEN,
  SUPERSCRIPT_DIGIT_CLASS,
  charAction,
  isDigit,
  isLetter,
  superscriptDigit,
} from './chars';
import { findMarkerInDigitRun, findMarkerInSuperscriptRun, type MarkerMatch } from './footnotes';
import { inNumberedContents, inTableOfContents, tablesOfContents } from './table-of-contents';
import { scanLineEndHyphen } from './hyphenation';
import { type OffsetMap, SegmentsBuilder } from './offset-map';

export { lineSpans } from './lines';

/**
 * Text normalized for analysis, with a map back to the original text.
 *
 * Every module of the core searches `text`, then reports findings through `spanToOriginal`,
 * so the extension and the CLI always speak in offsets of the text they handed in.
 */
export interface NormalizedText {
  /** The text as given. */
  readonly original: string;
  /** The normalized text: what the finders search. Line breaks are kept (`\n`). */
  readonly text: string;
  /** Original offset of normalized offset `i` (0 ≤ i ≤ text.length). */
  toOriginal(i: number): number;
  /** Original span of the normalized span [start, end). */
  spanToOriginal(start: number, end: number): Span;
  /** Footnote markers glued to words or numbers (`uitwerking.1`, `20211`), removed from `text`; original offsets. */
  readonly footnoteMarkers: readonly FootnoteMarker[];
}

export interface FootnoteMarker extends Span {
  /** The marker as written: `1`, `12` (superscript digits are given as ASCII digits). */
  label: string;
}

/** What `normalizeText` returns: a NormalizedText that also maps original offsets forward. */
export interface NormalizedTextMap extends NormalizedText {
  /** The first normalized offset whose original offset is ≥ `o` (text.length past the last one). */
  fromOriginal(o: number): number;
  /** Normalized span covering the original span [start, end) (e.g. a user's selection). */
  spanFromOriginal(start: number, end: number): Span;
}

/**
 * Output built from pieces of a source string: unchanged stretches are copied as slices, and replacements
 * are short strings whose characters all map to one source index. The text is one `join` and the map a
 * list of segments (see `offset-map.ts`), so a long text with few changes costs little more than one scan.
 */
class MappedBuilder {
  private readonly parts: string[] = [];
  private readonly segments = new SegmentsBuilder();
  length = 0;

  constructor(private readonly source: string) {}

  /** Appends source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    this.segments.copy(this.length, from, to - from);
    this.length += to - from;
  }

  /** Appends `text`, every character of it mapping to source index `from`. */
  emit(text: string, from: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.segments.repeat(this.length, from, text.length);
    this.length += text.length;
  }

  text(): string {
    return this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
  }

  /** The map from output to source offsets (output length → source length). */
  map(): OffsetMap {
    return this.segments.build(this.length, this.source.length);
  }
}

/** Pass output: the text, and its map to the pass input (null when the pass changed nothing). */
interface PassResult {
  text: string;
  map: OffsetMap | null;
}

function isInlineSpace(c: number): boolean {
  return c === 0x20 || charAction(c) === CharAction.Space;
}

const SPACE = ' ';
const NEWLINE = '\n';

/**
 * What pass 1 must look at (see `LOOK_AT_CLASS`); every match is one code unit. A letter is printable ASCII and
 * line breaks but for one unit in a hundred or so: the engine rules those out by one range test each, and only the
 * rest is held against the class (a look-behind at the unit just matched). A quarter faster than the class alone.
 */
const PASS1_CHAR = new RegExp(`[^\\n\\x20-\\x7e](?<=[${LOOK_AT_CLASS}])`, 'g');

/**
 * Pass 1, one code unit at a time: spaces, line breaks, invisible characters, ligatures.
 * A soft hyphen at a line end marks a hyphenation point, so the break after it goes too (`Strate\u00ad\ngisch`).
 */
function normalizeCharacters(original: string): PassResult & { superscripts: boolean } {
  const n = original.length;
  const out = new MappedBuilder(original);
  let keepFrom = 0; // start of the stretch copied unchanged
  let superscripts = false;
  const re = PASS1_CHAR;
  re.lastIndex = 0;
  // Every match is one code unit, so `test` (no match array) and `lastIndex - 1` give its index.
  while (re.test(original)) {
    let i = re.lastIndex - 1;
    const c = original.charCodeAt(i);
    const action = c === 0x0d ? CharAction.Newline : charAction(c);
    if (action === CharAction.Keep) {
      if (isSuperscript(c)) superscripts = true;
      continue;
    }
    out.copy(keepFrom, i);
    keepFrom = i + 1;
    switch (action) {
      case CharAction.Space:
        out.emit(SPACE, i);
        break;
      case CharAction.Newline:
        // `\r\n` keeps only its `\n`, which the next step copies.
        if (c !== 0x0d || original.charCodeAt(i + 1) !== 0x0a) out.emit(NEWLINE, i);
        break;
      case CharAction.Hyphen:
        out.emit('-', i);
        break;
      case CharAction.Ligature:
        out.emit(LIGATURES[c] ?? '', i);
        break;
      case CharAction.Drop:
        if (c === SOFT_HYPHEN) {
          i = skipSoftHyphenBreak(original, i);
          keepFrom = i + 1;
          re.lastIndex = i + 1; // the skipped spaces and break are gone, not replaced
        }
        break;
    }
  }
  if (keepFrom === 0) return { text: original, map: null, superscripts };
  out.copy(keepFrom, n);
  return { text: out.text(), map: out.map(), superscripts };
}

/**
 * After a soft hyphen at `i`: when spaces, one line break, spaces and a letter follow, returns the index just
 * before that letter (so the loop resumes on it); else `i`. Each space is looked at a bounded number of times.
 */
function skipSoftHyphenBreak(s: string, i: number): number {
  let k = i + 1;
  while (k < s.length && isInlineSpace(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) === 0x0d) {
    k++;
    if (s.charCodeAt(k) === 0x0a) k++;
  } else if (s.charCodeAt(k) === 0x0a) {
    k++;
  } else {
    return i;
  }
  while (k < s.length && isInlineSpace(s.charCodeAt(k))) k++;
  return k < s.length && isLetter(s.charCodeAt(k)) ? k - 1 : i;
}

/**
 * The only digit runs that can hold a marker (see `footnotes.ts`: every rule but two needs the run glued to
 * what stands before it): a run after anything but a space or line break, and a run of five or more digits
 * (a year with a marker, `10 december 20211`). The other exception, a list of markers split over two lines
 * (`kansrijk»1,\n2 heb ik`), follows a marker and is looked for there (`runAfterListBreak`). Runs of plain
 * numbers after a space (`nr. 446`, `30 september`) are most runs in a letter and never markers, so the
 * scan skips them. A match starts one code unit before the run (first form) or at the run (second form).
 */
const MARKER_RUN = /[^ \n0-9][0-9]|[0-9]{5}/g;
/** The same, plus superscript runs glued to anything (a slower scan, for texts that have superscripts). */
const MARKER_RUN_OR_SUPERSCRIPT = new RegExp(`${MARKER_RUN.source}|[^ \\n][${SUPERSCRIPT_DIGIT_CLASS}]`, 'g');

function isSuperscript(c: number): boolean {
  return c >= 0xb2 && superscriptDigit(c) >= 0;
}

/** The end of the run of ASCII digits, or of superscript digits, that starts at `i`. */
function runEnd(s: string, i: number): number {
  const superscript = isSuperscript(s.charCodeAt(i));
  let j = i + 1;
  while (j < s.length && (superscript ? isSuperscript(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++;
  return j;
}

/**
 * The start of the next candidate run from `re.lastIndex` on, or -1. The caller sets `re.lastIndex` to the
 * last code unit of each run it handled, so a scan never starts inside a run, and a run right after a run
 * (`²3`) is still seen through its first form.
 */
function nextCandidateRun(s: string, re: RegExp): number {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const found = m[0];
    if (isSuperscript(found.charCodeAt(1))) {
      // Inside a superscript run that follows a space: never a marker, skip to its last code unit.
      if (isSuperscript(found.charCodeAt(0))) {
        re.lastIndex = runEnd(s, at) - 1;
        continue;
      }
      return at + 1;
    }
    return isDigit(found.charCodeAt(0)) ? at : at + 1; // five digits at a run start, or glued to a character
  }
  return -1;
}

/**
 * The digit run a list of markers may continue with after a space or a line break (`bijgevoegd).1, 2 In`,
 * `kansrijk»1,\n2 heb ik`): `,` and one space, or `,`, spaces, one line break and spaces after the marker
 * that ended at `end`; else -1. Whether it is a marker is `findMarkerInDigitRun`'s to say.
 */
function runAfterListBreak(s: string, end: number): number {
  if (s.charCodeAt(end) !== 0x2c) return -1;
  let k = end + 1;
  while (s.charCodeAt(k) === 0x20) k++;
  if (k === end + 2 && isDigit(s.charCodeAt(k))) return k;
  if (s.charCodeAt(k) !== 0x0a) return -1;
  k++;
  while (s.charCodeAt(k) === 0x20) k++;
  return k < s.length && isDigit(s.charCodeAt(k)) ? k : -1;
}

/**
 * The next hyphen or en dash from `from` on that only spaces separate from a line break (what
 * `scanLineEndHyphen` looks at), or -1. Found from the line breaks, which are few and found by `indexOf`.
 */
function nextLineEndHyphen(s: string, from: number): number {
  for (let nl = s.indexOf('\n', from); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
    let h = nl - 1;
    while (h >= from && s.charCodeAt(h) === 0x20) h--;
    if (h >= from) {
      const c = s.charCodeAt(h);
      if (c === 0x2d || c === 0x2013) return h;
    }
  }
  return -1;
}

/**
 * Pass 2, on the pass-1 text: line-end hyphenation and glued footnote markers (spans in the pass-1 text).
 * Two sorted streams of candidates, line-end hyphens and digit runs, are taken in text order; no candidate of
 * one can lie inside what the other consumes (a hyphen's spaces and break; a run of digits).
 */
function joinAndStrip(s: string, superscripts: boolean): PassResult & { markers: MarkerMatch[] } {
  const n = s.length;
  const out = new MappedBuilder(s);
  const markers: MarkerMatch[] = [];
  let previous: MarkerMatch | null = null;
  let keepFrom = 0;
  const runs = superscripts ? MARKER_RUN_OR_SUPERSCRIPT : MARKER_RUN;
  runs.lastIndex = 0;
  // Looked for once, at the first marker: most texts have none, and need no search for a table.
  let contents: Span[] | null = null;
  let hyphenAt = nextLineEndHyphen(s, 0);
  let runAt = nextCandidateRun(s, runs);
  while (hyphenAt >= 0 || runAt >= 0) {
    if (hyphenAt >= 0 && (runAt < 0 || hyphenAt < runAt)) {
      const i = hyphenAt;
      const hyphen = scanLineEndHyphen(s, i);
      if (hyphen) {
        out.copy(keepFrom, i);
        if (hyphen.decision !== 'join') out.emit(s.charAt(i), i);
        if (hyphen.decision === 'keep-space') out.emit(SPACE, hyphen.breakIndex);
        keepFrom = hyphen.resume;
      }
      hyphenAt = nextLineEndHyphen(s, i + 1);
      continue;
    }
    const i = runAt;
    const j = runEnd(s, i);
    let marker: MarkerMatch | null = isDigit(s.charCodeAt(i))
      ? findMarkerInDigitRun(s, i, j, previous)
      : findMarkerInSuperscriptRun(s, i, j);
    // `1.1Inleiding2`: a page number in a table of contents, not a note; also in one without heading (867).
    if (marker && inTableOfContents((contents ??= tablesOfContents(s)), marker.start)) marker = null;
    if (marker && inNumberedContents(s, marker.start, marker.end)) marker = null;
    if (marker) {
      // `zenden.2/3 Dit`: the slash that joined two markers goes with them (a comma stays, as in `»1,2`).
      const slashAt = previous?.end === marker.start - 1 && s.charCodeAt(marker.start - 1) === 0x2f;
      out.copy(keepFrom, slashAt ? marker.start - 1 : marker.start);
      // `nemen.1Ik grijp`: the marker was the only thing between two sentences, `toegezegd3om` (188) between two
      // words; keep them apart.
      const before = s.charCodeAt(marker.start - 1);
      if ((before === 0x2e || isLetter(before)) && marker.end < n && isLetter(s.charCodeAt(marker.end))) {
        out.emit(SPACE, marker.start);
      }
      keepFrom = marker.end;
      markers.push(marker);
      previous = marker;
    }
    runs.lastIndex = j - 1;
    // Only `,`, spaces and a break stand between a marker and the run after its list break: no candidate.
    runAt = marker ? runAfterListBreak(s, marker.end) : -1;
    if (runAt < 0) runAt = nextCandidateRun(s, runs);
  }
  if (keepFrom === 0) return { text: s, map: null, markers };
  out.copy(keepFrom, n);
  return { text: out.text(), map: out.map(), markers };
}

function clampIndex(i: number, max: number): number {
  if (!(i > 0)) return 0; // also NaN
  return i >= max ? max : Math.floor(i);
}

/**
 * Builds a NormalizedText in two linear passes:
 * 1. characters: no-break, typographic and other odd spaces and tabs → space; `\r\n`, `\r`, form feed, U+2028/9
 *    → `\n`; zero-width characters, BOM, soft hyphens and control characters removed; U+2010/U+2011 → `-`;
 *    ligatures expanded (`ﬁ` → `fi`, both mapping to the one original character). Curly quotes and dashes stay.
 * 2. words: line-end hyphenation joined or kept (rules in `hyphenation.ts`) and glued footnote markers
 *    removed and listed (rules in `footnotes.ts`).
 * Each normalized offset maps to the original character it came from; the map is non-decreasing. Two
 * characters stand in for something else: the space that replaces the line break in `kennis-\nen` (maps to
 * the break) and the space between sentences where a marker glued them (`nemen.1Ik`, maps to the marker).
 * Never throws on any string.
 */
export function normalizeText(original: string): NormalizedTextMap {
  // Callers from plain JavaScript may pass anything: treat a non-string as empty rather than throw.
  const source = typeof original === 'string' ? original : '';
  const pass1 = normalizeCharacters(source);
  const pass2 = joinAndStrip(pass1.text, pass1.superscripts);
  const text = pass2.text;
  const map1 = pass1.map;
  const map = map1 && pass2.map ? pass2.map.then(map1) : (pass2.map ?? map1);
  const at = (k: number): number => (map ? map.at(k) : k);

  const footnoteMarkers: FootnoteMarker[] = pass2.markers.map((m) => ({
    start: map1 ? map1.at(m.start) : m.start,
    end: map1 ? map1.at(m.end - 1) + 1 : m.end,
    label: m.label,
  }));

  const last = text.length;
  const toOriginal = (i: number): number => at(clampIndex(i, last));
  const fromOriginal = (o: number): number => {
    const p = clampIndex(o, source.length);
    if (!map) return p;
    // The first normalized offset whose original offset is ≥ p (the map is non-decreasing), else `last`.
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (map.at(mid) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    original: source,
    text,
    footnoteMarkers,
    toOriginal,
    spanToOriginal(start: number, end: number): Span {
      const s = clampIndex(start, last);
      const e = clampIndex(end, last);
      const from = at(s);
      // `end` is exclusive: map the last included character and step past it.
      const to = e > s ? at(e - 1) + 1 : from;
      return { start: from, end: to };
    },
    fromOriginal,
    spanFromOriginal(start: number, end: number): Span {
      const s = fromOriginal(start);
      return { start: s, end: Math.max(s, fromOriginal(end)) };
    },
  };
}

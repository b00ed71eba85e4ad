import type { Span } from '../types';
import { CharAction, LIGATURES, SOFT_HYPHEN, charAction, isDigit, isLetter, superscriptDigit } from './chars';
import { findMarkerInDigitRun, findMarkerInSuperscriptRun, type MarkerMatch } from './footnotes';
import { scanLineEndHyphen } from './hyphenation';

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
 * are short strings whose characters all map to one source index. The text is one `join` and the map one
 * typed array filled per piece, so a long text with few changes costs little more than one scan.
 */
class MappedBuilder {
  private readonly parts: string[] = [];
  /** Per piece: the source index of its first character, and whether its characters step (copy) or repeat. */
  private readonly pieceFrom: number[] = [];
  private readonly pieceCopy: boolean[] = [];
  length = 0;

  constructor(private readonly source: string) {}

  /** Appends source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    this.pieceFrom.push(from);
    this.pieceCopy.push(true);
    this.length += to - from;
  }

  /** Appends `text`, every character of it mapping to source index `from`. */
  emit(text: string, from: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.pieceFrom.push(from);
    this.pieceCopy.push(false);
    this.length += text.length;
  }

  text(): string {
    return this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
  }

  /** Source index of every output index, plus one entry: output length → source length. */
  map(): Uint32Array {
    const map = new Uint32Array(this.length + 1);
    let o = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const len = (this.parts[p] as string).length;
      const from = this.pieceFrom[p] as number;
      if (this.pieceCopy[p]) for (let k = 0; k < len; k++) map[o + k] = from + k;
      else map.fill(from, o, o + len);
      o += len;
    }
    map[o] = this.source.length;
    return map;
  }
}

/** Pass output: the text, and its map to the pass input (null when the pass changed nothing). */
interface PassResult {
  text: string;
  map: Uint32Array | null;
}

function isInlineSpace(c: number): boolean {
  return c === 0x20 || charAction(c) === CharAction.Space;
}

const SPACE = ' ';
const NEWLINE = '\n';

/**
 * Pass 1, one code unit at a time: spaces, line breaks, invisible characters, ligatures.
 * A soft hyphen at a line end marks a hyphenation point, so the break after it goes too (`Strate\u00ad\ngisch`).
 */
function normalizeCharacters(original: string): PassResult {
  const n = original.length;
  const out = new MappedBuilder(original);
  let keepFrom = 0; // start of the stretch copied unchanged
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a) continue; // fast path: printable ASCII and `\n`
    const action = c === 0x0d ? CharAction.Newline : charAction(c);
    if (action === CharAction.Keep) continue;
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
        }
        break;
    }
  }
  if (keepFrom === 0) return { text: original, map: null };
  out.copy(keepFrom, n);
  return { text: out.text(), map: out.map() };
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

/** Pass 2, on the pass-1 text: line-end hyphenation and glued footnote markers (spans in the pass-1 text). */
function joinAndStrip(s: string): PassResult & { markers: MarkerMatch[] } {
  const n = s.length;
  const out = new MappedBuilder(s);
  const markers: MarkerMatch[] = [];
  let previous: MarkerMatch | null = null;
  let keepFrom = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x2d || c === 0x2013) {
      const hyphen = scanLineEndHyphen(s, i);
      if (hyphen) {
        out.copy(keepFrom, i);
        if (hyphen.decision !== 'join') out.emit(s.charAt(i), i);
        if (hyphen.decision === 'keep-space') out.emit(SPACE, hyphen.breakIndex);
        keepFrom = i = hyphen.resume;
        continue;
      }
    } else if ((c <= 0x39 && c >= 0x30) || (c >= 0xb2 && superscriptDigit(c) >= 0)) {
      const superscript = !isDigit(c);
      let j = i + 1;
      while (j < n && (superscript ? superscriptDigit(s.charCodeAt(j)) >= 0 : isDigit(s.charCodeAt(j)))) j++;
      const marker: MarkerMatch | null = superscript
        ? findMarkerInSuperscriptRun(s, i, j)
        : findMarkerInDigitRun(s, i, j, previous);
      if (marker) {
        out.copy(keepFrom, marker.start);
        // `nemen.1Ik grijp`: the marker was the only thing between two sentences; keep them apart.
        if (s.charCodeAt(marker.start - 1) === 0x2e && isLetter(s.charCodeAt(marker.end))) {
          out.emit(SPACE, marker.start);
        }
        keepFrom = marker.end;
        markers.push(marker);
        previous = marker;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (keepFrom === 0) return { text: s, map: null, markers };
  out.copy(keepFrom, n);
  return { text: out.text(), map: out.map(), markers };
}

/** The map of both passes as one array, so every lookup is a single read; null when nothing changed. */
function composeMaps(first: Uint32Array | null, second: Uint32Array | null): Uint32Array | null {
  if (!first || !second) return first ?? second;
  const map = new Uint32Array(second.length);
  for (let k = 0; k < second.length; k++) map[k] = first[second[k] as number] as number;
  return map;
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
  const pass2 = joinAndStrip(pass1.text);
  const text = pass2.text;
  const map1 = pass1.map;
  const map = composeMaps(map1, pass2.map);
  const at = (k: number): number => (map ? (map[k] as number) : k);

  const footnoteMarkers: FootnoteMarker[] = pass2.markers.map((m) => ({
    start: map1 ? (map1[m.start] as number) : m.start,
    end: map1 ? (map1[m.end - 1] as number) + 1 : m.end,
    label: m.label,
  }));

  const last = text.length;
  const toOriginal = (i: number): number => at(clampIndex(i, last));
  let reverse: Uint32Array | null = null;
  const fromOriginal = (o: number): number => {
    if (!map) return clampIndex(o, source.length);
    if (!reverse) {
      // Built on first use: most callers only map forward.
      reverse = new Uint32Array(source.length + 1);
      let k = 0;
      for (let p = 0; p <= source.length; p++) {
        while (k < last && (map[k] as number) < p) k++;
        reverse[p] = k;
      }
    }
    return reverse[clampIndex(o, source.length)] as number;
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

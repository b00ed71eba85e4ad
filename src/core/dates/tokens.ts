/**
 * A small tokenizer for the date grammar: words, digit runs and single punctuation marks, each with the
 * kind of white space before it. The grammar walks tokens instead of running regular expressions over the
 * text, so every rule looks ahead a bounded number of tokens and the whole scan stays linear.
 *
 * Tokens are columns of typed arrays rather than one object per token: a 1 MB letter has some 180 000
 * tokens and the grammar only looks at the few around a possible date, so the tokenizer is one pass over
 * character codes that allocates no strings. It also lists the tokens where a date may start (digit runs
 * of one, two or four digits, and the vocabulary's start words), so the grammar need not visit the rest.
 * A word's vocabulary index is looked up when the grammar first asks for it (`wordId`), except for words
 * that may start a date, which the tokenizer looks up itself.
 */
import { isAsciiLetter } from '../text/chars';

/** Token kinds. `NONE` is what the accessors report outside the token list. */
export const NONE = 0;
export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** What separates a token from the previous one: nothing, spaces, one line break, or a blank line. */
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_LINE = 2;
export const GAP_PARA = 3;

/**
 * The lower-case words the grammar compares tokens with. A word token whose lower case is one of them
 * carries its index, so matching it needs no string. Only words of ASCII letters are hashed during the
 * scan; other words (`vóór`, or anything with a non-ASCII letter) are looked up by their lower case.
 */
export class Vocabulary {
  readonly words: readonly string[];
  /** Per word index: 1 when a date may start with the word. */
  readonly startsADate: Uint8Array;
  /**
   * Per first and last letter (a–z, 26 × 26): bit `length` is set when a start word has those letters and
   * that length. One in twenty words of a letter passes.
   */
  readonly startShapes = new Int32Array(26 * 26);
  private readonly index = new Map<string, number>();
  /** Open-addressing table of ASCII words: slot → word index + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `words`: every lower-case word the grammar compares with; `startWords` (among them): date starts. */
  constructor(words: Iterable<string>, startWords: ReadonlySet<string>) {
    const list: string[] = [];
    for (const w of words) {
      if (this.index.has(w)) continue;
      this.index.set(w, list.length);
      list.push(w);
    }
    this.words = list;
    this.startsADate = new Uint8Array(list.length);
    for (const w of startWords) {
      const id = this.index.get(w);
      if (id === undefined || !/^[a-z]{1,31}$/.test(w)) throw new Error(`date start word ${w}`);
      this.startsADate[id] = 1;
      const shape = shapeIndex(w.charCodeAt(0), w.charCodeAt(w.length - 1));
      this.startShapes[shape] = (this.startShapes[shape] as number) | (1 << w.length);
    }
    let size = 64;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    list.forEach((w, id) => {
      if (!/^[a-z]+$/.test(w)) return;
      let slot = hashAscii(w) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    });
  }

  /** The index of a lower-case word, or -1. */
  id(lower: string): number {
    return this.index.get(lower) ?? -1;
  }

  /**
   * Could the ASCII word text[start, end) be a start word? A cheap test on its first letter and length
   * that lets the tokenizer skip the lookup for most words.
   */
  mayStartADate(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length > 31) return false;
    const shape = shapeIndex(text.charCodeAt(start), text.charCodeAt(end - 1));
    return ((this.startShapes[shape] as number) & (1 << length)) !== 0;
  }

  /** The index of the word text[start, end) (a word token), compared in lower case, or -1. */
  idOf(text: string, start: number, end: number): number {
    let hash = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (!isAsciiLetter(c)) return this.id(text.slice(start, end).toLowerCase());
      hash = hashStep(hash, c | 32);
    }
    return this.idOfAscii(text, start, end, hash);
  }

  /** The index of the ASCII word text[start, end) compared without case (`hash` from `hashStep`), or -1. */
  private idOfAscii(text: string, start: number, end: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return -1;
      const w = this.words[entry - 1] as string;
      if (w.length === end - start && sameAsciiLetters(text, start, w)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The start-shape slot of a word's first and last letter (ASCII letters, either case). */
function shapeIndex(first: number, last: number): number {
  return ((first | 32) - 97) * 26 + ((last | 32) - 97);
}

/** One step of the word hash, on a lower-case ASCII letter code. */
function hashStep(hash: number, lowerCode: number): number {
  return (Math.imul(hash, 31) + lowerCode) | 0;
}

function hashAscii(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/** Does text at `start` spell `lower` (ASCII letters), ignoring case? */
function sameAsciiLetters(text: string, start: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    if ((text.charCodeAt(start + k) | 32) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** The tokens of a text, as parallel columns; token `i` covers text[starts[i], ends[i]). */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly kinds: Uint8Array;
  readonly gaps: Uint8Array;
  /** Offsets into the searched (normalized) text, end exclusive. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Vocabulary index of a word token, or -1; unset for other kinds. Read through `wordId`. */
  readonly words: Int32Array;
  /** Indexes of the tokens where a date may start, ascending. */
  readonly candidates: Int32Array;
  readonly candidateCount: number;
  readonly vocabulary: Vocabulary;
}

/** `Tokens.words` of a word not looked up yet. */
const NOT_LOOKED_UP = -2;

/** The vocabulary index of token `i`, or -1 (also for tokens that are no word). */
export function wordId(tokens: Tokens, i: number): number {
  const id = tokens.words[i] as number;
  if (id !== NOT_LOOKED_UP) return id;
  const found = tokens.vocabulary.idOf(tokens.text, tokens.starts[i] as number, tokens.ends[i] as number);
  tokens.words[i] = found;
  return found;
}

// Character classes of non-ASCII code units, decided once each by the same tests as ever: `\s` and
// `\p{L}|\p{M}` on the single code unit (so a surrogate half is neither).
const SPACE = /\s/u;
const LETTER = /\p{L}|\p{M}/u;
const UNKNOWN_CLASS = 0;
const SPACE_CLASS = 1;
const LETTER_CLASS = 2;
const OTHER_CLASS = 3;
const nonAsciiClasses = new Uint8Array(0x10000);

function nonAsciiClass(c: number): number {
  let cls = nonAsciiClasses[c] as number;
  if (cls === UNKNOWN_CLASS) {
    const ch = String.fromCharCode(c);
    cls = SPACE.test(ch) ? SPACE_CLASS : LETTER.test(ch) ? LETTER_CLASS : OTHER_CLASS;
    nonAsciiClasses[c] = cls;
  }
  return cls;
}

/**
 * Token columns, grown by doubling. One set is kept between calls and reused: allocating (and zeroing)
 * some 3 MB of columns for every megabyte of text would cost more than filling them.
 */
class Columns {
  count = 0;
  candidateCount = 0;
  kinds = new Uint8Array(0);
  gaps = new Uint8Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  words = new Int32Array(0);
  candidates = new Int32Array(0);

  /** Drops every column (the next `reserve` allocates afresh). */
  clear(): void {
    this.count = 0;
    this.candidateCount = 0;
    this.kinds = new Uint8Array(0);
    this.gaps = new Uint8Array(0);
    this.starts = new Int32Array(0);
    this.ends = new Int32Array(0);
    this.words = new Int32Array(0);
    this.candidates = new Int32Array(0);
  }

  reserveCandidates(capacity: number, keep: number): void {
    if (capacity <= this.candidates.length) return;
    this.candidates = grown(
      new Int32Array(Math.max(capacity, this.candidates.length * 2)),
      this.candidates,
      keep,
    );
  }

  /** Makes room for `capacity` tokens, keeping the first `keep`. */
  reserve(capacity: number, keep: number): void {
    if (capacity <= this.kinds.length) return;
    const size = Math.max(capacity, this.kinds.length * 2);
    this.kinds = grown(new Uint8Array(size), this.kinds, keep);
    this.gaps = grown(new Uint8Array(size), this.gaps, keep);
    this.starts = grown(new Int32Array(size), this.starts, keep);
    this.ends = grown(new Int32Array(size), this.ends, keep);
    this.words = grown(new Int32Array(size), this.words, keep);
  }
}

function grown<T extends Uint8Array | Int32Array>(to: T, from: T, keep: number): T {
  to.set(from.subarray(0, keep) as never);
  return to;
}

const shared = new Columns();

/**
 * Columns of more tokens than this (a text of some 4 MB; 14 bytes a token) are not kept for the next call:
 * one huge paper must not hold its memory for the rest of the session.
 */
const KEPT_TOKENS = 1 << 20;

/** Lets go of the shared columns when they are larger than KEPT_TOKENS. Call when done with a `tokenize`. */
export function releaseTokens(): void {
  if (shared.kinds.length > KEPT_TOKENS || shared.candidates.length > KEPT_TOKENS) shared.clear();
}

/**
 * The Kelvin sign, the one code unit outside ASCII whose lower case is ASCII letters (`K` lowers to `k`).
 * Start words are ASCII, so a word with another non-ASCII letter never lowers to one: only in a text with
 * a Kelvin sign need such words be looked up among the candidates (most texts have none, and letters have
 * some 2 500 words with an accent a megabyte).
 */
const KELVIN = '\u212a';

/**
 * Tokenizes `text`. The columns of the result are shared with the next call: use them before tokenizing
 * again (the grammar parses a text in one go, and never keeps them), then call `releaseTokens`.
 */
export function tokenize(text: string, vocabulary: Vocabulary): Tokens {
  const out = shared;
  out.count = scan(text, vocabulary, out, text.includes(KELVIN));
  out.candidateCount = keepStartWords(text, vocabulary, out);
  return {
    text,
    count: out.count,
    kinds: out.kinds,
    gaps: out.gaps,
    starts: out.starts,
    ends: out.ends,
    words: out.words,
    candidates: out.candidates,
    candidateCount: out.candidateCount,
    vocabulary,
  };
}

/**
 * The tokenizer's loop, filling `out`; returns the token count. Kept apart from building the result so
 * that the hot loop is one small function the engine optimizes once, not again at every call's result
 * literal.
 *
 * Nothing but `return` follows the loop: the engine compiles the loop while it runs (on-stack
 * replacement), before any code after it has run, and a property store there (`out.count = count`) has
 * no type feedback yet, so the compiled code was thrown away at the end of each of the first calls and
 * the next call began in the interpreter again. The candidate count is stored where it changes instead.
 *
 * The character tests of the common cases (ASCII letters, digits, white space) and the start-word shape
 * test (`Vocabulary.mayStartADate`) are written out here rather than called: a page is analysed once, so
 * much of this loop runs before the engine has optimized it (and so inlined nothing), when every call per
 * character costs.
 */
function scan(text: string, vocabulary: Vocabulary, out: Columns, hasKelvin: boolean): number {
  const n = text.length;
  // Letters average some six characters a word: a quarter of the length rarely needs to grow.
  out.reserve((n >> 2) + 16, 0);
  // Numbers and words of a start word's shape, before `keepStartWords`: some one in seventy characters.
  out.reserveCandidates((n >> 5) + 16, 0);
  let { kinds, gaps, starts, ends, words, candidates } = out;
  const shapes = vocabulary.startShapes;
  let count = 0;
  let candidateCount = 0;
  out.candidateCount = 0;
  let i = 0;
  let gap = GAP_NONE; // of the next token
  while (i < n) {
    let c = text.charCodeAt(i);
    // White space: `\t`–`\r` and the space, or a non-ASCII code unit of `\s`. Most tokens follow one
    // space and start with a visible ASCII character: that case first, without the loop below.
    const after = c === 32 && i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (after > 32 && after < 128) {
      c = after;
      i++;
      gap = GAP_SPACE;
    } else if (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && nonAsciiClass(c) === SPACE_CLASS) {
      // A run of white space, read in one go: its line breaks make the next token's gap.
      let newlines = 0;
      do {
        if (c === 10) newlines++;
        if (++i === n) break;
        c = text.charCodeAt(i);
      } while (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && nonAsciiClass(c) === SPACE_CLASS);
      if (i === n) break;
      gap = newlines >= 2 ? GAP_PARA : newlines === 1 ? GAP_LINE : GAP_SPACE;
    }
    if (count === kinds.length) {
      out.reserve(count + 1, count);
      ({ kinds, gaps, starts, ends, words } = out);
    }
    gaps[count] = gap;
    starts[count] = i;
    gap = GAP_NONE;
    const start = i;
    let candidate = false;
    // Tested in the order of their frequency in letters: ASCII letters, digits, the rest.
    if (((c | 32) - 97) >>> 0 < 26 || (c >= 128 && nonAsciiClass(c) === LETTER_CLASS)) {
      // A word: the run of ASCII letters after its first letter, then whether a non-ASCII letter continues
      // it. Words that start with a non-ASCII letter (`één`) take the same path instead of one of their
      // own: the engine compiles this loop while its first call runs, and a branch no character had taken
      // yet was compiled as a bail-out, which threw the compiled loop away when a page's first such word
      // came, to be compiled again.
      let d = 0;
      for (i++; i < n; i++) {
        d = text.charCodeAt(i);
        if (((d | 32) - 97) >>> 0 >= 26) break;
      }
      kinds[count] = WORD;
      words[count] = NOT_LOOKED_UP;
      if (c >= 128 || (i < n && d >= 128 && nonAsciiClass(d) === LETTER_CLASS)) {
        // A non-ASCII letter starts or continues the word: the rest of its letters (`wordEnd` stops at
        // once when the run above ended at a non-letter). Its lower case is a start word only when the
        // text has a Kelvin sign (see `KELVIN`); then it is looked up like any word that may be one.
        i = wordEnd(text, i, n);
        candidate = hasKelvin;
      } else {
        // `mayStartADate`: the start words' first letter, last letter and length.
        const length = i - start;
        const shape = ((c | 32) - 97) * 26 + ((text.charCodeAt(i - 1) | 32) - 97);
        candidate = length <= 31 && ((shapes[shape] as number) & (1 << length)) !== 0;
      }
    } else if ((c - 48) >>> 0 < 10) {
      for (i++; i < n; i++) {
        if ((text.charCodeAt(i) - 48) >>> 0 >= 10) break;
      }
      kinds[count] = NUM;
      // A date starts with a day (1–2 digits), a quarter (`1e`) or a year (4): never 3 or 5+ digits.
      const length = i - start;
      candidate = length <= 2 || length === 4;
    } else {
      // A surrogate pair is one punctuation token, so offsets never split a character.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      kinds[count] = PUNCT;
    }
    ends[count] = i;
    if (candidate) {
      if (candidateCount === candidates.length) {
        out.reserveCandidates(candidateCount + 1, candidateCount);
        candidates = out.candidates;
      }
      candidates[candidateCount++] = count;
      out.candidateCount = candidateCount;
    }
    count++;
  }
  return count;
}

/** The end of a word (letters: `\p{L}` and `\p{M}` per code unit) that goes on at `i`. */
function wordEnd(text: string, i: number, n: number): number {
  for (; i < n; i++) {
    const d = text.charCodeAt(i);
    if (isAsciiLetter(d)) continue;
    if (d < 128 || nonAsciiClass(d) !== LETTER_CLASS) break;
  }
  return i;
}

/**
 * Looks up the words among the candidates `scan` listed (those that passed the start-word shape test, and, in a
 * text with a Kelvin sign, words with a non-ASCII letter) and keeps only the start words, in order; numbers stay.
 * Apart from the scan so that its loop stays small: with the vocabulary lookup (a hash, a `Map` and a lower case)
 * inlined into it, the engine took about twice as long to compile that loop (and compiled it twice), while the
 * first call ran it unoptimized. Storing the index found in `words` spares `wordId` the lookup later (it would
 * find the same). Returns the number kept; as in `scan`, nothing but `return` follows the loop.
 */
function keepStartWords(text: string, vocabulary: Vocabulary, out: Columns): number {
  const { kinds, starts, ends, words, candidates } = out;
  const startsADate = vocabulary.startsADate;
  const listed = out.candidateCount;
  let kept = 0;
  for (let c = 0; c < listed; c++) {
    const i = candidates[c] as number;
    if (kinds[i] === WORD) {
      const id = vocabulary.idOf(text, starts[i] as number, ends[i] as number);
      words[i] = id;
      if (id < 0 || startsADate[id] !== 1) continue;
    }
    candidates[kept++] = i;
  }
  return kept;
}

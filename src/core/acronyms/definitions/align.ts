/**
 * The alignment of a short form's letters with the words of a long form (`matchLongForm`): the letters to try
 * (`shortFormLetters`), the window folded and laid out in words (`fold`, `layout`), the best placement of the letters
 * (`align`, a small dynamic program that prefers word starts and covering every content word), and the looser gloss
 * of one Dutch compound (`compoundGloss`). Everything here is hot: it runs for every parenthesis that may define.
 */

import { ARTICLE, isContentWord, STOPWORDS } from './words';
import { MAX_WINDOW_CHARS } from './definition';

/**
 * Letter sequences to try for a short form: all letters and digits, then (for mixed case
 * such as `IenW`, `PvdA`) the capitals only.
 */
export function shortFormLetters(sf: string): string[] {
  if (!NON_ASCII.test(sf)) return asciiShortFormLetters(sf);
  const all = [...sf].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const attempts = [fold(all.join(''))];
  const caps = all.filter((c) => /\p{Lu}/u.test(c));
  if (caps.length >= 2 && caps.length < all.length) attempts.push(fold(caps.join('')));
  return attempts.filter((a) => a.length >= 2 && a.length <= 14);
}

/** `shortFormLetters` for plain ASCII, where a letter or digit is [A-Za-z0-9] and a capital [A-Z]. */
function asciiShortFormLetters(sf: string): string[] {
  let all = '';
  let caps = '';
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i);
    if (c >= 65 && c <= 90) caps += sf[i];
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) all += sf[i];
  }
  const attempts = [all.toLowerCase()];
  if (caps.length >= 2 && caps.length < all.length) attempts.push(caps.toLowerCase());
  return attempts.filter((a) => a.length >= 2 && a.length <= 14);
}

const NON_ASCII = /[^\0-\x7f]/;

/** Lower case without diacritics, one output character per input character. */
export function fold(s: string): string {
  // Plain ASCII: lower-casing changes A-Z only, as the loop below does.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (c < 0x80) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
    else out += (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  }
  return out;
}

const isSpaceChar = (ch: string) =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(ch);
};

interface Layout {
  folded: string;
  /** Whitespace-separated word index of each character (-1 for whitespace). */
  word: Int32Array;
  /** Character starts a word or a hyphen/slash part of one. */
  initial: Uint8Array;
  wordStart: number[];
  wordEnd: number[];
  content: boolean[];
}

function layout(window: string, folded: string): Layout {
  const n = window.length;
  const word = new Int32Array(n).fill(-1);
  const initial = new Uint8Array(n);
  const wordStart: number[] = [];
  const wordEnd: number[] = [];
  let w = -1;
  for (let i = 0; i < n; i++) {
    const ch = window[i] as string;
    if (isSpaceChar(ch)) continue;
    const prev = i > 0 ? (window[i - 1] as string) : ' ';
    if (isSpaceChar(prev)) {
      w++;
      wordStart.push(i);
      wordEnd.push(i + 1);
    }
    word[i] = w;
    wordEnd[w] = i + 1;
    if (isWordChar(ch) && !isWordChar(prev)) initial[i] = 1;
  }
  const content = wordStart.map((s, k) => isContentWord(window, s, wordEnd[k] as number));
  return { folded, word, initial, wordStart, wordEnd, content };
}

const NEG = -1e9;

/**
 * What a letter costs that takes a word into the long form from inside it, not at its start: `Richtlijn
 * Rivierinformatiediensten (RIS)` (143) is no `R|ichtlijn r|I|vierinformatiedien|S|ten` but `Rivierinformatiediensten`,
 * whose start gives the `R` (covering the word before, 6, for a letter at no word's start outweighed the 2 more a
 * letter at a word's start gains). Not for the second word of a pair that shares its later part, which the first
 * word's letter reaches into: `Poly- en perfluoralkylstoffen (PFAS)` (1422).
 */
const INSIDE_ENTRY = 3;

/** Words that join names and never start one. */
const CONJUNCTIONS = new Set(['en', 'of', 'and', 'or']);

/**
 * Aligns the short-form letters with the window. `suffix`: the long form ends at the window's
 * last word (`long (SF)`); `whole`: it spans the window, an article aside (`SF (long)`).
 * Returns the long form's span in the window, or null.
 */
export function matchLongForm(
  attempts: readonly string[],
  window: string,
  mode: 'suffix' | 'whole',
): { start: number; end: number } | null {
  if (window.length === 0 || window.length > 4 * MAX_WINDOW_CHARS) return null;
  const folded = fold(window);
  let lay: Layout | null = null;
  for (const sf of attempts) {
    // Aligning places the letters at increasing places of the folded window: when they are not
    // there in order (`VVD` after `het lid Lodders`), it finds nothing, so it is not tried.
    if (!holdsInOrder(sf, folded)) continue;
    lay ??= layout(window, folded);
    if (lay.wordStart.length === 0) return null;
    const result = align(sf, lay, mode, window);
    if (result) return result;
  }
  return null;
}

/** Where the UTF-16 unit `ch` occurs in `s`, ascending. */
export function positionsOf(s: string, ch: string): number[] {
  const out: number[] = [];
  for (let at = s.indexOf(ch); at >= 0; at = s.indexOf(ch, at + 1)) out.push(at);
  return out;
}

/** Do the characters of `letters` occur in `text` in this order (not necessarily together)? */
export function holdsInOrder(letters: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < letters.length; i++) {
    at = text.indexOf(letters[i] as string, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The word the last letter may fall in from: `lastWord`, or the first word of `Oorlogs- en dienstslachtoffers`
 * when the window ends in such a pair (a word ending in a hyphen, `en` or `of`, the last word).
 */
function pairedLastWord(window: string, L: Layout, lastWord: number): number {
  return sharesLaterPart(window, L, lastWord) ? lastWord - 2 : lastWord;
}

/**
 * Is word `w` the second of a pair whose first word ends in a hyphen, joined by `en` or `of`, so that the two share
 * its later part: `dienstslachtoffers` in `Oorlogs- en dienstslachtoffers`?
 */
function sharesLaterPart(window: string, L: Layout, w: number): boolean {
  if (w < 2) return false;
  // Read by the alignment at every letter inside a word: the joiner's length and characters, not a lower-cased copy.
  const joinerStart = L.wordStart[w - 1] as number;
  if ((L.wordEnd[w - 1] as number) - joinerStart !== 2) return false;
  const joiner = window.slice(joinerStart, joinerStart + 2).toLowerCase();
  if (joiner !== 'en' && joiner !== 'of') return false;
  const firstEnd = L.wordEnd[w - 2] as number;
  return window.charCodeAt(firstEnd - 1) === 45 || window.charCodeAt(firstEnd) === 45;
}

/** The best alignment of the letters `sf` with the window laid out in `L` (see `matchLongForm`). */
function align(
  sf: string,
  L: Layout,
  m: 'suffix' | 'whole',
  window: string,
): { start: number; end: number } | null {
  const nWords = L.wordStart.length;
  const n = L.folded.length;
  const k = sf.length;
  const contentFrom = new Array<number>(nWords + 1).fill(0);
  for (let w = nWords - 1; w >= 0; w--)
    contentFrom[w] = (contentFrom[w + 1] as number) + (L.content[w] ? 1 : 0);
  const cover = (w: number) => (L.content[w] ? 6 : 1);
  let firstAllowed = nWords - 1;
  let lastAllowed = 0;
  if (m === 'whole') {
    const firstText = window.slice(L.wordStart[0], L.wordEnd[0]);
    firstAllowed = ARTICLE.test(firstText) && nWords > 1 ? 1 : 0;
    lastAllowed = firstAllowed;
  }
  // Scores and back pointers live in buffers kept between calls (see `scoreRow`): every place read
  // is one written in this call, as the lists of scored places below say.
  let prev = scoreRow(0, n);
  // Where `prev` holds a score, ascending. A row only changes at these places, at the places of its
  // own letter and where a word ends, so each row visits just those (see below), not the whole window.
  let prevAt: number[] = [];
  // Row i's back pointer of place p is at `i * n + p`, written where row i scores p; row 0 has none.
  const back = backPointers(k * n);
  // Row 0: the first letter at a word start, but not of a conjunction: no name starts with one
  // (`het Europees Milieubureau (EEB)`, 194, was `en het Europees Milieubureau`); nor, before the
  // parenthesis, of an article or preposition in lower case: `over de loonbelasting van een
  // directeur-grootaandeelhouder (dga)` (1044) is no name, `Verdrag tot oprichting van de Europese
  // Gemeenschap (VEG)` (2131) no `van de Europese Gemeenschap`.
  for (const p of positionsOf(L.folded, sf[0] as string)) {
    const w = L.word[p] as number;
    if (w < 0 || !L.initial[p]) continue;
    const first = window.slice(L.wordStart[w], L.wordEnd[w]);
    if (CONJUNCTIONS.has(first.toLowerCase())) continue;
    if (m === 'suffix' && STOPWORDS.has(first)) continue;
    if (m === 'whole' ? w < firstAllowed || w > lastAllowed : false) continue;
    prev[p] = 3 + cover(w) - 4 * (contentFrom[w] as number);
    prevAt.push(p);
  }
  for (let i = 1; i < k; i++) {
    const cur = scoreRow(i & 1, n);
    const curAt: number[] = [];
    const row = i * n;
    let bestEarlier = NEG;
    let bestEarlierAt = -1;
    let bestSame = NEG;
    let bestSameAt = -1;
    let curWord = -2;
    let wordBest = NEG;
    let wordBestAt = -1;
    // The places of this row's letter and the scored places of the row before, merged in order. A
    // left-to-right pass over every place would do the same: elsewhere nothing is scored or read, and
    // crossing words only matters once, at the first place in a new word (the best of the finished
    // word is folded into `bestEarlier` there; later crossings find no best to fold). A place in both
    // lists is scored first and read after, as such a pass does.
    const here = positionsOf(L.folded, sf[i] as string);
    let h = 0;
    let q = 0;
    while (h < here.length || q < prevAt.length) {
      const nextHere = h < here.length ? (here[h] as number) : n;
      const nextPrev = q < prevAt.length ? (prevAt[q] as number) : n;
      const p = Math.min(nextHere, nextPrev);
      const w = L.word[p] as number;
      if (w !== curWord) {
        // Entering a new word: fold the finished word's best into "earlier words".
        if (wordBest >= bestEarlier && wordBestAt >= 0) {
          bestEarlier = wordBest;
          bestEarlierAt = wordBestAt;
        }
        curWord = w;
        wordBest = NEG;
        wordBestAt = -1;
        bestSame = NEG;
        bestSameAt = -1;
      }
      if (p === nextHere) {
        h++;
        if (w >= 0) {
          const gain = L.initial[p] ? 3 : 1;
          const a = bestSame + gain;
          const entry = L.initial[p] || sharesLaterPart(window, L, w) ? 0 : INSIDE_ENTRY;
          const b = bestEarlier + gain + cover(w) - entry;
          if (bestSameAt >= 0 && a >= b) {
            cur[p] = a;
            back[row + p] = bestSameAt;
            curAt.push(p);
          } else if (bestEarlierAt >= 0) {
            cur[p] = b;
            back[row + p] = bestEarlierAt;
            curAt.push(p);
          }
        }
      }
      if (p === nextPrev) {
        q++;
        const v = prev[p] as number; // a score (> NEG): `prevAt` lists only those
        if (v >= bestSame) {
          bestSame = v;
          bestSameAt = p;
        }
        if (v >= wordBest) {
          wordBest = v;
          wordBestAt = p;
        }
      }
    }
    prev = cur;
    prevAt = curAt;
  }
  // The last letter must fall in the last word, or in the first of a pair whose shared part is written once:
  // `Bond van Nederlandse Militaire Oorlogs- en dienstslachtoffers (BNMO)` (896).
  const lastWord = nWords - 1;
  let best = NEG;
  let bestAt = -1;
  // The scored places of the last row, ascending; the others hold no score (NEG), never the best.
  const lastStart = L.wordStart[pairedLastWord(window, L, lastWord)] as number;
  for (let x = 0; x < prevAt.length; x++) {
    const q = prevAt[x] as number;
    if (q >= lastStart && (prev[q] as number) >= best) {
      best = prev[q] as number;
      bestAt = q;
    }
  }
  if (bestAt < 0) return null;
  const positions = new Array<number>(k);
  let p = bestAt;
  for (let i = k - 1; i >= 0; i--) {
    positions[i] = p;
    p = i > 0 ? (back[i * n + p] as number) : -1;
  }
  const firstWord = L.word[positions[0] as number] as number;
  const covered = new Set(positions.map((q) => L.word[q] as number));
  let uncovered = 0;
  for (let w = firstWord; w < nWords; w++) if (L.content[w] && !covered.has(w)) uncovered++;
  const allInitial = positions.every((q) => L.initial[q] === 1);
  if (uncovered > 0 && !(uncovered === 1 && k >= 3 && allInitial)) return null;
  return { start: L.wordStart[firstWord] as number, end: L.wordEnd[lastWord] as number };
}

/** Two rows of scores, used in turn by `align`, and its back pointers: made once, grown when needed. */
const scoreRows: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
let backScratch = new Int32Array(0);

/**
 * Score row `parity` (0 or 1) with room for `n` places, holding whatever the last use left: the
 * alignment writes a place before it reads it, so no fill per row (a fresh row per letter and window
 * was most of what the definitions step allocated).
 */
function scoreRow(parity: number, n: number): Float64Array {
  let row = scoreRows[parity] as Float64Array;
  if (row.length < n) scoreRows[parity] = row = new Float64Array(Math.max(n, 4 * MAX_WINDOW_CHARS));
  return row;
}

/** The back-pointer buffer with room for `size` entries (see `scoreRow`). */
function backPointers(size: number): Int32Array {
  if (backScratch.length < size) backScratch = new Int32Array(Math.max(size, 14 * 4 * MAX_WINDOW_CHARS));
  return backScratch;
}

/**
 * `NAVO-defensieplanningscyclus (NDPP)`: the word before the parenthesis glosses the acronym
 * in Dutch, so its letters only mostly line up. Accepted for short forms of four letters or
 * more when the word starts with the first letter and holds all but one in order.
 */
export function compoundGloss(
  attempts: readonly string[],
  window: string,
): { start: number; end: number } | null {
  const trimmed = window.replace(/[\s,]+$/, '');
  const start = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
  const word = trimmed.slice(start);
  const folded = fold(word);
  for (const sf of attempts) {
    if (sf.length < 4 || folded.length < 2 * sf.length || folded[0] !== sf[0]) continue;
    let j = 0;
    for (let i = 0; i < folded.length && j < sf.length; i++) if (folded[i] === sf[j]) j++;
    // Count matched letters allowing one to be skipped.
    let matched = 0;
    let skipped = 0;
    let pos = 0;
    for (const c of sf) {
      const at = folded.indexOf(c, pos);
      if (at < 0) {
        skipped++;
        continue;
      }
      matched++;
      pos = at + 1;
    }
    if (matched >= sf.length - 1 && skipped <= 1) return { start, end: start + word.length };
  }
  return null;
}

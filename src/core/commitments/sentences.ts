import type { Span } from '../types';

/**
 * Sentence splitting for Dutch letters as the pages give them: hard line breaks mid-sentence
 * (tweedekamer.nl, PDF text), abbreviations with periods (`d.d.`, `nr.`, `jl.`, `o.a.`), initials
 * (`K.H. Ollongren`), footnote markers after a period (`uitwerking.1 Alle`), headings on their own
 * line, and bullets. Linear: one pass over the text.
 */

/** Abbreviations after which a period never ends a sentence (a number or a name follows). */
const NEVER_FINAL = new Set([
  'nr',
  'nrs',
  'dd',
  'art',
  'artt',
  'p',
  'pp',
  'pag',
  'blz',
  'oa',
  'ivm',
  'mbt',
  'tav',
  'ipv',
  'muv',
  'cq',
  'bijv',
  'bv',
  'bijl',
  'ca',
  'zgn',
  'resp',
  'incl',
  'excl',
  'vs',
  'dhr',
  'mevr',
  'mw',
  'mr',
  'dr',
  'prof',
  'ir',
  'ing',
  'drs',
  'stb',
  'stcrt',
  'trb',
  'kst',
  'min',
  'max',
  'vgl',
  'jo',
  'lid',
  'sub',
  'e',
  'evt',
  'mln',
  'mld',
  'mrd',
  'st',
]);

/** Abbreviations that often end a sentence too: a capital after them starts a new one (`op 27 oktober jl. Op 11 …`). */
const MAYBE_FINAL = new Set(['jl', 'll', 'as', 'aanst', 'enz', 'ed', 'etc', 'ea']);

/** Last characters of a line that the sentence goes on after (`,`, `;`, `(`, hyphens). */
const LINE_GOES_ON = new Set([',', ';', '(', '-', '–']);

const BULLETS = new Set(['•', '●', '▪', '◦', '·', '–', '—', '-', '*', '']);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
}

/** Characters that can open a new sentence. */
function opensSentence(ch: string): boolean {
  return (
    isUpper(ch) ||
    isDigit(ch) ||
    ch === '«' ||
    ch === '(' ||
    ch === '“' ||
    ch === '"' ||
    ch === '‘' ||
    BULLETS.has(ch)
  );
}

/** The word before a period at `dot`, letters and inner periods only, as written: `d.d`, `K.H`, `jl`. */
function wordBefore(text: string, dot: number): string {
  let k = dot - 1;
  while (k >= 0 && dot - k <= 12 && (isLetter(text[k] as string) || text[k] === '.')) k--;
  return text.slice(k + 1, dot);
}

/** Initials: `K.H`, `M` (before the final period). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** Footnote text that a page break left in the body: `1 Concreet gaat het om …`. */
const FOOTNOTE_START = /^\d{1,3}\s+\p{Lu}/u;

/** White space as `String.prototype.trim` sees it (WhiteSpace and LineTerminator of ECMAScript). */
function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Typical body line length: lines much shorter than it, without final punctuation, are headings. */
function typicalLineLength(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      // The trimmed length without slicing: this runs for every line of the paper.
      let s = start;
      let e = i;
      while (s < e && isTrimSpace(text.charCodeAt(s))) s++;
      while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
      const len = e - s;
      if (len >= 30) lengths.push(len);
      start = i + 1;
    }
  }
  if (lengths.length < 3) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] as number;
}

/** Sentences of `text` as trimmed spans into it, in order. Never throws. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const typical = typicalLineLength(text);
  let start = 0;
  let lineStart = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s] as string)) s++;
    while (e > s && isSpace(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      // A blank line always ends a sentence.
      let k = i + 1;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      if (text[k] === '\n') {
        push(i);
        lineStart = i + 1;
        continue;
      }
      // The trimmed line as bounds, not a copy: this runs for every line of the paper.
      let ls = lineStart;
      let le = i;
      while (ls < le && isTrimSpace(text.charCodeAt(ls))) ls++;
      while (le > ls && isTrimSpace(text.charCodeAt(le - 1))) le--;
      const lineLength = le - ls;
      const nextChar = text[k] ?? '';
      const last = lineLength > 0 ? (text[le - 1] as string) : '';
      const bulletNext = BULLETS.has(nextChar) && nextChar !== '' && text[k + 1] === ' ';
      const headingLine =
        lineLength > 0 &&
        lineLength < typical * 0.7 &&
        isUpper(nextChar) &&
        !LINE_GOES_ON.has(last) &&
        last !== '';
      if (bulletNext || headingLine || (last === ':' && opensSentence(nextChar))) push(i);
      lineStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Take closing marks and a footnote marker (`.1`) with the sentence.
    let e = i + 1;
    while (e < n && (text[e] === '.' || text[e] === '!' || text[e] === '?')) e++;
    while (
      e < n &&
      (text[e] === ')' || text[e] === '»' || text[e] === '”' || text[e] === '"' || text[e] === '’')
    )
      e++;
    let f = e;
    while (f < n && f - e < 2 && isDigit(text[f] as string)) f++;
    if (f > e && (f === n || isSpace(text[f] as string))) e = f;
    if (e < n && !isSpace(text[e] as string)) continue;
    let k = e;
    while (k < n && isSpace(text[k] as string)) k++;
    if (k >= n) continue;
    const next = text[k] as string;
    if (!opensSentence(next)) {
      // Interleaved footnote text ends at its own period and line break; the body sentence goes on after it.
      const lineBreak = text.slice(e, k).includes('\n');
      if (!(lineBreak && FOOTNOTE_START.test(text.slice(start, start + 12).trimStart()))) continue;
    }
    if (ch === '.') {
      const raw = wordBefore(text, i);
      const w = raw.toLowerCase().replace(/\./g, '');
      if (NEVER_FINAL.has(w)) continue;
      // Initials: `K.H. Ollongren`, `M. Rutte`.
      if (INITIALS.test(raw)) continue;
      if (MAYBE_FINAL.has(w) && !isUpper(next)) continue;
    }
    push(e);
    i = e - 1;
  }
  push(n);
  return spans;
}

import { isDigit, isLetter, isUpper, isWhiteSpace } from './chars';
import { DOSSIER_TITLE_LINE } from './dossier-lines';
import type { Span } from '../types';

/**
 * Sentence splitting for Dutch letters as the pages give them: hard line breaks mid-sentence
 * (tweedekamer.nl, PDF text), abbreviations with periods (`d.d.`, `nr.`, `jl.`, `o.a.`), initials
 * (`K.H. Ollongren`), footnote markers after a period (`uitwerking.1 Alle`), headings on their own
 * line, and bullets. Linear: the rules run at line breaks and end marks only (found with `indexOf`),
 * reading character codes (no per-character strings).
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
  'st',
  // Zr.Ms. and Hr.Ms., before a navy ship's name: `voorval Zr.Ms. Tromp in Oost-Chinese Zee` (2765).
  'zrms',
  'hrms',
  // Paragraaf and blad, before their number: `(mvt, par. 1)`, `(mvt, bl. 26 en 27)` (54); `No.` before a number or
  // code: `Vergaderjaar 1995–1996, No. 713)` (2760), `(No. W03.06.0236/l)` (1653).
  'par',
  'bl',
  'no',
]);

/**
 * Abbreviations that often end a sentence too: a capital after them starts a new one (`op 27 oktober jl. Op 11 …`),
 * anything else does not (`de motie van het lid Middendorp c.s. (Kamerstuk 35 300 VII, nr. 14) over …`, 222).
 */
const MAYBE_FINAL = new Set([
  'jl',
  'll',
  'as',
  'aanst',
  'enz',
  'ed',
  'etc',
  'ea',
  'cs',
  // An amount ends many a sentence: `…ontvingen elk € 150 mln.\nDaarnaast is in 2019 …` (1215).
  'mln',
  'mld',
  'mrd',
]);

/** The longest abbreviation of both sets: a longer word before a period is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_FINAL, ...MAYBE_FINAL].map((w) => w.length));

/** Last characters of a line that the sentence goes on after (`,`, `;`, `(`, hyphens). */
const LINE_GOES_ON = new Set([',', ';', '(', '-', '–'].map((c) => c.charCodeAt(0)));

/**
 * Bullet characters, `−` (the minus sign, 1646's list of letters) among them; END (no next character: the text
 * ends) counts as one, as the empty string did.
 */
const BULLETS = new Set(['•', '●', '▪', '◦', '·', '–', '—', '−', '-', '*'].map((c) => c.charCodeAt(0)));
const END = -1;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const TAB = 0x09;
const CR = 0x0d;
const NBSP = 0xa0;
const PERIOD = 0x2e;
const COLON = 0x3a;
const CLOSE_PAREN = 0x29;

/** Closing marks that a sentence takes along after its end mark: `)`, `»`, `”`, `"`, `’`. */
const CLOSERS = new Set([')', '»', '”', '"', '’'].map((c) => c.charCodeAt(0)));

/** Opening marks that can start a sentence besides capitals, digits and bullets: `«`, `(`, `“`, `"`, `‘`. */
const OPENERS = new Set(['«', '(', '“', '"', '‘'].map((c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === TAB || c === CR || c === NBSP;
}

/** Characters that can open a new sentence (`c` is END past the end of the text). */
function opensSentence(c: number): boolean {
  return isUpper(c) || isDigit(c) || OPENERS.has(c) || BULLETS.has(c) || c === END;
}

/** Initials: `K.H`, `M` (before the final period). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** Footnote text that a page break left in the body: `1 Concreet gaat het om …`. */
export const FOOTNOTE_START = /^\d{1,3}\s+\p{Lu}/u;

/**
 * Typical body line length: lines much shorter than it, without final punctuation, are headings. The upper
 * quartile of the lines of 30 characters or more, not their median: a letter with a list of short items (90:
 * twelve topics of one line each) would otherwise set it so low that its headings pass for body lines.
 */
function typicalLineLength(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // The trimmed length without slicing: this runs for every line of the paper.
    let s = start;
    let e = end;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (e - s >= 30) lengths.push(e - s);
    start = end + 1;
  }
  if (lengths.length < 3) return 0;
  // A typed array sorts numerically without a comparator call per comparison.
  const sorted = Int32Array.from(lengths).sort();
  return sorted[Math.floor((sorted.length * 3) / 4)] as number;
}

/** The characters the rules look at: line breaks and end marks. */
const MARKS = ['\n', '.', '!', '?'] as const;

/**
 * The positions of MARKS in text order. One `indexOf` per mark and hit, merged: V8 finds a single
 * character far faster than it steps a character class (`/[\n.!?]/g` alone costs more than this whole split).
 */
class MarkScanner {
  /** Per mark: its first position at or after the last `first` argument, or text.length. */
  private readonly next: number[];

  constructor(private readonly text: string) {
    this.next = MARKS.map(() => -1);
  }

  /** The position of the first mark at or after `from`, or text.length when none is left. */
  first(from: number): number {
    const { text, next } = this;
    let best = text.length;
    for (let m = 0; m < MARKS.length; m++) {
      let p = next[m] as number;
      if (p < from) {
        p = text.indexOf(MARKS[m] as string, from);
        next[m] = p = p < 0 ? text.length : p;
      }
      if (p < best) best = p;
    }
    return best;
  }
}

/**
 * Appends text[start, end) without its outer spaces to `spans`, unless nothing is left: how a sentence's span is made,
 * here and where the timeline cuts one (`splitAtHeadings`).
 */
export function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The typical line length of one text, measured on first need (see `typicalLineLength`). */
interface TypicalLength {
  readonly text: string;
  value: number;
}

function typicalOf(typical: TypicalLength): number {
  if (typical.value < 0) typical.value = typicalLineLength(typical.text);
  return typical.value;
}

/**
 * Sentences of `text` as trimmed spans into it, in order. Never throws.
 *
 * The loop only walks the marks; what happens at a line break and at an end mark are functions of their
 * own. V8 optimizes a small function called thousands of times within the first call, while a long loop
 * body runs unoptimized until its (long) compilation ends, which on a busy machine is after this split
 * has run several times. No closures either: a closure made afresh per call is another function on
 * the next call, which throws optimized code away (`wrong call target`).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  // Measured on first need: text with blank lines between one-line paragraphs never asks.
  const typical: TypicalLength = { text, value: -1 };
  const n = text.length;
  let start = 0;
  let lineStart = 0;
  const marks = new MarkScanner(text);
  // The run of end marks the last mark stood in: what follows it is read once for all its marks (see `MarkRun`).
  const run: MarkRun = { to: -1, end: -1, next: END };
  for (let i = marks.first(0); i < n; i = marks.first(i + 1)) {
    if (text.charCodeAt(i) === NEWLINE) {
      if (lineBreakEndsSentence(text, i, lineStart, typical)) {
        pushTrimmed(spans, text, start, i);
        start = i;
      }
      lineStart = i + 1;
      continue;
    }
    if (i >= run.to) readMarkRun(text, i, start, run);
    const e = sentenceEndAfterMark(text, i, run);
    if (e < 0) continue;
    pushTrimmed(spans, text, start, e);
    // Go on at `e`, past the marks taken along.
    start = e;
    i = e - 1;
  }
  pushTrimmed(spans, text, start, n);
  return spans;
}

/**
 * Whether the line break at `i` (its line starts at `lineStart`) ends the sentence: before a blank line,
 * a bullet, a line after a short heading line, or after a colon before what opens a sentence.
 */
function lineBreakEndsSentence(text: string, i: number, lineStart: number, typical: TypicalLength): boolean {
  const n = text.length;
  // A blank line ends a sentence, but for one a page's extraction put inside it (see `blankLineInSentence`).
  let k = i + 1;
  while (k < n && isBlank(text.charCodeAt(k))) k++;
  if (k < n && text.charCodeAt(k) === NEWLINE) return !blankLineInSentence(text, lineStart, i, k);
  // The trimmed line as bounds, not a copy: this runs for every line of the paper.
  let ls = lineStart;
  let le = i;
  while (ls < le && isWhiteSpace(text.charCodeAt(ls))) ls++;
  while (le > ls && isWhiteSpace(text.charCodeAt(le - 1))) le--;
  const lineLength = le - ls;
  const nextChar = k < n ? text.charCodeAt(k) : END;
  const last = lineLength > 0 ? text.charCodeAt(le - 1) : END;
  const bulletNext =
    (BULLETS.has(nextChar) && k + 1 < n && text.charCodeAt(k + 1) === SPACE) ||
    listNumberEnd(text, k) > 0 ||
    isListLetter(text, k);
  const headingLine =
    lineLength > 0 && isUpper(nextChar) && !LINE_GOES_ON.has(last) && lineLength < typicalOf(typical) * 0.7;
  return (
    bulletNext ||
    headingLine ||
    (last === COLON && opensSentence(nextChar)) ||
    (isDigit(nextChar) && last !== 0x2c && dossierLineAt(text, k)) ||
    (nextChar === 0x4e && numberLineAfterDossierLine(text, ls, le, k)) ||
    (nextChar === 0x56 && !LINE_GOES_ON.has(last) && QUESTIONS_LINE.test(text.slice(k, k + 24))) ||
    (ARTICLE_INITIALS.has(nextChar) && paragraphAfterItem(text, ls, last, k))
  );
}

/** The first letters of the capitalized articles that open a sentence: `De`, `Het`, `Een`. */
const ARTICLE_INITIALS = new Set([0x44, 0x48, 0x45]);

/**
 * Does a paragraph open at `k` under a list item without a full stop, the line at `ls` (its last character `last`)?
 * A bulleted line that ends on a letter and a line that opens with a capitalized article and a word in lower case:
 * `– De samenvoeging van de gemeenten Landerd en Uden tot de nieuwe gemeente Maashorst` then `De beoogde datum van
 * herindeling is steeds 1 januari 2022, …` (1871), one sentence before, the date labelled `…tot de nieuwe gemeente
 * Maashorst De beoogde datum…`. An item that wraps goes on in lower case or with a capitalized title (`inzake
 * RSJ-advies` then `Reclassenten met een hoog veiligheidsrisico (Kamerstuk 29 270, nr. 157);`, 1148), not an article.
 */
function paragraphAfterItem(text: string, ls: number, last: number, k: number): boolean {
  return (
    BULLETS.has(text.charCodeAt(ls)) &&
    text.charCodeAt(ls + 1) === SPACE &&
    isLetter(last) &&
    PARAGRAPH_OPENING.test(text.slice(k, k + 12))
  );
}

/** A capitalized article and a word in lower case: `De beoogde`. */
const PARAGRAPH_OPENING = /^(?:De|Het|Een) \p{Ll}/u;

/**
 * The line that opens written questions, `Vragen van het lid Omtzigt (Omtzigt) aan de Staatssecretaris van Financiën
 * over …`: a sentence of its own. A tweedekamer.nl page's title stands right above it, `Antwoord schriftelijke vragen
 * (nader) : Nader antwoord op vragen van het lid Omtzigt over het arrest van de Hoge Raad op 24 december 2021 over Box
 * 3` (2253), and the two were one sentence, the date labelled `…over Box 3 Vragen van het lid Omtzigt…`.
 */
const QUESTIONS_LINE = /^Vragen van (?:het lid|de leden|lid) /;

/**
 * Does the paper's number line (`Nr. 4`, `Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG`) open at `k`, right under its
 * dossier line text[ls, le)? The dossier line ends there: its title, `36 747 Jaarverslag van de Nationale ombudsman, de
 * Kinderombudsman en de Veteranenombudsman over 2024` (1580), was one sentence with the number line, the year labelled
 * `…de Veteranenombudsman Nr. 4`.
 */
function numberLineAfterDossierLine(text: string, ls: number, le: number, k: number): boolean {
  return (
    NUMBER_LINE.test(text.slice(k, k + 8)) &&
    le - ls <= DOSSIER_LINE_MAX &&
    DOSSIER_TITLE_LINE.test(text.slice(ls, le))
  );
}

/** The opening of a paper's number line: `Nr. 4`. */
const NUMBER_LINE = /^Nr\. \d/;

/**
 * Does a paper's dossier line open at `k`, its number and title alone on the line (`28 676 NAVO`)? It ends the line
 * before it, as a heading does: on a tweedekamer.nl page the paper's title, `Verslag van een commissiedebat, gehouden
 * op 10 februari 2022, over de NAVO Defensie Ministeriële van 16 en 17 februari 2022`, stands right above it, and the
 * two were one sentence, the date labelled `…Ministeriële 28 676 NAVO` (232). Not a citation wrapped onto the line
 * (`Kamerstuk\n21 501-20 Europese Raad, nr. 1234`): its number, and the `Kamerstuk` before it, which the caller rules
 * out by the line before's last word.
 */
function dossierLineAt(text: string, k: number): boolean {
  let e = text.indexOf('\n', k);
  if (e < 0) e = text.length;
  if (e - k > DOSSIER_LINE_MAX) return false;
  const line = text.slice(k, e);
  return (
    DOSSIER_TITLE_LINE.test(line) &&
    !/\bnrs?\./.test(line) &&
    !KAMERSTUK_BEFORE.test(text.slice(Math.max(0, k - 16), k))
  );
}

/**
 * The longest dossier line read as one: a dossier's title runs to two or three hundred characters (a budget's, `36
 * 410-XVII Vaststelling van de …`, 137).
 */
const DOSSIER_LINE_MAX = 400;

/** `Kamerstuk` or `Kamerstukken` (and white space) right before a line: the line goes on with its number. */
const KAMERSTUK_BEFORE = /[Kk]amerstuk(?:ken)?(?: II| I)?\s*$/;

/**
 * Does the blank line after the line text[lineStart, i) lie inside a sentence? A page's text can have one where the
 * sentence goes on, after a preposition or an article that cannot end it, the next line opening with a small letter or
 * a number that is no list item's: `Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen
 * Overleg van\n\n6 juni, 13 juni en 4 juli (Kamerstukken 21 501-32, nrs. 627, 629 en 632) alsmede over …` (185) read as
 * two sentences, the second opening with three dates. `k` is the blank line's end (its newline).
 */
function blankLineInSentence(text: string, lineStart: number, i: number, k: number): boolean {
  let le = i;
  while (le > lineStart && isWhiteSpace(text.charCodeAt(le - 1))) le--;
  let ws = le;
  while (ws > lineStart && isAsciiLower(text.charCodeAt(ws - 1))) ws--;
  if (le - ws > 4 || (ws > lineStart && !isWhiteSpace(text.charCodeAt(ws - 1)))) return false;
  if (!GOES_ON_WORDS.has(text.slice(ws, le))) return false;
  let next = k + 1;
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++;
  const c = text.charCodeAt(next);
  return (isAsciiLower(c) || isDigit(c)) && listNumberEnd(text, next) < 0;
}

/** Prepositions and articles, which end no sentence: a line that ends on one goes on (see `blankLineInSentence`). */
const GOES_ON_WORDS: ReadonlySet<string> = new Set([
  'van',
  'de',
  'het',
  'een',
  'op',
  'in',
  'aan',
  'met',
  'voor',
  'tot',
  'bij',
  'naar',
  'door',
  'over',
  'uit',
  'om',
  'te',
]);

/**
 * The end of a list item's number at `k`, the start of a line (`1. Eindrapport …`, `12) Manifest …`, 90): one or
 * two digits, `.` or `)`, a space and a letter; else -1.
 */
function listNumberEnd(text: string, k: number): number {
  let d = k;
  while (d < text.length && d - k < 3 && isDigit(text.charCodeAt(d))) d++;
  if (d === k || d - k > 2) return -1;
  const mark = text.charCodeAt(d);
  if (mark !== PERIOD && mark !== CLOSE_PAREN) return -1;
  return text.charCodeAt(d + 1) === SPACE && isLetter(text.charCodeAt(d + 2)) ? d + 1 : -1;
}

/**
 * Does a list item's letter open the line at `k` (`c) Nr. Commissiedocument`, 170): a small letter, `)`, a space and a
 * letter? The line before it ends its sentence, as before a numbered item: a fiche's `b) Datum ontvangst
 * Commissiedocument\n5 juli 2022\nc) Nr. Commissiedocument` was one sentence, its date labelled `Datum ontvangst
 * Commissiedocument c`.
 */
function isListLetter(text: string, k: number): boolean {
  return (
    isAsciiLower(text.charCodeAt(k)) &&
    text.charCodeAt(k + 1) === CLOSE_PAREN &&
    text.charCodeAt(k + 2) === SPACE &&
    isLetter(text.charCodeAt(k + 3))
  );
}

/** Does the period at `i` close a list item's number at the start of its line (`\n12. Manifest`)? */
function isListNumberPeriod(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 3 && isDigit(text.charCodeAt(k - 1))) k--;
  return k < i && (k === 0 || text.charCodeAt(k - 1) === NEWLINE) && listNumberEnd(text, k) === i + 1;
}

/**
 * A run of end marks (`.`, `!`, `?`) and what follows it, which is the same for each of its marks: read once for the
 * run, not again for each mark, which made a run of thousands (`?????…`, found by the fuzz) take seconds.
 */
interface MarkRun {
  /** Where the run ends: the first character after it that is no end mark. */
  to: number;
  /** Where the sentence ends when a mark of the run ends it (past the marks, closing marks and a footnote marker
   * taken along), or -1 when none does. */
  end: number;
  /** The code of the character after the white space that follows (see `opensSentence`). */
  next: number;
}

/**
 * Reads into `run` the run of end marks that the mark at `i` opens, and what follows it (see `MarkRun`). `start` is
 * where the current sentence began.
 */
function readMarkRun(text: string, i: number, start: number, run: MarkRun): void {
  const n = text.length;
  // Take closing marks and a footnote marker (`.1`) with the sentence.
  let e = i + 1;
  while (e < n && isEndMark(text.charCodeAt(e))) e++;
  run.to = e;
  run.end = -1;
  run.next = END;
  while (e < n && CLOSERS.has(text.charCodeAt(e))) e++;
  let f = e;
  while (f < n && f - e < 2 && isDigit(text.charCodeAt(f))) f++;
  if (f > e && (f === n || isSpace(text.charCodeAt(f)))) e = f;
  if (e < n && !isSpace(text.charCodeAt(e))) {
    if (gluedSentenceStart(text, i, e)) {
      run.end = e;
      run.next = text.charCodeAt(e);
    }
    return;
  }
  let k = e;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  if (k >= n) return;
  const next = text.charCodeAt(k);
  if (!opensSentence(next)) {
    // Interleaved footnote text ends at its own period and line break; the body sentence goes on after it.
    let lineBreak = false;
    for (let p = e; p < k && !lineBreak; p++) lineBreak = text.charCodeAt(p) === NEWLINE;
    if (!(lineBreak && FOOTNOTE_START.test(text.slice(start, start + 12).trimStart()))) return;
  }
  run.end = e;
  run.next = next;
}

/**
 * Does a sentence open right after the period at `i`, with no space between (`e`, the character after it): `De Kamer
 * kan zich tegen het voorgenomen besluit uitspreken uiterlijk op 29 oktober 1997.De vaste commissie …` (1298),
 * `… partijen.Het overleg` (a space the page lost)? Only after a word of three or more small letters or a year, and
 * before a capitalised word that a space ends: not in a web address (`www.Rijksoverheid.nl`), initials or a code.
 */
function gluedSentenceStart(text: string, i: number, e: number): boolean {
  if (e !== i + 1 || text.charCodeAt(i) !== PERIOD) return false;
  let b = i;
  while (b > 0 && isAsciiLower(text.charCodeAt(b - 1))) b--;
  if (i - b < 3) {
    b = i;
    while (b > 0 && isDigit(text.charCodeAt(b - 1))) b--;
    if (i - b !== 4) return false;
  }
  if (
    b > 0 &&
    (isLetter(text.charCodeAt(b - 1)) || isDigit(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === PERIOD)
  )
    return false;
  if (!isUpper(text.charCodeAt(e))) return false;
  let k = e + 1;
  while (k < text.length && isAsciiLower(text.charCodeAt(k))) k++;
  return k > e + 1 && text.charCodeAt(k) === SPACE;
}

/** Where the sentence ends when the end mark at `i`, of `run` (see `readMarkRun`), ends it, else -1. */
function sentenceEndAfterMark(text: string, i: number, run: MarkRun): number {
  if (run.end < 0) return -1;
  if (text.charCodeAt(i) === PERIOD && (!endsAfterWord(text, i, run.next) || isListNumberPeriod(text, i)))
    return -1;
  return run.end;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

function isEndMark(c: number): boolean {
  return c === PERIOD || c === 0x21 || c === 0x3f;
}

/**
 * Whether the period at `dot` can end the sentence, judged by the word before it (letters and inner
 * periods, at most 12 characters: `d.d`, `K.H`, `jl`) and the code `next` of the character that follows.
 */
function endsAfterWord(text: string, dot: number, next: number): boolean {
  if (isNumberCompound(text, dot)) return false;
  // Most sentences end in a plain lower-case word. When the code units right before the dot are more
  // ASCII lower-case letters than the longest abbreviation has, the walk below counts too many letters for
  // an abbreviation and sees no capital before the dot (no initials): the answer is yes, decided here.
  let plainRun = 0;
  while (plainRun <= LONGEST_ABBREVIATION && isAsciiLower(text.charCodeAt(dot - 1 - plainRun))) plainRun++;
  if (plainRun > LONGEST_ABBREVIATION) return true;
  let k = dot - 1;
  let letters = 0;
  let plain = true; // ASCII lower case only: already the set key
  for (; k >= 0 && dot - k <= 12; k--) {
    const c = text.charCodeAt(k);
    if (c === PERIOD) {
      plain = false;
      continue;
    }
    if (!isLetter(c)) break;
    if (c < 0x61 || c > 0x7a) plain = false;
    letters++;
  }
  // Lower-casing never makes a word shorter, so a longer word is no abbreviation of the sets.
  let w: string | null = null;
  if (letters <= LONGEST_ABBREVIATION) {
    w = text.slice(k + 1, dot);
    if (!plain) w = w.toLowerCase().replace(/\./g, '');
  }
  if (w !== null && NEVER_FINAL.has(w)) return false;
  // Initials: `K.H. Ollongren`, `M. Rutte`. They end in a capital: not in a period, an ASCII lower-case letter or
  // nothing.
  const lastCode = dot > k + 1 ? text.charCodeAt(dot - 1) : END;
  const mayBeCapital = (lastCode >= 0x41 && lastCode <= 0x5a) || lastCode >= 0x80;
  if (mayBeCapital && INITIALS.test(text.slice(k + 1, dot))) return false;
  if (w !== null && MAYBE_FINAL.has(w) && !isUpper(next)) return false;
  return true;
}

/**
 * Does a compound of `nr` or `nrs` (`nummer`, `nummers`) end at the period at `dot`: `In mijn brief van 15 februari
 * jongstleden (Kamerstuknr. 2007–2008, 30 420, nr. 61) heb ik …` (2572), `fichenr. 6` (2381), `(briefnrs.
 * OCW-99-456 en OCW-99-537)` (2320)? No Dutch word ends in `nr`, so such a word is the abbreviation, which a number or
 * a code follows, never the end of a sentence. (The bare `nr` and `nrs` are in NEVER_FINAL.)
 */
function isNumberCompound(text: string, dot: number): boolean {
  const e = text.charCodeAt(dot - 1) === 0x73 ? dot - 2 : dot - 1; // past an `s`
  return text.charCodeAt(e) === 0x72 && text.charCodeAt(e - 1) === 0x6e && isLetter(text.charCodeAt(e - 2));
}

/**
 * `splitSentences(text)`, made on the first call of the function returned and kept for the calls after: for
 * finders that need the sentences of only some papers (the dates read a sentence's tense for a few dates).
 */
export function splitOnFirstNeed(text: string): () => Span[] {
  let sentences: Span[] | null = null;
  return () => (sentences ??= splitSentences(text));
}

/** Index of the sentence that holds offset `at`, or -1 (binary search over sorted, disjoint sentences). */
export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

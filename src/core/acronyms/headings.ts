/**
 * Places where acronym-shaped words are no acronyms: all-caps heading lines and the letters that
 * number an Eerste Kamer paper. Both look only at the words around one hit.
 */

import { isAsciiLetter, isAsciiUpper, isDigit, isWhiteSpace } from '../text/chars';

/** What the checks may ask about a word: is it a known abbreviation (glossary or in-text definition)? */
export type IsKnown = (abbr: string) => boolean;

const ALL_CAPS_WORD = /^[\p{Lu}]+(?:[-/][\p{Lu}]+)*$/u;

/**
 * A heading is a run of three or more all-caps words on one line, not all of them known
 * abbreviations (`BRIEF VAN DE MINISTER VAN DEFENSIE`); acronym-shaped words inside it are not
 * acronyms. Words are separated by whitespace; a comma, colon or semicolon may trail a word, and
 * a word ending in a colon or semicolon closes its run.
 *
 * `contains(at)` answers "does the hit starting at `at` lie in a heading?". It looks only at the
 * words around the hit, and remembers the last word and run, so asking for hits in order is
 * linear. A class rather than closures: its methods stay compiled from one document to the next.
 */
export class HeadingRuns {
  private wordStart = -1;
  private wordEnd = -1;
  private wordIsHeading = false;
  private runStart = -1;
  private runEnd = -1;
  private runIsHeading = false;

  constructor(
    private readonly text: string,
    private readonly known: IsKnown,
  ) {}

  contains(at: number): boolean {
    if (at < this.wordStart || at >= this.wordEnd) {
      this.wordStart = startOfWord(this.text, at);
      this.wordEnd = endOfWord(this.text, at);
      this.wordIsHeading = this.inHeadingRun();
    }
    return this.wordIsHeading;
  }

  /** Is the word at `wordStart`–`wordEnd` part of a heading run? */
  private inHeadingRun(): boolean {
    const { text, known, wordStart, wordEnd } = this;
    if (wordStart >= this.runStart && wordEnd <= this.runEnd) return this.runIsHeading;
    const word = capsWord(text, wordStart, wordEnd);
    if (word === null) return false;
    let count = 1;
    let allKnown = known(word);
    const n = text.length;
    // Words before it on the same line.
    let runStart = wordStart;
    for (;;) {
      let gap = runStart;
      while (gap > 0 && isWhiteSpace(text.charCodeAt(gap - 1)) && text.charCodeAt(gap - 1) !== 10) gap--;
      if (gap === 0 || gap === runStart || text.charCodeAt(gap - 1) === 10) break;
      if (closesRun(text, gap)) break;
      const s = startOfWord(text, gap);
      const w = capsWord(text, s, gap);
      if (w === null) {
        if (!isNeutralWord(text, s, gap)) break;
      } else {
        count++;
        allKnown &&= known(w);
      }
      runStart = s;
    }
    // Words after it on the same line.
    let runEnd = wordEnd;
    while (!closesRun(text, runEnd)) {
      let gap = runEnd;
      while (gap < n && isWhiteSpace(text.charCodeAt(gap)) && text.charCodeAt(gap) !== 10) gap++;
      if (gap === n || gap === runEnd || text.charCodeAt(gap) === 10) break;
      const e = endOfWord(text, gap);
      const w = capsWord(text, gap, e);
      if (w === null) {
        if (!isNeutralWord(text, gap, e)) break;
      } else {
        count++;
        allKnown &&= known(w);
      }
      runEnd = e;
    }
    this.runStart = runStart;
    this.runEnd = runEnd;
    this.runIsHeading =
      (count >= 3 && !allKnown && !isListOfShortForms(text, runStart, runEnd)) ||
      (count === 2 && this.isTwoWordHeading(runStart, runEnd)) ||
      this.continuesHeading(runStart, runEnd);
    return this.runIsHeading;
  }

  /**
   * Is the run of two all-caps words `runStart`–`runEnd` a line of its own with a word no acronym is as long
   * as, unknown: `BELEIDSBRIEF SPORT` (549) titles a letter's annex.
   */
  private isTwoWordHeading(runStart: number, runEnd: number): boolean {
    const { text } = this;
    if (wholeLineStart(text, runStart, runEnd) < 0) return false;
    for (const word of text.slice(runStart, runEnd).split(/\s+/)) {
      const caps = capsWord(word, 0, word.length);
      if (caps !== null && caps.length >= LONG_HEADING_WORD && !this.known(caps)) return true;
    }
    return false;
  }

  /**
   * Is the run `runStart`–`runEnd` a whole line that carries on a heading wrapped from the line
   * before? `BRIEF VAN DE MINISTERS VOOR … EN VAN BUITENLANDSE` / `ZAKEN` (46).
   */
  private continuesHeading(runStart: number, runEnd: number): boolean {
    const lineStart = wholeLineStart(this.text, runStart, runEnd);
    // A line before it is needed (`lineStart` 0 has none; -1: the run is no whole line).
    return lineStart > 0 && isHeadingLine(this.text, lineStart - 1, this.known);
  }
}

/**
 * Short forms listed with commas are no heading: `samen met partijen als de NPCF, OMS, NVZ, NFU, ZKN en ZN` (1193).
 * Every all-caps word of the run is short, and all but the last one or two carry a comma.
 */
function isListOfShortForms(text: string, runStart: number, runEnd: number): boolean {
  let words = 0;
  let commas = 0;
  for (const word of text.slice(runStart, runEnd).split(/\s+/)) {
    const bare = word.endsWith(',') ? word.slice(0, -1) : word;
    const caps = capsWord(bare, 0, bare.length);
    if (caps === null) continue;
    if (caps.length >= LIST_WORD_LIMIT) return false;
    words++;
    if (word.endsWith(',')) commas++;
  }
  return commas >= 2 && commas >= words - 2;
}

/** A listed short form is shorter than this; a heading's words are often longer (`MINISTER`). */
const LIST_WORD_LIMIT = 7;

/** An all-caps word this long and unknown is a word, not an acronym (`BELEIDSBRIEF`). */
const LONG_HEADING_WORD = 7;

/**
 * Where the line starts when the run `runStart`–`runEnd` is the whole line (spaces and tabs aside), else -1.
 */
function wholeLineStart(text: string, runStart: number, runEnd: number): number {
  const lineStart = skipInlineSpace(text, runStart, -1);
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return -1;
  const lineEnd = skipInlineSpace(text, runEnd, 1);
  if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) return -1;
  return lineStart;
}

/** From `i`, past spaces and tabs (not line breaks) backwards (`step` -1) or forwards (1). */
function skipInlineSpace(text: string, i: number, step: -1 | 1): number {
  const at = step < 0 ? -1 : 0;
  while (i + at >= 0 && i + at < text.length) {
    const c = text.charCodeAt(i + at);
    if (c === 10 || !isWhiteSpace(c)) break;
    i += step;
  }
  return i;
}

/** Is the line ending at `end` (its line break) three or more all-caps words, not all known? */
function isHeadingLine(text: string, end: number, known: IsKnown): boolean {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) start--;
  if (end - start > 300) return false;
  let count = 0;
  let allKnown = true;
  for (const word of text.slice(start, end).split(/\s+/)) {
    if (word === '') continue;
    const caps = capsWord(word, 0, word.length);
    if (caps === null) {
      if (isNeutralWord(word, 0, word.length)) continue;
      return false;
    }
    count++;
    allKnown &&= known(caps);
  }
  return count >= 3 && !allKnown;
}

/** `HeadingRuns` as a function: does the hit starting at `at` lie in a heading? */
export function headingChecker(text: string, known: IsKnown): (at: number) => boolean {
  const runs = new HeadingRuns(text, known);
  return (at) => runs.contains(at);
}

function startOfWord(text: string, i: number): number {
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function endOfWord(text: string, i: number): number {
  const n = text.length;
  while (i < n && !isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The word `text[s, e)` without trailing `,:;` when it is all caps, else null. */
function capsWord(text: string, s: number, e: number): string | null {
  // Guillemets around a title in a heading: `… OVER DE NOTITIE «REFLECTIES OVER DE POSITIE VAN DE EERSTE KAMER»` (591).
  if (text.charCodeAt(s) === 0xab && e - s > 1) s++;
  if (text.charCodeAt(e - 1) === 0xbb && e - s > 1) e--;
  // Brackets around words of a heading: `VERSLAG VAN DE ZITTING 2024 (EERSTE DEEL)` (746).
  if (text.charCodeAt(s) === 0x28 && e - s > 1) s++;
  if (text.charCodeAt(e - 1) === 0x29 && e - s > 1) e--;
  const first = text.charCodeAt(s);
  // Most words start with a lower-case letter or a digit: not all caps, no need to strip or test them.
  if (first < 128 && (first < 65 || first > 90)) return null;
  let end = e;
  // A trailing `,` `:` `;`, or `.` after an abbreviation in a heading (`… GEDRUKT ONDER NR. 119`, 102), or
  // the hyphen of a word whose second half is written once (`VOOR BASIS- EN VOORTGEZET ONDERWIJS`, 214).
  // A trailing `/` joins two names in a heading: `… VOOR IMMIGRATIE EN ASIEL/ JBZ-RAAD` (555).
  for (
    let c = text.charCodeAt(end - 1);
    c === 44 || c === 58 || c === 59 || c === 46 || c === 45 || c === 47;
    c = text.charCodeAt(end - 1)
  )
    end--;
  // A note glued to a heading's word, one or two digits after three capitals or more: `… VOLKSGEZONDHEID,
  // WELZIJN EN SPORT2 EN VOOR VEILIGHEID EN JUSTITIE3` (903). Not `G20`.
  let digits = end;
  while (digits > s && end - digits < 2 && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits < end && digits - s >= 3 && isAsciiUpper(text.charCodeAt(digits - 1))) end = digits;
  // ALL_CAPS_WORD for plain ASCII: runs of A-Z joined by single hyphens or slashes (`… COLLEGES VAN
  // STAAT/ALGEMENE ZAKEN`, 669: two committees' names).
  let afterHyphen = true;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const word = text.slice(s, end);
      return ALL_CAPS_WORD.test(word) ? word : null;
    }
    if (c >= 65 && c <= 90) afterHyphen = false;
    else if ((c === 45 || c === 47) && !afterHyphen) afterHyphen = true;
    else return null;
  }
  return afterHyphen ? null : text.slice(s, end);
}

/**
 * A word that neither makes nor breaks a heading run: a number (`isNumberWord`), or a slash or ampersand
 * standing alone between two names: `… VOOR IMMIGRATIE EN ASIEL / JBZ-RAAD` (620).
 */
function isNeutralWord(text: string, s: number, e: number): boolean {
  if (e - s === 1) {
    const c = text.charCodeAt(s);
    if (c === 47 || c === 38) return true;
  }
  return isNumberWord(text, s, e);
}

/**
 * Is `text[s, e)` a number of one to four digits, a trailing `,` or `.` aside? It neither breaks nor
 * counts in a heading run: the day and year of `GEANNOTEERDE AGENDA RAAD ALGEMENE ZAKEN VAN 9 APRIL
 * 2019` (278) leave the month in the heading.
 */
function isNumberWord(text: string, s: number, e: number): boolean {
  let end = e;
  const last = text.charCodeAt(end - 1);
  if (last === 44 || last === 46) end--;
  if (end <= s || end - s > 4) return false;
  for (let i = s; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Does the word ending at `e` close its run (a trailing `:` or `;`)? */
function closesRun(text: string, e: number): boolean {
  const last = text.charCodeAt(e - 1);
  return last === 58 || last === 59;
}

/**
 * An Eerste Kamer paper is numbered with letters written before its kind line: `B VOORLOPIG VERSLAG`,
 * `AO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `C MEMORIE VAN ANTWOORD`, `B HERDRUK1 VOORLOPIG VERSLAG`; a paper of
 * both chambers puts their mark before its number: `BZ/ Nr. 140` (746).
 * Sticky: tried only where a line's first word starts.
 */
const PAPER_LETTER =
  /[A-Z]{1,3}(?:[ \t]+(?=(?:HERDRUK\d{0,2}[ \t]+)?(?:VOORLOPIG|NADER|TWEEDE|DERDE|EIND)?[ \t]*(?:VERSLAG|MEMORIE|BRIEF|NOTA|MOTIE|AMENDEMENT|ADVIES|EINDVERSLAG|GEWIJZIGD|VOORSTEL|LIJST)\b)|\/[ \t]?(?=[Nn]r\.))/y;

/**
 * Does a paper letter start at `at`: the first word of its line before a kind (see PAPER_LETTER), or the
 * number after `nr.` in the zoek metadata row (`Eerste Kamer der Staten-Generaal2019-202034986 nr. AA`, 220)?
 */
export function isPaperLetter(text: string, at: number): boolean {
  if (afterNumberWord(text, at) || afterDossier(text, at)) return true;
  let lineStart = at;
  while (lineStart > 0) {
    const c = text.charCodeAt(lineStart - 1);
    if (c !== 32 && c !== 9) break;
    lineStart--;
  }
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  PAPER_LETTER.lastIndex = at;
  return PAPER_LETTER.test(text);
}

/**
 * Is `at` right after a cited dossier's number and a space, or a comma and a space: `Kamerstukken I, 2017/18 30 880
 * AA` (641), `Kamerstuk 30 880, AB`? Read by codes up to the dossier: this runs for every acronym hit.
 */
function afterDossier(text: string, at: number): boolean {
  let k = at;
  if (k === 0 || (text.charCodeAt(k - 1) !== 32 && text.charCodeAt(k - 1) !== 0xa0)) return false;
  k--;
  if (text.charCodeAt(k - 1) === 44) k--; // ,
  // `30 880` or `30880`, not part of a longer number.
  let digits = 0;
  while (digits < 3 && k > 0 && isDigit(text.charCodeAt(k - 1))) {
    k--;
    digits++;
  }
  if (digits !== 3) return false;
  if (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0) k--;
  if (!(k >= 2 && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k - 2)))) return false;
  if (isDigit(text.charCodeAt(k - 3))) return false;
  // Cited: `Kamerstuk(ken)` stands before the dossier on its line. A dossier line's title may be an acronym
  // (`28 676 NAVO`, `32 317 JBZ-Raad`).
  const before = text.slice(Math.max(0, k - 2 - CITED_REACH), k - 2);
  const cited = before.lastIndexOf('amerstuk');
  return cited >= 0 && !before.includes('\n', cited);
}

/** How far before a dossier `Kamerstukken I, 2017/18` may start. */
const CITED_REACH = 40;

/**
 * Is `at` right after `nr.` and a space (`nr. AA`, `nr.B`), or after `letter` (`EK 32 043, letter AA`, 266)?
 * Read by codes: this runs for every acronym hit.
 */
function afterNumberWord(text: string, at: number): boolean {
  let k = at;
  if (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  if (k < at && k >= 6 && text.startsWith('letter', k - 6))
    return k === 6 || !isAsciiLetter(text.charCodeAt(k - 7));
  return (
    k >= 3 &&
    text.charCodeAt(k - 1) === 46 && // .
    (text.charCodeAt(k - 2) | 32) === 114 && // r
    (text.charCodeAt(k - 3) | 32) === 110 && // n
    (k === 3 || !isAsciiLetter(text.charCodeAt(k - 4)))
  );
}

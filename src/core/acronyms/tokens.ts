/**
 * Acronym token finder: which tokens of a text are acronyms, with their offsets in the
 * searched string. Pure string work; the caller maps offsets back to the original.
 *
 * Decisions (see `tests/core/acronyms/tokens.test.ts` for the real examples):
 * - All-caps tokens of 2–5 letters are acronyms (`NAVO`, `UDCG`, `EZK`); longer unknown
 *   all-caps words are headings or emphasis (`BESLUITEN`, `ARTIKEL`) unless the glossary or
 *   the document defines them (`STRAIIK-D`, `MINUSMA`).
 * - Mixed case with at least two capitals and no more lower-case than capitals is an
 *   acronym (`IenW`, `AMvB`, `PvdA`, `SodM`); brand names have more lower case (`ProRail`).
 *   Title-case and lower-case forms only count when known exactly (`Woo`, `Wob`, `bbp`, `sms`):
 *   otherwise every sentence-initial word would be a candidate.
 * - Chemical formulas and units (`CO2`, `NOx`, `MW`, `GWh`) are not acronyms.
 * - Compounds: the acronym part counts (`NAVO-Top` → `NAVO`); a known or defined whole wins
 *   (`SARS-CoV-2`, `BNC-fiche`, `D-SII`); a single capital glued by a hyphen to an acronym
 *   belongs to it (`I-MDO`, `STRAIIK-D`). Digits after a hyphen are not part of it (`CAF-11.3` → `CAF`).
 * - Plural and possessive endings are dropped (`BO's` → `BO`, `GGD'en` → `GGD`, `VVD'ers` → `VVD`).
 * - Not acronyms: single letters, roman numerals (`II`, `IIIA`, `XIII`), road numbers (`A27`),
 *   runs of three or more all-caps words on one line (`BRIEF VAN DE MINISTER VAN DEFENSIE`), and
 *   the letter that numbers an Eerste Kamer paper before its kind line, even when it spells a
 *   known acronym (`AO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG` is paper 32 813 AO, no algemeen overleg).
 */

export interface TokenHit {
  /** The acronym as reported (`NAVO`, `I-MDO`, `BO`). */
  abbr: string;
  start: number;
  end: number;
}

/** What the finder may ask about a token: is it a known abbreviation (glossary or in-text definition)? */
export type IsKnown = (abbr: string) => boolean;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Tokens: letters/digits, `&` between them (`S&D`, `I&W`), trailing `+` (`SDE++`), single
 * hyphens between word characters, and an optional plural/possessive ending.
 * Every alternative starts with a different character class, so matching is linear.
 */
const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}]|&(?=[\p{L}\p{N}])|-(?=[\p{L}\p{N}])|\+(?![\p{L}\p{N}]))*(?:['’](?:s|en|ers|er)(?![\p{L}\p{N}]))?/gu;

/** Chemical formulas and units written in capitals: never acronyms. */
const NOT_ACRONYMS = new Set([
  'CO',
  'CO2',
  'NO2',
  'NOx',
  'SO2',
  'CH4',
  'NH3',
  'N2O',
  'H2',
  'H2O',
  'O2',
  'O3',
  'PM10',
  'PM2',
  'MW',
  'GW',
  'TW',
  'KW',
  'MWh',
  'GWh',
  'TWh',
  'PJ',
  'GJ',
  'TJ',
  'EJ',
  'Mt',
  'MHz',
  'GHz',
  'KB',
  'MB',
  'GB',
  'TB',
  'Mbps',
  // Emphasis and note words that letters print in capitals.
  'NB',
  'PS',
  'NIET',
  'GEEN',
  'WEL',
  'LET',
  'OP',
  'EN',
  'OF',
  'DE',
  'HET',
  'EEN',
  'VAN',
  'IN',
  'TE',
  'AAN',
  'BIJ',
  'MET',
  'NOOT',
  'ZIE',
]);

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** `II`, `XIII`, `IIIA` (budget chapter suffixes): roman numerals with an optional letter. */
export function isRomanNumeral(s: string): boolean {
  if (!s) return false;
  if (ROMAN.test(s)) return true;
  const head = s.slice(0, -1);
  return head.length >= 2 && /[A-D]$/.test(s) && ROMAN.test(head);
}

/**
 * Capitals in `s` when it is plain ASCII (where `\p{Lu}` is exactly A-Z), -1 otherwise: lets the
 * finder drop the common words (`de`, `Het`) without running Unicode regexes over every letter.
 */
function asciiCapitals(s: string): number {
  let caps = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) caps++;
  }
  return caps;
}

interface Counts {
  upper: number;
  lower: number;
  digits: number;
  letters: number;
}

/** Capitals, lower-case letters and digits in `s`; ASCII by character code, the rest by Unicode property. */
function counts(s: string): Counts {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c >= 48 && c <= 57) digits++;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (UPPER.test(ch)) upper++;
    else if (LOWER.test(ch)) lower++;
    else if (DIGIT.test(ch)) digits++;
  }
  return { upper, lower, digits, letters: upper + lower };
}

/** `re.test(ch)` for one UTF-16 unit, decided by `ascii` below 128 without calling the regex. */
function charIs(ch: string, re: RegExp, ascii: (c: number) => boolean): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? ascii(c) : re.test(ch);
}
const asciiUpper = (c: number) => c >= 65 && c <= 90;
const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const asciiWordChar = (c: number) => asciiLetter(c) || (c >= 48 && c <= 57);

/**
 * Is this single part (no hyphen) an acronym by its shape or because it is known?
 * `known` is consulted first: the glossary and the document's own definitions win over shape rules.
 */
export function isAcronymPart(part: string, known: IsKnown): boolean {
  if (!part || NOT_ACRONYMS.has(part)) return false;
  if (known(part)) return true;
  if (!charIs(part[0] as string, LETTER, asciiLetter)) return false;
  if (isRomanNumeral(part)) return false;
  const c = counts(part); // `&` (`S&D`) counts as neither
  if (c.digits > 0) return false; // letters+digits are only acronyms when known (D66, G20); A27 is a road
  if (c.upper < 2) return false;
  if (c.lower === 0) return c.letters <= 5;
  return charIs(part[0] as string, UPPER, asciiUpper) && c.lower <= c.upper;
}

/** A part of a compound: its text and offset. */
interface Part {
  text: string;
  start: number;
}

function splitParts(token: string, offset: number): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (let i = 0; i <= token.length; i++) {
    if (i === token.length || token[i] === '-') {
      if (i > start) parts.push({ text: token.slice(start, i), start: offset + start });
      start = i + 1;
    }
  }
  return parts;
}

const MAX_TOKEN = 80;
const POSSESSIVE = /['’](?:s|en|ers|er)$/;
const ALL_CAPS_WORD = /^[\p{Lu}]+(?:-[\p{Lu}]+)*$/u;

/**
 * Every acronym token in `text`, in order.
 *
 * `fewCapitalKnown` lists every string with fewer than two capitals that `known` may accept
 * (`bbp`, `Woo`, `D66`; see `fewCapitalSpellings`). With it, only the words that can hold an
 * acronym are tokenized: those with two capitals close together or one of those strings
 * (`candidatePattern`). Without it every word is (slower, same result).
 */
export function findAcronymTokens(
  text: string,
  known: IsKnown,
  fewCapitalKnown: readonly string[] | null = null,
): TokenHit[] {
  const inHeading = headingChecker(text, known);
  const hits: TokenHit[] = [];
  const take = (raw: string, offset: number) => {
    // No real word that carries an acronym is this long; skipping keeps garbage input cheap.
    if (raw.length > MAX_TOKEN) return;
    let token = raw;
    // The possessive pattern needs an apostrophe: most tokens have none.
    if (token.includes("'") || token.includes('’')) {
      const suffix = POSSESSIVE.exec(token);
      if (suffix) token = token.slice(0, suffix.index);
    }
    const found = acronymsInToken(token, offset, known);
    for (let x = 0; x < found.length; x++) {
      const hit = found[x] as TokenHit;
      if (!known(hit.abbr) && inHeading(hit.start)) continue;
      if (isPaperLetter(text, hit.start)) continue;
      hits.push(hit);
    }
  };

  TOKEN.lastIndex = 0;
  if (!fewCapitalKnown) {
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) take(m[0], m.index);
    return hits;
  }
  // Tokens are found by one left-to-right TOKEN scan. `synced` is a place where that scan is
  // known to stand (0, or the end of a token taken), so it can resume there and find the very
  // same tokens; so can any place after a character that no token contains.
  let synced = 0;
  const candidates = candidatePattern(fewCapitalKnown);
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c; c = candidates.exec(text)) {
    const candidateEnd = c.index + c[0].length;
    let from = c.index;
    while (from > synced && mayBeInToken(text.charCodeAt(from - 1))) from--;
    // Take every token that overlaps the candidate.
    TOKEN.lastIndex = from;
    for (;;) {
      const m = TOKEN.exec(text);
      if (!m) {
        synced = text.length;
        break;
      }
      synced = TOKEN.lastIndex;
      take(m[0], m.index);
      if (synced >= candidateEnd) break;
    }
    if (candidates.lastIndex < synced) candidates.lastIndex = synced;
  }
  return hits;
}

/** Can this UTF-16 code unit be part of a token? Exact for ASCII, `true` for the rest (safe side). */
function mayBeInToken(code: number): boolean {
  if (code >= 128) return true;
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 38 || // &
    code === 45 || // -
    code === 43 || // +
    code === 39 // '
  );
}

/**
 * Possibly a capital (`\p{Lu}`): A-Z, Latin-1 À–Þ, and every other character from U+0100 on,
 * except U+2000–U+20FF (punctuation, currency: `’`, `–`, `€`), which hold no capitals. Astral
 * capitals start with a high surrogate, which this covers. Plain character classes keep the
 * candidate pattern as fast as a plain ASCII pattern; Unicode property escapes are ~30× slower.
 */
const MAYBE_CAPITAL = '[A-Z\\xc0-\\xde\\u0100-\\u1fff\\u2100-\\uffff]';
/** Anything but A-Z that may stand between two capitals of one token: other word characters, `&`, `+`, `-`. */
const BETWEEN_CAPITALS = '[a-z0-9&+\\-\\x80-\\uffff]*';

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * Where acronyms can be: a superset of the tokens that `acronymsInToken` finds anything in.
 * Such a token has a part with two capitals (`NAVO`, `IenW`, `EU2`) or a known spelling made of
 * whole parts; known spellings with two capitals have two capitals with only token characters
 * between them, the others are in `fewCapitalKnown`, found as whole words (`bbp`, `Woo-verzoek`).
 * Matches may also be false alarms (`«De`): the caller tokenizes around each match and applies
 * the full rules, so only the speed depends on how few there are.
 */
export function candidatePattern(fewCapitalKnown: readonly string[]): RegExp {
  let re = patterns.get(fewCapitalKnown);
  if (re) return re;
  const alternatives = [MAYBE_CAPITAL + BETWEEN_CAPITALS + MAYBE_CAPITAL];
  const wordStart: string[] = [];
  const other: string[] = [];
  for (const form of fewCapitalKnown) {
    if (!form) continue;
    (/^[A-Za-z0-9]/.test(form) ? wordStart : other).push(form);
  }
  // `\b` (ASCII) is much faster here than a lookbehind; it misses only a known word right after
  // `_`, which is not a token character, so that case gets its own branch.
  const end = '(?![A-Za-z0-9])';
  if (wordStart.length) alternatives.push(`(?:\\b|_)${trieAlternation(wordStart)}${end}`);
  if (other.length) alternatives.push(`${trieAlternation(other)}${end}`);
  re = new RegExp(alternatives.join('|'), 'g');
  patterns.set(fewCapitalKnown, re);
  return re;
}

type TrieNode = Map<string, TrieNode>;

/**
 * The words as one pattern that shares their prefixes (`bbp|bnp|btw` → `b(?:bp|np|tw)`): the
 * regex engine tries alternatives one by one, so a flat list of 80 words costs twice as much.
 */
export function trieAlternation(words: readonly string[]): string {
  const END = '';
  const root: TrieNode = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  const emit = (node: TrieNode): string => {
    const branches: string[] = [];
    let ends = false;
    for (const [ch, next] of node) {
      if (ch === END) ends = true;
      else branches.push(escapeRegExp(ch) + emit(next));
    }
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return ends ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** JavaScript's `\s`, without a regex call per character. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
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

/**
 * A heading is a run of three or more all-caps words on one line, not all of them known
 * abbreviations (`BRIEF VAN DE MINISTER VAN DEFENSIE`); acronym-shaped words inside it are not
 * acronyms. Words are separated by whitespace; a comma, colon or semicolon may trail a word, and
 * a word ending in a colon or semicolon closes its run.
 *
 * Returns a test "does the hit starting at `at` lie in a heading?". It looks only at the words
 * around the hit, and remembers the last word and run, so asking for hits in order is linear.
 */
export function headingChecker(text: string, known: IsKnown): (at: number) => boolean {
  let wordStart = -1;
  let wordEnd = -1;
  let wordIsHeading = false;
  let runStart = -1;
  let runEnd = -1;
  let runIsHeading = false;
  const n = text.length;
  const startOfWord = (i: number) => {
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    return i;
  };
  const endOfWord = (i: number) => {
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    return i;
  };
  /** The word without trailing `,:;` when it is all caps, else null. */
  const capsWord = (s: number, e: number): string | null => {
    const first = text.charCodeAt(s);
    // Most words start with a lower-case letter or a digit: not all caps, no need to strip or test them.
    if (first < 128 && (first < 65 || first > 90)) return null;
    let end = e;
    for (let c = text.charCodeAt(end - 1); c === 44 || c === 58 || c === 59; c = text.charCodeAt(end - 1))
      end--;
    // ALL_CAPS_WORD for plain ASCII: runs of A-Z joined by single hyphens.
    let afterHyphen = true;
    for (let i = s; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        const word = text.slice(s, end);
        return ALL_CAPS_WORD.test(word) ? word : null;
      }
      if (c >= 65 && c <= 90) afterHyphen = false;
      else if (c === 45 && !afterHyphen) afterHyphen = true;
      else return null;
    }
    return afterHyphen ? null : text.slice(s, end);
  };
  const closesRun = (e: number) => {
    const last = text.charCodeAt(e - 1);
    return last === 58 || last === 59; // `:` or `;`
  };

  return (at) => {
    if (at < wordStart || at >= wordEnd) {
      wordStart = startOfWord(at);
      wordEnd = endOfWord(at);
      wordIsHeading = inHeadingRun();
    }
    return wordIsHeading;
  };

  /** Is the word at `wordStart`–`wordEnd` part of a heading run? */
  function inHeadingRun(): boolean {
    if (wordStart >= runStart && wordEnd <= runEnd) return runIsHeading;
    const word = capsWord(wordStart, wordEnd);
    if (word === null) return false;
    let count = 1;
    let allKnown = known(word);
    // Words before it on the same line.
    runStart = wordStart;
    for (;;) {
      let gap = runStart;
      while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1)) && text.charCodeAt(gap - 1) !== 10) gap--;
      if (gap === 0 || gap === runStart || text.charCodeAt(gap - 1) === 10) break;
      if (closesRun(gap)) break;
      const s = startOfWord(gap);
      const w = capsWord(s, gap);
      if (w === null) break;
      count++;
      allKnown &&= known(w);
      runStart = s;
    }
    // Words after it on the same line.
    runEnd = wordEnd;
    while (!closesRun(runEnd)) {
      let gap = runEnd;
      while (gap < n && isSpaceCode(text.charCodeAt(gap)) && text.charCodeAt(gap) !== 10) gap++;
      if (gap === n || gap === runEnd || text.charCodeAt(gap) === 10) break;
      const e = endOfWord(gap);
      const w = capsWord(gap, e);
      if (w === null) break;
      count++;
      allKnown &&= known(w);
      runEnd = e;
    }
    runIsHeading = count >= 3 && !allKnown;
    return runIsHeading;
  }
}

/**
 * An Eerste Kamer paper is numbered with letters written before its kind line: `B VOORLOPIG VERSLAG`,
 * `AO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `C MEMORIE VAN ANTWOORD`, `B HERDRUK1 VOORLOPIG VERSLAG`.
 * Sticky: tried only where a line's first word starts.
 */
const PAPER_LETTER =
  /[A-Z]{1,3}[ \t]+(?=(?:HERDRUK\d{0,2}[ \t]+)?(?:VOORLOPIG|NADER|TWEEDE|DERDE|EIND)?[ \t]*(?:VERSLAG|MEMORIE|BRIEF|NOTA|MOTIE|AMENDEMENT|ADVIES|EINDVERSLAG|GEWIJZIGD|VOORSTEL|LIJST)\b)/y;

/** Does a paper letter (see PAPER_LETTER) start at `at`, the first word of its line? */
export function isPaperLetter(text: string, at: number): boolean {
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

/** The acronyms inside one token (a word or a hyphenated compound). */
export function acronymsInToken(token: string, offset: number, known: IsKnown): TokenHit[] {
  const hyphen = token.includes('-');
  const caps = asciiCapitals(token);
  if (!hyphen && (caps === 0 || (caps < 0 && !UPPER.test(token))) && !known(token)) {
    // Fast path: lower-case words are acronyms only when known as such (`bbp`, `sms`).
    return [];
  }
  if (!hyphen) {
    // One part: no compounds to try; a word with fewer than two capitals is an acronym only when known.
    if (caps >= 0 && caps < 2 && !known(token)) return [];
    const hit = acronymInPart({ text: token, start: offset }, known);
    return hit ? [hit] : [];
  }
  const parts = splitParts(token, offset);
  const hits: TokenHit[] = [];
  let i = 0;
  while (i < parts.length) {
    // A known or defined multi-part form wins: `SARS-CoV-2`, `COVID-19`, `BNC-fiche`, `D-SII`.
    let matched = false;
    // Known compounds have at most four parts; the bound keeps a 1 MB `a-a-a-…` linear.
    for (let j = Math.min(parts.length - 1, i + 3); j > i; j--) {
      const first = parts[i] as Part;
      const last = parts[j] as Part;
      const joined = token.slice(first.start - offset, last.start - offset + last.text.length);
      if (known(joined)) {
        hits.push({ abbr: joined, start: first.start, end: last.start + last.text.length });
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const part = parts[i] as Part;
    const next = parts[i + 1];
    // A single capital glued to an acronym belongs to it: `I-MDO`, `STRAIIK-D`.
    if (next && isSingleCapital(part.text) && isAllCapsAcronym(next.text, known)) {
      hits.push({ abbr: `${part.text}-${next.text}`, start: part.start, end: next.start + next.text.length });
      i += 2;
      continue;
    }
    if (next && isAllCapsAcronym(part.text, known) && isSingleCapital(next.text)) {
      hits.push({ abbr: `${part.text}-${next.text}`, start: part.start, end: next.start + next.text.length });
      i += 2;
      continue;
    }
    const hit = acronymInPart(part, known);
    if (hit) hits.push(hit);
    i++;
  }
  return hits;
}

function isSingleCapital(s: string): boolean {
  return s.length === 1 && charIs(s, UPPER, asciiUpper);
}

function isAllCapsAcronym(s: string, known: IsKnown): boolean {
  if (s.length < 2) return false;
  const c = counts(s);
  return c.lower === 0 && c.digits === 0 && isAcronymPart(s, known);
}

const LETTERS_THEN_DIGITS = /^(\p{Lu}{2,})\p{N}+$/u;
const LETTERS_THEN_S = /^(\p{Lu}{2,})s$/u;

function acronymInPart(part: Part, known: IsKnown): TokenHit | null {
  const { text } = part;
  if (!charIs(text[0] as string, WORD_CHAR, asciiWordChar)) return null;
  if (isAcronymPart(text, known)) return { abbr: text, start: part.start, end: part.start + text.length };
  // Footnote digits glued to an acronym (`EU2`): the letters are the acronym,
  // unless the letters+digits form is a formula (`CO2`, checked above via NOT_ACRONYMS).
  if (NOT_ACRONYMS.has(text)) return null;
  // Both patterns below end in a digit or an `s`: other ASCII endings need neither.
  const last = text.charCodeAt(text.length - 1);
  if (last < 128 && last !== 115 && (last < 48 || last > 57)) return null;
  const m = LETTERS_THEN_DIGITS.exec(text);
  if (m && isAcronymPart(m[1] as string, known)) {
    const letters = m[1] as string;
    return { abbr: letters, start: part.start, end: part.start + letters.length };
  }
  // Plural without apostrophe: `NGOs` → `NGO`.
  const plural = LETTERS_THEN_S.exec(text);
  if (plural && isAcronymPart(plural[1] as string, known)) {
    const letters = plural[1] as string;
    return { abbr: letters, start: part.start, end: part.start + letters.length };
  }
  return null;
}

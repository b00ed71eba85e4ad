/**
 * Acronym token finder: which tokens of a text are acronyms, with their offsets in the
 * searched string. Pure string work; the caller maps offsets back to the original.
 *
 * Decisions (see `tests/core/acronyms/tokens.test.ts` for the real examples):
 * - All-caps tokens of 2–5 letters are acronyms (`NAVO`, `UDCG`, `EZK`); longer unknown
 *   all-caps words are headings or emphasis (`BESLUITEN`, `ARTIKEL`) unless the glossary or
 *   the document defines them (`STRAIIK-D`, `MINUSMA`).
 * - Mixed case with at least two capitals and no more lower-case than capitals is an
 *   acronym (`IenW`, `AMvB`, `PvdA`, `SodM`), and so is one lower-case letter before capitals
 *   (`iCAS`, `eID`, `mRNA`); brand names have more lower case (`ProRail`).
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

import { isAsciiLetter, isAsciiUpper, isDigit, isWhiteSpace } from '../text/chars';
import { asciiCapitals } from './capitals';
import { candidateFinder, mayBeInToken } from './candidates';
import { HeadingRuns, isPaperLetter, type IsKnown } from './headings';
import { TokenReader } from './token-reader';

export interface TokenHit {
  /** The acronym as reported (`NAVO`, `I-MDO`, `BO`). */
  abbr: string;
  start: number;
  end: number;
}

export type { IsKnown } from './headings';

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

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
  // Not `KB`: in a paper it is a koninklijk besluit (`het ontwerp-KB`, 330), which the glossary explains.
  'MB',
  'GB',
  'TB',
  'Mbps',
  // Emphasis and note words that letters print in capitals. Not `PS`: in a paper it is Provinciale Staten
  // (`bij de PS- en EU-verkiezingen`, 2315), which the glossary explains; a postscript is no part of a Kamerbrief.
  'NB',
  'NIET',
  'GEEN',
  'WEL',
  // `«Nederland zegt JA»` (2140).
  'JA',
  'NEE',
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
  // Model names in capitals: `Boeing 737-MAX` (138).
  'MAX',
  // A brand written like `iCAS`.
  'iDEAL',
]);

// Up to 49: the articles of a long bill run to `XL` and `XLI` (780). Not from L on: `LIV` is the
// lage-inkomensvoordeel (665).
const ROMAN = /^(?:XL|X{0,3})(?:IX|IV|V?I{0,3})$/;
/**
 * From C on, three letters or more: the Eerste Kamer numbers its own dossiers so, heading a paper on a line of their
 * own, `CXIX Verslag van een werkbezoek …` (2604), `CII` (2581). Not `CV`, `CC`, `CD` (glossary words win anyway).
 */
const HUNDREDS = /^C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** `II`, `XIII`, `IIIA` (budget chapter suffixes), `XLI`: roman numerals with an optional letter. */
export function isRomanNumeral(s: string): boolean {
  if (!s) return false;
  // The patterns accept only I, V, X, L and C, and a last A-D: any other character decides at once.
  if (!onlyRomanLetters(s)) return false;
  if (ROMAN.test(s) || (s.length >= 3 && HUNDREDS.test(s))) return true;
  const head = s.slice(0, -1);
  return head.length >= 2 && /[A-D]$/.test(s) && ROMAN.test(head);
}

/** A roman numeral without a letter after it: `IV`, `XIII`, not `IIIA`. */
export function isPlainRomanNumeral(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return last !== 65 && last !== 66 && last !== 68 && isRomanNumeral(s); // not A, B, D (C is a numeral)
}

/** Is `s` made of I, V, X, L and C, except for a last letter that may also be A-D? */
export function onlyRomanLetters(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i < last; i++) {
    const c = s.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67) return false; // I V X L C
  }
  const c = s.charCodeAt(last);
  return c === 73 || c === 86 || c === 88 || c === 76 || (c >= 65 && c <= 68); // I V X L, A-D
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
const asciiWordChar = (c: number) => isAsciiLetter(c) || isDigit(c);

/**
 * Is this single part (no hyphen) an acronym by its shape or because it is known?
 * `known` is consulted first: the glossary and the document's own definitions win over shape rules.
 */
export function isAcronymPart(part: string, known: IsKnown): boolean {
  if (!part || NOT_ACRONYMS.has(part)) return false;
  if (known(part)) return true;
  if (!charIs(part[0] as string, LETTER, isAsciiLetter)) return false;
  if (isRomanNumeral(part)) return false;
  const c = counts(part); // `&` (`S&D`) counts as neither
  if (c.digits > 0) return false; // letters+digits are only acronyms when known (D66, G20); A27 is a road
  if (c.upper < 2) return false;
  if (c.lower === 0) return c.letters <= 5;
  if (c.lower === 1 && isLowerThenCapitals(part)) return true;
  return (
    charIs(part[0] as string, UPPER, isAsciiUpper) &&
    c.lower <= c.upper &&
    !isWordThenCapitals(part) &&
    !isCapitalsThenWord(part)
  );
}

/**
 * Capitals with a capitalized word of four letters or more glued after them: `ABDTOPConsult` (695), a name;
 * a short form's lower case stands between its capitals (`IenW`, `PvdA`).
 */
function isCapitalsThenWord(part: string): boolean {
  let i = part.length;
  while (i > 0 && part.charCodeAt(i - 1) >= 97 && part.charCodeAt(i - 1) <= 122) i--;
  // part[i - 1] is the word's capital, the capitals before it at least two.
  if (part.length - i < 3 || i < 3) return false;
  for (let k = 0; k < i; k++) if (!isAsciiUpper(part.charCodeAt(k))) return false;
  return true;
}

/**
 * A capitalized word of four letters or more with capitals glued on: `TeamNL` (556), a name, as `InvestEU`;
 * not a short form, which has its capitals first (`PvdA`, `BuZa`).
 */
function isWordThenCapitals(part: string): boolean {
  let i = 1;
  while (i < part.length && part.charCodeAt(i) >= 97 && part.charCodeAt(i) <= 122) i++;
  if (i < 4 || part.length - i < 2) return false;
  for (let k = i; k < part.length; k++) if (!isAsciiUpper(part.charCodeAt(k))) return false;
  return true;
}

/**
 * One lower-case ASCII letter before the capitals: `iCAS` (191), `eID`, `mRNA`. The letter is a prefix
 * of the acronym (interim, electronic, messenger); words with more lower case (`eHerkenning`) are names.
 */
function isLowerThenCapitals(part: string): boolean {
  const first = part.charCodeAt(0);
  return first >= 97 && first <= 122 && isAsciiUpper(part.charCodeAt(1));
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
  const found: Found = {
    text,
    known,
    hits: [],
    judged: new Map(),
    headings: new HeadingRuns(text, known),
  };
  const reader = new TokenReader(text);
  if (!fewCapitalKnown) {
    for (let at = 0; reader.next(at); at = reader.end) take(found, reader.start, reader.end);
    return found.hits;
  }
  // Tokens are found by one left-to-right TOKEN scan. `synced` is a place where that scan is
  // known to stand (0, or the end of a token taken), so it can resume there and find the very
  // same tokens; so can any place after a character that no token contains.
  let synced = 0;
  const candidates = candidateFinder(fewCapitalKnown);
  for (let at = 0; candidates.find(text, at);) {
    const candidateEnd = candidates.end;
    let from = candidates.start;
    while (from > synced && mayBeInToken(text.charCodeAt(from - 1))) from--;
    // Take every token that overlaps the candidate.
    for (;;) {
      if (!reader.next(from)) {
        synced = text.length;
        break;
      }
      synced = reader.end;
      take(found, reader.start, reader.end);
      if (synced >= candidateEnd) break;
      from = synced;
    }
    // The pattern's next search starts after its match, or after the tokens taken when they end later.
    at = candidateEnd < synced ? synced : candidateEnd;
  }
  return found.hits;
}

/** A hit inside one token, offsets relative to the token, and whether `known` accepts it. */
interface JudgedHit extends TokenHit {
  known: boolean;
}

/**
 * The hits found so far and what finding more needs. A plain object and module functions rather
 * than closures or a class: the compiled code then serves every document.
 */
interface Found {
  readonly text: string;
  readonly known: IsKnown;
  readonly hits: TokenHit[];
  /**
   * Tokens repeat (`NAVO` hundreds of times in a long paper) and `known` is fixed for the call, so
   * each distinct token is judged once; its hits are kept relative to the token's start.
   */
  readonly judged: Map<string, readonly JudgedHit[]>;
  readonly headings: HeadingRuns;
}

/** Adds the acronyms of the token `text[start, end)`. */
function take(found: Found, start: number, end: number): void {
  // No real word that carries an acronym is this long; skipping keeps garbage input cheap.
  if (end - start > MAX_TOKEN) return;
  const glued = afterSectionNumber(found.text, start, end);
  if (glued > start) return take(found, glued, end);
  const raw = found.text.slice(start, end);
  let judged = found.judged.get(raw);
  if (!judged) found.judged.set(raw, (judged = judgeToken(raw, found.known)));
  for (let x = 0; x < judged.length; x++) {
    const hit = judged[x] as JudgedHit;
    const at = start + hit.start;
    if ((!hit.known || DUTCH_WORDS.has(hit.abbr)) && found.headings.contains(at)) continue;
    if (isPaperLetter(found.text, at)) continue;
    if (hit.start === 0 && afterLetterAndSlash(found.text, at)) continue;
    if (isTitleWithDot(found.text, hit.abbr, start + hit.end)) continue;
    if (isLicenceCategory(found.text, hit.abbr, at, start + hit.end)) continue;
    found.hits.push({ abbr: hit.abbr, start: at, end: start + hit.end });
  }
}

/**
 * Where the heading starts in a token that a table of contents glued to its section number: `1.4AC-procedure6` (590),
 * `6.3HIV/aids15` (2162), the number's last digits, then capitals. `start` when the token is none such: it starts
 * with a digit after a digit and a full stop.
 */
function afterSectionNumber(text: string, start: number, end: number): number {
  if (!isDigit(text.charCodeAt(start)) || text.charCodeAt(start - 1) !== 46 /* . */) return start;
  if (!isDigit(text.charCodeAt(start - 2))) return start;
  let at = start + 1;
  while (at < end && isDigit(text.charCodeAt(at))) at++;
  return at - start <= 2 && isAsciiUpper(text.charCodeAt(at)) && isAsciiUpper(text.charCodeAt(at + 1))
    ? at
    : start;
}

/**
 * Known short forms that are Dutch words as well: in an all-caps heading they are the words, `VERMOGEN OM TE
 * LATEN ZIEN` (1791); elsewhere the short forms (`het OM`, `de ER`).
 */
const DUTCH_WORDS = new Set(['OM', 'ER', 'IS', 'WIJ']);

/**
 * Titles before a name, written with a full stop, that spell a short form without it: `Mw. De Visser` (773) is
 * mevrouw, where `de Mededingingswet (Mw)` (1480) is the law.
 */
const TITLES_WITH_DOT = new Set(['Mw']);

/** Is the hit `abbr`, ending at `end`, a title that a full stop follows (`Mw.`)? */
function isTitleWithDot(text: string, abbr: string, end: number): boolean {
  return text.charCodeAt(end) === 46 /* . */ && TITLES_WITH_DOT.has(abbr);
}

/**
 * Driving licence categories with two capitals or more: codes, not short forms (`het rijbewijs A en AM`, 1727).
 * The ones with a digit (`A1`, `C1E`) are no acronyms by their shape anyway.
 */
const LICENCE_CATEGORIES = new Set(['AM', 'BE', 'CE']);

/** Words that name licences or their categories, before a list of categories: `rijbewijs`, `rijbewijscategorieën`. */
const LICENCE_WORD = /(?:^|[^\p{L}])(?:rijbewijs|rijbewijzen|rijbewijscategorie(?:ën)?)$/iu;

/** A category code or a word joining them (`A`, `C1`, `en`, `of`), in a list after a licence word. */
const LIST_ITEM = /^(?:[A-D][A-EM]?1?E?|en|of)$/;

/**
 * Is the hit `abbr` at `at`–`end` a driving licence category: after a licence word and a list of categories
 * (`rijbewijs A en AM`, 1727), or before `-rijbewijs` (`het AM-rijbewijs`)?
 */
function isLicenceCategory(text: string, abbr: string, at: number, end: number): boolean {
  if (!LICENCE_CATEGORIES.has(abbr)) return false;
  if (text.slice(end, end + 10).toLowerCase() === '-rijbewijs') return true;
  // The words before, back to the licence word: at most a short list of categories and conjunctions.
  const before = text.slice(Math.max(0, at - 60), at).split(/[\s,/]+/);
  if (before[before.length - 1] === '') before.pop();
  for (let k = before.length - 1, items = 0; k >= 0 && items <= 6; k--, items++) {
    const word = before[k] as string;
    if (LICENCE_WORD.test(word)) return true;
    if (!LIST_ITEM.test(word)) return false;
  }
  return false;
}

/**
 * Does `at` follow a lone capital and a slash? Then the two make one short form, `O/GS` (opzet/grove schuld,
 * 939), and what follows the slash is no acronym of its own (the glossary's `GS` is another thing).
 */
function afterLetterAndSlash(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 47 /* / */) return false;
  if (!isAsciiUpper(text.charCodeAt(at - 2))) return false;
  // The capital stands alone: after a space, a bracket or the start, not in `S&D/DUI` (02).
  if (at < 3) return true;
  const before = text.charCodeAt(at - 3);
  return before === 40 /* ( */ || isWhiteSpace(before);
}

/** The acronyms in one token, offsets relative to it, before the heading and paper-letter checks. */
function judgeToken(raw: string, known: IsKnown): JudgedHit[] {
  let token = raw;
  // The possessive pattern needs an apostrophe: most tokens have none.
  if (token.includes("'") || token.includes('’')) {
    const suffix = POSSESSIVE.exec(token);
    if (suffix) token = token.slice(0, suffix.index);
  }
  const hits = acronymsInToken(token, 0, known);
  const judged: JudgedHit[] = [];
  for (let i = 0; i < hits.length; i++) judged.push(judgedHit(hits[i] as TokenHit, known));
  return judged;
}

/** A plain loop and this function instead of a `map` callback made per token: no closure per call. */
function judgedHit(hit: TokenHit, known: IsKnown): JudgedHit {
  return { abbr: hit.abbr, start: hit.start, end: hit.end, known: known(hit.abbr) };
}

/** The acronyms inside one token (a word or a hyphenated compound). */
export function acronymsInToken(token: string, offset: number, known: IsKnown): TokenHit[] {
  // `zoals NAVO+ of Europese Unie` (2763), `lhbti+`: a plus after a known short form is no part of it (the others it
  // takes in), unless the glossary spells it so (`SDE++`).
  const bare = knownBeforePlus(token, known);
  if (bare) return [{ abbr: bare, start: offset, end: offset + bare.length }];
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
      // A title may capitalize the noun: `het BNC-Fiche` (1935) is the known `BNC-fiche`.
      const spelled = known(joined) ? joined : knownWithNounInLowerCase(joined, known);
      if (spelled !== null) {
        hits.push({ abbr: spelled, start: first.start, end: last.start + last.text.length });
        i = j + 1;
        matched = true;
        break;
      }
      // Its plural: `BNC-fiches` is the known `BNC-fiche` (187), as `NGOs` is `NGO`.
      if (joined.endsWith('s') && last.text.length > 2 && known(joined.slice(0, -1))) {
        hits.push({ abbr: joined.slice(0, -1), start: first.start, end: last.start + last.text.length - 1 });
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
    // Not inside a file code, where numbers stand around the letters: `kenmerk 08-DEF-B-155` (499); nor after a
    // known acronym, whose letter names a phase or a variant of it: `de DMP-E fase` (526) is the `DMP`.
    if (
      next &&
      isAllCapsAcronym(part.text, known) &&
      isSingleCapital(next.text) &&
      !isCodeNumber(parts[i + 2]) &&
      !known(part.text)
    ) {
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

/** A hyphen and a capitalized lower-case word: `-Fiche`. */
const TITLE_CASE_NOUN = /-([A-Z])(?=[a-z]{2,}(?:-|$))/g;

/** `BNC-Fiche` → `BNC-fiche` when that spelling is known; null otherwise (or when there is no such noun). */
function knownWithNounInLowerCase(joined: string, known: IsKnown): string | null {
  if (!joined.includes('-')) return null;
  const lowered = joined.replace(TITLE_CASE_NOUN, (_m, c: string) => `-${c.toLowerCase()}`);
  return lowered !== joined && known(lowered) ? lowered : null;
}

/** A part of digits only (`155` in `08-DEF-B-155`); false past the last part. */
function isCodeNumber(part: Part | undefined): boolean {
  if (!part) return false;
  for (let i = 0; i < part.text.length; i++) {
    const c = part.text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return part.text.length > 0;
}

function isSingleCapital(s: string): boolean {
  return s.length === 1 && charIs(s, UPPER, isAsciiUpper);
}

function isAllCapsAcronym(s: string, known: IsKnown): boolean {
  if (s.length < 2) return false;
  const c = counts(s);
  return c.lower === 0 && c.digits === 0 && isAcronymPart(s, known);
}

const LETTERS_THEN_DIGITS = /^(\p{Lu}{2,})\p{N}+$/u;
const LETTERS_THEN_S = /^(\p{Lu}{2,})s$/u;
/**
 * Two lower-case letters or more, then two to six capitals: `ontwerpKB`; two letters only when they are a word that
 * stands before a noun, its space left out (see `GLUED_SHORT_WORDS`).
 */
const LOWER_THEN_KNOWN = /^(\p{Ll}{2,})(\p{Lu}{2,6})$/u;

/**
 * Two-letter words a short form follows with its space left out: `De leden van deCDA-fractie` (2531). Not any two
 * letters: a lower-case letter or two before capitals may be a prefix of the name (`eID`, `nVWA`).
 */
const GLUED_SHORT_WORDS = new Set(['de', 'en', 'in', 'op', 'om', 'te', 'of', 'na']);

/** May `word` be the lower-case word a known short form is glued to (see LOWER_THEN_KNOWN)? */
function isGluedWord(word: string): boolean {
  return word.length > 2 || GLUED_SHORT_WORDS.has(word);
}
/**
 * Three to six capitals, then a lower-case word of four letters or more: `BESeiland` (995), `VINEXconvenanten`
 * (2511): a hyphen left out. Not two: a two-letter code glued to a word makes a name, `het werkprogramma NLsportraad`
 * (1393), as one glued after a word does (`TeamNL`, 556; `PostNL`); no short form of two capitals stands so in the
 * corpus.
 */
const KNOWN_THEN_LOWER = /^(\p{Lu}{3,6})\p{Ll}{4,}$/u;

/** The known short form `s` writes before its trailing pluses (`NAVO+` → `NAVO`), or null: none, or `s` known as written. */
function knownBeforePlus(s: string, known: IsKnown): string | null {
  if (s.charCodeAt(s.length - 1) !== 43 /* + */ || known(s)) return null;
  const bare = s.replace(/\++$/, '');
  return bare && known(bare) ? bare : null;
}

function acronymInPart(part: Part, known: IsKnown): TokenHit | null {
  const { text } = part;
  if (!charIs(text[0] as string, WORD_CHAR, asciiWordChar)) return null;
  // A part's plus, as a token's (see `acronymsInToken`): `de NAVO+-landen`.
  const bare = knownBeforePlus(text, known);
  if (bare) return { abbr: bare, start: part.start, end: part.start + bare.length };
  if (isAcronymPart(text, known)) return { abbr: text, start: part.start, end: part.start + text.length };
  // Footnote digits glued to an acronym (`EU2`): the letters are the acronym,
  // unless the letters+digits form is a formula (`CO2`, checked above via NOT_ACRONYMS).
  if (NOT_ACRONYMS.has(text)) return null;
  // A known short form glued to the lower-case word before it, its hyphen left out: `ontwerpKB` (906); or its
  // space, after a short word: `deCDA-fractie` (2531).
  const first = text.charCodeAt(0);
  const glued = first >= 97 && first <= 122 ? LOWER_THEN_KNOWN.exec(text) : null;
  if (glued && isGluedWord(glued[1] as string) && known(glued[2] as string)) {
    const caps = glued[2] as string;
    const at = part.start + text.length - caps.length;
    return { abbr: caps, start: at, end: at + caps.length };
  }
  // Or to the lower-case word after it: `BESeiland` (995).
  const before = isAsciiUpper(first) ? KNOWN_THEN_LOWER.exec(text) : null;
  if (before && known(before[1] as string)) {
    const caps = before[1] as string;
    return { abbr: caps, start: part.start, end: part.start + caps.length };
  }
  // Both patterns below end in a digit or an `s`: other ASCII endings need neither.
  const last = text.charCodeAt(text.length - 1);
  if (last < 128 && last !== 115 && (last < 48 || last > 57)) return null;
  const m = LETTERS_THEN_DIGITS.exec(text);
  // Two digits after capitals no source knows make a code, `ML10` of the military list (2763), not a note's number.
  const noteDigits = m ? text.length - (m[1] as string).length : 0;
  if (m && isAcronymPart(m[1] as string, known) && (noteDigits === 1 || known(m[1] as string))) {
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

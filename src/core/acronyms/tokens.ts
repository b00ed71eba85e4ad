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
import { isAsciiUpper, isDigit, isWhiteSpace } from '../text/chars';
import { candidateFinder, mayBeInToken } from './candidates';
import { HeadingRuns, isPaperLetter, type IsKnown } from './headings';
import { acronymsInToken } from './token-parts';
import { TokenReader } from './token-reader';

export interface TokenHit {
  /** The acronym as reported (`NAVO`, `I-MDO`, `BO`). */
  abbr: string;
  start: number;
  end: number;
}

export type { IsKnown } from './headings';

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

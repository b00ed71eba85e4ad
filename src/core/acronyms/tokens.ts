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

function counts(s: string): Counts {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (const ch of s) {
    if (UPPER.test(ch)) upper++;
    else if (LOWER.test(ch)) lower++;
    else if (DIGIT.test(ch)) digits++;
  }
  return { upper, lower, digits, letters: upper + lower };
}

/**
 * Is this single part (no hyphen) an acronym by its shape or because it is known?
 * `known` is consulted first: the glossary and the document's own definitions win over shape rules.
 */
export function isAcronymPart(part: string, known: IsKnown): boolean {
  if (!part || NOT_ACRONYMS.has(part)) return false;
  if (!LETTER.test(part[0] as string) && !known(part)) return false;
  if (known(part)) return true;
  if (isRomanNumeral(part)) return false;
  const c = counts(part.replace(/&/g, ''));
  if (c.digits > 0) return false; // letters+digits are only acronyms when known (D66, G20); A27 is a road
  if (c.upper < 2) return false;
  if (c.lower === 0) return c.letters <= 5;
  return UPPER.test(part[0] as string) && c.lower <= c.upper;
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
 * Spans (start, end) of all-caps words that belong to headings: runs of three or more
 * all-caps words on one line, of which not every word is a known abbreviation.
 */
export function headingSpans(text: string, known: IsKnown): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let run: Array<[number, number, string]> = [];
  const flush = () => {
    if (run.length >= 3 && !run.every(([, , w]) => known(w))) {
      for (const [s, e] of run) spans.push([s, e]);
    }
    run = [];
  };
  // Words separated by spaces; a comma or colon may trail a word; a line break ends a run.
  const WORD = /[^\s]+|\n/g;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (raw === '\n') {
      flush();
      continue;
    }
    // Most words start with a lower-case letter or a digit: not all caps, no need to strip or test them.
    const first = raw.charCodeAt(0);
    if (first < 128 && (first < 65 || first > 90)) {
      flush();
      continue;
    }
    const word = raw.replace(/[,:;]+$/, '');
    const letters = word.replace(/-/g, '');
    if (letters.length >= 1 && ALL_CAPS_WORD.test(word)) {
      run.push([m.index, m.index + word.length, word]);
      if (word.length < raw.length && /[;:]$/.test(raw)) flush();
    } else {
      flush();
    }
  }
  flush();
  return spans;
}

/**
 * An Eerste Kamer paper is numbered with letters written before its kind line: `B VOORLOPIG VERSLAG`,
 * `AO VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, `C MEMORIE VAN ANTWOORD`, `B HERDRUK1 VOORLOPIG VERSLAG`.
 * Anchored at a line start with bounded repetition: linear.
 */
const PAPER_LETTER =
  /(?:^|\n)[ \t]*([A-Z]{1,3})[ \t]+(?=(?:HERDRUK\d{0,2}[ \t]+)?(?:VOORLOPIG|NADER|TWEEDE|DERDE|EIND)?[ \t]*(?:VERSLAG|MEMORIE|BRIEF|NOTA|MOTIE|AMENDEMENT|ADVIES|EINDVERSLAG|GEWIJZIGD|VOORSTEL|LIJST)\b)/g;

/** Start offsets of the paper letters in `text` (see PAPER_LETTER). */
export function paperLetterStarts(text: string): Set<number> {
  const starts = new Set<number>();
  PAPER_LETTER.lastIndex = 0;
  for (let m = PAPER_LETTER.exec(text); m; m = PAPER_LETTER.exec(text)) {
    // Only a line break and spaces stand before the letters in the match.
    starts.add(m.index + m[0].indexOf(m[1] as string));
  }
  return starts;
}

/** Every acronym token in `text`, in order. */
export function findAcronymTokens(text: string, known: IsKnown): TokenHit[] {
  const paperLetters = paperLetterStarts(text);
  const headings = headingSpans(text, known);
  let h = 0;
  const hits: TokenHit[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let token = m[0];
    const offset = m.index;
    // No real word that carries an acronym is this long; skipping keeps garbage input cheap.
    if (token.length > MAX_TOKEN) continue;
    // The possessive pattern needs an apostrophe: most tokens have none.
    if (token.includes("'") || token.includes('’')) {
      const suffix = POSSESSIVE.exec(token);
      if (suffix) token = token.slice(0, suffix.index);
    }
    while (h < headings.length && (headings[h] as [number, number])[1] <= offset) h++;
    const found = acronymsInToken(token, offset, known);
    for (let x = 0; x < found.length; x++) {
      const hit = found[x] as TokenHit;
      if (inHeading(headings, h, hit.start, hit.end) && !known(hit.abbr)) continue;
      if (paperLetters.has(hit.start)) continue;
      hits.push(hit);
    }
  }
  return hits;
}

/** Lies `start`–`end` inside one of the heading spans from index `h` on? */
function inHeading(headings: Array<[number, number]>, h: number, s: number, e: number): boolean {
  for (let k = h; k < headings.length; k++) {
    const [hs, he] = headings[k] as [number, number];
    if (hs >= e) return false;
    if (s >= hs && e <= he) return true;
  }
  return false;
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
  return s.length === 1 && UPPER.test(s);
}

function isAllCapsAcronym(s: string, known: IsKnown): boolean {
  return s.length >= 2 && !LOWER.test(s) && !DIGIT.test(s) && isAcronymPart(s, known);
}

function acronymInPart(part: Part, known: IsKnown): TokenHit | null {
  const { text } = part;
  if (!WORD_CHAR.test(text[0] as string)) return null;
  if (isAcronymPart(text, known)) return { abbr: text, start: part.start, end: part.start + text.length };
  // Footnote digits glued to an acronym (`EU2`): the letters are the acronym,
  // unless the letters+digits form is a formula (`CO2`, checked above via NOT_ACRONYMS).
  if (NOT_ACRONYMS.has(text)) return null;
  const m = /^(\p{Lu}{2,})\p{N}+$/u.exec(text);
  if (m && isAcronymPart(m[1] as string, known)) {
    const letters = m[1] as string;
    return { abbr: letters, start: part.start, end: part.start + letters.length };
  }
  // Plural without apostrophe: `NGOs` → `NGO`.
  const plural = /^(\p{Lu}{2,})s$/u.exec(text);
  if (plural && isAcronymPart(plural[1] as string, known)) {
    const letters = plural[1] as string;
    return { abbr: letters, start: part.start, end: part.start + letters.length };
  }
  return null;
}

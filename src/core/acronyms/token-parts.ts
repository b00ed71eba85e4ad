import { isAsciiLetter, isAsciiUpper, isDigit } from '../text/chars';
import { NOT_ACRONYMS, UPPER, charIs, counts, isAcronymPart } from './acronym-shapes';
import { asciiCapitals } from './capitals';
import type { IsKnown } from './headings';
import type { TokenHit } from './tokens';

/**
 * The acronyms inside one token: a known or defined whole first (`SARS-CoV-2`, `BNC-fiche`), else its parts between
 * hyphens judged one by one (`NAVO-Top` → `NAVO`), a single capital glued to an acronym kept with it (`I-MDO`), note
 * digits and a plural `s` off a part (`EU2`, `NGOs`).
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const asciiWordChar = (c: number) => isAsciiLetter(c) || isDigit(c);

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

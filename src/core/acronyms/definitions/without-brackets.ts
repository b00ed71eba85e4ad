/**
 * Definitions written without brackets: `SF staat voor …`, `SF: long form`, lists of the terms a paper uses
 * (`– het Barp: …`, `• ESF. …`), and guillemets standing for the brackets (`«GOC»`). Each is found by `indexOf`,
 * since such phrases are rare.
 */

import {
  cleanExpansion,
  definitionOf,
  type InTextDefinition,
  type IsCandidate,
  MAX_PARENS,
  MAX_WINDOW_CHARS,
  newAlignments,
  NO_NAMES,
  plausible,
  type ShortForm,
  type SpelledByInitials,
} from './definition';
import { isShortFormShape } from './short-form-shape';
import { matchLongForm, shortFormLetters } from './align';
import { kept } from './spelling-checks';
import { isTokenChar, shortFormBefore } from './short-forms';
import { isAbbreviationDot } from './long-form-before';
import { defineBefore } from './define-before';

/** A list item that names a term: a line opening with a dash and a space (`– het Barp: …`). */
const TERM_ITEMS = ['\n– ', '\n- '];

/** A bullet that opens a list item, after nothing but spaces on its line (`  • ELGF. …`). */
const BULLET = '• ';

/**
 * The term and its explanation after the list mark, parted by a colon or a full stop: `het Barp: het Besluit
 * algemene richtlijnen post;` (1806), `ELGF. Het Europees Landbouw en Garantiefonds.` (1933). A remark in
 * brackets may follow the term: `EFMZV (voorheen EVF). Europees fonds voor Maritieme zaken en Visserij.` (1933).
 */
const TERM_ITEM =
  /(?:(?:[Dd]e|[Hh]et)[ \t]+)?([^\s:.]{2,12})(?:[ \t]+\([^()\n]{1,40}\))?[:.][ \t]+(?:(?:[Dd]e|[Hh]et|[Ee]en)[ \t]+)?([^;\n]{3,160}?)[ \t]*[;.]?[ \t]*(?=\n|$)/y;

/**
 * `– het Barp: het Besluit algemene richtlijnen post;` (1806), `• ESF. Het Europees Sociaal Fonds` (1933): a list
 * of the terms a paper uses, each with its explanation after a colon or a full stop, the short form spelled by
 * the explanation as a whole. Found by `indexOf`, since such lists are rare.
 */
export function addTermListDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials,
  found: Map<string, InTextDefinition>,
): void {
  let examined = 0;
  for (const mark of TERM_ITEMS) {
    for (let at = text.indexOf(mark); at >= 0 && examined < MAX_PARENS; at = text.indexOf(mark, at + 1)) {
      examined++;
      addTermItem(text, at + mark.length, isCandidate, initialsOnly, found);
    }
  }
  for (let at = text.indexOf(BULLET); at >= 0 && examined < MAX_PARENS; at = text.indexOf(BULLET, at + 1)) {
    examined++;
    if (opensItsLine(text, at)) addTermItem(text, at + BULLET.length, isCandidate, initialsOnly, found);
  }
}

/** Is there nothing but spaces and tabs between the line's start and `at`? */
function opensItsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Adds the definition of the term item that starts at `at`, when its explanation spells it. */
function addTermItem(
  text: string,
  at: number,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials,
  found: Map<string, InTextDefinition>,
): void {
  TERM_ITEM.lastIndex = at;
  const m = TERM_ITEM.exec(text);
  if (!m) return;
  const sf = m[1] as string;
  if (found.has(sf) || !isShortFormShape(sf) || !isCandidate(sf)) return;
  const explanation = m[2] as string;
  const sfAt = m[0].indexOf(sf);
  const from = m.index + m[0].indexOf(explanation, sfAt + sf.length + 1);
  const def = definitionIn({ sf, start: m.index + sfAt }, explanation, from, initialsOnly, true);
  if (def) found.set(def.abbr, def);
}

/**
 * The definition of `short` by the words of `window` (at `from` in the text) that spell it, or null. `entire`:
 * those words must be the whole window (a term's explanation in a list), not a stretch of it (`staat voor`).
 */
function definitionIn(
  short: ShortForm,
  window: string,
  from: number,
  initialsOnly: SpelledByInitials,
  entire: boolean,
): InTextDefinition | null {
  const match = matchLongForm(shortFormLetters(short.sf), window, 'whole');
  if (!match || (entire && (match.start !== 0 || match.end !== window.length))) return null;
  const expansion = cleanExpansion(window.slice(match.start, match.end));
  if (!plausible(short.sf, expansion)) return null;
  return kept(definitionOf(short, { start: match.start, end: match.end, expansion }, from), initialsOnly);
}

/** `EVENING staat voor …`: the words that introduce a short form's long form in running text. */
const STANDS_FOR = ' staat voor ';

/**
 * `EVENING staat voor Effectstudie Voorschoolse Educatie: een natuurlijk experiment in Nederlandse gemeenten.`
 * (507): a short form spelled out after `staat voor`, to the end of the sentence. Only for short forms the
 * glossary does not know, and not defined in parentheses: `de NAVO staat voor …` says what NATO faces, and
 * the letters of its short form could by chance be the initials of the words after.
 */
export function addStandsForDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials,
  meaningless: IsCandidate,
  found: Map<string, InTextDefinition>,
): void {
  const accept = (sf: string): boolean => meaningless(sf) && isCandidate(sf);
  addDefinitionsAfter(text, STANDS_FOR, false, accept, initialsOnly, false, found);
}

/** A short form glued to a colon and a space: `NSOC: Nationale …`. */
const AFTER_COLON = ': ';

/**
 * `samenwerkingsverband MIT naar NSOC: Nationale Samenwerking tegen Ondermijnende Criminaliteit` (2050): a short form,
 * a colon and its long form, which runs to the end of the clause (a full stop, semicolon, bracket or the line's end)
 * and spells the short form as a whole; a colon before anything else (`NB: de Kamer …`) defines nothing.
 */
export function addColonDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials,
  found: Map<string, InTextDefinition>,
): void {
  addDefinitionsAfter(text, AFTER_COLON, true, isCandidate, initialsOnly, true, found);
}

/**
 * The definitions after each `phrase` that follows a short form, spelled out to the end of the sentence or clause
 * (`entire`: by all of it). A `glued` phrase (`: `) follows the short form's last character; another (` staat voor `)
 * starts with the space after it. Found by `indexOf`, since such phrases are rare.
 */
function addDefinitionsAfter(
  text: string,
  phrase: string,
  glued: boolean,
  accept: IsCandidate,
  initialsOnly: SpelledByInitials,
  entire: boolean,
  found: Map<string, InTextDefinition>,
): void {
  let examined = 0;
  for (let at = text.indexOf(phrase); at >= 0 && examined < MAX_PARENS; at = text.indexOf(phrase, at + 1)) {
    if (glued && (at === 0 || !isTokenChar(text, at - 1))) continue;
    examined++;
    // `shortFormBefore` reads the token before a place, across one space: the space before `staat`.
    const short = shortFormBefore(text, glued ? at : at + 1);
    if (!short || found.has(short.sf) || !accept(short.sf)) continue;
    const from = at + phrase.length;
    const to = sentenceEndWithin(text, from, MAX_WINDOW_CHARS);
    if (to < 0) continue;
    const window = text.slice(from, to);
    const def = definitionIn(short, entire ? window.trimEnd() : window, from, initialsOnly, entire);
    if (def) found.set(def.abbr, def);
  }
}

/**
 * Where the sentence that goes on at `from` ends (its full stop, a semicolon, a bracket or the line's end),
 * or -1 when that is more than `reach` characters on: no long form is that long.
 */
function sentenceEndWithin(text: string, from: number, reach: number): number {
  const limit = Math.min(text.length, from + reach);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x0a || c === 0x28) return i; // ; newline (
    if (c === 0x2e && !isAbbreviationDot(text, i)) return i;
  }
  return limit === text.length ? limit : -1;
}

/**
 * The definition of `sf` at `start` by the words before it, where guillemets stand for the brackets:
 * `(voorheen Gesloten Onderzoekscentrum «GOC»)` (2423). Asked only of a short form that no source explains, at its
 * first occurrence, so it searches nothing.
 */
export function definitionInGuillemets(
  text: string,
  start: number,
  sf: string,
  initialsOnly: SpelledByInitials,
): InTextDefinition | null {
  const open = start - 1;
  if (text.charCodeAt(open) !== 0xab /* « */ || text.charCodeAt(start + sf.length) !== 0xbb /* » */)
    return null;
  const short: ShortForm = { sf, start };
  return kept(defineBefore(text, open, short, newAlignments(), NO_NAMES, NO_NAMES), initialsOnly);
}

/**
 * In-text acronym definitions, both directions: `Noord-Atlantische Raad (NAR)` and
 * `ERTMS (European Rail Traffic Management System)`.
 *
 * Starts from Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation
 * definitions in biomedical text"): the short form sits in parentheses, the long form is
 * the text just before it, at most min(|SF| + 5, 2·|SF|) words, and the short form's
 * characters must appear in it in order, the first one at a word start.
 * Changes for Dutch letters, each with its real example in the tests:
 * - Best alignment instead of the greedy right-to-left scan: a small dynamic program that
 *   prefers word-initial matches and covering every content word, so `Strategische
 *   Actieagenda Industrie, Innovatie en Kennis voor Defensie (STRAIIK-D)` gives each `I` its own word.
 * - Two more window words, because Dutch long forms carry articles and prepositions
 *   (`Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)` → `Binnenlandse Zaken en Koninkrijksrelaties`).
 * - Every content word of the long form must give a letter (rejects `het lid Lodders (VVD)`),
 *   except one skipped word when all letters sit at word starts (`Deterrence and Defence of
 *   the Euro-Atlantic Area (DDA)`).
 * - Mixed-case short forms are tried with all letters, then with their capitals only
 *   (`Infrastructuur en Waterstaat (IenW)`, `Partij van de Arbeid (PvdA)`).
 * - A Dutch compound before the parentheses may gloss the acronym with one letter missing
 *   (`NAVO-defensieplanningscyclus (NDPP)`).
 * - Line breaks and hyphenated line ends inside the long form are undone in the expansion.
 * - `(hierna: …)`, `(afgekort …)` introduce a short form too, and so does a comma inside them:
 *   `(Expression of Principles, EoP)`.
 * - A number after the short form that also ends the long form is neither's
 *   (`Strategisch Vastgoedplan 2022 (SVP 2022)`).
 * - A short form of four letters or more may leave out a phrase qualifying the name, after the words it spells
 *   and before the parenthesis (`Stroomlijning indicatieprocessen in zorg en sociale zekerheid (STIP)`); see
 *   `beforeQualifyingPhrase`.
 * - A short form with one capital (`Rtvi`, shaped like many words) must be spelled by the initials
 *   of its long form (`Regeling tijdelijk verlaten van de inrichting`); see `SpelledByInitials`.
 *
 * This module walks the brackets of a document and tries the readings in turn; the readings live beside it:
 * - `short-forms` (and `short-form-shape`): which short form the brackets, or the token before them, hold;
 * - `define-before`: `long form (SF)`, with `long-form-before` (the window and the aligned long form at its
 *   end), `partly-spelled-names` and `translated-names` (names the letters spell only in part, or not at all);
 * - `define-inside`: `SF (long form)`; `pairs`: `(BSB/KMar)`;
 * - `without-brackets`: `staat voor`, `SF: long form`, lists of terms, guillemets;
 * - `align`: the letters of a short form placed on the words of a long form; `spelling-checks`: the stricter
 *   checks some short forms must pass (`kept`);
 * - `definition`: what a definition is made of; `words`: the stop words, which give no letter.
 */

import { LOWER_SHORT_FORM } from '../known';
import {
  type Alignments,
  type InTextDefinition,
  type IsCandidate,
  MAX_PARENS,
  type NamesElsewhere,
  newAlignments,
  NO_NAMES,
  type ShortForm,
  type SpelledByInitials,
} from './definition';
import {
  lastPart,
  shortFormAfterComma,
  shortFormBefore,
  shortFormInside,
  withPlusesAfter,
} from './short-forms';
import { kept, keptFor } from './spelling-checks';
import { defineBefore } from './define-before';
import { defineInside } from './define-inside';
import { definePair, pairInside } from './pairs';
import { addColonDefinitions, addStandsForDefinitions, addTermListDefinitions } from './without-brackets';

const NEVER: SpelledByInitials = () => false;
const ANY: IsCandidate = () => true;
/** The most characters a pair of brackets may hold to be read: what holds more is a passage, no short or long form. */
const MAX_INSIDE = 160;

/** The definitions of every pair of brackets in `text`, in their order (the readings are tried as listed above). */
export function findDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials = NEVER,
  namesElsewhere: NamesElsewhere = NO_NAMES,
  standardNames: NamesElsewhere = NO_NAMES,
  glosses: NamesElsewhere = NO_NAMES,
): InTextDefinition[] {
  const found: InTextDefinition[] = [];
  const aligned = newAlignments();
  forEachParenthesis(text, (open, close) => {
    const inside = shortFormInside(text, open, close);
    if (inside && mayDefine(inside, isCandidate)) {
      const def = keptFor(
        inside,
        defineBefore(text, open, inside, aligned, namesElsewhere, standardNames, glosses),
        initialsOnly,
        isCandidate,
      );
      if (def) return void found.push(withPlusesAfter(text, close, def));
    }
    const before = shortFormBefore(text, open);
    if (before && isCandidate(before.sf)) {
      const def = kept(defineInside(text, open, close, before, aligned), initialsOnly);
      if (def) return void found.push(def);
    }
    const last = before ? lastPart(before) : null;
    if (last && isCandidate(last.sf)) {
      const def = kept(defineInside(text, open, close, last, aligned), initialsOnly);
      if (def) return void found.push(def);
    }
    const tail = shortFormAfterComma(text, open, close);
    if (tail && mayDefineAfterComma(tail, isCandidate)) {
      const def = keptFor(
        tail,
        defineInside(text, open, tail.comma, tail, aligned),
        initialsOnly,
        isCandidate,
      );
      if (def) return void found.push(def);
    }
    const pair = pairInside(text, open, close, isCandidate);
    if (pair) found.push(...definePair(text, open, pair, initialsOnly));
  });
  return found;
}

/** May the short form inside a parenthesis be defined: a candidate, or a law's in lower case (`Wet koa`)? */
function mayDefine(inside: ShortForm, isCandidate: IsCandidate): boolean {
  return isCandidate(inside.sf) || inside.lowerAfterLead === true || LOWER_SHORT_FORM.test(inside.sf);
}

/**
 * May the short form after the last comma in brackets be defined by what the brackets hold before it: a candidate,
 * or a word in lower case, held to its long form's spelling as one in brackets of its own is (see `keptFor`):
 * `(dekkingstoezeggingen, dtz)` (1303).
 */
function mayDefineAfterComma(tail: ShortForm, isCandidate: IsCandidate): boolean {
  return isCandidate(tail.sf) || LOWER_SHORT_FORM.test(tail.sf);
}

/**
 * The first definition of each abbreviation: what `findDefinitions` gives, keeping the first per
 * `abbr`. Faster: a parenthesis whose short forms are all defined already is not aligned, since
 * whatever it defines is dropped. (It still is when its inner short form is defined and the one
 * before it is not: the long form before decides whether the inner reading wins.)
 * A plain loop rather than `forEachParenthesis`: callbacks made per call are compiled anew for
 * each document, and this runs once per document.
 */
export function findFirstDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials = NEVER,
  namesElsewhere: NamesElsewhere = NO_NAMES,
  /** Short forms without a meaning of their own (not in the glossary): only those are read from `staat voor`. */
  meaningless: IsCandidate = ANY,
  standardNames: NamesElsewhere = NO_NAMES,
  /** The Dutch names the explanations of the glossary's English names open with (see `translatedNameBefore`). */
  glosses: NamesElsewhere = NO_NAMES,
): Map<string, InTextDefinition> {
  const found = new Map<string, InTextDefinition>();
  const aligned = newAlignments();
  let examined = 0;
  // The first `)` after the current `(` (or -1: none left), found by `indexOf` and kept while it
  // lies ahead, so every character is searched once instead of up to MAX_INSIDE times.
  let close = text.indexOf(')');
  let open = text.indexOf('(');
  while (open >= 0 && examined < MAX_PARENS) {
    examined++;
    const next = text.indexOf('(', open + 1);
    if (close >= 0 && close < open) close = text.indexOf(')', open + 1);
    if (closes(open, close, next))
      addFirstDefinition(
        text,
        open,
        close,
        isCandidate,
        initialsOnly,
        namesElsewhere,
        standardNames,
        glosses,
        found,
        aligned,
      );
    open = next;
  }
  addStandsForDefinitions(text, isCandidate, initialsOnly, meaningless, found);
  addTermListDefinitions(text, isCandidate, initialsOnly, found);
  addColonDefinitions(text, isCandidate, initialsOnly, found);
  return found;
}

/**
 * `findClose(text, open) === close` from the places of the first `)` after `open` (`close`, -1 when
 * none) and of the next `(` (`next`, -1 when none): that `)` closes it when it comes within
 * MAX_INSIDE characters and before any other `(`.
 */
export function closes(open: number, close: number, next: number): boolean {
  return close > open && close - open <= MAX_INSIDE && (next < 0 || next > close);
}

/** Adds what the parentheses `open`–`close` define to `found`, unless `found` has it already. */
function addFirstDefinition(
  text: string,
  open: number,
  close: number,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials,
  namesElsewhere: NamesElsewhere,
  standardNames: NamesElsewhere,
  glosses: NamesElsewhere,
  found: Map<string, InTextDefinition>,
  aligned: Alignments,
): void {
  // The token before the parenthesis as a short form (null: none), and that when it is a candidate not defined
  // yet; each read at most once.
  let token: ShortForm | null | undefined;
  let before: ShortForm | null | undefined;
  const inside = shortFormInside(text, open, close);
  if (inside && mayDefine(inside, isCandidate)) {
    if (found.has(inside.sf)) {
      token = shortFormBefore(text, open);
      before = newShortForm(token, isCandidate, found);
      if (!before) return;
    }
    const def = keptFor(
      inside,
      defineBefore(text, open, inside, aligned, namesElsewhere, standardNames, glosses),
      initialsOnly,
      isCandidate,
    );
    if (def) {
      const spelled = withPlusesAfter(text, close, def);
      if (!found.has(spelled.abbr)) found.set(spelled.abbr, spelled);
      return;
    }
  }
  if (token === undefined) {
    token = shortFormBefore(text, open);
    before = newShortForm(token, isCandidate, found);
  }
  if (before) {
    const def = kept(defineInside(text, open, close, before, aligned), initialsOnly);
    if (def) return void found.set(def.abbr, def);
  }
  const last = lastPart(token);
  if (last && !found.has(last.sf) && isCandidate(last.sf)) {
    const def = kept(defineInside(text, open, close, last, aligned), initialsOnly);
    if (def) return void found.set(def.abbr, def);
  }
  const tail = shortFormAfterComma(text, open, close);
  if (tail && !found.has(tail.sf) && mayDefineAfterComma(tail, isCandidate)) {
    const def = keptFor(tail, defineInside(text, open, tail.comma, tail, aligned), initialsOnly, isCandidate);
    if (def) return void found.set(def.abbr, def);
  }
  const pair = pairInside(text, open, close, isCandidate);
  if (pair && !(found.has(pair[0].sf) && found.has(pair[1].sf))) {
    for (const def of definePair(text, open, pair, initialsOnly))
      if (!found.has(def.abbr)) found.set(def.abbr, def);
  }
}

/** `short` (the token before a parenthesis) when it is a candidate not defined yet, else null. */
function newShortForm(
  short: ShortForm | null,
  isCandidate: IsCandidate,
  found: ReadonlyMap<string, InTextDefinition>,
): ShortForm | null {
  return short !== null && !found.has(short.sf) && isCandidate(short.sf) ? short : null;
}

/** Calls `visit` for each `(` with its closing `)`, in order, within the MAX_PARENS budget. */
function forEachParenthesis(text: string, visit: (open: number, close: number) => void): void {
  let examined = 0;
  for (let open = text.indexOf('('); open >= 0 && examined < MAX_PARENS; open = text.indexOf('(', open + 1)) {
    examined++;
    const close = findClose(text, open);
    if (close >= 0) visit(open, close);
  }
}

/** The `)` closing `(` at `open`, when the parentheses hold no other `(` and are short. */
function findClose(text: string, open: number): number {
  const limit = Math.min(text.length, open + 1 + MAX_INSIDE);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i; // )
    if (c === 40) return -1; // (
  }
  return -1;
}

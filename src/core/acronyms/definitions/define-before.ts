/**
 * `long form (SF)`: the definition by the words before the brackets, read according to what the brackets hold
 * besides the short form (a tag, a head noun, a name, a lead word, `het stelsel van`), the readings of the window
 * tried in turn (`longFormInWindow`), and the edition's years or ordinal that belong to neither form.
 */

import { isLetter, isWhiteSpace } from '../../text/chars';
import {
  type Alignments,
  cleanExpansion,
  definitionOf,
  type InTextDefinition,
  type LongForm,
  type NamesElsewhere,
  NO_NAMES,
  plausible,
  type ShortForm,
} from './definition';
import { compoundGloss, matchLongForm, shortFormLetters } from './align';
import { beforeHead, beforeTag } from './short-forms';
import { longFormBefore, windowBefore } from './long-form-before';
import {
  beforeLegalForm,
  beforeOwnerShortForm,
  beforeQualifyingPhrase,
  beforeTrailingName,
  compoundLongForm,
} from './partly-spelled-names';
import { glossedNameBefore, NAME_JOINERS, nameBefore, translatedNameBefore } from './translated-names';

/** `(VTH-stelsel)` after `het stelsel van <long form>`: the long form, when its words spell the short form. */
function defineAfterHeadOf(
  text: string,
  open: number,
  short: ShortForm,
  start: number,
): InTextDefinition | null {
  let end = open;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const slice = text.slice(start, end);
  const match = matchLongForm(shortFormLetters(short.sf), slice, 'whole');
  if (!match) return null;
  const expansion = cleanExpansion(slice.slice(match.start, match.end));
  if (!plausible(short.sf, expansion)) return null;
  return definitionOf(short, { start: match.start, end: match.end, expansion }, start);
}

/** Where the long form before `(SF tag)` ends: before the tag (see `beforeTag`), else at the parenthesis. */
function beforeTagOrOpen(text: string, open: number, tag: string): number {
  const end = beforeTag(text, open, tag);
  return end < 0 ? open : end;
}

/** `long form (SF)`. */
export function defineBefore(
  text: string,
  open: number,
  short: ShortForm,
  aligned: Alignments,
  namesElsewhere: NamesElsewhere,
  standardNames: NamesElsewhere,
  glosses: NamesElsewhere = NO_NAMES,
): InTextDefinition | null {
  const { sf, tag, head, name } = short;
  // `Vastgoedplan 2022 (SVP 2022)`: the number ends the long form too, or, `de Internationale
  // Gezondheidsregeling (IGR 2005)` (287), it names the edition of what the long form names.
  const end =
    tag !== undefined
      ? beforeTagOrOpen(text, open, tag)
      : head !== undefined
        ? beforeHead(text, open, head)
        : name !== undefined
          ? beforeTag(text, open, name)
          : open;
  if (end < 0) return null;
  const window = windowBefore(text, end, sf);
  if (!window) return null;
  if (short.lead !== undefined) return defineAfterLead(short, short.lead, window);
  if (short.ofHeadStart !== undefined) return defineAfterHeadOf(text, open, short, short.ofHeadStart);
  const untagged = tag === undefined && head === undefined && name === undefined;
  // SHORT_FORM holds no spaces, so the first space ends `sf` in the key; the first two characters say which
  // readings apply.
  const key = `${short.translated ? 't' : '-'}${untagged ? 'u' : '-'}${sf} ${window.text}`;
  let long = aligned.before.get(key);
  if (long === undefined)
    aligned.before.set(
      key,
      (long = longFormInWindow(
        sf,
        window.text,
        short.translated === true,
        untagged,
        namesElsewhere,
        standardNames,
        glosses,
      )),
    );
  if (!long) return untagged ? defineBeforeEdition(text, end, short, standardNames) : null;
  return definitionOf(short, withEditionOrdinal(sf, long, window.text), window.start);
}

/**
 * The long form of `sf` in `window`, the words before its parenthesis, by the readings `defineBefore` tries in turn;
 * `translated`: the brackets give another language's short form; `untagged`: they hold the short form alone (no
 * tag, head or name glued to it). Depends on nothing else, so `defineBefore` keeps the answer for a repeat.
 */
function longFormInWindow(
  sf: string,
  window: string,
  translated: boolean,
  untagged: boolean,
  namesElsewhere: NamesElsewhere,
  standardNames: NamesElsewhere,
  glosses: NamesElsewhere,
): LongForm | null {
  // A legal form the short form does not spell is no part of the name (`Koninklijke PTT Nederland N.V. (KPN)`, 548);
  // one it spells is (`Petroleos de Venezuela, S.A. (PdVSA)`, 1146).
  let long = beforeLegalForm(sf, window) ?? longFormBefore(sf, window);
  if (!long && translated) long = nameBefore(window);
  if (!long) {
    const names = namesElsewhere(sf);
    if (names.length > 0)
      long = translatedNameBefore(window, names) ?? glossedNameBefore(window, names, glosses(sf));
  }
  if (!long) long = compoundLongForm(sf, window);
  if (!long) long = beforeOwnerShortForm(sf, window);
  if (!long && untagged)
    long = beforeQualifyingPhrase(sf, window) ?? beforeTrailingName(sf, window, standardNames);
  return long;
}

/** The Dutch ordinals one to twelve, as words: the edition a short form's glued number counts. */
const ORDINAL_WORDS = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
];

/** A short form whose glued number counts an edition: `VGR8`, `HWBP2`. */
const EDITION_NUMBER = /\p{L}(\d{1,2})$/u;

/**
 * `long`, or it with the ordinal before it that its short form's glued number writes in figures: `de achtste
 * voortgangsrapportage (VGR8) van het tweede Hoogwaterbeschermingsprogramma (HWBP2)` (2684), the eighth report and
 * the second programme. The letters spell the words after the ordinal; the number is the ordinal's.
 */
function withEditionOrdinal(sf: string, long: LongForm, window: string): LongForm {
  const glued = EDITION_NUMBER.exec(sf);
  const ordinal = glued ? ORDINAL_WORDS[Number(glued[1]) - 1] : undefined;
  if (!ordinal) return long;
  let at = long.start;
  while (at > 0 && isWhiteSpace(window.charCodeAt(at - 1))) at--;
  const from = at - ordinal.length;
  if (at === long.start || from < 0 || window.slice(from, at).toLowerCase() !== ordinal) return long;
  if (from > 0 && isLetter(window.charCodeAt(from - 1))) return long;
  return { start: from, end: long.end, expansion: cleanExpansion(window.slice(from, long.end)) };
}

/** A year or a range of years at the end of a string: the edition of what a name before it names. */
const EDITION_YEARS_AT_END = /\s((?:19|20)\d{2}(?:\s?[–-]\s?(?:19|20)\d{2})?)\s*$/;
/** How far back the edition's years may start: a range of two years and the spaces around them. */
const EDITION_REACH = 16;

/**
 * `het Nationaal Waterplan 2016–2021 (NWP)`, `Strategisch Vastgoedplan 2022 (SVP)`: the years between the
 * name and its short form name the edition and belong to neither, as the tag of `(SVP 2022)` does. The long
 * form is looked for before them. A law's year is part of its name: `Vreemdelingenwet 2000 (hierna: Vw)` (2207).
 */
function defineBeforeEdition(
  text: string,
  end: number,
  short: ShortForm,
  standardNames: NamesElsewhere,
): InTextDefinition | null {
  const from = Math.max(0, end - EDITION_REACH);
  const years = EDITION_YEARS_AT_END.exec(text.slice(from, end));
  if (!years) return null;
  const window = windowBefore(text, from + years.index, short.sf);
  const long = window
    ? (longFormBefore(short.sf, window.text) ?? beforeTrailingName(short.sf, window.text, standardNames))
    : null;
  if (!long || !window) return null;
  if (!LAW_NAME.test(long.expansion)) return definitionOf(short, long, window.start);
  const year = years[1] as string;
  const yearEnd = from + years.index + years[0].indexOf(year) + year.length;
  return definitionOf(
    short,
    { start: long.start, end: yearEnd - window.start, expansion: `${long.expansion} ${year}` },
    window.start,
  );
}

/** The name of a law: `Vreemdelingenwet`, `Wet inburgering`, `Mediawet`. */
const LAW_NAME = /^Wet\b|wet$/;

/**
 * `Besluit financieel toetsingskader pensioenfondsen (Besluit FTK)` (266): the name before the parenthesis
 * starts with the lead word; the short form spells the words after it (and after joiners such as `op de`),
 * not necessarily up to the parenthesis: the longest run of them that it spells whole.
 */
function defineAfterLead(
  short: ShortForm,
  lead: string,
  window: { start: number; text: string },
): InTextDefinition | null {
  const words = [...window.text.matchAll(/\S+/g)];
  let k = words.length - 1;
  while (k >= 0 && (words[k] as RegExpMatchArray)[0] !== lead) k--;
  if (k < 0 && short.repeatedLead) return null;
  k++;
  while (k < words.length && NAME_JOINERS.has((words[k] as RegExpMatchArray)[0].toLowerCase())) k++;
  if (k >= words.length) return null;
  const letters = shortFormLetters(short.sf);
  const from = (words[k] as RegExpMatchArray).index as number;
  // A repeated noun's long form runs up to the brackets: nothing else links the noun to the short form.
  const lowest = short.repeatedLead ? words.length - 1 : k;
  for (let last = words.length - 1; last >= lowest; last--) {
    const w = words[last] as RegExpMatchArray;
    const to = (w.index as number) + w[0].length;
    const slice = window.text.slice(from, to);
    const match = matchLongForm(letters, slice, 'suffix') ?? compoundGloss(letters, slice);
    if ((!match || match.start !== 0) && !spelledAfterFusedPrefix(letters, slice)) continue;
    const expansion = cleanExpansion(slice);
    if (!plausible(short.sf, expansion)) return null;
    return definitionOf(short, { start: from, end: to, expansion }, window.start);
  }
  return null;
}

/** The fused prepositions a word of a law's name may start with: `ten` (`te den`) in `tenuitvoerlegging`. */
const FUSED_PREFIX = /^ten(?=\p{Ll}{4})/u;

/**
 * Do the words `slice` after a law's lead word spell `letters` whole when its first word gives its letter after a
 * fused `ten`: `Regeling tenuitvoerlegging strafrechtelijke beslissingen (Regeling USB)` (1416), the `u` of
 * `ten|uitvoerlegging`.
 */
function spelledAfterFusedPrefix(letters: readonly string[], slice: string): boolean {
  const prefix = FUSED_PREFIX.exec(slice);
  if (!prefix) return false;
  const rest = slice.slice(prefix[0].length);
  if (!letters.some((l) => l.charAt(0) === rest.charAt(0))) return false;
  const match = matchLongForm(letters, rest, 'suffix');
  return match !== null && match.start === 0;
}

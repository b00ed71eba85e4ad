/**
 * Long forms before a parenthesis that the short form spells only in part: a name with a qualifying phrase or a
 * trailing place or field after the spelled words, with a legal form (`NV`) or an owner's short form at its end, and
 * the compound of two acronyms (`CSIRT-DSP`). Each is tried when the plain alignment (`longFormBefore`) finds nothing.
 */

import { cleanExpansion, type LongForm, type NamesElsewhere, plausible } from './definition';
import { fold, shortFormLetters } from './align';
import { longFormBefore } from './long-form-before';
import { STOPWORDS } from './words';

/** Prepositions that open a phrase qualifying a name: `… ondervragingscommissie naar … uit onvrije landen`. */
const QUALIFIER_PREPOSITIONS = new Set([
  'in',
  'uit',
  'naar',
  'voor',
  'van',
  'op',
  'met',
  'over',
  'tegen',
  'bij',
  'inzake',
]);

/**
 * Words that make a phrase after a name the sentence's own words rather than part of the name: an article or
 * pronoun (`de Nederlandse Zorgautoriteit in haar advies`), a relative or demonstrative.
 */
const NOT_IN_A_QUALIFIER = new Set(
  'de het een der des den haar zijn hun hem ons onze uw mijn deze dit die dat welke wat waar zich er'.split(
    ' ',
  ),
);

/** A word of a Dutch qualifying phrase: in lower case, so no person's or place's name (`van Tweede Kamerlid Van Laar`). */
const QUALIFIER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** The same in an English name, whose words are capitalized: `EU Global Strategy on Foreign and Security Policy`. */
const ENGLISH_QUALIFIER_PREPOSITIONS = new Set(['on', 'of', 'for', 'against']);
const ENGLISH_QUALIFIER_JOINERS = new Set(['and', 'of', 'on', 'for', 'the']);
const ENGLISH_QUALIFIER_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The longest qualifying phrase after the spelled words, its preposition included. */
const QUALIFIER_WORDS = 5;

/** The fewest letters a short form needs to have words it does not spell added to its long form. */
const QUALIFIER_MIN_LETTERS = 4;

/** Is `phrase` (its first word a preposition) a phrase qualifying the name before it? */
function isQualifier(phrase: readonly string[]): boolean {
  const [preposition, ...rest] = phrase;
  const last = rest[rest.length - 1];
  if (preposition === undefined || last === undefined) return false;
  if (
    QUALIFIER_PREPOSITIONS.has(preposition) &&
    rest.every((w) => QUALIFIER_WORD.test(w) && !NOT_IN_A_QUALIFIER.has(w))
  )
    return true;
  return (
    ENGLISH_QUALIFIER_PREPOSITIONS.has(preposition) &&
    ENGLISH_QUALIFIER_WORD.test(last) &&
    rest.every((w) => ENGLISH_QUALIFIER_WORD.test(w) || ENGLISH_QUALIFIER_JOINERS.has(w))
  );
}

/**
 * `Stroomlijning indicatieprocessen in zorg en sociale zekerheid (STIP)` (961), `Parlementaire
 * ondervragingscommissie naar ongewenste beïnvloeding uit onvrije landen (POCOB)` (926), `EU Global Strategy on
 * Foreign and Security Policy (EUGS)` (748): a name whose short form spells the words up to a phrase that qualifies
 * it and that the short form leaves out. The words before the phrase must spell a short form of four letters or
 * more by the ordinary rules, the last letter in the word before the preposition; the phrase (at most five words,
 * the preposition first) ends at the parenthesis and holds only words: in lower case and no article, pronoun or
 * demonstrative among them, or, after an English preposition, capitalized ones and the words that join them.
 */
export function beforeQualifyingPhrase(sf: string, window: string): LongForm | null {
  // Every way of reading the short form (all its letters, its capitals) has four letters or more: `PvdA` read as
  // `PA` would be spelled by `producten kinderarbeid` before `van Tweede Kamerlid Van Laar (PvdA)` (2635).
  const letters = shortFormLetters(sf);
  if (letters.length === 0 || letters.some((a) => a.length < QUALIFIER_MIN_LETTERS)) return null;
  const words = [...window.matchAll(/\S+/g)];
  for (let j = words.length - 2; j >= 1 && words.length - j <= QUALIFIER_WORDS; j--) {
    if (!isQualifier(words.slice(j).map((m) => m[0]))) continue;
    const head = longFormBefore(sf, window.slice(0, words[j]?.index).trimEnd());
    if (!head) continue;
    const end = window.trimEnd().length;
    const expansion = cleanExpansion(window.slice(head.start, end));
    return plausible(sf, expansion) ? { start: head.start, end, expansion } : null;
  }
  return null;
}

/** The most words of a name after the words a short form spells: `Aardbevingsbestendig en Kansrijk Groningen` (474). */
const TRAILING_NAME_WORDS = 4;

/** A capitalized word of such a name: `Caribisch`, `Verkeer`, `Oost-Nederland`. */
const TRAILING_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** A word in lower case that may end such a name (see `beforeTrailingName`). */
const TRAILING_LOWER_WORD = /^\p{Ll}+$/u;

/** Words that join the words of such a name. */
const TRAILING_NAME_JOINERS = new Set(['en', 'of', '&']);

/**
 * A capitalized adjective with its inflection, `Justitiële`, `Nationale`: a name cannot end with it, the noun after
 * it is the name's too. Not a noun in `-ie` or `-ee` (`Commissie`, `Marechaussee`).
 */
const INFLECTED_ADJECTIVE_AT_END = /(?:^|\s)\p{Lu}\S*[^ie\s]e$/u;

/**
 * `Natuur en Milieubeleidsplan Caribisch Nederland 2020–2030 (NMBP)` (454), `Educatieve Maatregel Alcohol en
 * Verkeer (EMA)` (2563), `prognosemodel Justitiële ketens (PMJ)` (2360): a name whose short form spells its words
 * up to a trailing part that it leaves out, the place or field the name is of, with no preposition before it. The
 * trailing part, at most four words right before the parenthesis, is capitalized words and the joiners between
 * them (`en`, `of`), and may end with a word in lower case after a joiner (`Toekomstbestendige Arbeidsmarkt Zorg en
 * welzijn (TAZ)`, 701); a word in lower case alone only after an inflected adjective, whose noun it is (not the
 * verb's `plaats` of `vond het overleg over het Meerjarig Financieel Kader plaats (MFK)`, 255). The words before
 * the trailing part spell the short form, each content word its own letters (see `spelledByContentWords`), and
 * open with a capital, as a name does, unless a word in lower case follows their adjective. The short form has
 * three letters or more however it is read, as a phrase qualifying a name needs (see `beforeQualifyingPhrase`).
 * Where the glossary gives the short form the spelled words alone as its meaning, the trailing part is the
 * letter's topic, not the name's: `het jaarlijkse Wetgevingsoverleg Jeugd (WGO)` (336) stays the glossary's
 * `wetgevingsoverleg`.
 */
export function beforeTrailingName(
  sf: string,
  window: string,
  standardNames: NamesElsewhere,
): LongForm | null {
  const letters = shortFormLetters(sf);
  if (letters.length === 0 || letters.some((a) => a.length < 3)) return null;
  const words = [...window.matchAll(/\S+/g)];
  const last = words.length - 1;
  const lowerAtEnd = last >= 0 && TRAILING_LOWER_WORD.test((words[last] as RegExpMatchArray)[0]);
  if (lowerAtEnd && STOPWORDS.has((words[last] as RegExpMatchArray)[0])) return null;
  let joined = false;
  for (let j = last; j >= 1 && last - j < TRAILING_NAME_WORDS; j--) {
    const word = (words[j] as RegExpMatchArray)[0];
    const joiner = j < last && TRAILING_NAME_JOINERS.has(word);
    if (!joiner && !TRAILING_NAME_WORD.test(word) && !(j === last && lowerAtEnd)) return null;
    joined ||= joiner;
    // The words before a joiner are no name by themselves: `… Alcohol en` (the joiner then opens the part).
    if (TRAILING_NAME_JOINERS.has((words[j - 1] as RegExpMatchArray)[0])) continue;
    const head = longFormBefore(sf, window.slice(0, words[j]?.index).trimEnd());
    if (!head || !spelledByContentWords(letters, head.expansion)) continue;
    const nounOfAdjective = lowerAtEnd && !joined && j === last;
    if (lowerAtEnd && !joined && !nounOfAdjective) continue;
    if (nounOfAdjective ? !INFLECTED_ADJECTIVE_AT_END.test(head.expansion) : !/^\p{Lu}/u.test(head.expansion))
      continue;
    // The glossary's meaning is the spelled words alone: the part after them is the letter's, not the name's.
    if (standardNames(sf).some((n) => sameWords(n, head.expansion))) return null;
    const end = window.trimEnd().length;
    const expansion = cleanExpansion(window.slice(head.start, end));
    return plausible(sf, expansion) ? { start: head.start, end, expansion } : null;
  }
  return null;
}

/** Equal but for case, hyphens and spacing: `wetgevingsoverleg` and `Wetgevingsoverleg`. */
export function sameWords(a: string, b: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * Do the content words of `expansion` spell one of the readings `letters`, each word its own run of letters in
 * order: the word's initial first, then letters of its later parts (`Milieubeleidsplan` gives `mbp`)? Stricter
 * than the alignment, which lets a letter fall in a word's middle or in a preposition: `Vragen van het lid
 * Tielen (VVD)` has `v` in `van` and `d` in `lid` (131), `Organisatie voor Wijnbouw en Wijnbereiding (OIV)` its
 * `v` in `voor` (2705).
 */
function spelledByContentWords(letters: readonly string[], expansion: string): boolean {
  const words = expansion
    .split(/[\s/]+/)
    .map((w) => fold(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '' && !STOPWORDS.has(w));
  const spells = (reading: string, from: number, k: number): boolean => {
    if (k === words.length) return from === reading.length;
    const word = words[k] as string;
    if (reading.charAt(from) !== word.charAt(0)) return false;
    // The word's run: its initial, then each further letter found after the one before.
    let at = 0;
    for (let to = from + 1; ; to++) {
      if (spells(reading, to, k + 1)) return true;
      if (to >= reading.length) return false;
      at = word.indexOf(reading.charAt(to), at + 1);
      if (at < 0) return false;
    }
  };
  return letters.some((reading) => spells(reading, 0, 0));
}

/** A company's legal form after its name: `het Havenbedrijf Rotterdam NV (HbR)` (938). */
const LEGAL_FORM_AT_END = /\s+(?:N\.?V\.?|B\.?V\.?)\s*$/;

/** The long form of `sf` before the legal form that ends the window, the name without it (`Havenbedrijf Rotterdam`). */
export function beforeLegalForm(sf: string, window: string): LongForm | null {
  const form = LEGAL_FORM_AT_END.exec(window);
  return form ? longFormBefore(sf, window.slice(0, form.index)) : null;
}

/** A short form of capitals ending a window (`… Risicobeoordeling NVWA`). */
const SHORT_FORM_AT_END = /\s+([A-Z]{2,6})\s*$/;

/**
 * The long form of `sf` before a short form that ends the window and that `sf` does not spell: a law or
 * programme named with the organisation it belongs to, `Wet Onafhankelijke Risicobeoordeling NVWA (WOR)` (1249).
 * The organisation's short form is part of the name, so the long form runs to it.
 */
export function beforeOwnerShortForm(sf: string, window: string): LongForm | null {
  const owner = SHORT_FORM_AT_END.exec(window);
  if (!owner || owner[1] === sf) return null;
  const name = window.slice(0, owner.index);
  // `Dienst Uitvoering Onderwijs DUO`: a short form after its own long form names no owner.
  if (longFormBefore(owner[1] as string, name)) return null;
  const long = longFormBefore(sf, name);
  if (!long) return null;
  return {
    start: long.start,
    end: window.trimEnd().length,
    expansion: `${long.expansion} ${owner[1] as string}`,
  };
}

/** A short form of two acronyms joined by a hyphen: `CSIRT-DSP`, `GLB-NSP`. */
const TWO_ACRONYMS = /^([A-Z]{2,6})-([A-Z]{2,6})$/;
/** A lower-case word of a gloss (`voor`, `digitale`, `dienstverleners`). */
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
/** How many lower-case words after the first acronym's long form may gloss the second. */
const GLOSS_WORDS = 4;

/**
 * The long form of a short form of two acronyms that the words before the parenthesis do not spell whole:
 * - the second acronym's long form right before the parenthesis, the first a qualifier the letter uses
 *   on its own: `het nationaal strategisch plan (GLB-NSP)` (342), after `het komende GLB`;
 * - the first acronym's long form, then a few lower-case words that say the second in Dutch without
 *   spelling it: `Cyber Security Incident Response Team voor digitale dienstverleners (CSIRT-DSP)` (376).
 * The whole compound is then the acronym the letter defines, not its first part alone.
 */
export function compoundLongForm(sf: string, window: string): LongForm | null {
  const parts = TWO_ACRONYMS.exec(sf);
  if (!parts) return null;
  const second = longFormBefore(parts[2] as string, window);
  if (second) return second;
  const words = [...window.matchAll(/\S+/g)];
  for (let k = 1; k <= GLOSS_WORDS && k < words.length; k++) {
    const gloss = words[words.length - k] as RegExpMatchArray;
    if (!LOWER_WORD.test(gloss[0])) return null;
    const head = window.slice(0, gloss.index).trimEnd();
    const first = longFormBefore(parts[1] as string, head);
    if (!first || first.end !== head.length) continue;
    const expansion = cleanExpansion(window.slice(first.start));
    return plausible(sf, expansion) ? { start: first.start, end: window.length, expansion } : null;
  }
  return null;
}

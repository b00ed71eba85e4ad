/**
 * The stricter checks some definitions must pass before they are kept: a short form shaped like an ordinary word
 * (`Rtvi`, `ekv`, a law's `koa`) must be spelled by its long form's initials or by the parts of a compound, since
 * the alignment alone would find such letters in too many words.
 */

import type { InTextDefinition, IsCandidate, ShortForm, SpelledByInitials } from './definition';
import { ARTICLE, STOPWORDS } from './words';

/** `def`, unless its short form must be spelled by its long form's initials and is not. */
export function kept(def: InTextDefinition | null, initialsOnly: SpelledByInitials): InTextDefinition | null {
  if (!def) return null;
  if (!initialsOnly(def.abbr)) return def;
  if (initialsSpell(def.expansion, def.abbr) || compoundEndSpells(def.expansion, def.abbr)) return def;
  // A one-capital short form may take letters from the parts of any compound of its long form, the parts shared
  // by an elliptical compound too: `Beheer- en ontwikkelplan voor de rijkswateren (Bprw)` (457).
  if (def.abbr.toUpperCase() !== def.abbr && partsSpell(def.expansion, def.abbr)) return def;
  // A roman numeral's shape (the one-capital short forms have lower-case letters) may also be spelled by the
  // parts of one long compound, two letters too: `informatievoorziening (IV)` (695).
  const capitals = def.abbr.toUpperCase() === def.abbr;
  return capitals && compoundSpells(def.expansion, def.abbr.toLowerCase(), 2) ? def : null;
}

/** How long a last word must be to count as a compound whose later part gives a letter. */
const COMPOUND_MIN_LENGTH = 10;
/** How far into that word the later part may start at the earliest (`beleids|onderzoek`). */
const COMPOUND_PART_FROM = 4;

/**
 * Do the initials of the words spell the start of `sf`, and a compound last word its last one or two
 * letters, in order, from its later parts? `interdepartementaal beleidsonderzoek (ibo)` (859),
 * `Nederlandse mededingingsautoriteit (Nma)` (706). Two words at least: one word alone spells too many
 * short words (`wetsvoorstel` has `wet` in it).
 */
export function compoundEndSpells(expansion: string, sf: string): boolean {
  const words = expansion.split(/\s+/).filter((w) => w !== '');
  // The words but the articles, or the content words alone: `Wet op de orgaandonatie (Wod)` (1263).
  return (
    compoundEndSpellsWords(
      words.filter((w) => !ARTICLE.test(w)),
      sf,
    ) ||
    compoundEndSpellsWords(
      words.filter((w) => !STOPWORDS.has(w.toLowerCase())),
      sf,
    )
  );
}

function compoundEndSpellsWords(words: readonly string[], sf: string): boolean {
  const wanted = sf.toLowerCase();
  const tail = wanted.length - words.length;
  if (words.length < 2 || tail < 1 || tail > 2) return false;
  if (initialsOfWords(words) !== wanted.slice(0, words.length)) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  if (last.length < COMPOUND_MIN_LENGTH) return false;
  let at = COMPOUND_PART_FROM;
  for (let k = words.length; k < wanted.length; k++) {
    at = last.indexOf(wanted.charAt(k), at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** `def` as the rules of its short form keep it: `keptLowerCase` for a law's in lower case, else `kept`. */
export function keptFor(
  short: ShortForm,
  def: InTextDefinition | null,
  initialsOnly: SpelledByInitials,
  isCandidate: IsCandidate,
): InTextDefinition | null {
  if (short.lowerAfterLead || short.gluedNoun) return keptLowerCase(def);
  // A lower-case word no rule knows as a short form: `monitor exportkredietverzekeringen (ekv)` (1302).
  if (!isCandidate(short.sf)) return keptLowerWord(def);
  return kept(def, initialsOnly);
}

/**
 * `def` of a lower-case word in brackets that no rule knows as a short form, when its long form spells it as
 * lower-case short forms are made: by the initials of its words (`(vve)`), by those and the later parts of a
 * compound last word, `wettelijk minimumjeugdloon (wmjl)` (2447), or by the parts of one long compound,
 * `exportkredietverzekeringen (ekv)` (1302). The long form starts and ends with a content word, so
 * bracketed words (`derde lid (nieuw)`, `zulke tijdelijke (nood)`) stay words.
 */
function keptLowerWord(def: InTextDefinition | null): InTextDefinition | null {
  if (!def) return null;
  const { expansion, abbr } = def;
  if (
    !initialsSpell(expansion, abbr) &&
    !compoundEndSpells(expansion, abbr) &&
    !compoundSpells(expansion, abbr)
  )
    return null;
  return startsAndEndsWithContentWords(expansion) ? def : null;
}

/**
 * Do the content words of `expansion` spell `sf`, each by its first letter and perhaps by the starts of later parts
 * of a compound (COMPOUND_MIN_LENGTH letters or more, a part at least three letters after the letter before, where
 * `startsAPart` allows)? The word after an elliptical compound's `X- en` gives no first letter of its own: the
 * shared last part is what X's compound ends with, so `Beheer- en ontwikkelplan voor de rijkswateren` spells
 * `Bprw` (457) as Beheer(plan) and rijks|wateren. Every content word gives a letter.
 */
export function partsSpell(expansion: string, sf: string): boolean {
  const wanted = sf.toLowerCase();
  const words = expansion
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  let k = 0;
  let elliptical = false;
  for (const raw of words) {
    if (STOPWORDS.has(raw)) continue;
    const word = raw.replace(/-$/, '');
    let at: number;
    if (elliptical) at = -1;
    else if (word.charAt(0) === wanted.charAt(k)) {
      at = 0;
      k++;
    } else return false;
    if (word.length >= COMPOUND_MIN_LENGTH) {
      for (; k < wanted.length; k++) {
        let next = word.indexOf(wanted.charAt(k), Math.max(at + 3, COMPOUND_PART_FROM));
        while (next > 0 && !startsAPart(word, next)) next = word.indexOf(wanted.charAt(k), next + 1);
        if (next < 0) break;
        at = next;
      }
    }
    // The word gave a letter: its first, or one of a later part after `X- en`.
    if (at < 0) return false;
    elliptical = raw.endsWith('-');
  }
  return k === wanted.length && !elliptical;
}

/** How long one word must be to give a short form of three or four letters from its parts. */
const ONE_COMPOUND_MIN_LENGTH = 14;

/**
 * Does one long compound spell `sf` (lower case) by the starts of its parts: its first letter first, each further
 * letter at least three letters after the one before (no part is shorter than three) and after a consonant, where
 * the parts of a compound mostly meet (`export|krediet|verzekeringen (ekv)`, 1302), or after the `ie` that ends
 * many a first part (`informatie|voorziening (IV)`, 695): not inside a part's syllables, as the `r` of
 * `verkeersveiligheidsmaatregelen` for `vrm`. Three or four letters for a lower-case word: a shorter one is spelled
 * by too many words; `minLetters` 2 for the capitals `kept` holds to their long form.
 */
function compoundSpells(expansion: string, sf: string, minLetters = 3): boolean {
  const word = expansion.trim().toLowerCase();
  if (/\s/.test(word) || word.length < ONE_COMPOUND_MIN_LENGTH || sf.length < minLetters || sf.length > 4)
    return false;
  if (word.charAt(0) !== sf.charAt(0)) return false;
  let at = 0;
  for (let k = 1; k < sf.length; k++) {
    const letter = sf.charAt(k);
    at = word.indexOf(letter, at + 3);
    while (at > 0 && !startsAPart(word, at)) at = word.indexOf(letter, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * May a part of the compound `word` start at `at`: after a consonant, after a part's closing `ie`, or after the part
 * `toe` (`dekkings|toe|zeggingen (dtz)`, 1303), with which so many compounds start (toezicht, toeslag, toegang)?
 */
function startsAPart(word: string, at: number): boolean {
  if (!VOWELS.includes(word.charAt(at - 1))) return true;
  if (word.charAt(at - 1) !== 'e') return false;
  return word.charAt(at - 2) === 'i' || word.startsWith('toe', at - 3);
}

const VOWELS = 'aeiouyáéëïóöü';

/**
 * `def` of a lower-case short form (`Wet koa`), when the initials of its long form spell it (or those and the
 * later parts of a compound last word: `Kaderwet zelfstandige bestuurs|organen (hierna: Kaderwet zbo’s)`, 2787) and
 * that long form starts and ends with a content word, as a name does: not `kansspelen op` for `ko`.
 */
function keptLowerCase(def: InTextDefinition | null): InTextDefinition | null {
  if (!def || !(initialsSpell(def.expansion, def.abbr) || compoundEndSpells(def.expansion, def.abbr)))
    return null;
  return startsAndEndsWithContentWords(def.expansion) ? def : null;
}

/** Do a long form's first and last words carry content, as a name's do (not `kansspelen op`)? */
function startsAndEndsWithContentWords(expansion: string): boolean {
  const words = expansion.toLowerCase().split(/\s+/);
  const edge = (w: string | undefined) => w === undefined || STOPWORDS.has(w);
  return !edge(words[0]) && !edge(words[words.length - 1]);
}

/** A year, the last word of a law's name. */
const YEAR_WORD = /^(?:19|20)\d{2}$/;

/** A year glued to the end of a short form: `Wi2021`. */
const GLUED_YEAR = /\p{L}((?:19|20)\d{2})$/u;

/**
 * Do the first letters of the expansion's words spell `sf` (ignoring case), with or without its
 * articles and prepositions? `Regeling tijdelijk verlaten van de inrichting` spells `Rtvi`, and
 * `Wet inburgering 2021` spells `Wi2021`.
 */
export function initialsSpell(expansion: string, sf: string): boolean {
  let words = expansion.split(/\s+/).filter((w) => w !== '');
  let wanted = sf.toLowerCase();
  // A year glued to the letters ends the long form as a word of its own: `Wet inburgering 2021 (Wi2021)`.
  const year = GLUED_YEAR.exec(sf);
  if (year) {
    if (words[words.length - 1] !== year[1]) return false;
    words = words.slice(0, -1);
    wanted = wanted.slice(0, -4);
  } else if (words.length > 1 && YEAR_WORD.test(words[words.length - 1] as string)) {
    // A law's year ends its name but has no letter: `Wet op de kansspelen 1964 (Wok)` (see `defineBeforeEdition`).
    words = words.slice(0, -1);
  }
  if (initialsOf(words, wanted)) return true;
  // The parts of a hyphenated word may give a letter each: `inter-institutioneel akkoord (IIA)` (177).
  return (
    words.some((w) => w.includes('-')) &&
    initialsOf(
      words.flatMap((w) => w.split('-')),
      wanted,
    )
  );
}

/**
 * Do the words' first letters spell `wanted` (lower case): all of them, all but the articles (`Wet op de
 * kansspelen (Wok)`, 466, keeps the preposition), or the content words alone?
 */
function initialsOf(words: readonly string[], wanted: string): boolean {
  if (initialsOfWords(words) === wanted) return true;
  if (initialsOfWords(words.filter((w) => !ARTICLE.test(w))) === wanted) return true;
  return initialsOfWords(words.filter((w) => w !== '' && !STOPWORDS.has(w.toLowerCase()))) === wanted;
}

/** The words' first letters, in lower case. */
function initialsOfWords(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toLowerCase()).join('');
}

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
 */

import { isAsciiUpper, isLetter, isLetterOrDigit, isWhiteSpace } from '../text/chars';
import { capitalsAndLowerCase, LOWER_SHORT_FORM } from './known';

export interface InTextDefinition {
  abbr: string;
  /** The long form, cleaned: line breaks and line-end hyphens undone, spaces collapsed. */
  expansion: string;
  /** Span of the long form in the searched text. */
  longStart: number;
  longEnd: number;
  /** Span of the short form in the searched text. */
  shortStart: number;
  shortEnd: number;
}

/** Is this parenthesized (or preceding) token a plausible short form? */
export type IsCandidate = (shortForm: string) => boolean;

/**
 * Is this candidate a short form only when the initials of its long form's words spell it? For
 * short forms with one capital (`Regeling tijdelijk verlaten van de inrichting (Rtvi)`), which have
 * the shape of many ordinary words, unlike `NAVO` or `IenW`.
 */
export type SpelledByInitials = (shortForm: string) => boolean;

const NEVER: SpelledByInitials = () => false;
const ANY: IsCandidate = () => true;

const STOPWORDS = new Set(
  (
    'de het een van voor en op in der des den te tot met aan bij om over uit naar door ' +
    // Prepositions of officialese: `commissie van toezicht betreffende de inlichtingen- en veiligheidsdiensten (CTIVD)` (2524).
    'betreffende inzake omtrent ' +
    "of the and for to on at by with a an from ’s 's du la le les et des dei del " +
    // Papiamentu, in names from the Caribbean parts of the Kingdom: `Sentro di Detenshon i Korekshon Kòrsou (SDKK)` (135).
    'di i'
  ).split(' '),
);

/** Characters that end the window before a parenthesis (checked by code in `isStopCode`; the tests hold the two together). */
export const STOP_CHARS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '"',
  '“',
  '”',
  '•',
  '–',
  '—',
]);

/** `STOP_CHARS.has(ch)` for the UTF-16 unit `c` of `ch`, without making the one-character string. */
export function isStopCode(c: number): boolean {
  if (c < 128) {
    // . ! ? ; : ( ) [ ] "
    return (
      c === 46 ||
      c === 33 ||
      c === 63 ||
      c === 59 ||
      c === 58 ||
      c === 40 ||
      c === 41 ||
      c === 91 ||
      c === 93 ||
      c === 34
    );
  }
  // « » “ ” • – —
  return (
    c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2022 || c === 0x2013 || c === 0x2014
  );
}

/** Prefixes that introduce a short form inside parentheses (Dutch legal style). */
// An article may follow: `de Wet op belastingen van rechtsverkeer (hierna: de WBR)` (675).
const INTRO =
  /^(?:hierna(?:\s+te\s+noemen)?|verder|afgekort(?:\s+tot|\s+als)?|kortweg|ook\s+wel|hereafter|hierna\s+ook)\s*:?\s+(?:(?:de|het)\s+)?/i;

/**
 * Prefixes that give the short form of another language, whose letters the long form before the
 * parentheses need not spell: `het Bureau voor Democratische Instellingen en Mensenrechten (Engelse
 * afkorting: ODIHR)` (216).
 */
const TRANSLATION_INTRO =
  /^(?:(?:engelse|franse|internationale)\s+(?:afkorting|naam)|in\s+het\s+engels)\s*:?\s+/i;

const POSSESSIVE = /['’](?:s|en|ers|er)$/;
const SHORT_FORM = /^[\p{L}\p{N}](?:[\p{L}\p{N}&]|-(?=[\p{L}\p{N}]))*$/u;
const ARTICLE = /^(?:de|het|een|the|a|an)$/i;

/** Upper bound on parentheses examined per document, so adversarial input stays linear. */
const MAX_PARENS = 20000;
const MAX_INSIDE = 160;
const MAX_WINDOW_CHARS = 220;

export function findDefinitions(
  text: string,
  isCandidate: IsCandidate,
  initialsOnly: SpelledByInitials = NEVER,
  namesElsewhere: NamesElsewhere = NO_NAMES,
  standardNames: NamesElsewhere = NO_NAMES,
): InTextDefinition[] {
  const found: InTextDefinition[] = [];
  const aligned = newAlignments();
  forEachParenthesis(text, (open, close) => {
    const inside = shortFormInside(text, open, close);
    if (inside && mayDefine(inside, isCandidate)) {
      const def = keptFor(
        inside,
        defineBefore(text, open, inside, aligned, namesElsewhere, standardNames),
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
    if (tail && isCandidate(tail.sf)) {
      const def = kept(defineInside(text, open, tail.comma, tail, aligned), initialsOnly);
      if (def) return void found.push(def);
    }
    const pair = pairInside(text, open, close, isCandidate);
    if (pair) found.push(...definePair(text, open, pair, initialsOnly));
  });
  return found;
}

/** `def`, unless its short form must be spelled by its long form's initials and is not. */
function kept(def: InTextDefinition | null, initialsOnly: SpelledByInitials): InTextDefinition | null {
  if (!def) return null;
  if (!initialsOnly(def.abbr)) return def;
  if (initialsSpell(def.expansion, def.abbr) || compoundEndSpells(def.expansion, def.abbr)) return def;
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

/** May the short form inside a parenthesis be defined: a candidate, or a law's in lower case (`Wet koa`)? */
function mayDefine(inside: ShortForm, isCandidate: IsCandidate): boolean {
  return isCandidate(inside.sf) || inside.lowerAfterLead === true || LOWER_SHORT_FORM.test(inside.sf);
}

/** `def` as the rules of its short form keep it: `keptLowerCase` for a law's in lower case, else `kept`. */
function keptFor(
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

/** May a part of the compound `word` start at `at`: after a consonant, or after a part's closing `ie`? */
function startsAPart(word: string, at: number): boolean {
  if (!VOWELS.includes(word.charAt(at - 1))) return true;
  return word.charAt(at - 1) === 'e' && word.charAt(at - 2) === 'i';
}

const VOWELS = 'aeiouyáéëïóöü';

/**
 * `def` of a lower-case short form (`Wet koa`), when the initials of its long form spell it and that long
 * form starts and ends with a content word, as a name does: not `kansspelen op` for `ko`.
 */
function keptLowerCase(def: InTextDefinition | null): InTextDefinition | null {
  if (!def || !initialsSpell(def.expansion, def.abbr)) return null;
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
function addTermListDefinitions(
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
function addStandsForDefinitions(
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
function addColonDefinitions(
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
 * `findClose(text, open) === close` from the places of the first `)` after `open` (`close`, -1 when
 * none) and of the next `(` (`next`, -1 when none): that `)` closes it when it comes within
 * MAX_INSIDE characters and before any other `(`.
 */
export function closes(open: number, close: number, next: number): boolean {
  return close > open && close - open <= MAX_INSIDE && (next < 0 || next > close);
}

/**
 * The long forms found so far in one document, relative to the text they were found in, keyed by
 * short form and that text: the same parentheses after the same words recur in a letter (a party
 * after the same name, a passage quoted again), and aligning is the costly part, above all in the
 * first document, before the engine has compiled it. What `defineBefore` finds depends only on the
 * short form, the window before the parenthesis and two flags of the brackets (see `longFormInWindow`; the
 * edition's years after the window, which `defineBeforeEdition` reads, are read anew each time), what
 * `defineInside` finds only on the short form and the parentheses' content, so a repeat gets the same answer shifted to where it stands.
 * Bounded by MAX_PARENS entries each.
 */
interface Alignments {
  /** Two flags, `sf + ' ' + window`: the long form in the window (`longFormInWindow`), or null. */
  readonly before: Map<string, LongForm | null>;
  /** `sf + ' ' + inside`: the long form in the parentheses (offsets from `open + 1`), or null. */
  readonly inside: Map<string, LongForm | null>;
}

/** A long form at `start`–`end` of the text it was found in, and its cleaned expansion. */
interface LongForm {
  readonly start: number;
  readonly end: number;
  readonly expansion: string;
}

function newAlignments(): Alignments {
  return { before: new Map(), inside: new Map() };
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
      defineBefore(text, open, inside, aligned, namesElsewhere, standardNames),
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
  if (tail && !found.has(tail.sf) && isCandidate(tail.sf)) {
    const def = kept(defineInside(text, open, tail.comma, tail, aligned), initialsOnly);
    if (def) return void found.set(def.abbr, def);
  }
  const pair = pairInside(text, open, close, isCandidate);
  if (pair && !(found.has(pair[0].sf) && found.has(pair[1].sf))) {
    for (const def of definePair(text, open, pair, initialsOnly))
      if (!found.has(def.abbr)) found.set(def.abbr, def);
  }
}

/**
 * `def` of the short form that fills the brackets closing at `close`, spelled with the pluses written after them:
 * `Stimuleringsregeling Duurzame Energieproductie (SDE)++` (1712) defines the `SDE++` the letter speaks of, not the
 * `SDE`. Only where the pluses end the word (not `(A)+B`), and at most MAX_PLUSES of them: a run of a million
 * (found by the fuzz) would otherwise spell a short form a megabyte long.
 */
export function withPlusesAfter(text: string, close: number, def: InTextDefinition): InTextDefinition {
  if (def.shortEnd !== close) return def;
  let end = close + 1;
  while (text.charCodeAt(end) === 43 /* + */) end++;
  if (end === close + 1 || end - close - 1 > MAX_PLUSES || isLetterOrDigit(text.charCodeAt(end))) return def;
  return { ...def, abbr: def.abbr + text.slice(close + 1, end) };
}

/** The most pluses a short form is written with: `SDE++`. */
const MAX_PLUSES = 2;

/** Two short forms in one pair of brackets, joined by a slash or a space: `BSB/KMar`, `AP V-RTC`. */
const PAIR_OF_SHORT_FORMS = /^(\S{2,12}?)(?:[ \t]*\/[ \t]*| )(\S{2,12})$/;

/** The most characters a pair of short forms in brackets takes, spaces around a slash included. */
const PAIR_MAX = 28;

/**
 * The two short forms of `(BSB/KMar)` (2523), `(EZK/LNV)`, `(AP V-RTC)` (2462), each a candidate with two
 * capitals, where they start in the text; or null. Such a pair says what the words before name and what they
 * belong to, or names two bodies; `findDefinitions` takes a pair written with a space as one short form first
 * (`SV WoZ`), when the words before spell it whole.
 */
function pairInside(
  text: string,
  open: number,
  close: number,
  isCandidate: IsCandidate,
): [ShortForm, ShortForm] | null {
  if (close - open - 1 > PAIR_MAX) return null;
  const inside = text.slice(open + 1, close);
  const m = PAIR_OF_SHORT_FORMS.exec(inside);
  if (!m) return null;
  const a = m[1] as string;
  const b = m[2] as string;
  for (const sf of [a, b]) {
    // A letter first: `(MPP 2024-II)` (1024) names an edition, no second short form.
    if (!isLetter(sf.charCodeAt(0)) || !isShortFormShape(sf) || !isCandidate(sf)) return null;
    if (capitalsAndLowerCase(sf)[0] < 2) return null;
  }
  return [
    { sf: a, start: open + 1 },
    { sf: b, start: open + 1 + inside.lastIndexOf(b) },
  ];
}

/** Words that join the names of two short forms written as a pair: `… Beveiligingsopdrachten van Koninklijke Marechaussee`. */
const PAIR_JOINERS = new Set(['van', 'en', 'of', 'voor', 'der', 'de', 'het', 'bij', 'and', 'for']);

/**
 * What the words before a pair of short forms define (see `pairInside`), each by its own long form:
 * - two names parted by a slash, each short form's: `vaste commissie voor Economische Zaken en Klimaat / Landbouw,
 *   Natuur en Voedselkwaliteit (EZK/LNV)`, `Immigratie & Asiel / JBZ-raad (I&A/JBZ)` (1274, whose `JBZ-raad`
 *   spells nothing);
 * - the second short form's long form right before the brackets, and the first's before that and a joiner:
 *   `klokkenluider Brigade Speciale Beveiligingsopdrachten van Koninklijke Marechaussee (BSB/KMar)` (2523), not the
 *   glossary's `Bodemsanering van in gebruik zijnde bedrijfsterreinen`;
 * - else the first short form's long form right before the brackets, the second naming what it belongs to:
 *   `het aangevuld presidium (AP V-RTC)` (2462), not the `Autoriteit Persoonsgegevens`.
 */
function definePair(
  text: string,
  open: number,
  pair: readonly [ShortForm, ShortForm],
  initialsOnly: SpelledByInitials,
): InTextDefinition[] {
  const [a, b] = pair;
  const window = windowBefore(text, open, `${a.sf}${b.sf}`);
  if (!window) return [];
  const out: InTextDefinition[] = [];
  const add = (short: ShortForm, long: LongForm | null, offset: number) => {
    const def = long ? kept(definitionOf(short, long, offset), initialsOnly) : null;
    if (def) out.push(def);
  };
  const slash = window.text.lastIndexOf('/');
  if (slash >= 0) {
    const right = window.text.slice(slash + 1);
    const from = slash + 1 + (right.length - right.trimStart().length);
    const second = longFormBefore(b.sf, right.trim());
    // The second name may be written with its own short form: `JBZ-raad`.
    const named = right.trim().startsWith(`${b.sf}-`);
    if (!named && (!second || second.start !== 0)) return [];
    add(a, longFormBefore(a.sf, window.text.slice(0, slash).trimEnd()), window.start);
    if (!named) add(b, second, window.start + from);
    return out;
  }
  const second = longFormBefore(b.sf, window.text);
  if (!second) {
    add(a, longFormBefore(a.sf, window.text), window.start);
    return out;
  }
  const words = [...window.text.slice(0, second.start).matchAll(/\S+/g)];
  const joiner = words[words.length - 1];
  if (joiner && PAIR_JOINERS.has(joiner[0].toLowerCase()))
    add(a, longFormBefore(a.sf, window.text.slice(0, joiner.index).trimEnd()), window.start);
  add(b, second, window.start);
  return out;
}

/**
 * The short form of `(long form, SF)`: `een ambitiedocument (Expression of Principles, EoP)` (74), also
 * after an intro (`(…, hierna: GBF)`). The long form is then the parentheses' content before the last comma.
 */
function shortFormAfterComma(
  text: string,
  open: number,
  close: number,
): (ShortForm & { comma: number }) | null {
  let comma = close - 1;
  while (comma > open && text.charCodeAt(comma) !== 44) comma--;
  if (comma === open) return null;
  let start = comma + 1;
  while (start < close && isWhiteSpace(text.charCodeAt(start))) start++;
  // `(het zogenoemde Global Biodiversity Framework, hierna: GBF)` (194): an intro may come first.
  const intro = INTRO.exec(text.slice(start, close));
  if (intro) start += intro[0].length;
  let end = close;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === start || end - start > 12) return null;
  // `(Landing Platform Docks, LPD’s)` (204): a plural or possessive ending is no part of it.
  const sf = withoutPossessive(text.slice(start, end));
  return isShortFormShape(sf) ? { sf, start, comma } : null;
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

/** A short form candidate and where it starts in the searched text. */
interface ShortForm {
  sf: string;
  start: number;
  /** The number after the short form in `(SVP 2022)`, which the long form must end with too. */
  tag?: string;
  /** The noun after the short form in `(LC-fregatten)`, which the long form's last word ends with. */
  head?: string;
  /** Introduced as another language's short form (`Engelse afkorting:`): the long form need not spell it. */
  translated?: true;
  /** The word before the short form in `(Besluit FTK)`, which the name before starts with and the short form spells not. */
  lead?: string;
  /** A law's short form in lower case after its first word, `(Wet koa)`: its long form's initials must spell it. */
  lowerAfterLead?: true;
  /** The lead word is a noun in lower case, `(toets IMS)`: the words before repeat it right before the long form. */
  repeatedLead?: true;
  /** Where the long form of `(VTH-stelsel)` starts: after `het stelsel van` before it (325). */
  ofHeadStart?: number;
  /** `(EA-maatregelen)` with no noun before to end the long form: its initials must spell the short form. */
  gluedNoun?: true;
  /** The name after the short form in `(ROAZ-Euregio)`, which the words before end with as a word of its own. */
  name?: string;
}

/**
 * Where the long form before `(SF-head)` ends: before `head` at the end of the word right before the
 * parenthesis, glued to it (`Commandofregatten (LC-fregatten)`); -1 when that word does not end so.
 */
function beforeHead(text: string, open: number, head: string): number {
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const start = end - head.length;
  if (start <= 0 || text.slice(start, end).toLowerCase() !== head) return -1;
  if (!isLetter(text.charCodeAt(start - 1))) return -1;
  // The linking `s` of the compound is no part of the name: `Migratie- en veiligheid|s|fondsen (M&V-fondsen)` (1933).
  return LINKING_S_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? start - 1 : start;
}

/** A word ending that takes a linking `s` in a compound (`veiligheidsfondsen`, `regeringsbeleid`), and that `s`. */
const LINKING_S_BEFORE = /(?:heid|ing|teit|schap)s$/;

/**
 * What may follow a short form after a comma in its brackets: a year, or a month or day and its year, the date of
 * what it names (`(Cgb, mei 2000)`, 1900); or the web address of what it names (`de Autoriteit Woningcorporaties
 * (Aw, https://tijdelijk.ilent.nl/…)`, 2096).
 */
const AFTER_COMMA =
  /^\s*(?:(?:(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?(?:19|20)\d{2}|(?:https?:\/\/|www\.)\S+|(?:[Kk]amerstuk(?:ken)?(?:\s+I{1,2})?,?\s+)?\d{2}\s?\d{3}(?:-[A-Z0-9]+)?,\s*nr\.\s*\d+)$/;

/**
 * A short form after its lead word in the brackets (`Besluit FTK`, `Wet koa`, `toets IMS`), `m` its match (the word,
 * then the short form) in the brackets' text from `at`: the short form starts after that word and its space.
 */
function afterLead(m: RegExpExecArray, at: number): ShortForm {
  const leadWord = m[1] as string;
  return { sf: m[2] as string, start: at + leadWord.length + 1, lead: leadWord };
}

/** The short form of `long form (SF)`: the parentheses' content, after an intro such as `hierna:`. */
function shortFormInside(text: string, open: number, close: number): ShortForm | null {
  // Most parentheses hold words, numbers or dates (`(beiden SP)`, `(36 410-VIII, nr. 36)`): turned
  // down here by their characters, without the copies and patterns below.
  if (holdsNoShortForm(text, open + 1, close)) return null;
  let inside = text.slice(open + 1, close);
  // `Nationale Partij Suriname (NPS – 3/51)` (1983): the short form, then a dash and what the brackets add.
  const dashed = SHORT_FORM_THEN_DASH.exec(inside.trimStart());
  if (dashed && isShortFormShape(dashed[1] as string)) {
    return { sf: dashed[1] as string, start: open + 1 + inside.length - inside.trimStart().length };
  }
  // A letter's reference, two numbers in it: `… onder het klimaatverdrag (VROM-2001-290)` (2790), no short form.
  if (REFERENCE_CODE.test(inside)) return null;
  let lead = inside.length - inside.trimStart().length;
  inside = inside.trim();
  const intro = INTRO.exec(inside);
  if (intro) {
    lead += intro[0].length;
    inside = inside.slice(intro[0].length);
  }
  const translation = intro ? null : TRANSLATION_INTRO.exec(inside);
  if (translation) {
    const sf = withoutPossessive(inside.slice(translation[0].length));
    if (!isShortFormShape(sf)) return null;
    return { sf, start: open + 1 + lead + translation[0].length, translated: true };
  }
  // `Aanvalsprogramma Informatievoorziening Politie (AVP; 2011–2017)` (337): the short form comes first.
  const semicolon = inside.indexOf(';');
  if (semicolon > 0 && isShortFormShape(inside.slice(0, semicolon))) {
    return { sf: inside.slice(0, semicolon), start: open + 1 + lead };
  }
  // `Commissie gelijke behandeling (Cgb, mei 2000)` (1900): the short form first, then the date of a report or the
  // address of what it names (2096).
  const comma = inside.indexOf(',');
  if (comma > 0 && AFTER_COMMA.test(inside.slice(comma + 1)) && isShortFormShape(inside.slice(0, comma))) {
    return { sf: inside.slice(0, comma), start: open + 1 + lead };
  }
  const sf = withoutPossessive(inside);
  // `Structuurvisie Windenergie op Zee (SV WoZ)` (219): two short forms with a space make one.
  if (isSpacedShortForm(sf)) return { sf, start: open + 1 + lead };
  // `(hierna: SCM-verdrag)` (171): after an intro, a compound of a short form and a noun defines the short form.
  const compound = INTRODUCED_COMPOUND.exec(sf);
  if (compound && intro) return { sf: compound[1] as string, start: open + 1 + lead };
  // `dove en slechthorende leerlingen (hierna: dsh-leerlingen)` (2696): after an intro, a lower-case short form glued
  // to the noun that ends the words before as a word of its own; the long form ends before that noun.
  const lowerCompound = intro ? LOWER_INTRODUCED_COMPOUND.exec(sf) : null;
  if (lowerCompound && beforeTag(text, open, lowerCompound[2] as string) > 0) {
    return { sf: lowerCompound[1] as string, start: open + 1 + lead, name: lowerCompound[2] as string };
  }
  // `Luchtverdedigings- en Commandofregatten (LC-fregatten)` (204): without an intro, when the word before
  // the parenthesis ends with the same noun; the long form then ends before that noun.
  if (compound && beforeHead(text, open, compound[2] as string) > 0) {
    return { sf: compound[1] as string, start: open + 1 + lead, head: compound[2] as string };
  }
  // `het stelsel van vergunningverlening, toezicht en handhaving (VTH-stelsel)` (325): the noun before
  // the long form, joined to it by `van`.
  const ofHeadStart = compound ? afterHeadOf(text, open, compound[2] as string) : -1;
  if (compound && ofHeadStart >= 0) return { sf: compound[1] as string, start: open + 1 + lead, ofHeadStart };
  // `Regionaal Overleg Acute Zorg Euregio (ROAZ-Euregio)` (1338): a name glued to the short form that also ends
  // the words before, as a word of its own; the long form ends before it, and the short form is the capitals.
  const withName = compound ? null : NAMED_COMPOUND.exec(sf);
  if (withName && beforeTag(text, open, withName[2] as string) > 0) {
    return { sf: withName[1] as string, start: open + 1 + lead, name: withName[2] as string };
  }
  // `ecologisch aandachtsgebied (EA-maatregelen)` (1037): the noun stands nowhere before; the words before must
  // spell the short form by their initials, as a law's lower-case short form's must.
  if (compound) return { sf: compound[1] as string, start: open + 1 + lead, gluedNoun: true };
  // `de 7de Voortgangsrapportage Kinderopvangtoeslag (hierna: 7e VGR)` (188): after an intro, the edition's
  // ordinal before the short form belongs to neither.
  const ordinal = intro ? ORDINAL_BEFORE.exec(sf) : null;
  if (ordinal && isShortFormShape(ordinal[2] as string)) {
    return { sf: ordinal[2] as string, start: open + 1 + lead + (ordinal[1] as string).length };
  }
  // `Volksgezondheid Toekomst Verkenning (VTV-2014)` (1117): the year of an edition, glued on by a hyphen, is no
  // part of the short form; nor when the name before ends with it too, which then ends before it, as after
  // `(SVP 2022)`: `Wet op de inlichtingen en veiligheidsdiensten 2002 (WIV-2002)` (1981).
  const edition = EDITION_YEAR.exec(sf);
  if (edition && isShortFormShape(edition[1] as string)) {
    const year = edition[2] as string;
    const named = text.slice(Math.max(0, open - 8), open).includes(year);
    return { sf: edition[1] as string, start: open + 1 + lead, ...(named ? { tag: year } : {}) };
  }
  // `(SF; North Atlantic Council)` and `(SF, ...)`: only the first item can be the short form here.
  if (isShortFormShape(sf)) return { sf, start: open + 1 + lead };
  // `Besluit financieel toetsingskader pensioenfondsen (Besluit FTK)` (266): the name's first word, then the short form;
  // after an intro also a noun in lower case, `het experiment instellingsaccreditatie met een lichtere
  // opleidingsaccreditatie (hierna: experiment ILO)` (2456).
  const named = LEAD_WORD_SHORT_FORM.exec(inside) ?? (intro ? INTRODUCED_LEAD_NOUN.exec(inside) : null);
  if (named && isShortFormShape(named[2] as string) && hasTwoCapitals(named[2] as string)) {
    return afterLead(named, open + 1 + lead);
  }
  // `Wet kansspelen op afstand (Wet koa)` (468), `(Wet vef)` (157): a law's short form in lower case.
  if (named && LAW_LEADS.has(named[1] as string) && LOWER_SHORT_FORM.test(named[2] as string)) {
    return { ...afterLead(named, open + 1 + lead), lowerAfterLead: true };
  }
  // `de toets internationale militaire samenwerking (toets IMS, 29 957, nr. 1)` (576): a noun in lower case, the
  // short form and perhaps what `(Cgb, mei 2000)` may add after it, where the words before repeat that noun right
  // before the long form.
  const repeated = intro ? null : LOWER_LEAD_SHORT_FORM.exec(inside);
  if (repeated && isRepeatedLead(repeated)) {
    return { ...afterLead(repeated, open + 1 + lead), repeatedLead: true };
  }
  const tagged = TAGGED_SHORT_FORM.exec(inside);
  // `Homogene Groep Internationale Samenwerking 2009 (HGIS-nota 2009)` (2391): the short form of a compound with
  // its year is its capitals, as `(EA-maatregelen)` without one: the words before must spell them.
  const taggedCompound = tagged ? INTRODUCED_COMPOUND.exec(tagged[1] as string) : null;
  if (taggedCompound) {
    return {
      sf: taggedCompound[1] as string,
      start: open + 1 + lead,
      tag: tagged?.[2] as string,
      gluedNoun: true,
    };
  }
  if (tagged && isShortFormShape(tagged[1] as string)) {
    return { sf: tagged[1] as string, start: open + 1 + lead, tag: tagged[2] as string };
  }
  // `het Nationaal Programma Onderwijs (hierna: NP Onderwijs)` (698), `de Bestuurlijke Overleggen Leefomgeving
  // (BO’s Leefomgeving)` (694): the short form keeps the name's last word, which the long form must end with.
  const worded = WORD_TAGGED_SHORT_FORM.exec(inside);
  if (worded) {
    const short = withoutPossessive(worded[1] as string);
    const tag = worded[2] as string;
    if (isShortFormShape(short) && beforeTag(text, open, tag) > 0)
      return { sf: short, start: open + 1 + lead, tag };
  }
  return null;
}

/** A short form, then a dash between spaces: `NPS – 3/51`. */
const SHORT_FORM_THEN_DASH = /^(\S+) [–-] /;

/** A short form and an edition's year glued on by a hyphen: `VTV-2014`. */
const EDITION_YEAR = /^(\p{Lu}{2}\S*?)-((?:19|20)\d\d)$/u;

/** A short form opening with two capitals and a capitalized word: `NP Onderwijs`, `BO’s Leefomgeving`. */
const WORD_TAGGED_SHORT_FORM = /^(\p{Lu}{2}\S*)[ \u00a0](\p{Lu}\p{Ll}{2,})$/u;

/** How far before the parenthesis `<noun> van` may stand: a long form of a few words. */
const HEAD_OF_REACH = 120;

/** Where the words after `<head> van ` start, within HEAD_OF_REACH before `open` on its line; -1 when none. */
function afterHeadOf(text: string, open: number, head: string): number {
  const from = Math.max(0, open - HEAD_OF_REACH);
  const window = text.slice(from, open).toLowerCase();
  const at = window.lastIndexOf(`${head} van `);
  if (at < 0 || (at > 0 && isLetter(window.charCodeAt(at - 1))) || window.includes('\n', at)) return -1;
  return from + at + head.length + ' van '.length;
}

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

/**
 * Two parts of two to six letters with a space between: `SV WoZ` (219), `BDU CJG` (227); an ampersand may join
 * the letters of a part, `Geïntegreerde Aanwijzing Inlichtingen en Veiligheid (GA I&V)` (2526).
 */
const SPACED_SHORT_FORM = /^([A-Z][A-Za-z&]{1,5}) ([A-Z][A-Za-z&]{1,5})$/;

/** A short form written as two (`SV WoZ`, `BDU CJG`): each part has two capitals and no more lower case. */
export function isSpacedShortForm(sf: string): boolean {
  const m = SPACED_SHORT_FORM.exec(sf);
  return (
    m !== null &&
    hasTwoCapitals(m[1] as string) &&
    hasTwoCapitals(m[2] as string) &&
    !ROMAN_EDITION.test(m[2] as string)
  );
}

function hasTwoCapitals(part: string): boolean {
  const [caps, lower] = capitalsAndLowerCase(part);
  return caps >= 2 && lower <= caps;
}

/** A capitalized word of letters and a short form: `Besluit FTK`, `Wet BIG`. */
const LEAD_WORD_SHORT_FORM = /^(\p{Lu}\p{Ll}{2,})[ \u00a0](\S+)$/u;
/** After `hierna:`, a noun in lower case and a short form: `experiment ILO`. */
const INTRODUCED_LEAD_NOUN = /^(\p{Ll}{3,})[ \u00a0](\S+)$/u;
/** A noun in lower case and a short form, perhaps with a comma and more: `toets IMS, 29 957, nr. 1`. */
const LOWER_LEAD_SHORT_FORM = /^(\p{Ll}{3,})[ \u00a0]([^\s,]+)(?:,(.*))?$/u;

/** Is `match` of LOWER_LEAD_SHORT_FORM a short form of capitals, then nothing or what AFTER_COMMA accepts? */
function isRepeatedLead(match: RegExpExecArray): boolean {
  const sf = match[2] as string;
  const tail = match[3];
  return isShortFormShape(sf) && hasTwoCapitals(sf) && (tail === undefined || AFTER_COMMA.test(tail));
}

/** The first words of laws and regulations whose short forms may be written in lower case after them. */
const LAW_LEADS = new Set(['Wet', 'Besluit', 'Regeling']);

/** An edition's ordinal and a short form: `7e VGR`, `3de NAP`. */
const ORDINAL_BEFORE = /^(\d{1,3}(?:e|de|ste)[ \u00a0]+)(\S+)$/;

/** Two numbers joined by a hyphen or slash: a reference (`VROM-2001-290`), which no short form holds. */
const REFERENCE_CODE = /\d[-/]\d|\d[-/][A-Za-z]*[-/]\d/;

/** A lower-case short form joined to a lower-case noun: `dsh-leerlingen`. */
const LOWER_INTRODUCED_COMPOUND = /^([a-z]{2,5})-(\p{Ll}{3,})$/u;

/**
 * A short form in capitals joined to a lower-case noun: `SCM-verdrag`, `AVG-boete`; its capitals may be joined by
 * an ampersand, `De Migratie- en veiligheidsfondsen (M&V-fondsen)` (1933).
 */
const INTRODUCED_COMPOUND = /^(\p{Lu}(?:&?\p{Lu}){1,5})-(\p{Ll}{3,})$/u;
/** A short form and a capitalized name joined by a hyphen: `ROAZ-Euregio`. */
const NAMED_COMPOUND = /^(\p{Lu}{2,6})-(\p{Lu}\p{Ll}{2,})$/u;

/** The roman numeral of an edition, second to tenth (a lone `I` names no later edition). */
const ROMAN = String.raw`I{2,3}|IV|VI{0,3}|IX|X`;
const ROMAN_EDITION = new RegExp(`^(?:${ROMAN})$`);
/**
 * `Strategisch Vastgoedplan 2022 (SVP 2022)`: a short form with the number (a year, an edition)
 * that also ends the long form. The short form is the letters; the number is no part of either.
 * The edition may be a roman numeral: `Derde Structuurschema Elektriciteitsvoorziening (SEV III)` (417).
 */
const TAGGED_SHORT_FORM = new RegExp(String.raw`^(\S+)[ \u00a0](\d{1,4}|${ROMAN})$`);

/** Where the long form before `(SF tag)` ends: before the tag (see `beforeTag`), else at the parenthesis. */
function beforeTagOrOpen(text: string, open: number, tag: string): number {
  const end = beforeTag(text, open, tag);
  return end < 0 ? open : end;
}

/**
 * Where the long form before `(SF tag)` ends: before the same `tag`, as a word of its own, right
 * before the parenthesis (`Vastgoedplan 2022 (SVP 2022)`); -1 when the number is not there. Also
 * the name glued to a short form, `Regionaal Overleg Acute Zorg Euregio (ROAZ-Euregio)` (1338).
 */
function beforeTag(text: string, open: number, tag: string): number {
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  const start = end - tag.length;
  if (start <= 0 || text.slice(start, end) !== tag || !isWhiteSpace(text.charCodeAt(start - 1))) return -1;
  return start;
}

/** ASCII whitespace, which `trim` removes: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Is it certain, from its characters alone, that `shortFormInside` finds no short form in
 * `text[from, to)`? False when unsure (the caller then reads it in full). Certain when the content,
 * trimmed, starts and ends with ASCII (so `trim` cuts exactly the ASCII whitespace skipped here), cannot
 * start an INTRO (all of them start with h, v, a, k or o, in either case) and holds an ASCII character
 * that SHORT_FORM refuses: the possessive ending removed before the test holds none (only letters and
 * apostrophes), so the short form keeps that character and fails.
 */
export function holdsNoShortForm(text: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && isAsciiSpace(text.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(text.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  const first = text.charCodeAt(a);
  if (first >= 128 || text.charCodeAt(b - 1) >= 128) return false;
  // `| 0x20` lower-cases ASCII letters; of all ASCII codes only h/H, v/V, a/A, k/K, o/O give these five.
  const lower = first | 0x20;
  if (lower === 104 || lower === 118 || lower === 97 || lower === 107 || lower === 111) return false;
  // e/E, f/F, i/I may start a TRANSLATION_INTRO: only a short stretch is read to tell.
  if (
    (lower === 101 || lower === 102 || lower === 105) &&
    TRANSLATION_INTRO.test(text.slice(a, Math.min(b, a + 40)))
  ) {
    return false;
  }
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    // A space before a number that ends the content may close a tagged short form (`SVP 2022`), one
    // may join two parts of a short form (`SV WoZ`), one may follow a name's first word (`Wet BIG`), and
    // one may come before a name's last word (`NP Onderwijs`).
    if (c === 32) {
      if (endsInTag(text, i + 1, b)) return false;
      // `(NPS – 3/51)` (1983): a short form, then a dash and what the brackets add.
      if (SHORT_FORM_THEN_DASH.test(text.slice(a, Math.min(b, i + 3))))
        return !isShortFormShape(text.slice(a, i));
      const content = text.slice(a, b);
      return (
        !isSpacedShortForm(content) &&
        !LEAD_WORD_SHORT_FORM.test(content) &&
        !WORD_TAGGED_SHORT_FORM.test(content) &&
        !leadRepeatedBefore(text, from, content)
      );
    }
    // `(AVP; 2011–2017)` (337): a short form, then what the brackets add about it.
    if (c === 59) return !isShortFormShape(text.slice(a, i));
    // `(Cgb, mei 2000)` (1900), `(Aw, https://…)` (2096): a short form, then the date or address of what it names.
    if (c === 44) return !(isShortFormShape(text.slice(a, i)) && AFTER_COMMA.test(text.slice(i + 1, b)));
    // Letters, digits, `&` and `-` may be in a short form; `'` may start a possessive ending.
    if (c < 128 && !isAsciiAlnum(c) && c !== 38 && c !== 45 && c !== 39) return true;
  }
  return false;
}

/**
 * Does `content`, the brackets' at `from`, hold a noun in lower case and a short form (LOWER_LEAD_SHORT_FORM) whose
 * noun the words just before the brackets hold too: `toets … (toets IMS, 29 957, nr. 1)` (576), not `(beiden SP)`.
 */
function leadRepeatedBefore(text: string, from: number, content: string): boolean {
  const match = LOWER_LEAD_SHORT_FORM.exec(content);
  if (!match || !isRepeatedLead(match)) return false;
  // Before the `(` at `from - 1`, in a window's reach (never the whole text back: `(beiden SP)` recurs in a long
  // paper); any white space may follow it there, so the word alone is looked for.
  return text.slice(Math.max(0, from - 1 - MAX_WINDOW_CHARS), from - 1).includes(match[1] as string);
}

/** Is `text[from, to)` one to four ASCII digits or an edition's roman numeral, the tag of a tagged short form? */
function endsInTag(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  if (ROMAN_EDITION.test(text.slice(from, to))) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `s` without a plural or possessive ending (POSSESSIVE); the pattern only runs when `s` holds an apostrophe. */
function withoutPossessive(s: string): string {
  return s.includes("'") || s.includes('’') ? s.replace(POSSESSIVE, '') : s;
}

/**
 * `SHORT_FORM.test(sf)`, by character codes when `sf` is plain ASCII, where `\p{L}\p{N}` is exactly
 * A-Z, a-z and 0-9: a letter or digit first, then letters, digits, `&`, and hyphens each followed by a
 * letter or digit. A non-ASCII character sends it to the pattern; an ASCII character the pattern
 * refuses is refused at once, whatever follows.
 */
export function isShortFormShape(sf: string): boolean {
  if (!sf) return false;
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i);
    if (c >= 128) return SHORT_FORM.test(sf);
    if (isAsciiAlnum(c)) continue;
    if (i === 0) return false; // a letter or digit first
    if (c === 38) continue; // &
    if (c !== 45) return false; // only a hyphen remains, and only before a letter or digit
    const next = sf.charCodeAt(i + 1); // NaN past the end: refused below
    if (next >= 128) return SHORT_FORM.test(sf);
    if (!isAsciiAlnum(next)) return false;
  }
  return true;
}

/** `long form (SF)`. */
function defineBefore(
  text: string,
  open: number,
  short: ShortForm,
  aligned: Alignments,
  namesElsewhere: NamesElsewhere,
  standardNames: NamesElsewhere,
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
): LongForm | null {
  // A legal form the short form does not spell is no part of the name (`Koninklijke PTT Nederland N.V. (KPN)`, 548);
  // one it spells is (`Petroleos de Venezuela, S.A. (PdVSA)`, 1146).
  let long = beforeLegalForm(sf, window) ?? longFormBefore(sf, window);
  if (!long && translated) long = nameBefore(window);
  if (!long) {
    const names = namesElsewhere(sf);
    if (names.length > 0) long = translatedNameBefore(window, names);
  }
  if (!long) long = compoundLongForm(sf, window);
  if (!long) long = beforeOwnerShortForm(sf, window);
  if (!long && untagged)
    long = beforeQualifyingPhrase(sf, window) ?? beforeTrailingName(sf, window, standardNames);
  return long;
}

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
function beforeQualifyingPhrase(sf: string, window: string): LongForm | null {
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
function beforeTrailingName(sf: string, window: string, standardNames: NamesElsewhere): LongForm | null {
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

/** A company's legal form after its name: `het Havenbedrijf Rotterdam NV (HbR)` (938). */
const LEGAL_FORM_AT_END = /\s+(?:N\.?V\.?|B\.?V\.?)\s*$/;

/** The long form of `sf` before the legal form that ends the window, the name without it (`Havenbedrijf Rotterdam`). */
function beforeLegalForm(sf: string, window: string): LongForm | null {
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
function beforeOwnerShortForm(sf: string, window: string): LongForm | null {
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
function compoundLongForm(sf: string, window: string): LongForm | null {
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

/**
 * The definition of `short` by `long`, whose offsets are relative to `offset` in the text. SHORT_FORM
 * holds no spaces: `short.sf` is trimmed already.
 */
function definitionOf(short: ShortForm, long: LongForm, offset: number): InTextDefinition {
  return {
    abbr: short.sf,
    expansion: long.expansion,
    longStart: offset + long.start,
    longEnd: offset + long.end,
    shortStart: short.start,
    shortEnd: short.start + short.sf.length,
  };
}

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

/**
 * The names the glossary gives `sf` in another language than the letter's (`Recovery and Resilience
 * Facility` for `RRF`): a Dutch name before the parenthesis, which does not spell the short form, may
 * still be its definition when it shares a word's stem with one of them (see `translatedNameBefore`).
 */
export type NamesElsewhere = (sf: string) => readonly string[];
const NO_NAMES: NamesElsewhere = () => [];

/** Articles, which start a name before a parenthesis unless they stand inside one (`Verdrag van de Verenigde Naties`). */
const ARTICLES = new Set(['de', 'het', 'een', 'De', 'Het', 'Een']);
/** Prepositions that join the parts of a name around an article: `Organisatie voor de Noordoost …`. */
const NAME_PREPOSITIONS = new Set(['van', 'voor', 'inzake', 'op', 'in', 'tegen']);
/** A translated name has at most this many words. */
const MAX_TRANSLATED_WORDS = 10;
/** Letters of an other-language word's stem that the Dutch name must hold (`facil` in `faciliteit`). */
const STEM_LETTERS = 5;

/**
 * The Dutch name of a short form whose glossary name is in another language: `de faciliteit voor herstel
 * en veerkracht (RRF)` (281), `de geharmoniseerde consumentenprijsindex (HICP)` (233), `het Verdrag van de
 * Verenigde Naties inzake biologische diversiteit (CBD)` (194). The words back from the parenthesis to an
 * article (one inside a name, between a preposition and capitals, is passed), a punctuation mark or the
 * window's start; two words at least, and one stem of a word of `names` in them: without that
 * likeness, `de andere landen (NAVO)` would be read as a definition.
 */
function translatedNameBefore(window: string, names: readonly string[]): LongForm | null {
  const words = [...window.matchAll(/\S+/g)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_TRANSLATED_WORDS; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/[,.;:!?()«»"“”]/.test(w)) break;
    if (ARTICLES.has(w)) {
      const after = words[k + 1]?.[0] ?? '';
      const prep = words[k - 1]?.[0] ?? '';
      const head = words[k - 2]?.[0] ?? '';
      const insideName = /^\p{Lu}/u.test(after) && NAME_PREPOSITIONS.has(prep) && /^\p{Lu}/u.test(head);
      if (!insideName) break;
    }
    first = k;
  }
  if (words.length - first === 1) return compoundOfName(window, words[first] as RegExpMatchArray, names);
  if (words.length - first < 2) return null;
  const alike = (from: number) => alikeName(fold(window.slice(from)), names);
  // The capitalized name that ends the words, when it is alike by itself: `de op 30 oktober 2016 te Brussel tot
  // stand gekomen Brede Economische en Handelsovereenkomst (CETA)` (1645), `de oprichting van Permanent
  // Gestructureerde Samenwerking (PESCO)` (529); the words before it are the sentence's.
  const run = nameBefore(window);
  const runStart = run?.start ?? -1;
  if (run && runStart > (words[first]?.index as number) && alike(runStart)) return run;
  // Else the words after the last that a name never holds, a verb or conjunction of the sentence: `Om te kunnen
  // kwalificeren als officiële ontwikkelingssamenwerking (ODA)` (2752) names the aid alone.
  for (let k = words.length - 3; k >= first; k--) {
    if (SENTENCE_WORDS.has((words[k] as RegExpMatchArray)[0].toLowerCase())) {
      first = k + 1;
      break;
    }
  }
  const start = (words[first] as RegExpMatchArray).index as number;
  if (!alike(start)) return null;
  const expansion = cleanExpansion(window.slice(start));
  return { start, end: window.length, expansion };
}

/** The fewest letters of a name's first word that a Dutch compound may be built on. */
const COMPOUND_BASE_LETTERS = 4;

/**
 * One capitalized Dutch compound built on the first word of a name of the short form: `de Doharonde (DDA)` (2341),
 * the round of the Doha Development Agenda. The letter's own word, which its letters do not spell.
 */
function compoundOfName(window: string, word: RegExpMatchArray, names: readonly string[]): LongForm | null {
  const w = word[0];
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
  const folded = fold(w);
  const builtOn = names.some((name) => {
    const base = fold(name.split(/[\s-]+/)[0] ?? '');
    return base.length >= COMPOUND_BASE_LETTERS && folded.length > base.length + 2 && folded.startsWith(base);
  });
  if (!builtOn) return null;
  const start = word.index as number;
  return { start, end: start + w.length, expansion: w };
}

/** Words of a sentence that no name holds: conjunctions, relatives and the commonest verbs. */
const SENTENCE_WORDS = new Set(
  'als zoals dan dat die wat waar is zijn was waren wordt worden werd werden kan kunnen moet moeten zal zullen heeft hebben'.split(
    ' ',
  ),
);

/**
 * Does the folded `phrase` hold the stem of a word of one of `names`, and is it not that name itself or a part of
 * it (`het Alliance Concept for Multi-Domain Operations (I-MDO)` in the NAVO letter, whose `I` is the `initiële
 * versie` before it: the glossary's meaning stays)?
 */
function alikeName(phrase: string, names: readonly string[]): boolean {
  const phraseWords = phrase.split(/[^a-z]+/).filter((w) => w.length >= 3);
  return names.some((name) => {
    const nameWords = fold(name).split(/[^a-z]+/);
    if (phraseWords.every((w) => nameWords.includes(w))) return false;
    return nameWords.some((w) => w.length >= STEM_LETTERS && phrase.includes(w.slice(0, STEM_LETTERS)));
  });
}

/** Lower-case words inside a Dutch name: `Bureau voor Democratische Instellingen en Mensenrechten`. */
const NAME_JOINERS = new Set([
  'van',
  'voor',
  'en',
  'de',
  'der',
  'het',
  'op',
  'in',
  'inzake',
  'tot',
  'of',
  'ter',
]);

/**
 * The name that ends `window`: its last words back to the first of a run of capitalized words and the
 * joiners between them, at most twelve words; null when the window does not end in a capitalized word.
 * For a short form of another language, whose letters the name does not spell.
 */
function nameBefore(window: string): LongForm | null {
  const words = [...window.matchAll(/\S+/g)];
  let first = -1;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 12; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) first = k;
    else if (!NAME_JOINERS.has(w.toLowerCase())) break;
  }
  if (first < 0 || !/^\p{Lu}/u.test((words[words.length - 1] as RegExpMatchArray)[0])) return null;
  const start = (words[first] as RegExpMatchArray).index as number;
  const expansion = cleanExpansion(window.slice(start));
  return expansion.includes(' ') ? { start, end: window.length, expansion } : null;
}

/** The long form of `sf` at the end of `window`, the words before its parenthesis, or null. */
function longFormBefore(sf: string, window: string): LongForm | null {
  const letters = shortFormLetters(sf);
  const aligned = matchLongForm(letters, window, 'suffix') ?? compoundGloss(letters, window);
  if (!aligned) return null;
  const match = pastLeadingNoun(letters, window, fromCapitalizedName(sf, letters, window, aligned));
  const start = afterJoiningSlash(window, match.start);
  const expansion = cleanExpansion(window.slice(start, match.end));
  return plausible(sf, expansion) ? { start, end: match.end, expansion } : null;
}

/**
 * Past a slash that glues the long form to what stands before it: `de Centrale Organisatie voor de Vleessector
 * (COV)/Vereniging voor de Nederlandse Vleeswarenindustrie (VNV)` (1695). The slash joins two names; it is part of
 * neither.
 */
function afterJoiningSlash(window: string, start: number): number {
  let k = start;
  while (window.charCodeAt(k) === 47 /* / */) k++;
  return k;
}

/**
 * `dit in vervolg op de Veiligheidsmonitor Rijk 2006 (VMR2006)` (628): a long form aligned from a lower-case
 * word (`vervolg`) while a capitalized word with the short form's capital initial stands inside it, from which
 * the letters align as well (`Veiligheidsmonitor Rijk 2006`): the name starts at that capital.
 */
function fromCapitalizedName(
  sf: string,
  letters: readonly string[],
  window: string,
  match: { start: number; end: number },
): { start: number; end: number } {
  const initial = sf.charCodeAt(0);
  const first = window.charCodeAt(match.start);
  // An ASCII capital initial, and the long form starting with that letter in lower case.
  if (!isAsciiUpper(initial) || first !== (initial | 0x20)) return match;
  const capital = sf[0] as string;
  for (
    let q = window.indexOf(capital, match.start + 1);
    q >= 0 && q < match.end;
    q = window.indexOf(capital, q + 1)
  ) {
    if (!isWhiteSpace(window.charCodeAt(q - 1))) continue;
    const narrowed = matchLongForm(letters, window.slice(q), 'suffix');
    if (narrowed && narrowed.start === 0 && q + narrowed.end === match.end)
      return { start: q, end: match.end };
  }
  return match;
}

/**
 * `van` with an article, after a lower-case word or at the start: `voorhang van de `, what is done to the name after
 * it, or `van een ` that the alignment took for the short form's `v` (2152).
 */
const LEADING_NOUN_OF = /^(?:\p{Ll}+ )?van (?:de |het |een )?/u;

/**
 * `over voorhang van de verkeersverdelingsregel (VVR)` (1810): a long form aligned from a lower-case noun and `van
 * de` while the words after them spell the short form by themselves, from their start (`verkeersverdelingsregel`):
 * the noun says what happens to what the short form names, and the name starts after it. So with `van een` alone:
 * `het overleg van een visstandbeheercommissie (VBC)` (2152).
 */
function pastLeadingNoun(
  letters: readonly string[],
  window: string,
  match: { start: number; end: number },
): { start: number; end: number } {
  const lead = LEADING_NOUN_OF.exec(window.slice(match.start, match.end));
  if (!lead) return match;
  const q = match.start + lead[0].length;
  const narrowed = matchLongForm(letters, window.slice(q, match.end), 'suffix');
  return narrowed && narrowed.start === 0 && q + narrowed.end === match.end
    ? { start: q, end: match.end }
    : match;
}

const TOKEN_CHAR = /[\p{L}\p{N}&'’-]/u;

/** May `text[i]` belong to the token before a parenthesis? ASCII without a regex call. */
function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 128) return TOKEN_CHAR.test(text[i] as string);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 39 || c === 45
  );
}

/** The short form of `SF (long form)`: the token right before the parenthesis, after at most one space. */
function shortFormBefore(text: string, open: number): ShortForm | null {
  let end = open;
  if (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && isTokenChar(text, start - 1)) start--;
  if (start === end || end - start > 24) return null;
  const sf = withoutPossessive(text.slice(start, end));
  if (!isShortFormShape(sf)) return null;
  // `de BMR-vaccinatie (bof, mazelen, rodehond)` (215): the short form of a compound is explained.
  const compound = INTRODUCED_COMPOUND.exec(sf);
  return { sf: compound ? (compound[1] as string) : sf, start };
}

/**
 * The short form after the last hyphen of a compound before the brackets, when the brackets spell it and not the
 * whole: `de Stichting Gedupeerden Gevaarlijke Stoffen NL-POMS (Prepositional Organizational Material Storage)`
 * (2284) defines `POMS`; `NL` names the country.
 */
function lastPart(short: ShortForm | null): ShortForm | null {
  if (!short) return null;
  const hyphen = short.sf.lastIndexOf('-');
  if (hyphen <= 0 || hyphen === short.sf.length - 1) return null;
  return { sf: short.sf.slice(hyphen + 1), start: short.start + hyphen + 1 };
}

/** `SF (long form)`. */
function defineInside(
  text: string,
  open: number,
  close: number,
  short: ShortForm,
  aligned: Alignments,
): InTextDefinition | null {
  const { sf } = short;
  const inside = text.slice(open + 1, close);
  const key = `${sf} ${inside}`;
  let long = aligned.inside.get(key);
  if (long === undefined) aligned.inside.set(key, (long = longFormInside(sf, inside)));
  if (!long) return null;
  return definitionOf(short, long, open + 1);
}

/**
 * `het zogenoemde`, `de zogenaamde`, `zogeheten` before a name; or `met name` and an article, which single
 * out what is named: `(met name de nationale en regionale partnerschap plannen, hierna: NRPP)` (1720).
 */
const SO_CALLED =
  /^(?:(?:(?:het|de|een)\s+)?(?:zogenoemde|zogenaamde|zogeheten|zogenoemd|zogenaamd)|met\s+name(?:\s+(?:de|het))?)\s+/i;

/** The long form of `sf` spanning `inside`, the content of the parentheses after it (offsets in `inside`), or null. */
function longFormInside(sf: string, inside: string): LongForm | null {
  const words = inside.trim().split(/\s+/);
  if (words.length < 2 || words.length > 14) return null;
  let lead = inside.length - inside.trimStart().length;
  let body = inside.trim();
  // `(het zogenoemde Global Biodiversity Framework, hierna: GBF)` (194), `(met name de …, hierna: NRPP)` (1720):
  // what introduces the name is no part of it.
  const so = SO_CALLED.exec(body);
  if (so) {
    lead += so[0].length;
    body = body.slice(so[0].length);
  }
  const letters = shortFormLetters(sf);
  const match = matchLongForm(letters, body, 'whole');
  if (!match) return null;
  const start = lead + match.start;
  const end = lead + match.end;
  const expansion = cleanExpansion(inside.slice(start, end));
  return plausible(sf, expansion) ? { start, end, expansion } : null;
}

/** The text before `(`, cut at sentence punctuation, a blank line, or the word limit. */
function windowBefore(text: string, open: number, sf: string): { start: number; text: string } | null {
  const k = shortFormLetters(sf)[0]?.length ?? 0;
  if (k === 0) return null;
  const maxWords = Math.min(k + 5, 2 * k) + 2;
  let end = open;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  // A long form in quotes, `«klant sluit zichzelf aan» (KSZA)` (110): the window is what the quotes hold.
  const q = text.charCodeAt(end - 1);
  if (q === 0xbb || q === 0x201d || q === 34) end--;
  let i = end;
  // Dotted initials that end the window, a company's legal form, do not stop it at their last dot:
  // `Petroleos de Venezuela, S.A. (PdVSA)` (1146).
  if (endsInDottedInitials(text, end)) i -= 2;
  let words = 0;
  let inWord = false;
  const floor = Math.max(0, end - MAX_WINDOW_CHARS);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    // 46: `.`; an en dash glued between two words joins them (`Amsterdam–Almere–Markermeer (RRAAM)`, 691); brackets
    // around the start of a word are part of it (`Stichting (Gelijk)waardig Herstel (SGH)`, 2536).
    if (
      isStopCode(c) &&
      !(c === 46 && isAbbreviationDot(text, i - 1)) &&
      !(c === 0x2013 && joinsWords(text, i - 1)) &&
      !((c === 40 || c === 41) && bracketsWordStart(text, i - 1))
    ) {
      break;
    }
    if (c === 10 && i >= 2 && text.charCodeAt(i - 2) === 10) break; // a blank line
    const space = isWhiteSpace(c);
    if (!space && !inWord) {
      if (words === maxWords) break;
      words++;
    }
    inWord = !space;
    i--;
  }
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  if (i >= end) return null;
  return { start: i, text: text.slice(i, end) };
}

/**
 * Does the text before `end` close dotted initials, `S.A.` or `N.V.`: a dot after a lone letter that a dot follows
 * inside the initials? That last dot ends no sentence.
 */
function endsInDottedInitials(text: string, end: number): boolean {
  return (
    end >= 4 &&
    text.charCodeAt(end - 1) === 46 &&
    isLetter(text.charCodeAt(end - 2)) &&
    text.charCodeAt(end - 3) === 46 &&
    isLetter(text.charCodeAt(end - 4)) &&
    (end === 4 || !isLetter(text.charCodeAt(end - 5)))
  );
}

/**
 * Is the bracket at `at` one of a pair around the start of a word, glued to the rest of it: `(Gelijk)waardig`,
 * `(her)inrichting`? Letters inside, a letter after the closing one, and the opening one at the word's start.
 */
function bracketsWordStart(text: string, at: number): boolean {
  let open = at;
  if (text.charCodeAt(at) === 41) {
    while (open > 0 && isLetter(text.charCodeAt(open - 1))) open--;
    if (open === at || open === 0 || text.charCodeAt(open - 1) !== 40) return false;
    open--;
  }
  if (open > 0 && !isWhiteSpace(text.charCodeAt(open - 1))) return false;
  let close = open + 1;
  while (close < text.length && isLetter(text.charCodeAt(close))) close++;
  return close > open + 1 && text.charCodeAt(close) === 41 && isLetter(text.charCodeAt(close + 1));
}

/** Is the character at `at` glued between two letters? */
function joinsWords(text: string, at: number): boolean {
  return at > 0 && isLetter(text.charCodeAt(at - 1)) && isLetter(text.charCodeAt(at + 1));
}

/** A dot inside a word such as `d.d.` or `E.Z.` does not end the window; a sentence end does. */
function isAbbreviationDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /\p{L}/u.test(before) && /\p{L}/u.test(after);
}

/**
 * Letter sequences to try for a short form: all letters and digits, then (for mixed case
 * such as `IenW`, `PvdA`) the capitals only.
 */
export function shortFormLetters(sf: string): string[] {
  if (!NON_ASCII.test(sf)) return asciiShortFormLetters(sf);
  const all = [...sf].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const attempts = [fold(all.join(''))];
  const caps = all.filter((c) => /\p{Lu}/u.test(c));
  if (caps.length >= 2 && caps.length < all.length) attempts.push(fold(caps.join('')));
  return attempts.filter((a) => a.length >= 2 && a.length <= 14);
}

/** `shortFormLetters` for plain ASCII, where a letter or digit is [A-Za-z0-9] and a capital [A-Z]. */
function asciiShortFormLetters(sf: string): string[] {
  let all = '';
  let caps = '';
  for (let i = 0; i < sf.length; i++) {
    const c = sf.charCodeAt(i);
    if (c >= 65 && c <= 90) caps += sf[i];
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) all += sf[i];
  }
  const attempts = [all.toLowerCase()];
  if (caps.length >= 2 && caps.length < all.length) attempts.push(caps.toLowerCase());
  return attempts.filter((a) => a.length >= 2 && a.length <= 14);
}

const NON_ASCII = /[^\0-\x7f]/;

/** Lower case without diacritics, one output character per input character. */
function fold(s: string): string {
  // Plain ASCII: lower-casing changes A-Z only, as the loop below does.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] as string;
    if (c < 0x80) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
    else out += (ch.normalize('NFD')[0] ?? ch).toLowerCase();
  }
  return out;
}

const isSpaceChar = (ch: string) =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(ch);
};

interface Layout {
  folded: string;
  /** Whitespace-separated word index of each character (-1 for whitespace). */
  word: Int32Array;
  /** Character starts a word or a hyphen/slash part of one. */
  initial: Uint8Array;
  wordStart: number[];
  wordEnd: number[];
  content: boolean[];
}

function layout(window: string, folded: string): Layout {
  const n = window.length;
  const word = new Int32Array(n).fill(-1);
  const initial = new Uint8Array(n);
  const wordStart: number[] = [];
  const wordEnd: number[] = [];
  let w = -1;
  for (let i = 0; i < n; i++) {
    const ch = window[i] as string;
    if (isSpaceChar(ch)) continue;
    const prev = i > 0 ? (window[i - 1] as string) : ' ';
    if (isSpaceChar(prev)) {
      w++;
      wordStart.push(i);
      wordEnd.push(i + 1);
    }
    word[i] = w;
    wordEnd[w] = i + 1;
    if (isWordChar(ch) && !isWordChar(prev)) initial[i] = 1;
  }
  const content = wordStart.map((s, k) => isContentWord(window, s, wordEnd[k] as number));
  return { folded, word, initial, wordStart, wordEnd, content };
}

/** The longest stop word: a longer word is a content word without lower-casing it. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * Is the word `window[s, e)`, stripped of what is no letter or digit at both ends, a content word
 * (no stop word, not empty)? Plain ASCII ends are stripped by code; a non-ASCII character met
 * there sends the word to the Unicode pattern. Lower-casing never shortens a string, so a word
 * longer than every stop word is none of them.
 */
export function isContentWord(window: string, s: number, e: number): boolean {
  let a = s;
  let b = e;
  for (; a < b; a++) {
    const c = window.charCodeAt(a);
    if (c >= 128) return isContentWordByPattern(window.slice(s, e));
    if (isAsciiAlnum(c)) break;
  }
  for (; b > a; b--) {
    const c = window.charCodeAt(b - 1);
    if (c >= 128) return isContentWordByPattern(window.slice(s, e));
    if (isAsciiAlnum(c)) break;
  }
  if (a === b) return false;
  if (b - a > LONGEST_STOPWORD) return true;
  return !STOPWORDS.has(window.slice(a, b).toLowerCase());
}

function isContentWordByPattern(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
  return bare.length > 0 && !STOPWORDS.has(bare);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const NEG = -1e9;

/**
 * What a letter costs that takes a word into the long form from inside it, not at its start: `Richtlijn
 * Rivierinformatiediensten (RIS)` (143) is no `R|ichtlijn r|I|vierinformatiedien|S|ten` but `Rivierinformatiediensten`,
 * whose start gives the `R` (covering the word before, 6, for a letter at no word's start outweighed the 2 more a
 * letter at a word's start gains). Not for the second word of a pair that shares its later part, which the first
 * word's letter reaches into: `Poly- en perfluoralkylstoffen (PFAS)` (1422).
 */
const INSIDE_ENTRY = 3;

/** Words that join names and never start one. */
const CONJUNCTIONS = new Set(['en', 'of', 'and', 'or']);

/**
 * Aligns the short-form letters with the window. `suffix`: the long form ends at the window's
 * last word (`long (SF)`); `whole`: it spans the window, an article aside (`SF (long)`).
 * Returns the long form's span in the window, or null.
 */
export function matchLongForm(
  attempts: readonly string[],
  window: string,
  mode: 'suffix' | 'whole',
): { start: number; end: number } | null {
  if (window.length === 0 || window.length > 4 * MAX_WINDOW_CHARS) return null;
  const folded = fold(window);
  let lay: Layout | null = null;
  for (const sf of attempts) {
    // Aligning places the letters at increasing places of the folded window: when they are not
    // there in order (`VVD` after `het lid Lodders`), it finds nothing, so it is not tried.
    if (!holdsInOrder(sf, folded)) continue;
    lay ??= layout(window, folded);
    if (lay.wordStart.length === 0) return null;
    const result = align(sf, lay, mode, window);
    if (result) return result;
  }
  return null;
}

/** Where the UTF-16 unit `ch` occurs in `s`, ascending. */
export function positionsOf(s: string, ch: string): number[] {
  const out: number[] = [];
  for (let at = s.indexOf(ch); at >= 0; at = s.indexOf(ch, at + 1)) out.push(at);
  return out;
}

/** Do the characters of `letters` occur in `text` in this order (not necessarily together)? */
export function holdsInOrder(letters: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < letters.length; i++) {
    at = text.indexOf(letters[i] as string, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The word the last letter may fall in from: `lastWord`, or the first word of `Oorlogs- en dienstslachtoffers`
 * when the window ends in such a pair (a word ending in a hyphen, `en` or `of`, the last word).
 */
function pairedLastWord(window: string, L: Layout, lastWord: number): number {
  return sharesLaterPart(window, L, lastWord) ? lastWord - 2 : lastWord;
}

/**
 * Is word `w` the second of a pair whose first word ends in a hyphen, joined by `en` or `of`, so that the two share
 * its later part: `dienstslachtoffers` in `Oorlogs- en dienstslachtoffers`?
 */
function sharesLaterPart(window: string, L: Layout, w: number): boolean {
  if (w < 2) return false;
  // Read by the alignment at every letter inside a word: the joiner's length and characters, not a lower-cased copy.
  const joinerStart = L.wordStart[w - 1] as number;
  if ((L.wordEnd[w - 1] as number) - joinerStart !== 2) return false;
  const joiner = window.slice(joinerStart, joinerStart + 2).toLowerCase();
  if (joiner !== 'en' && joiner !== 'of') return false;
  const firstEnd = L.wordEnd[w - 2] as number;
  return window.charCodeAt(firstEnd - 1) === 45 || window.charCodeAt(firstEnd) === 45;
}

/** The best alignment of the letters `sf` with the window laid out in `L` (see `matchLongForm`). */
function align(
  sf: string,
  L: Layout,
  m: 'suffix' | 'whole',
  window: string,
): { start: number; end: number } | null {
  const nWords = L.wordStart.length;
  const n = L.folded.length;
  const k = sf.length;
  const contentFrom = new Array<number>(nWords + 1).fill(0);
  for (let w = nWords - 1; w >= 0; w--)
    contentFrom[w] = (contentFrom[w + 1] as number) + (L.content[w] ? 1 : 0);
  const cover = (w: number) => (L.content[w] ? 6 : 1);
  let firstAllowed = nWords - 1;
  let lastAllowed = 0;
  if (m === 'whole') {
    const firstText = window.slice(L.wordStart[0], L.wordEnd[0]);
    firstAllowed = ARTICLE.test(firstText) && nWords > 1 ? 1 : 0;
    lastAllowed = firstAllowed;
  }
  // Scores and back pointers live in buffers kept between calls (see `scoreRow`): every place read
  // is one written in this call, as the lists of scored places below say.
  let prev = scoreRow(0, n);
  // Where `prev` holds a score, ascending. A row only changes at these places, at the places of its
  // own letter and where a word ends, so each row visits just those (see below), not the whole window.
  let prevAt: number[] = [];
  // Row i's back pointer of place p is at `i * n + p`, written where row i scores p; row 0 has none.
  const back = backPointers(k * n);
  // Row 0: the first letter at a word start, but not of a conjunction: no name starts with one
  // (`het Europees Milieubureau (EEB)`, 194, was `en het Europees Milieubureau`); nor, before the
  // parenthesis, of an article or preposition in lower case: `over de loonbelasting van een
  // directeur-grootaandeelhouder (dga)` (1044) is no name, `Verdrag tot oprichting van de Europese
  // Gemeenschap (VEG)` (2131) no `van de Europese Gemeenschap`.
  for (const p of positionsOf(L.folded, sf[0] as string)) {
    const w = L.word[p] as number;
    if (w < 0 || !L.initial[p]) continue;
    const first = window.slice(L.wordStart[w], L.wordEnd[w]);
    if (CONJUNCTIONS.has(first.toLowerCase())) continue;
    if (m === 'suffix' && STOPWORDS.has(first)) continue;
    if (m === 'whole' ? w < firstAllowed || w > lastAllowed : false) continue;
    prev[p] = 3 + cover(w) - 4 * (contentFrom[w] as number);
    prevAt.push(p);
  }
  for (let i = 1; i < k; i++) {
    const cur = scoreRow(i & 1, n);
    const curAt: number[] = [];
    const row = i * n;
    let bestEarlier = NEG;
    let bestEarlierAt = -1;
    let bestSame = NEG;
    let bestSameAt = -1;
    let curWord = -2;
    let wordBest = NEG;
    let wordBestAt = -1;
    // The places of this row's letter and the scored places of the row before, merged in order. A
    // left-to-right pass over every place would do the same: elsewhere nothing is scored or read, and
    // crossing words only matters once, at the first place in a new word (the best of the finished
    // word is folded into `bestEarlier` there; later crossings find no best to fold). A place in both
    // lists is scored first and read after, as such a pass does.
    const here = positionsOf(L.folded, sf[i] as string);
    let h = 0;
    let q = 0;
    while (h < here.length || q < prevAt.length) {
      const nextHere = h < here.length ? (here[h] as number) : n;
      const nextPrev = q < prevAt.length ? (prevAt[q] as number) : n;
      const p = Math.min(nextHere, nextPrev);
      const w = L.word[p] as number;
      if (w !== curWord) {
        // Entering a new word: fold the finished word's best into "earlier words".
        if (wordBest >= bestEarlier && wordBestAt >= 0) {
          bestEarlier = wordBest;
          bestEarlierAt = wordBestAt;
        }
        curWord = w;
        wordBest = NEG;
        wordBestAt = -1;
        bestSame = NEG;
        bestSameAt = -1;
      }
      if (p === nextHere) {
        h++;
        if (w >= 0) {
          const gain = L.initial[p] ? 3 : 1;
          const a = bestSame + gain;
          const entry = L.initial[p] || sharesLaterPart(window, L, w) ? 0 : INSIDE_ENTRY;
          const b = bestEarlier + gain + cover(w) - entry;
          if (bestSameAt >= 0 && a >= b) {
            cur[p] = a;
            back[row + p] = bestSameAt;
            curAt.push(p);
          } else if (bestEarlierAt >= 0) {
            cur[p] = b;
            back[row + p] = bestEarlierAt;
            curAt.push(p);
          }
        }
      }
      if (p === nextPrev) {
        q++;
        const v = prev[p] as number; // a score (> NEG): `prevAt` lists only those
        if (v >= bestSame) {
          bestSame = v;
          bestSameAt = p;
        }
        if (v >= wordBest) {
          wordBest = v;
          wordBestAt = p;
        }
      }
    }
    prev = cur;
    prevAt = curAt;
  }
  // The last letter must fall in the last word, or in the first of a pair whose shared part is written once:
  // `Bond van Nederlandse Militaire Oorlogs- en dienstslachtoffers (BNMO)` (896).
  const lastWord = nWords - 1;
  let best = NEG;
  let bestAt = -1;
  // The scored places of the last row, ascending; the others hold no score (NEG), never the best.
  const lastStart = L.wordStart[pairedLastWord(window, L, lastWord)] as number;
  for (let x = 0; x < prevAt.length; x++) {
    const q = prevAt[x] as number;
    if (q >= lastStart && (prev[q] as number) >= best) {
      best = prev[q] as number;
      bestAt = q;
    }
  }
  if (bestAt < 0) return null;
  const positions = new Array<number>(k);
  let p = bestAt;
  for (let i = k - 1; i >= 0; i--) {
    positions[i] = p;
    p = i > 0 ? (back[i * n + p] as number) : -1;
  }
  const firstWord = L.word[positions[0] as number] as number;
  const covered = new Set(positions.map((q) => L.word[q] as number));
  let uncovered = 0;
  for (let w = firstWord; w < nWords; w++) if (L.content[w] && !covered.has(w)) uncovered++;
  const allInitial = positions.every((q) => L.initial[q] === 1);
  if (uncovered > 0 && !(uncovered === 1 && k >= 3 && allInitial)) return null;
  return { start: L.wordStart[firstWord] as number, end: L.wordEnd[lastWord] as number };
}

/** Two rows of scores, used in turn by `align`, and its back pointers: made once, grown when needed. */
const scoreRows: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];
let backScratch = new Int32Array(0);

/**
 * Score row `parity` (0 or 1) with room for `n` places, holding whatever the last use left: the
 * alignment writes a place before it reads it, so no fill per row (a fresh row per letter and window
 * was most of what the definitions step allocated).
 */
function scoreRow(parity: number, n: number): Float64Array {
  let row = scoreRows[parity] as Float64Array;
  if (row.length < n) scoreRows[parity] = row = new Float64Array(Math.max(n, 4 * MAX_WINDOW_CHARS));
  return row;
}

/** The back-pointer buffer with room for `size` entries (see `scoreRow`). */
function backPointers(size: number): Int32Array {
  if (backScratch.length < size) backScratch = new Int32Array(Math.max(size, 14 * 4 * MAX_WINDOW_CHARS));
  return backScratch;
}

/**
 * `NAVO-defensieplanningscyclus (NDPP)`: the word before the parenthesis glosses the acronym
 * in Dutch, so its letters only mostly line up. Accepted for short forms of four letters or
 * more when the word starts with the first letter and holds all but one in order.
 */
function compoundGloss(attempts: readonly string[], window: string): { start: number; end: number } | null {
  const trimmed = window.replace(/[\s,]+$/, '');
  const start = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1;
  const word = trimmed.slice(start);
  const folded = fold(word);
  for (const sf of attempts) {
    if (sf.length < 4 || folded.length < 2 * sf.length || folded[0] !== sf[0]) continue;
    let j = 0;
    for (let i = 0; i < folded.length && j < sf.length; i++) if (folded[i] === sf[j]) j++;
    // Count matched letters allowing one to be skipped.
    let matched = 0;
    let skipped = 0;
    let pos = 0;
    for (const c of sf) {
      const at = folded.indexOf(c, pos);
      if (at < 0) {
        skipped++;
        continue;
      }
      matched++;
      pos = at + 1;
    }
    if (matched >= sf.length - 1 && skipped <= 1) return { start, end: start + word.length };
  }
  return null;
}

/** Undo line breaks and line-end hyphenation, collapse spaces. */
export function cleanExpansion(raw: string): string {
  return raw
    .replace(/(\p{Ll})-[ \t]*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/-[ \t]*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;]+$/, '')
    .trim();
}

function plausible(sf: string, expansion: string): boolean {
  if (!expansion) return false;
  const lettersSf = sf.replace(/[^\p{L}\p{N}]/gu, '').length;
  const lettersLf = expansion.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (lettersLf < lettersSf + 2) return false;
  // The short form standing inside its own long form is a repetition, not a definition.
  return !expansion.split(/[\s-]+/).some((w) => w === sf);
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

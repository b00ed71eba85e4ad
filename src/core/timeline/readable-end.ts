import { isDigit, isDigits, isUpper } from '../text/chars';
import { FULL_MONTH_ALTERNATION, isDutchMonth } from '../text/dutch-months';
import { DETERMINERS, NO_ADJECTIVE, ORDINAL, adjectiveClass, danglingAdjectivesStart } from './adjectives';
import { NO_LAST_WORDS, RELATIVE_ADVERBS, SUBORDINATORS } from './function-words';
import { MINISTRY_ABBREVIATIONS } from './ministry-names';
import { isClauseMarkOrSpace, isDay, isNameWord, wordEnd } from './tidy-words';

/**
 * Where a label cut at its end ends readably: not on a function word, inside a name, a title, an amount, a date or a
 * fixed phrase, nor on an adjective without its noun.
 */

/**
 * Titles that go with a name or a ministry, lower case: a cut label does not end on one whose name or
 * ministry was cut off (see `isBareTitle`), as it does not on `heer`, `mevrouw` or `lid`
 * (MORE_NO_LAST_WORDS).
 */
const TITLES: ReadonlySet<string> = new Set(
  'minister ministers staatssecretaris staatssecretarissen minister-president premier vicepremier viceminister-president commissaris eurocommissaris voorzitter ondervoorzitter fractievoorzitter president ambassadeur burgemeester wethouder gouverneur gedeputeerde kamerlid kamerleden leden directeur directeur-generaal secretaris-generaal procureur-generaal advocaat-generaal ombudsman rapporteur'.split(
    ' ',
  ),
);

/**
 * Lower-case words that open a title's ministry or name (`de leden mevrouw Van Blerck-Woerdman en de heer
 * Oudkerk`, 2022), or join another title to it.
 */
const TITLE_CONTINUES: ReadonlySet<string> = new Set(['van', 'voor', 'en', 'of', 'mevrouw', 'heer']);
/** Lower-case particles that open a name after a title when a capitalised word follows (`minister de Jonge`). */
const TITLE_PARTICLES: ReadonlySet<string> = new Set(['de', 'der', 'den', 'ter', 'ten', "'t"]);

/**
 * Where a label cut after `word` (lower case), s[start, at), should end when that is a title whose name or
 * ministry follows in `s` and was cut off with it: before the title's phrase (its determiner and
 * adjectives), `…heeft overleg gevoerd met minister…` (2762, `minister Van Middelkoop van Defensie`) ends
 * `…heeft overleg gevoerd met` (and then, by the other rules, before `met`), `…een brief gestuurd aan de
 * Staatssecretaris…` (153, `van Binnenlandse Zaken`) before `de`, `…vragen van Tweede Kamerlid…` (1333)
 * before `Tweede`. -1 when the label may end on it:
 * - a title followed by anything else, which ends its phrase: `…heeft de toenmalige minister…` (2832,
 *   `het gehele persoonsdossier opgevraagd`);
 * - one after an adjective of a place or a people, which tells whose it is: `…als de Russische
 *   Minister…` (216);
 * - one whose phrase follows no preposition, conjunction or clause mark, as the subject after its verb:
 *   `…lezen de leden…` (2436), `…en danken de minister…` (1165); the cut would leave the verb without it.
 */
function bareTitleStart(word: string, s: string, start: number, at: number, lastBefore: string): number {
  if (!TITLES.has(word) || at + 1 >= s.length) return -1;
  const next = s.slice(at + 1, wordEnd(s, at + 1));
  const followed =
    isUpper(next.charCodeAt(0)) ||
    TITLE_CONTINUES.has(next) ||
    (TITLE_PARTICLES.has(next) && isUpper(s.charCodeAt(at + 2 + next.length)));
  if (!followed) return -1;
  // The title's phrase: adjectives before it (`toenmalige`, `voormalig`, `Tweede`), then a determiner.
  let from = start;
  let determiner = false;
  while (from > 0 && !determiner) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    const previous = s.slice(before, from - 1);
    const lower = previous.toLowerCase();
    determiner = DETERMINERS.has(lower);
    const adjective = adjectiveClass(previous);
    if (!determiner && adjective === NO_ADJECTIVE && lower !== 'toenmalig' && lower !== 'voormalig') break;
    // `de Russische Minister`, `de Europese Commissaris`: an adjective of a name (capitalised, no ordinal).
    if (
      from === start &&
      adjective !== NO_ADJECTIVE &&
      isUpper(previous.charCodeAt(0)) &&
      !ORDINAL.test(lower)
    )
      return -1;
    from = before;
  }
  // The word before the phrase.
  const previous = from > 0 ? s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1) : lastBefore;
  return previous === '' ||
    NO_LAST_WORDS.has(previous.toLowerCase()) ||
    isClauseMarkOrSpace(previous.charCodeAt(previous.length - 1))
    ? from
    : -1;
}

/**
 * Prepositions of several words that end on a noun and need their object: a label cut after them reads as
 * if the noun were the point, `…de stand van zaken met betrekking…` (1694), `…is een brief gestuurd naar
 * aanleiding…`, `…ten behoeve…` (617). By their last word, lower case.
 */
const PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const byLast = new Map<string, string[]>();
  for (const phrase of [
    'naar aanleiding',
    'met betrekking',
    'ten aanzien',
    'in het kader',
    'op basis',
    'op grond',
    'in verband',
    'ten behoeve',
    'op het gebied',
    'op het terrein',
    'aan de hand',
    'in de loop',
    'ten opzichte',
    'als gevolg',
    'ten gevolge',
    'met het oog',
    'door middel',
    'in het licht',
    'in afwachting',
    'in plaats',
    'ten tijde',
    'met ingang',
    'ter aanbieding',
    'ter uitvoering',
    'ter voorbereiding',
    'ter ondersteuning',
    'in reactie',
    'in navolging',
    'in het verlengde',
    'in vervolg',
    'in aanloop',
    'in de aanloop',
    'onder verwijzing',
    'met inachtneming',
    'met uitzondering',
    'op verzoek',
    'in opdracht',
    'op initiatief',
    'op voorstel',
    'onder leiding',
    'in het belang',
    'ten laste',
    'ten koste',
    'ten gunste',
    // A list's opener: `…van gesprekken tussen onder meer…` (26, `mevrouw González Pérez`).
    'onder meer',
  ]) {
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
    const list = byLast.get(last);
    if (list) list.push(phrase);
    else byLast.set(last, [phrase]);
  }
  return byLast;
})();

/**
 * Where a label cut at `end` (the end of a word of `s`, whose white space is single spaces) should end so
 * that it does not break off in the middle of a phrase: before the words it may not end on (FUNCTION_WORDS,
 * MORE_NO_LAST_WORDS), before a preposition of several words (PHRASES_BY_LAST_WORD) and before adjectives
 * whose noun was cut off, with their article (see `danglingAdjectivesStart`), as often as the end then
 * lands after one again, but never at or before `floor`. `…over de sabotage van de…` ends `…over de
 * sabotage`, `…zal ik uw Kamer naar aanleiding van het…` ends `…zal ik uw Kamer`, `…heb ik aangegeven
 * dat de consulaire…` (1445) ends `…heb ik aangegeven`.
 */
export function readableEnd(
  s: string,
  end: number,
  floor: number,
  /** The word before `s` in the label, which ends it when nothing of `s` is left (`''`: none). */
  lastBefore = '',
): number {
  let at = end;
  // Where the cut was when it first went before adjectives (-1: it did not), and whether one was an ordinal.
  let beforeAdjectives = -1;
  let ordinal = false;
  while (at > 0) {
    const start = s.lastIndexOf(' ', at - 1) + 1;
    const word = s.slice(start, at).toLowerCase();
    // Nor on half a compound whose other half follows (`…de Agenda voor-…`, 2035, of `voor- en
    // vroegschoolse educatie`; `…agenda van de Landbouw-…`) or on a dash (`…is uw Kamer –…`, 327).
    let from = NO_LAST_WORDS.has(word) || isDash(word.charCodeAt(word.length - 1)) ? start : -1;
    // Nor on the day of a date whose month was cut off: `…het Algemeen Overleg OV-Chipkaart van 6…` (1063, of
    // `6 oktober 2010`), `…de JBZ-Raad van 26 en 27…` (1213); the preposition before it goes too.
    if (from < 0 && isDay(word) && dayOfCutDate(s, at)) from = start;
    // Nor on a word that opens a time whose rest was cut off, which reads as if the clause ended there: `…de
    // verwachting uitgesproken dat eind…` (1314, of `eind 1998`), `…heb ik u toegezegd eind…` (2190, of `eind van het
    // jaar`); with a `uiterlijk` before it (`…om uw Kamer uiterlijk begin…`, 840), and the words before it that a label
    // does not end on.
    if (from < 0 && TIME_OPENERS.has(word) && opensCutTime(s, at))
      from = start >= 11 && s.slice(start - 10, start).toLowerCase() === 'uiterlijk ' ? start - 10 : start;
    // Nor on the first number of a list or range of numbers whose rest was cut off, which reads as the whole: `…over de
    // sabotage van de Nordstream 1…` (NAVO letter, of `Nordstream 1 en 2 pijpleidingen`), `…cijfers over de jaren
    // 1996…` (511, of `1996 en 1997`).
    if (from < 0 && isDigits(word) && NUMBER_AFTER.test(s.slice(at, at + 16))) from = start;
    // Nor on a figure whose magnitude was cut off, which reads as the whole amount: `…in totaal € 45…` (543, of `€ 45
    // miljoen`); its groups of thousands and currency sign go too.
    if (
      from < 0 &&
      isDigit(word.charCodeAt(0)) &&
      FIGURE.test(word) &&
      MAGNITUDES.has(s.slice(at + 1, wordEnd(s, at + 1)))
    )
      from = amountStart(s, start);
    // Nor on a possessive whose noun was cut off (see `isPossessiveAt`).
    if (from < 0 && (word === 'zijn' || word === 'haar') && isPossessiveAt(s, start)) from = start;
    // Nor on the pronouns that open a clause whose verb was cut off (see `pronounClauseStart`).
    if (from < 0 && CLAUSE_PRONOUNS.has(word)) from = pronounClauseStart(s, start);
    // Nor on `te` and a helper verb whose own verb was cut off: `…heb ik toegezegd te zullen…` (2106, of
    // `te zullen reageren`) ends `…heb ik toegezegd`. `gaan` after a particle is the verb itself: `…over te
    // gaan…` (1470, `over te gaan tot een beperkte bijstelling`), `akkoord te gaan`.
    if (
      from < 0 &&
      HELPER_AFTER_TE.has(word) &&
      isTeBefore(s, start) &&
      !(word === 'gaan' && afterParticle(s, start - 3))
    ) {
      from = start - 3;
    }
    // Nor on a verb's particle whose `te` and infinitive were cut off: `…de kabinetsvisie later dan 1 september toe…`
    // (1137, of `toe te sturen`) ends `…later dan 1 september`, `…om aan u verantwoording af…` (408, `af te leggen`)
    // `…om aan u verantwoording`.
    if (from < 0 && TE_PARTICLES.has(word) && isTeInfinitiveAt(s, at)) from = start;
    if (from < 0) from = bareTitleStart(word, s, start, at, lastBefore);
    if (from < 0) {
      for (const phrase of PHRASES_BY_LAST_WORD.get(word) ?? NO_PHRASES) {
        const k = at - phrase.length;
        if (k >= 0 && (k === 0 || s.charCodeAt(k - 1) === 0x20) && s.slice(k, at).toLowerCase() === phrase) {
          from = k;
          break;
        }
      }
    }
    // Nor inside a name of several capitalised words: `…de regering van Sint…` (2605, `Sint Maarten`).
    if (from < 0) from = cutNameStart(s, start, at);
    if (from < 0) {
      from = danglingAdjectivesStart(s, start, at);
      if (from >= 0) {
        if (beforeAdjectives < 0) beforeAdjectives = at;
        ordinal ||= ORDINAL.test(word);
      }
    }
    if (from < 0) break;
    const next = Math.max(0, from - 1);
    if (next <= floor) break;
    at = next;
  }
  // Adjectives whose going would leave nothing of `s` stay when the label would then end on a word it
  // does not end on either (`…d.d. 21 mei 2001 respectievelijk…`, 2171), or when one is an ordinal, which
  // tells the items of a list apart: `De brief van de Staatssecretaris van IenM ter aanbieding van de
  // 34ste…` (1069) is one of a list of letters; with nothing after the date its label shared all its words
  // with the letter of the same day before it, and the timeline merged the two.
  if (at === 0 && beforeAdjectives > 0 && (ordinal || !mayEndLabel(lastBefore))) at = beforeAdjectives;
  // Nor on the comma or semicolon of the word it ends with: `…wordt geleidelijk ingevoerd…`, not
  // `…ingevoerd,…` (70). (A space comes before the end only when a word was nothing but such marks.)
  while (at > floor + 1 && isClauseMarkOrSpace(s.charCodeAt(at - 1))) at--;
  // Nor on the full stop of a sentence inside a quoted title: `…het rapport van Amnesty International «Onbeschermd…`,
  // not `«Onbeschermd.…` (1615). An abbreviation's stays: `…jl.…`, `…mln.…`, `…J.M.…`.
  if (at > floor + 1 && s.charCodeAt(at - 1) === 0x2e && endsSentenceWord(s, at - 1)) at--;
  return at;
}

/**
 * Where a label cut at `at` should end when its last word, s[start, at), is not the last of a name of several
 * capitalised words (and the particles between them) that goes on after the cut: before the name's first word, whole
 * names or none. `…een werkbezoek gebracht aan Aruba, Curaçao, Sint Maarten en Caribisch…` (1317, `Caribisch
 * Nederland`) ends `…Sint Maarten en` (and then, by the other rules, `…Sint Maarten`); `…met de regering van Sint…`
 * (2605, `Sint Maarten`) ends `…met de regering`. -1 when the word is no such part of a name:
 * - a word that ends its clause (`Curaçao,`) or a bracket, or that no capitalised word follows (`…de Tweede Kamer
 *   heeft`);
 * - an acronym, a name on its own (`…de Minister van VWS Aanbieding voortgangsrapportage…`, a verslag's list);
 * - the third word of a name or later (see NAME_WORDS_ENOUGH).
 * The name starts after a capitalised function word (`Het`, `Op`: a sentence's first word) and never at a particle.
 */
function cutNameStart(s: string, start: number, at: number): number {
  // The name goes on: a capitalised word next. (Not a particle and then one: `…met minister Donner van Binnenlandse
  // Zaken`, 1210, names a minister and his ministry.) The cheapest test first: most cuts fall before a lower-case word.
  if (at >= s.length - 1 || s.charCodeAt(at) !== 0x20 || !isUpper(s.charCodeAt(at + 1))) return -1;
  if (!isNameWord(s, start, at) || isAcronym(s, start, at)) return -1;
  // Back over the name's earlier words: capitalised ones, and particles between two of them.
  let from = start;
  let words = 1;
  while (from > 1) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    if (isNameWord(s, before, from - 1)) {
      from = before;
      words++;
      continue;
    }
    if (!NAME_INNER_PARTICLES.has(s.slice(before, from - 1)) || before < 2) break;
    const first = s.lastIndexOf(' ', before - 2) + 1;
    if (!isNameWord(s, first, before - 1)) break;
    from = first;
    words++;
  }
  // A label with three words of a name or more says which it is: `…het Manifest Maatschappelijk Verantwoord
  // Opdrachtgeven…` (178, `… en Inkopen`).
  if (words >= NAME_WORDS_ENOUGH) return -1;
  return from;
}

/**
 * Particles inside a name, between two of its capitalised words: `Raad van State`, `Instituut voor Verantwoord
 * Medicijngebruik`. Not `en`, which joins two names more often than it stands in one (`Sint Maarten en Caribisch
 * Nederland`, 1317).
 */
export const NAME_INNER_PARTICLES: ReadonlySet<string> = new Set(['van', 'voor', 'der', 'den', 'ter', 'ten']);

/** How many capitalised words of a name a label may end on (see `cutNameStart`). */
const NAME_WORDS_ENOUGH = 3;

/** Is s[start, end) an acronym (two capitals or more, no lower-case letter), or a ministry's short name? */
function isAcronym(s: string, start: number, end: number): boolean {
  const word = s.slice(start, end);
  return MINISTRY_ABBREVIATIONS.has(word) || /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(word);
}

/** Personal pronouns, `er`, `men` and `zich`: a clause's subject or object, which says nothing without its verb. */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(
  'ik wij we zij ze hij er men u mij me ons zich hem hen'.split(' '),
);
/** Conjunctions and relatives that open a clause, with its subject after them. */
const PRONOUN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ...RELATIVE_ADVERBS,
  ...'die wat welke hoe of als om zoals'.split(' '),
]);

/**
 * Where a label cut after the pronoun s[start, …) should end when the pronoun, with at most one more before it, follows
 * a word that opens a clause: before that word, the clause's verb cut off. `…heb ik aangekondigd dat ik u…` (1012) ends
 * `…heb ik aangekondigd`, `…laten weten dat er…` (1995) `…laten weten`, `…stuur ik u deze brief om u…` (1264) `…stuur
 * ik u deze brief`. -1 after any other word: the subject after its verb (`…sprak zij…`), an item of a list (`…de
 * Minister van BZK en ik…`), a preposition's object (`…bij mij…`).
 */
function pronounClauseStart(s: string, start: number): number {
  let at = start;
  for (let pronouns = 1; at >= 2; pronouns++) {
    const before = s.lastIndexOf(' ', at - 2) + 1;
    const word = s.slice(before, at - 1).toLowerCase();
    if (PRONOUN_CLAUSE_OPENERS.has(word)) return before;
    if (pronouns > 1 || !CLAUSE_PRONOUNS.has(word)) return -1;
    at = before;
  }
  return -1;
}

/** Prepositions before which `zijn` and `haar` are possessives (see `isPossessiveAt`). */
const BEFORE_POSSESSIVE: ReadonlySet<string> = new Set(
  'van voor aan om met in op over bij door naar tot uit onder tegen tussen zonder na per'.split(' '),
);
/** A finite form of `hebben`, as a word: `heeft`, `hebben`, `had`. */
const HEBBEN_FINITE = /(?:^| )(?:heb|hebt|heeft|hebben|had|hadden)(?= )/i;

/**
 * Is `zijn` or `haar` at s[start, …) a possessive (`his`, `her`, `its`), whose noun a cut after it would leave out:
 * after a preposition (`…het tweede deel van haar…`, 1720), or after a finite form of `hebben` in the words before it,
 * which is then the clause's verb (`Op 12 mei jl. heeft het College voor de Rechten van de Mens zijn…`, 1770, of `zijn
 * jaarrapportage`), not after `te` (`…heb ik aangegeven bereid te zijn…`, 2595, a verb). Other words before them leave
 * `zijn` a verb (`…huurwoningen op en zijn…`, 112) and `haar` a pronoun.
 */
function isPossessiveAt(s: string, start: number): boolean {
  if (start < 2) return false;
  const previous = s.slice(s.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase();
  if (previous === 'te') return false;
  return BEFORE_POSSESSIVE.has(previous) || HEBBEN_FINITE.test(s.slice(0, start));
}

/** Does s[…, dot) end with a word of five letters or more and no `.` in it (no abbreviation: `jl`, `mln`, `resp`)? */
function endsSentenceWord(s: string, dot: number): boolean {
  const start = s.lastIndexOf(' ', dot - 1) + 1;
  return dot - start >= 5 && SENTENCE_WORD.test(s.slice(start, dot));
}

/** A word of letters, after an opening quote or bracket if any. */
const SENTENCE_WORD = /^[«“(]?\p{L}{5,}$/u;

/** Helper verbs that need another verb after `te`: `te zullen reageren`, `te kunnen worden`. */
const HELPER_AFTER_TE: ReadonlySet<string> = new Set(['zullen', 'kunnen', 'willen', 'gaan']);

/** Particles of verbs with `gaan` (`overgaan`, `doorgaan`, `akkoord gaan`), lower case. */
const GAAN_PARTICLES: ReadonlySet<string> = new Set(
  'over door akkoord mee in uit op aan na toe om voort verder terug weg samen'.split(' '),
);

/**
 * Particles of separable verbs that stand apart before `te` and the infinitive: `toe te sturen`, `af te leggen`, `vast
 * te stellen`, `uiteen te zetten`, `aan te bieden`, `in te dienen`.
 */
const TE_PARTICLES: ReadonlySet<string> = new Set(
  'toe af op aan in uit mee door terug over bij vast voor na weg samen uiteen voort kenbaar tegemoet terecht'.split(
    ' ',
  ),
);

/**
 * Does ` te ` and an infinitive (a word ending in `n`: `te sturen`, `te gaan`, `te doen`) follow s[at]? Not `te` before
 * an adverb, `voor te veel`, `op te laat`.
 */
function isTeInfinitiveAt(s: string, at: number): boolean {
  if (!s.startsWith(' te ', at)) return false;
  let last = wordEnd(s, at + 4);
  while (last > at + 4 && isClauseMarkOrSpace(s.charCodeAt(last - 1))) last--;
  return last > at + 5 && s.charCodeAt(last - 1) === 0x6e;
}

/**
 * Words that open a time of a year or month (`eind 1998`, `begin volgend jaar`, `medio mei`). `einde` too, a noun as
 * often (`het einde van hun technische en operationele levensduur`, 844), which `van` and a period must follow (see
 * CUT_TIME).
 */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  'eind',
  'einde',
  'begin',
  'medio',
  'midden',
  'half',
  'halverwege',
]);

/** Does a time go on after s[at] (the end of one of TIME_OPENERS)? See CUT_TIME. */
function opensCutTime(s: string, at: number): boolean {
  return CUT_TIME.test(s.slice(at, at + CUT_TIME_REACH));
}

/**
 * What goes on with a time after TIME_OPENERS: a year, a month, `dit`, `deze`, `volgend`, `vorig`, `komend` (`eind dit
 * jaar`), or `van` and a period (`eind van het jaar`, `aan het eind van het kalenderjaar`, 1573); after `einde`, only
 * the last (`een einde van de quota in 2014`, 523, is no time).
 */
const CUT_TIME = new RegExp(
  String.raw`^ (?:(?<!einde)(?:(?:1[89]|20)\d\d|${FULL_MONTH_ALTERNATION}|dit|deze|volgend|vorig|komend)(?![\p{L}\p{N}])|van (?:het|dit|deze|de|volgend|vorig|komend) (?:\p{L}*jaar|\p{L}*maand|week|zomer|winter|voorjaar|najaar|lente|herfst|kwartaal|\p{L}*periode|\p{L}*reces)(?![\p{L}\p{N}]))`,
  'u',
);
const CUT_TIME_REACH = 40;

/** What goes on a list or range of numbers after its first: `en 2`, `of 3`, `tot 5`, `tot en met 2025`, `t/m 4`. */
const NUMBER_AFTER = /^ (?:en|of|tot(?: en met)?|t\/m) \d/;

/** Is the word before s[start…] (a word after a single space) `te`? */
function isTeBefore(s: string, start: number): boolean {
  return (
    start >= 3 &&
    (start === 3 || s.charCodeAt(start - 4) === 0x20) &&
    s.charCodeAt(start - 1) === 0x20 &&
    s.slice(start - 3, start - 1).toLowerCase() === 'te'
  );
}

/** Is the word before s[start…] (a word after a single space) one of GAAN_PARTICLES? */
function afterParticle(s: string, start: number): boolean {
  if (start < 2 || s.charCodeAt(start - 1) !== 0x20) return false;
  return GAAN_PARTICLES.has(s.slice(s.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase());
}

/** May a cut label end on `word`: a word, not one of NO_LAST_WORDS, nor a dash or half a compound? */
function mayEndLabel(word: string): boolean {
  return word !== '' && !NO_LAST_WORDS.has(word.toLowerCase()) && !isDash(word.charCodeAt(word.length - 1));
}

/** `-` `–` `—`. */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

const NO_PHRASES: readonly string[] = [];

/**
 * Do the words of `s` after `at` (the end of a day's number) go on to a month, through more days and the words that
 * join them (`en`, `t/m`, `tot en met`, a dash): is that day the first part of a date? Four words at most are read.
 */
function dayOfCutDate(s: string, at: number): boolean {
  let k = at + 1;
  for (let i = 0; i < 4 && k < s.length; i++) {
    const end = wordEnd(s, k);
    const word = s.slice(k, end);
    if (isDutchMonth(word)) return true;
    if (!isDay(word) && !DAY_JOINS.has(word)) return false;
    k = end + 1;
  }
  return false;
}

/** A figure as a word: `45`, `2,8`, `1.500`. */
const FIGURE = /^\d[\d.,]*$/;
/** Words that make a figure before them millions or more. */
const MAGNITUDES: ReadonlySet<string> = new Set([
  'duizend',
  'miljoen',
  'miljard',
  'mln',
  'mln.',
  'mld',
  'mld.',
  'mrd',
  'mrd.',
]);

/**
 * The start of the figure whose last group starts at `start`, with the groups of thousands before it (`€ 13 131`, 2562)
 * and a currency sign right before it (`€ 45`), else `start`.
 */
function amountStart(s: string, start: number): number {
  let from = start;
  while (from >= 2 && THOUSANDS.test(s.slice(from, wordEnd(s, from)))) {
    const before = s.lastIndexOf(' ', from - 2) + 1;
    if (!GROUP_BEFORE.test(s.slice(before, from - 1))) break;
    from = before;
  }
  if (from < 2) return from;
  const before = s.lastIndexOf(' ', from - 2) + 1;
  return CURRENCY.has(s.slice(before, from - 1)) ? before : from;
}

/** A group of thousands after a space (`131` of `13 131`), and a group before one. */
const THOUSANDS = /^\d{3}$/;
const GROUP_BEFORE = /^\d{1,3}$/;

const CURRENCY: ReadonlySet<string> = new Set(['€', '$', '£', 'EUR', 'euro', 'USD']);

/** Words between the days of a date: `20 t/m 25 januari`, `26 en 27 maart`, `1 tot en met 3 juni`, `20 – 21 april`. */
const DAY_JOINS: ReadonlySet<string> = new Set(['en', 't/m', 'tot', 'met', '–', '-']);

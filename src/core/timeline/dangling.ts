import { isParticipleAfterParticle } from '../dates/tense';
import { isWhiteSpace } from '../text/chars';

/**
 * The preposition a date leaves dangling when a label takes the date out (`…de bijeenkomst van`, `…uiterlijk op`):
 * where it starts, whether an article after it is the date's own (`in de zomer`, not the `het` of `over het vorige
 * maand … uitgebrachte verslag`), and the cheap test that rules most stretches out first (`mayEndDangling`).
 */

/**
 * A preposition left dangling before a removed date, with the article a season or period takes: `Op`, `in`, `d.d.`,
 * `tot en met`, `In het` (`In het najaar van 2024 zal ik …`), `voor de` (`voor de zomer`), `tussen` before a period
 * (`Deze groep nam tussen december 2023 en december 2024 toe`, 407), `gedurende` as `tijdens` (`Wel vindt gedurende de
 * komende week de ambtelijke voorbereiding … plaats`, 956, read `…gedurende de de ambtelijke…`). Also right after an
 * opening bracket, which then holds nothing and goes (see `joinParts`): `ontvangt VWS tweemaal per jaar (in februari en
 * in juli) een update` (33), `(uiterlijk half november)` (988). And `in de periode` with its preposition, which says
 * nothing without its dates: `Ja, in de periode tussen 15 april en medio mei 2021 vervangt Rijkswaterstaat …` (2033)
 * gave `…in de periode vervangt Rijkswaterstaat…`. The prepositions of a period's content or origin, `over` and `uit`
 * (`De cijfers over 2017 zijn opgenomen …`, 261, gave `De cijfers over zijn opgenomen…`; `Het verdrag uit 1963 is een
 * verouderd verdrag`, 140), `naar` (`wordt verschoven van 1 januari naar 1 juli 1997`, 1650), `richting` (`met een
 * vooruitblik richting 2050`, 457), `aan` with its article (`Aan het eind van het jaar mag …`, 992), `tot aan`, those
 * of several words that end on `met` (`In vergelijking met 1994 zal die …`, 707), and `ten opzichte van`, `in de loop
 * van`, which said nothing without their date: `…voor bedrijven in 2012 ten opzichte met 10% wil doen laten afnemen`
 * (180), `Het streven is om deze in de loop waar nodig op pad te sturen` (1444). A preposition before one of `na`,
 * `voor`, `vóór`, `uiterlijk` goes with it: `geactualiseerd beleid heeft van na 2008` (2754), `uit te stellen tot na
 * het zomerreces 2011` (1432), `voorzien op uiterlijk 29 maart 1999` (2530); `uiterlijk` before one goes with it too:
 * `Bedrijven en burgers kunnen uiterlijk in 2017 zaken … digitaal afhandelen` (1012) gave `…kunnen uiterlijk zaken…`;
 * so does a `maar` after a comma before `uiterlijk`, an aside that names nothing but the date: `Ik streef ernaar uw
 * Kamer zo spoedig mogelijk, maar uiterlijk in het eerste kwartaal van 2026, te informeren` (335) gave `…mogelijk, maar
 * uiterlijk, te informeren`, and where `uiterlijk` is the date's only preposition, `zo spoedig mogelijk, maar uiterlijk
 * eind mei, aan de Tweede Kamer worden toegezonden` (2680), `…mogelijk, maar aan de Tweede Kamer…`; `gereed zijn in
 * uiterlijk het jaar 2000` (1760). The noun that names the date's kind goes with its preposition, `het jaar`, `de
 * jaren`: `…zal rond het jaar 2030 volledig zijn beëindigd` (1329) gave `…zal rond het jaar volledig…`, `De begroting
 * voor het jaar 2020 zal …` (135) `De begroting voor het jaar zal…`. A participle that places a noun on its date goes
 * with `voor`: `Mede met het oog op het plenaire debat voorzien voor 21 februari a.s. sturen wij …` (1252) gave `…het
 * plenaire debat voorzien sturen wij…`; not one after a verb (`die is voorzien voor 2026`), whose clause it ends. An
 * adverb that modifies the preposition goes with it, `kort`, `vlak`, `pas`, `direct`, `meteen`, `ruim`, `ver`, `lang`,
 * `net`, `onmiddellijk`: `Deze brieven zullen uw Kamer waarschijnlijk kort voor het Kerstreces 2020 bereiken` (136)
 * gave `…waarschijnlijk kort bereiken`, `terwijl de lijn pas in 2007 wordt opgeleverd` (826) `…terwijl de lijn pas
 * wordt…`, `heeft mij … gevraagd ruim voor het zomerreces de evaluatie van de verkiezingen … te doen toekomen` (44)
 * `…gevraagd ruim de evaluatie`; so does `alleen` (not `niet alleen`, whose `maar ook` follows) with an `en` that joins
 * it to an adverb before it: `doet het kabinet incidenteel en alleen voor 2022 een tweetal aanpassingen in de
 * energiebelastingen` (1147) gave `…doet het kabinet incidenteel en alleen een tweetal…`. So does `nog`, which says the
 * date comes soon, before a preposition or alone before a date without one: `Ik streef ernaar de Kamer nog voor het
 * zomerreces te informeren` (317) gave `…de Kamer nog te informeren`, `voornemens om nog in de tweede helft van dit
 * jaar een afzonderlijk wetsvoorstel … in te dienen` (2791) `…om nog een afzonderlijk wetsvoorstel`, another one; `Kunt
 * u deze vragen nog deze week beantwoorden?` (1159). A comparison is a preposition too, `(niet) eerder dan`, `later
 * dan` (`de kabinetsvisie later dan 1 september toe te sturen`, 1137, gave `…de kabinetsvisie later dan toe te
 * sturen`), and before `uiterlijk` (`mijn visie niet eerder dan uiterlijk in november aan uw Kamer te kunnen
 * aanbieden`, 518); not after a measure of time, which `later` goes with (`één maand later dan in januari van dit jaar
 * was afgesproken`, 2603: the date is the agreement's). An `eveneens` after the preposition goes with it: `mijn
 * toezegging, van eveneens 20 juni jongstleden, om de financiële waterveiligheidsopgave nader uit te werken` (130) gave
 * `…mijn toezegging, van eveneens om de financiële…`; so does an `ongeveer` or `circa`: `Vanaf ongeveer 2020 bereiken
 * de schepen dan ook het einde van hun technische en operationele levensduur` (844) gave `Vanaf ongeveer bereiken de
 * schepen…`. A match's group `article` is its article, which goes only when it is the date's (see `articleFitsDate`);
 * its group `over` a bare `over`, which dangles only before a period, not before a point in time (see OVER_POINT).
 */
export const DANGLING_BEFORE =
  /(?:^|\s|(?<=[([])|,\s*maar\s(?=uiterlijk(?:\s|$)))(?:uiterlijk\s|(?:kort|vlak|pas|direct|meteen|nog|ruim|ver|lang|net|onmiddellijk)\s|(?<!niet\s)(?:en\s)?alleen\s|(?:niet\s)?(?:eerder|later)\sdan\s(?:uiterlijk\s|(?=uiterlijk\s*$)))?(?:(?<!(?:dag|dagen|week|weken|maand|maanden|kwartaal|jaar|jaren)\s)(?:niet\s)?(?:eerder|later)\sdan|(?:in|gedurende|over|voor) de periode(?:\s(?:van|vanaf|tussen|tot(?: en met)?|t\/m))?|(?:(?:van|tot|voor|op|in)\s)?(?:na|voor|vóór|uiterlijk)|op|in|van|per|nog|d\.\s?d\.|sinds|vanaf|tot(?: en met| aan)?|t\/m|rond|omstreeks|tijdens|gedurende|tussen|(?:met ingang|ten opzichte|in de loop) van|(?<over>over)|uit|naar|richting|aan(?=\s(?:het|de)\s*$)|(?:in vergelijking|vergeleken|in verband) met|(?<=\s(?:de|het|een)(?:\s[a-z-]{1,20}){1,2}\s)(?:voorzien|gepland|geagendeerd)\svoor)(?:\seveneens|\s(?:ongeveer|circa))?(?:\s(?:het jaar|de jaren)|(?<article>\s(?:het|de)))?\s*$/i;

/**
 * The longest match of DANGLING_BEFORE in a collapsed string with what its lookbehind reads: ` het plenaire debat
 * voorzien voor het` (up to 20 letters a word).
 */
export const DANGLING_REACH = 70;

/**
 * Lower-case words that end a match of DANGLING_BEFORE, by length: `met` ends `tot en met`
 * and `met ingang van`, `d.` ends `d. d.`.
 */
const DANGLING_LAST_WORDS: readonly (readonly string[] | undefined)[] = (() => {
  const byLength: string[][] = [];
  for (const w of [
    'op',
    'in',
    'van',
    'per',
    // `nog` before a date without a preposition (`nog dit jaar`).
    'nog',
    'd.d.',
    'd.',
    'sinds',
    'vanaf',
    'tot',
    'met',
    't/m',
    'voor',
    'vóór',
    'na',
    'rond',
    'omstreeks',
    'uiterlijk',
    'tijdens',
    'gedurende',
    'tussen',
    'periode',
    'over',
    'uit',
    'naar',
    'richting',
    'aan',
    // `(niet) eerder dan`, `later dan`.
    'dan',
    // `eveneens` after them (see DANGLING_BEFORE), and `ongeveer` or `circa`.
    'eveneens',
    'ongeveer',
    'circa',
    // The article after them, and the noun of `het jaar`, `de jaren`.
    'het',
    'de',
    'jaar',
    'jaren',
  ]) {
    (byLength[w.length] ??= []).push(w);
  }
  return byLength;
})();

/**
 * Where s[from, to) (white space single spaces, none at its ends) ends without the preposition that dangles
 * before the date that followed it (see DANGLING_BEFORE): `to` when none does, or its article is no
 * article of the date (see `articleFitsDate`). Most stretches are ruled out by their last word (`mayEndDangling`).
 * A match runs to the end and is at most DANGLING_REACH characters, so only the last DANGLING_REACH + 1 are
 * searched; `^` cannot match at the start of those unless it is the start of the stretch, since no match is that
 * long.
 */
export function danglingStart(
  s: string,
  from: number,
  to: number,
  /** The text the date is in, and the date's bounds in it. */
  dateText: string,
  dateStart: number,
  dateEnd: number,
): number {
  if (!mayEndDangling(s, from, to)) return to;
  const at = Math.max(from, to - (DANGLING_REACH + 1));
  const m = DANGLING_BEFORE.exec(s.slice(at, to));
  if (!m) return ownArticleStart(s, from, to, dateText, dateStart, dateEnd);
  const groups = m.groups as { over?: string; article?: string };
  if (groups.article !== undefined) {
    if (!articleFitsDate(groups.article.trim(), dateText.slice(dateStart, dateEnd))) return to;
    if (participleOfNounAfter(dateText, dateEnd)) return to;
  } else if (groups.over !== undefined) {
    if (OVER_POINT.test(dateText.slice(dateStart, dateEnd))) return to;
  }
  // A modifier in capitals is an acronym (`AO PAS van 7 oktober 2010`, 1620): it stays.
  const acronym = MODIFIER_IN_CAPITALS.exec(m[0]);
  return at + m.index + (acronym ? acronym[0].length : 0);
}

/**
 * Where s[from, to) ends without the article that ends it when that is the article of the date's noun of time and no
 * preposition stands before it (which DANGLING_BEFORE takes with it): `Ik heb de afgelopen week geconstateerd dat …`
 * (2005) gave `Ik heb de geconstateerd…`, `hoe de pandemie zich het komende jaar zal ontwikkelen` (176) `…hoe de
 * pandemie het zal ontwikkelen`, `zal de tweede helft van 2002 worden besteed` (2801). Only a date with such a noun
 * (`week`, `jaar`, `helft`: see `timeNounArticle`) that takes that article, and not when an inflected participle after
 * the date makes the article a noun's after it (see `participleOfNounAfter`). Else `to`.
 */
function ownArticleStart(
  s: string,
  from: number,
  to: number,
  dateText: string,
  dateStart: number,
  dateEnd: number,
): number {
  const article = to - from >= 3 && s.charCodeAt(to - 1) === 0x74 ? 3 : 2; // `het`, else `de`
  const start = to - article;
  if (start < from || (start > from && !isWhiteSpace(s.charCodeAt(start - 1)))) return to;
  const word = s.slice(start, to).toLowerCase();
  if (word !== 'de' && word !== 'het') return to;
  const date = dateText.slice(dateStart, dateEnd);
  const words = date.toLowerCase().split(/\s+/, 4);
  while (words.length > 1 && RELATIVE_ADJECTIVES.has(words[0] as string)) words.shift();
  // Not before a determiner either (`uit de deze zomer gehouden rondetafels`, see `articleFitsDate`).
  if (
    timeNounArticle(words) !== word ||
    !articleFitsDate(word, date) ||
    participleOfNounAfter(dateText, dateEnd)
  )
    return to;
  let b = start;
  while (b > from && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  // A preposition before the article has the date for its object (`die overeenkomen met het zomerreces`, 2482): the
  // article stays with it, as the label then needs both or neither.
  const space = s.lastIndexOf(' ', b - 1);
  const before = s.slice(Math.max(from, space + 1), b).toLowerCase();
  return PREPOSITIONS.has(before) ? to : b;
}

/** Uninflected adjectives that open a date before its noun: `de afgelopen week`, `het komend jaar`. */
const RELATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['afgelopen', 'komend', 'volgend', 'lopend']);
/** Prepositions whose object a date with its article may be (see `ownArticleStart`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'aan bij binnen door met na naar om onder op over per te tegen tot tussen uit van voor vóór zonder'.split(
    ' ',
  ),
);

/** A modifier of the date's preposition (see DANGLING_BEFORE) in capitals: an acronym (`AO PAS`, 1620). */
const MODIFIER_IN_CAPITALS = /^\s?(?:KORT|VLAK|PAS|DIRECT|METEEN|NOG|RUIM|VER|LANG|NET|ONMIDDELLIJK)(?=\s)/;

/**
 * A date a bracket holds alone after a preposition: `De reactie op uw brief van (14 September 2020) inzake …` (489).
 * The brackets go with the date (see `joinParts`), which leaves the preposition before them dangling: `…uw brief
 * van inzake…`. When s[from, to) (as for `danglingStart`) ends with `(` or `[`, the date's matching bracket closes
 * right after it in `dateText` (past white space) and a preposition dangles before the opening one: where s ends
 * without them, the brackets and the preposition; the caller leaves the closing bracket out too. Else -1.
 */
export function danglingBeforeBracket(
  s: string,
  from: number,
  to: number,
  /** The text the date is in, and the date's bounds in it. */
  dateText: string,
  dateStart: number,
  dateEnd: number,
): number {
  if (to <= from) return -1;
  const open = s.charCodeAt(to - 1);
  if (open !== 0x28 && open !== 0x5b) return -1;
  let k = dateEnd;
  while (k < dateText.length && isWhiteSpace(dateText.charCodeAt(k))) k++;
  if (dateText.charCodeAt(k) !== (open === 0x28 ? 0x29 : 0x5d)) return -1;
  let end = to - 1;
  while (end > from && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  const cut = danglingStart(s, from, end, dateText, dateStart, dateEnd);
  return cut < end ? cut : -1;
}

/**
 * A date that is a point in time, which a bare `over` does not cover as it covers a period (`de cijfers over
 * 2017`, `de verhuurderheffing over 2014`): a day, or the end or start of something. Before such a date `over` is
 * "about", with more than the date for its object: `Motie van het lid Inge van Dijk c.s. over eind 2022 in beeld
 * hebben welke initiatieven …` (1142).
 */
const OVER_POINT = /^(?:\d{1,2}\s|(?:eind|begin|medio|half|midden|primo|ultimo)(?![\p{L}\p{N}]))/iu;

/**
 * Nouns of time by the article they take, by their end (so compounds too: `voorjaar`, `zomerreces`): `de
 * tweede helft`, `het eerste kwartaal`.
 */
const DE_TIME_NOUN = /(?:maand|week|zomer|winter|lente|herfst|helft|periode|eeuw|dag)$/;
const HET_TIME_NOUN = /(?:jaar|kwartaal|begin|eind|einde|midden|reces|weekend|semester|decennium)$/;
/** Words that open a date and take no article before them: `uit de deze zomer gehouden rondetafels` (2593). */
const DATE_DETERMINERS: ReadonlySet<string> = new Set(['deze', 'dit', 'die', 'dat', 'ons', 'onze']);

/**
 * Is `article` (`het` or `de`, any case) the date's own, so that it dangles with its preposition when the
 * date is taken out? Not when the date opens with a determiner, nor when its noun of time (after its
 * adjectives: `tweede`, `vorige`) takes the other article: then the article is that of a noun after the
 * date, and the preposition's object is that noun, `worden beantwoord over het vorige maand door de
 * commissie uitgebrachte verslag` (718), nor after `vorig` uninflected (below). Any other date (`1 mei`, `2024`) takes
 * it, unless an inflected participle follows the date (see `participleOfNounAfter`).
 */
export function articleFitsDate(article: string, date: string): boolean {
  const words = date.toLowerCase().split(/\s+/, 4);
  if (DATE_DETERMINERS.has(words[0] as string)) return false;
  // `vorig` uninflected after an article: the date is an adverb inside the noun phrase of a noun after it, `Het
  // voorstel sluit aan op het vorig jaar aangenomen wetsvoorstel 32022` (847); the date's own would be `het vorige
  // jaar`.
  if (words[0] === 'vorig') return false;
  const noun = timeNounArticle(words);
  return noun === null || noun === (article.toLowerCase() === 'het' ? 'het' : 'de');
}

/**
 * Does an inflected participle follow the date, which makes it part of a noun phrase whose noun the article before the
 * date is of? `in relatie tot het vorig jaar ingestelde ouderschapsplan` (2804) gave `…in relatie ingestelde
 * ouderschapsplan`, `in relatie tot het vorig jaar uitgebrachte Draghi-rapport` (880) `…in relatie uitgebrachte
 * Draghi-rapport`: the preposition and the article stay, `…in relatie tot het ingestelde ouderschapsplan`. Not a bare
 * participle, which ends a clause as often: `dit rapport voor de zomer ontvangen tijdens een gesprek` (1255), `na het
 * zomerreces gepland staat` (37).
 */
export function participleOfNounAfter(text: string, end: number): boolean {
  INFLECTED_PARTICIPLE.lastIndex = end;
  const m = INFLECTED_PARTICIPLE.exec(text);
  return m !== null && isParticipleAfterParticle(m[1] as string);
}

/** A word after a date that ends in `de` or `te`, and a word after it; the group is the word without its `e`. */
const INFLECTED_PARTICIPLE = /\s+(\p{Ll}{3,}[dt])e\s+\p{L}/uy;

/**
 * The article of a date's noun of time (`DE_TIME_NOUN`, `HET_TIME_NOUN`) among its first words (lower case), after
 * its adjectives or ordinal (`tweede`, `vorige`, `komende`, `2e`); null when another word comes first or there is none.
 */
export function timeNounArticle(words: readonly string[]): 'de' | 'het' | null {
  for (const w of words) {
    if (DE_TIME_NOUN.test(w)) return 'de';
    if (HET_TIME_NOUN.test(w)) return 'het';
    if (w.length < 2 || w.charCodeAt(w.length - 1) !== 0x65) return null;
  }
  return null;
}

/** A–Z and the Latin-1 capitals À–Þ (but ×) to lower case; any other code as it is. */
export function lowerLatin(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/**
 * Could DANGLING_BEFORE (`/(?:^|\s|(?<=[([]))(?:op|in|…|met ingang van)(?:\s(?:het|de))?\s*$/i`) match s[from, to), a
 * stretch whose white space is single spaces with none at its ends? A match ends with one of the words above, after a
 * space, an opening bracket or at the start. The flag `i` without `u` pairs only ASCII letters and Latin-1 letters such
 * as `ó`/`Ó`, which `lowerLatin` pairs too, so `false` means no match; `true` means the regex must decide.
 */
export function mayEndDangling(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && !isWordBreakBefore(s.charCodeAt(k - 1))) {
    k--;
    if (to - k > 9) return false;
  }
  const length = to - k;
  const words = DANGLING_LAST_WORDS[length];
  if (words === undefined) return false;
  for (const w of words) {
    let i = 0;
    while (i < length && lowerLatin(s.charCodeAt(k + i)) === w.charCodeAt(i)) i++;
    if (i === length) return true;
  }
  return false;
}

/** A space or an opening bracket: what a dangling preposition follows (see `mayEndDangling`). */
function isWordBreakBefore(c: number): boolean {
  return c === 0x20 || c === 0x28 || c === 0x5b;
}

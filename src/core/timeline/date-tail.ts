/**
 * What around a date a label takes with the date or leaves out, beyond its preposition (see `danglingStart`):
 * words after the date that extend it (`in 2026 en daarna`), a second conjunct after it that says nothing of
 * it (`stamt uit 2010 en niet meer geactualiseerd is`), and a verb whose object the date is (`dateert van
 * oktober 2024`) or a copula whose predicate it is (`is uit 2017`). All read the collapsed parts of a label (`before`
 * and `after` the date).
 */
import { isDigit, isWhiteSpace } from '../text/chars';
import { DUTCH_MONTHS, DUTCH_WEEKDAYS } from '../text/dutch-months';
import { NO_ADJECTIVE, adjectiveClass } from './adjectives';

/**
 * `en`/`of` and a word of time that make the date open-ended: `in 2026 en daarna` (1121), `in 2032 of zelfs
 * later` (113), `dit jaar en volgend jaar` (2717), `over 2014 en volgende jaren` (1505). Without the date they
 * pointed at nothing: `…de operationele capaciteit van de KMar en daarna`, `…stand van zaken NS-tarieven en
 * verder` (1667).
 */
const TIME_TAIL =
  /^(?:en|of)\s(?:zelfs\s|ook\s)?(?:daarna|verder|later|nadien|eerder|daarvoor|volgend jaar|volgende jaren|komende jaren|latere jaren|daaropvolgende jaren)(?![\p{L}\p{N}])\s?/u;

/**
 * A clock time right after the date, no preposition of its own between: the date's hour, `voor dinsdag 19 maart
 * 12:00 uur` (2383). It goes with the date: the label `…verzocht om 12:00 uur uw Kamer een brief…` read as if the
 * request came at noon. `12:00`, or with `uur`: `14.00 uur` (`14.00` alone may be an amount). A time with a
 * preposition of its own stays, a phrase that reads whole (`Het debat begint om 14:00 uur`).
 */
const CLOCK_TAIL = /^(?:[01]?\d|2[0-4])(?::[0-5]\d(?:\suur)?|\.[0-5]\d\suur)(?![\p{L}\p{N}])\s?/u;

/**
 * A clock time that goes with the date before it, read sticky right at the date's end: bare (`dinsdag 19 maart 12:00
 * uur`, 2383, see CLOCK_TAIL), in brackets (`op 5 maart 2024 (12:00 uur)`, `(10.00–12.00 uur)`) or between commas
 * (`Op 14 maart, 15.00 uur, spreekt de commissie …`). A bracket or comma around the hour ends no clause of the label.
 * A time with a preposition of its own (`om 10.00 uur`, `vanaf 19.00 uur`, 2067) or ending a clause (`12 maart,
 * 14.00 uur: technische briefing`) is left to the label as written.
 */
const DATE_CLOCK = new RegExp(
  `[^\\S\\n]*(?:\\((?:(?:[01]?\\d|2[0-4])[:.][0-5]\\d\\s?[-–]\\s?)?${clock('\\s?')}\\)|${clock('\\s')}(?![\\p{L}\\p{N}])|, ?${clock('\\s')}\\s?,)`,
  'uy',
);

/** A clock time: `12:00`, `12:00 uur`, `14.00 uur` (`14.00` alone may be an amount); `space` before `uur`. */
function clock(space: string): string {
  return `(?:[01]?\\d|2[0-4])(?::[0-5]\\d(?:${space}uur)?|\\.[0-5]\\d${space}uur)`;
}

/**
 * Where the date that ends at `from` ends with its hour (see DATE_CLOCK), within text[from, to); `from` when no clock
 * time follows it. A label leaves the hour out where it leaves out the date, and keeps it where it keeps the date (a
 * date that opens its sentence, `Op 12 maart 10.00 uur begint de hoorzitting`, which lost its hour).
 */
export function timeAfterDate(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && text.charCodeAt(k) !== 0x0a && isWhiteSpace(text.charCodeAt(k))) k++;
  // Most dates are followed by no digit, nor by `(` or `,` and a digit: ruled out by a character or two.
  const c = text.charCodeAt(k);
  if (c === 0x28 || c === 0x2c) {
    k++;
    if (c === 0x2c && text.charCodeAt(k) === 0x20) k++;
  }
  if (k >= to || !isDigit(text.charCodeAt(k))) return from;
  DATE_CLOCK.lastIndex = from;
  const m = DATE_CLOCK.exec(text);
  if (!m || DATE_CLOCK.lastIndex > to) return from;
  return DATE_CLOCK.lastIndex;
}

/**
 * `jl.` (`j.l.`, `jongstleden`) or `a.s.` right after a date that names its year. The date finder takes the word into a
 * date without a year, which it dates (`op 27 juni jl.`); after a year it adds nothing, the finder leaves it out, and a
 * label left it behind when it left out the date: `…in de Raad Algemene Zaken (RAZ) van 22 februari 2010 jl.` (806)
 * was labelled `…in de Raad Algemene Zaken (RAZ) jl.`.
 */
const RELATIVE_SUFFIX = /[^\S\n]*(?:jl\.?|j\.\s?l\.|jongstleden|a\.s\.)(?![\p{L}\p{N}])/uy;

/** Where the date that ends at `from` ends with its `jl.` (see RELATIVE_SUFFIX), within text[from, to); else `from`. */
export function pastRelativeSuffix(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && text.charCodeAt(k) !== 0x0a && isWhiteSpace(text.charCodeAt(k))) k++;
  // Most dates are followed by neither a `j` nor an `a`: ruled out by a character.
  const c = text.charCodeAt(k);
  if (k >= to || (c !== 0x6a && c !== 0x61)) return from;
  RELATIVE_SUFFIX.lastIndex = from;
  if (!RELATIVE_SUFFIX.test(text) || RELATIVE_SUFFIX.lastIndex > to) return from;
  return RELATIVE_SUFFIX.lastIndex;
}

/** `en` or `of` and the lower-case word after it. */
const CONJUNCTION = /^(?:en|of)\s(\p{Ll}[\p{L}\p{N}’'-]*)/u;

/**
 * Words after `en`/`of` that do not open a conjunct of their own: an article, a determiner or a preposition opens
 * a noun phrase that may still belong to the date's clause (`het verslag van de Europese Raad van 24 maart 2022 en
 * de NAVO-Top aan`, 2396), and words of time another date or the date's own extent (`op 3 mei en gisteren`,
 * `in het eerste kwartaal van 2018 en vervolgens halfjaarlijks te informeren`, 1501).
 */
const NO_CONJUNCT_START: ReadonlySet<string> = new Set([
  ..."de het een 't die dat deze dit zijn haar hun uw mijn onze ons elke alle iedere geen".split(' '),
  ...'in op van voor vóór tot met aan bij naar over uit door om te per sinds vanaf na tussen tijdens rond omstreeks uiterlijk'.split(
    ' ',
  ),
  ...'daarna verder later nadien eerder vervolgens volgend volgende komende daaropvolgende uiteindelijk aanvankelijk ook opnieuw nogmaals zelfs begin eind einde medio half midden gisteren vandaag morgen vorig vorige afgelopen'.split(
    ' ',
  ),
  ...Object.keys(DUTCH_MONTHS),
  ...DUTCH_WEEKDAYS,
]);

/**
 * The part of `after` (collapsed, the tidy text after a date that does not open its clause) a label keeps:
 * - without a CLOCK_TAIL or TIME_TAIL, which extends the date and goes with it;
 * - nothing when it opens a second conjunct with `en` or `of` and a word that opens no noun phrase (see
 *   NO_CONJUNCT_START; nor an adjective, `debat over de Europese top van 24 en 25 maart 2022 en ingelaste
 *   NAVO-top`, 2396): what that conjunct says is not dated by the date. `constaterende dat de huidige
 *   verdeelsleutel voor politiecapaciteit stamt uit 2010 en niet meer geactualiseerd is` (1601) gave
 *   `…verdeelsleutel voor politiecapaciteit stamt en niet meer geactualiseerd is`, `Het programma is gestart in
 *   2007 en loopt tot eind 2009` (1394) `Het programma is gestart en loopt tot eind 2009`: the label of 2007
 *   said when the programme ends.
 */
export function afterTheDate(after: string): string {
  const clock = CLOCK_TAIL.exec(after);
  if (clock) return after.slice(clock[0].length);
  const tail = TIME_TAIL.exec(after);
  if (tail) return after.slice(tail[0].length);
  const conjunct = CONJUNCTION.exec(after);
  if (!conjunct) return after;
  const word = conjunct[1] as string;
  return NO_CONJUNCT_START.has(word) || adjectiveClass(word) !== NO_ADJECTIVE ? after : '';
}

/**
 * Could `afterTheDate` change the text after a date, text[from, …)? Only when `en` or `of` or a digit (a clock time)
 * opens it (after white space): a test of a few characters, for the labels that take the common path (see
 * `plainLabel`).
 */
export function mayChangeAfter(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isWhiteSpace(text.charCodeAt(k))) k++;
  if (k < to && isDigit(text.charCodeAt(k))) return true;
  if (k + 3 > to || text.charCodeAt(k + 2) !== 0x20) return false;
  const a = text.charCodeAt(k);
  const b = text.charCodeAt(k + 1);
  return (a === 0x65 && b === 0x6e) || (a === 0x6f && b === 0x66); // `en `, `of `
}

/**
 * The code of the last character before `to` that is no white space, within text[from, to) (NaN when there is none):
 * the last letter of the word a date follows, by which the readers below rule most dates out before their regex.
 */
function lastCodeBefore(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 1);
}

/**
 * A verb whose object is the date, with the preposition that joins them: `De vorige monitoringsbrief dateert van
 * oktober 2024` (407), `de huidige verdeelsleutel voor politiecapaciteit stamt uit 2010` (1601). Without its
 * date the verb said nothing (`De vorige monitoringsbrief dateert`): such a label keeps the date.
 */
const DATING_VERB =
  /(?<!\p{L})(?:dateert|dateerde|dateerden|dateren|daterend|daterende|stamt|stamde|stamden|stammen)\s(?:uit|van|sinds)\s*$/iu;
/** How far before its date a dating verb and its preposition are looked for (`daterende sinds `, a line break). */
const DATING_REACH = 32;

/** Does a dating verb and its preposition (see DATING_VERB) end text[from, to), right before a date? */
export function datedByVerb(text: string, from: number, to: number): boolean {
  // Most dates follow no `uit`, `van` or `sinds`: their last letter rules them out.
  const c = lastCodeBefore(text, from, to);
  if (c !== 0x74 && c !== 0x6e && c !== 0x73) return false;
  return DATING_VERB.test(text.slice(Math.max(from, to - DATING_REACH), to));
}

/**
 * The date as what a clause says its subject is: after `is`, `was`, `zijn` or `waren`, with `uit` or `van` (`Het
 * laatste onderzoek naar niet-genaturaliseerde ranov-vergunninghouders is uit 2017`, 2663) or with nothing between,
 * where the date ends the clause (`het verwachte moment van oplevering is eind september`, 399). Without its date the
 * clause ended on its verb and said nothing (`…ranov-vergunninghouders is`): such a label keeps the date. Not a date
 * that an auxiliary's clause goes on after (`De wet is 1 januari in werking getreden`), nor one after `in` or `op`
 * (`dat geboren is in januari 2000`), which are the dates of the clause's verb.
 */
const COPULA_BEFORE = /(?<!\p{L})(?:is|was|zijn|waren)\s+(?:(uit|van)\s+)?$/iu;
/** How far before its date a copula and its preposition are looked for (`waren van `, a line break). */
const COPULA_REACH = 16;
/** What may follow a date that ends its clause: a clause mark or a closing bracket. */
const CLAUSE_MARK = /[.,;:!?)]/;

/**
 * Is the date text[ds, de) what its clause, from text[from], says its subject is (see COPULA_BEFORE)? A date without a
 * preposition ends its clause where a clause mark or a closing bracket follows it, or the text ends; not where a
 * bracket opens, which bounds the clause the label reads but goes on with the sentence: `Zo is eind 2020 (tijdens het
 * Duits voorzitterschap…` (1275).
 */
export function datedByCopula(text: string, from: number, ds: number, de: number): boolean {
  // Most dates follow no `is`, `was`, `zijn`, `waren`, `uit` or `van`: their last letter rules them out.
  const c = lastCodeBefore(text, from, ds) | 0x20;
  if (c !== 0x73 && c !== 0x6e && c !== 0x74) return false;
  const copula = COPULA_BEFORE.exec(text.slice(Math.max(from, ds - COPULA_REACH), ds));
  if (copula === null) return false;
  if (copula[1] !== undefined) return true;
  let j = de;
  while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
  return j >= text.length || CLAUSE_MARK.test(text.charAt(j));
}

/**
 * `net als` or `evenals` (with a preposition) right before a date: what the clause says happens again, as it did then.
 * Without the date the comparison pointed at nothing, or at the clause's object: `…mijn besluit om net als € 61,5
 * miljoen over te hevelen` (50, `net als in 2018 en 2019 € 61,5 miljoen`), `Net als wordt de dreiging voornamelijk
 * bepaald…` (982, `Net als begin 2005`), `…hoe u hierop anticipeert evenals` (874): such a label keeps the date.
 */
const LIKENESS_BEFORE = /(?<!\p{L})(?:net als|evenals)\s+(?:(?:in|op|bij|tijdens|per)\s+)?$/iu;
/** How far before its date a likeness and its preposition are looked for (`evenals tijdens `, a line break). */
const LIKENESS_REACH = 20;

/** Does `net als` or `evenals` (see LIKENESS_BEFORE) end text[from, to), right before a date? */
export function likenedTo(text: string, from: number, to: number): boolean {
  // Most dates follow none of `als`, `in`, `op`, `bij`, `tijdens`, `per`: their last letter rules them out.
  const c = lastCodeBefore(text, from, to) | 0x20;
  if (c !== 0x73 && c !== 0x6e && c !== 0x70 && c !== 0x6a && c !== 0x72) return false;
  return LIKENESS_BEFORE.test(text.slice(Math.max(from, to - LIKENESS_REACH), to));
}

/**
 * A noun that names the year after it: `anno` and the compounds of `jaar`, `Het bondgenootschap wordt anno 2009 nog
 * steeds op de proef gesteld` (2762), `voor toeslagjaar 2012 geen recht meer hebben` (1651), `het eerste
 * WNT-verslagjaar 2013` (2852). Without its year the noun said nothing (`wordt anno nog steeds`, `voor het zichtjaar
 * een … scenario`): such a label keeps the year. Not `vergaderjaar` or `zittingsjaar`, a citation's session.
 */
const NAMED_YEAR = /(?<!\p{L})(?:anno|(?!vergaderjaar|zittingsjaar)\p{L}{2,}jaar)\s*$/iu;
/** How far before its year such a noun is looked for (`verkiezingsjaar `). */
const NAMED_YEAR_REACH = 24;

/** Does a noun that names the year after it (see NAMED_YEAR) end text[from, to), right before a date? */
export function namesItsYear(text: string, from: number, to: number): boolean {
  // Most dates follow no `anno` or `…jaar`: their last letter rules them out.
  const c = lastCodeBefore(text, from, to) | 0x20;
  if (c !== 0x6f && c !== 0x72) return false;
  return NAMED_YEAR.test(text.slice(Math.max(from, to - NAMED_YEAR_REACH), to));
}

/**
 * A preposition whose object is a date quoted alone: `In de beweegreden wordt na «2021» ingevoegd «alsmede …»`
 * (1086, an amendment that names the text it changes). The quotes that held only the date go with it (see
 * `joinParts`), which left the preposition without its object: `…wordt na ingevoegd «alsmede…`. Such a label keeps
 * the date in its quotes. A quoted date after anything else still goes: `wordt «1 januari 1996» vervangen` (630).
 */
const PREPOSITION_QUOTE =
  /(?<![\p{L}\p{N}])(?:na|voor|vóór|achter|tussen|door|van|in|op|aan|bij|met|tot|uit|over|naar|om|onder|sinds|vanaf)\s*[«“]$/iu;

/** Is the date text[ds, de) quoted alone right after a preposition (see PREPOSITION_QUOTE) in text[from, ds)? */
export function quotedAfterPreposition(text: string, from: number, ds: number, de: number): boolean {
  const open = text.charCodeAt(ds - 1);
  const close = text.charCodeAt(de);
  if (ds - 1 < from || !((open === 0xab && close === 0xbb) || (open === 0x201c && close === 0x201d)))
    return false;
  return PREPOSITION_QUOTE.test(text.slice(Math.max(from, ds - 40), ds));
}

/**
 * Is the date text[ds, de) a year alone (four digits, 19xx or 20xx) followed by a figure, white space between, within
 * text[…, to)? `In 2008 heeft UWV 12 909 nuggers naar werk geleid, in 2009 9 463 en in 2010 12 884.` (328) labelled
 * 2009 `9 463 en in 2010 12 884`: the figure is the year's, and without it says nothing. Such a label keeps the year.
 */
export function figureAfterYear(text: string, ds: number, de: number, to: number): boolean {
  if (de - ds !== 4) return false;
  let k = de;
  while (k < to && text.charCodeAt(k) !== 0x0a && isWhiteSpace(text.charCodeAt(k))) k++;
  if (k === de || k >= to || !isDigit(text.charCodeAt(k))) return false;
  return /^(?:19|20)\d\d$/.test(text.slice(ds, de));
}

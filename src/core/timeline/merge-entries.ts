import type { TimelineEntry } from '../types';
import { dateKey } from './date-key';
import { FUNCTION_WORDS } from './function-words';
import { LetterItems, namesOtherLetters, namesSameLetter } from './letter-items';
import { MINISTRY_ABBREVIATIONS, shortMinistryNames } from './ministry-names';
import { withoutStockFraming } from './report-frames';
import { labelWords } from './words';

/**
 * Entries of one date that are one mention merged into one (`mergeEntries`): a similar label (half the content words
 * shared, unless they name other list items, ministries or chapters), the same list of dates again, the same quoted
 * title, a restatement nearby; the first mention stays, with the strongest kind (`KIND_RANK`).
 */

const KIND_RANK: Record<TimelineEntry['kind'], number> = { commitment: 0, deadline: 1, event: 2 };

/**
 * The content words of `label`, split once per label (a label is compared with up to 20 others). Articles
 * and prepositions are left out: two letters of one minister on one day, `…voor Wonen, Wijken en Integratie
 * inzake de reactie op het LSVb-rapport «Check…` and `…voor Wonen, Wijken en Integratie inzake het
 * Actieplan Woningproductie` (1921), shared half their words through `voor`, `inzake`, `het` and were
 * merged into one entry.
 */
function wordsOf(cache: Map<string, Set<string>>, label: string): Set<string> {
  let w = cache.get(label);
  if (!w) {
    // A letter's stock opening (`Hierbij bieden wij u`) says nothing of what the label is about.
    w = labelWords(withoutStockFraming(label), FUNCTION_WORDS);
    cache.set(label, w);
  }
  return w;
}

/**
 * Same label, or at least half of their content words shared. The word cache is an argument, not a
 * closure made per call: V8 drops code optimized for one closure when the next call brings another
 * (deopt `wrong call target`).
 */
function similar(a: string, b: string, cache: Map<string, Set<string>>): boolean {
  if (a === b) return true;
  const wa = wordsOf(cache, a);
  const wb = wordsOf(cache, b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= 0.5 && !namesOtherItems(a, b);
}

/**
 * Do two labels that share half their words still name two things, by what tells items of a list apart: a
 * different item number (`2. brief houdende het ontwerp Besluit personenvervoer 2000…` and `4. brief houdende
 * het ontwerp Besluit spoorweginfrastructuur…`, 2561), or another ministry or budget chapter (`…het Ministerie
 * van VWS (XVI) voor het jaar` and `…het Ministerie van VenJ (VI) voor het jaar`, 1042)? Words under three
 * letters and the ministries' short names, which labels write when they must be cut, are too few to outweigh the
 * words such items share.
 */
function namesOtherItems(a: string, b: string): boolean {
  const na = ITEM_NUMBER.exec(a)?.[1];
  const nb = ITEM_NUMBER.exec(b)?.[1];
  if (na !== undefined && nb !== undefined && na !== nb) return true;
  return differ(a, b, MINISTRY) || differ(a, b, CHAPTER) || differ(a, b, EURO_AMOUNT);
}

/** A list item's number opening a label: `2. brief …`, `4) de brief …`. */
const ITEM_NUMBER = /^(\d{1,3})[.)] /;

/** A ministry's short name, as a whole word. */
const MINISTRY = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${[...MINISTRY_ABBREVIATIONS].join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

/** A budget chapter in brackets: `(XVI)`. */
const CHAPTER = /\([IVXLC]+\)/g;

/**
 * An amount in euros, its groups of thousands with it: `€ 13 131 mln` and `€ 7 423 mln` are two totals of 2007 (2562),
 * the road taxes' and the road spending's, however alike the sentences that give them.
 */
const EURO_AMOUNT = /€\s?\d+(?:[ .,]\d+)*/g;

/**
 * Do both labels name some (`pattern`), and not the same ones? Names written out count as their short
 * names (`shortMinistryNames`): a label that fits keeps them whole.
 */
function differ(a: string, b: string, pattern: RegExp): boolean {
  const na = namesIn(a, pattern);
  const nb = namesIn(b, pattern);
  return na !== '' && nb !== '' && na !== nb;
}

function namesIn(label: string, pattern: RegExp): string {
  return [...new Set(shortMinistryNames(label).match(pattern))].sort().join(' ');
}

/**
 * Same date, same thing: keep the first mention, and the strongest kind (commitment > deadline > event). The same thing
 * is a mention with a similar label, or the same list of dates again in one sentence: `dat de loonsom in januari en in
 * november 0 euro bedraagt of dat er geen loonsom in januari en november is` (643) names each month once. `listKeys`
 * gives the dates of the list of each entry of a list's item (see `listKey`). So is the same quoted title again
 * (`titles`, see `titleAround`), the date being the title's: `de discussienota «Naar een duurzaam Europa in 2030»` and
 * `het BNC-fiche «Naar een duurzaam Europa in 2030»` (278) name one paper's year, whatever the words around them. Two
 * headings (dates on the lines of the outline's headings, `headings`: see `isHeading`) are two points of the letter,
 * never one mention unless their labels are the same: `De periode tot aan mei 1998` and `Mei 1998 en de periode daarna`
 * (2760) share most words through their date, and the second section was lost from the timeline. Nor are two items of a
 * list of letters that cite other papers or name other subjects (`items`, see `LetterItems`), however alike their
 * labels: `…d.d. 30 maart 2007 (28 196, nr. 3)` and `…(30 800-A, nr. 57)` (1813), `…inzake wijziging gasgebouw` and
 * `…inzake uitvoer` (1616) are two letters of one sender on one day; nor a letter's date and a date that is no letter's
 * (see `letterAndOther`); nor two sentences that close on citations of other papers (see `otherClosingPapers`). Two
 * mentions of a letter whose subjects agree are one, however their labels are cut (see `namesSameLetter`), and so are
 * two mentions that cite one paper in the brackets that go with the date, `(Kamerstuk 29 521, nr. 446, d.d. 17 juni
 * 2022)` twice in the NAVO letter (see `samePaper`).
 */
export function mergeEntries(
  original: string,
  entries: readonly TimelineEntry[],
  listKeys: ReadonlyMap<TimelineEntry, string>,
  titles: ReadonlyMap<TimelineEntry, string>,
  headings: ReadonlyMap<number, number>,
  items: LetterItems,
): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry[]>();
  // The list keys of the entries kept (the copies in `byDate`).
  const keptKeys = new Map<TimelineEntry, string>();
  // The titles of the entries kept (the copies in `byDate`).
  const keptTitles = new Map<TimelineEntry, string>();
  const out: TimelineEntry[] = [];
  const ordered = [...entries].sort((a, b) => a.start - b.start);
  // A label is compared with up to 20 others: split it into words once (see `wordsOf`).
  const cache = new Map<string, Set<string>>();
  for (let k = 0; k < ordered.length; k++) {
    const e = ordered[k] as TimelineEntry;
    const key = dateKey(e);
    const group = byDate.get(key) ?? [];
    const list = listKeys.get(e);
    const title = titles.get(e);
    // Compare with the latest few mentions only, so a date repeated thousands of times stays cheap.
    let twin: TimelineEntry | undefined;
    for (let i = Math.max(0, group.length - 20); i < group.length && !twin; i++) {
      const g = group[i] as TimelineEntry;
      const sameList =
        list !== undefined && keptKeys.get(g) === list && g.sentence?.start === e.sentence?.start;
      if (sameList || (title !== undefined && keptTitles.get(g) === title)) twin = g;
      else if (
        (g.label === e.label ||
          restated(original, g, e) ||
          (!(isHeading(g, headings) && isHeading(e, headings)) && similar(g.label, e.label, cache)) ||
          sameLetter(items, g, e) ||
          samePaper(items, g, e)) &&
        !otherLetters(items, g, e) &&
        !letterAndOther(items, g, e) &&
        !otherClosingPapers(items, g, e)
      )
        twin = g;
    }
    if (twin) {
      if (KIND_RANK[e.kind] < KIND_RANK[twin.kind]) twin.kind = e.kind;
      // The mention kept stands for this one's title too (278: a heading without quotes, then the title twice).
      if (title !== undefined && !keptTitles.has(twin)) keptTitles.set(twin, title);
      continue;
    }
    const copy = { ...e };
    if (list !== undefined) keptKeys.set(copy, list);
    if (title !== undefined) keptTitles.set(copy, title);
    group.push(copy);
    byDate.set(key, group);
    out.push(copy);
  }
  return out;
}

/**
 * Is one of two mentions a letter's own date with its subject and the other no letter's date, with other labels?
 * They are two things however alike their labels: labels that keep a letter's subject (see `subjectWindow`) share its
 * words with a date named in that subject, `…inzake besluitvorming Rijksministerraad 10 juli 2020 inzake (financiële)
 * ondersteuning…` (2113: the letter of that day) and `…de besluitvorming Rijksministerraad inzake (financiële)
 * ondersteuning…` (the meeting, in another item's subject).
 */
function letterAndOther(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.label === b.label) return false;
  const ia = items.of(a);
  const ib = items.of(b);
  return (ia === null) !== (ib === null) && (ia?.subject ?? ib?.subject ?? null) !== null;
}

/**
 * Does the second of two mentions of a date restate the first, in one phrase of one sentence: close after it, no clause
 * or item between (no delimiter, line break or conjunction, see CLAUSE_BETWEEN)? `over de brief van 22 oktober 1998
 * inzake het Fonds Economische Structuurversterking d.d. 22 oktober 1998 (kamerstuk 26 200 E, nr. 4)` (498) gave two
 * entries. Two clauses of one sentence may say two things of one date: `…ten opzichte van 2010 met 10% wil doen laten
 * afnemen en vanaf 2012 …` (180), `…regeling die pas na 1 januari 2019 afloopt` (2072), each with its entry.
 */
function restated(original: string, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.kind === 'commitment' || b.kind === 'commitment') return false;
  if (a.sentence === undefined || b.sentence === undefined || a.sentence.start !== b.sentence.start)
    return false;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start - first.end > RESTATED_REACH || second.start < first.end) return false;
  return !CLAUSE_BETWEEN.test(original.slice(first.end, second.start));
}

/** How far apart two mentions of a date restating it may be (498: 56 characters). */
const RESTATED_REACH = 80;
/** What between two mentions of a date parts two clauses or items: a delimiter, a line break, a conjunction. */
const CLAUSE_BETWEEN =
  /[,;:()[\]\n\u2013\u2014]|(?<![\p{L}\p{N}])(?:en|of|maar|terwijl|dat|die|waar\p{L}*)(?![\p{L}\p{N}])/u;

/** Are two mentions of a date a letter's, named by one subject (see `namesSameLetter`)? */
function sameLetter(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const ia = items.of(a);
  const ib = items.of(b);
  return ia !== null && ib !== null && namesSameLetter(ia, ib);
}

/** Do two mentions of a date cite one paper in the brackets that go with the date (see `LetterItems.papersWith`)? */
function samePaper(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const pa = items.papersWith(a);
  return pa !== null && pa === items.papersWith(b);
}

/**
 * Do two mentions of a date in two sentences cite other papers in the brackets that close their sentences (see
 * `LetterItems.papersClosing`)?
 */
function otherClosingPapers(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.sentence?.start === b.sentence?.start) return false;
  const pa = items.papersClosing(a);
  const pb = pa === null ? null : items.papersClosing(b);
  return pa !== null && pb !== null && pa !== pb;
}

/** Are two mentions of a date items of a list that name two letters (see `namesOtherLetters`)? */
function otherLetters(items: LetterItems, a: TimelineEntry, b: TimelineEntry): boolean {
  const ia = items.of(a);
  const ib = items.of(b);
  return ia !== null && ib !== null && namesOtherLetters(ia, ib);
}

/**
 * Is the entry's date in a heading of the outline: does its sentence start where a heading does, and the date lie on
 * the heading's line? (A heading without a full stop may open a sentence that runs on into the text below it.)
 */
function isHeading(e: TimelineEntry, headings: ReadonlyMap<number, number>): boolean {
  if (headings.size === 0 || e.sentence === undefined) return false;
  const end = headings.get(e.sentence.start);
  return end !== undefined && e.start < end;
}

import { isDigit, isWhiteSpace } from '../text/chars';
import { FULL_MONTH_ALTERNATION } from '../text/dutch-months';
import { alternation, AUXILIARY_WORDS } from './auxiliaries';
import { LABEL_STRETCH, MAX_LABEL, MIN_LABEL } from './label-chars';
import { isParticiple } from '../dates/tense';
import type { Span } from '../types';

/**
 * A label says what happens on its own date, not on another one: a clause that names another paper's or meeting's date
 * before this one is about that paper. `– de brief van de Minister van Financiën d.d. 17 september 2021 inzake verslag
 * Ecofin-Raad 6 september 2021 …` (281) labelled 6 September `…de Minister van Financiën d.d. 17 september 2021 inzake
 * verslag Ecofin-Raad`; `Mede met het oog op het Algemeen Overleg over de Raad Buitenlandse Zaken van 17 maart a.s.
 * ontvangt u hierbij een verslag van mijn reis naar Kiev van 10 maart jl` (2847) labelled 10 March with the other
 * date's council. Such a label starts after the other date, its year, `a.s.` or `jl.`, and a formal subject marker
 * after them (`inzake`). Only a date after `d.d.` or `van` (a paper's or meeting's date: not `Op 25 april 2018 heeft
 * het CBS …`, 2217, whose date is the clause's own), and not when `en`, `of`, `tot` or a bracket follows it (`Hetzelfde
 * geldt voor de Milieuraad van 2 maart en de Ecofin`, 196, is a list; `van 21 juni tot de vroege ochtend`, 950, a
 * period).
 */

/** A day and a month's full name, and a year: `17 september 2021`, `17 maart`. */
const OTHER_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])\d{1,2}\s+(?:${FULL_MONTH_ALTERNATION})(?:\s+\d{4})?(?![\p{L}\p{N}])`,
  'giu',
);
/** What makes it a paper's or meeting's date: `d.d.`, `dd.`, `van` right before it. */
const OF_PAPER = /(?:^|[^\p{L}\p{N}])(?:d\.\s?d\.?|dd\.?|van)\s+$/iu;
/**
 * What may follow that date and belongs to it: `a.s.`, `jl.`, `j.l.`; then a subject marker, formal (`inzake`, left
 * out) or `over`, `met`, `ter aanbieding van` (kept); then the next word, which must be a word that opens no list or
 * period (nor is one of the words this regex may leave out: it cannot leave `jl.` out to start the label there).
 */
const LINKING_AFTER =
  /\s*(?:(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?\s*(?:(?<formal>(?:inzake|betreffende|aangaande|omtrent|houdende)\s+)|(?<marker>(?=(?:over|met|ter aanbieding van)\s)))?(?!(?:en|of|tot|t\/m|a\.s\.|j\.?l\.|jongstleden|aanstaande|inzake|betreffende|aangaande|omtrent|houdende)(?![\p{L}\p{N}]))(?=\p{L})/iuy;
/** How much a label after the other date must hold: without a subject marker it goes on with the clause's verb. */
const WITHOUT_MARKER = 30;

/**
 * Where the label of the date at `ds` starts in the clause text[left, ds): `left`, or past the last other full date in
 * it and the words that go with that date (see LINKING_AFTER), when what is left before `ds` holds at least MIN_LABEL
 * characters after a subject marker (a date range's `tot` is no label), WITHOUT_MARKER without one. Read only within
 * the clause.
 */
export function pastOtherDate(text: string, left: number, ds: number): number {
  if (ds - left < MIN_LABEL + 8) return left;
  const stretch = text.slice(left, ds);
  let other: RegExpExecArray | null = null;
  OTHER_DATE.lastIndex = 0;
  for (let m = OTHER_DATE.exec(stretch); m; m = OTHER_DATE.exec(stretch)) other = m;
  if (other === null || !OF_PAPER.test(stretch.slice(Math.max(0, other.index - 12), other.index)))
    return left;
  LINKING_AFTER.lastIndex = other.index + other[0].length;
  const linking = LINKING_AFTER.exec(stretch);
  if (linking === null) return left;
  const groups = linking.groups as { formal?: string; marker?: string };
  const min = groups.formal !== undefined || groups.marker !== undefined ? MIN_LABEL : WITHOUT_MARKER;
  const end = LINKING_AFTER.lastIndex;
  let b = ds;
  while (b > left + end && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  return b - (left + end) >= min ? left + end : left;
}

/**
 * A citation in brackets right after a date, `(Kamerstukken II, 2006–2007, 29 700, nr. 47)`, with the clause going on
 * after it in lower case: `Zoals ik in mijn brief van 13 juli 2007 (Kamerstukken II, 2006–2007, 29 700, nr. 47) heb
 * laten weten, hebben de leden …` (1546) ended its label at the bracket, `Zoals ik in mijn brief`. The label leaves the
 * citation out with the date and goes on after it: `Zoals ik in mijn brief heb laten weten`. So does any other group in
 * brackets right after a date, which says more of the date or where it is written down: a citation without its series,
 * `Bij brief van 20 november 1996 (24 772, nr. 14) heb ik u geïnformeerd` (1650), a reference, `(2008D03792)` (399), a
 * note on the date, `De Klesch Group zal in de loop van 2020 (naar verwachting 1 juli) de exploitatie van de
 * raffinaderij … overnemen` (2116, whose label was `De Klesch Group zal`). A date's `a.s.` or `jl.` after the group
 * goes with them: `het plenaire debat voorzien voor 21 februari (Handelingen II 2022/23, nr. 55, …) a.s. sturen wij`
 * (1252) read `…debat voorzien a.s. sturen wij`. The group may run over a line break, not a blank line: `evaluatie
 * missies van 22 oktober 2024 (Kamerstuk⏎29 521, nr. 492) informeert het kabinet` (2767), `In mijn brief van 6 april
 * jl. (TK II, …⏎…) heb ik u` (1491) stopped at the bracket. So does a group that a comma follows, the clause going on
 * after it: `Op verzoek van uw Kamer van 29 maart jl. schreef ik, op 10 april (Kamerstuk 29 924, nr. 161), mede namens
 * de Minister van Defensie, al een brief …` (2223) was labelled `Op verzoek van uw Kamer van 29 maart jl. schreef ik`.
 */
const CITATION_AFTER =
  /[^\S\n]*\((?:[^()\n]|\n(?![^\S\n]*\n)){1,100}\)(?:[^\S\n]+(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)(?![\p{L}\p{N}]))?(?=,?[^\S\n]+(?!(?:en|of|alsmede|maar)(?![\p{L}\p{N}]))\p{Ll})/uy;

/** Where the date that ends at `de` ends with a group in brackets after it (see CITATION_AFTER), within text[de, end); else `de`. */
export function citationAfterDate(text: string, de: number, end: number): number {
  let k = de;
  while (k < end && text.charCodeAt(k) !== 0x0a && isWhiteSpace(text.charCodeAt(k))) k++;
  // Most dates have no bracket after them: ruled out by one character.
  if (k >= end || text.charCodeAt(k) !== 0x28) return de;
  CITATION_AFTER.lastIndex = 0;
  const stretch = text.slice(de, Math.min(end, k + 200));
  return CITATION_AFTER.test(stretch) ? de + CITATION_AFTER.lastIndex : de;
}

/** A day and its month, or a month and its year. */
const DAY_OR_MONTH_DATE = String.raw`\d{1,2}\s+(?:${FULL_MONTH_ALTERNATION})|(?:${FULL_MONTH_ALTERNATION})\s+\d{4}`;
/**
 * A label tells of its own date, not of the next item of the sentence that has a date of its own: `Zie hiervoor ook
 * het verslag van de RAZ dat uw Kamer 24 oktober jl. toeging en de Kamerbrief van 30 september jl. over de
 * Nederlandse positie` (64) labelled 24 October `…dat uw Kamer toeging en de Kamerbrief van 30 september jl.…`, and
 * 30 September `…uw Kamer 24 oktober jl. toeging en de Kamerbrief over de Nederlandse positie`; `twee adviezen van
 * de advocaat-generaal Wattel (maart 2021) en Advocaat-Generaal Niessen (1 november 2021) over box 3` (2253) labelled
 * March with November's. The label of the first date stops before the `en` that opens the other date's part, the
 * label of the second starts after it. An `en` opens such a part where its first part is done: it ends with its date
 * (`Wattel (maart 2021) en`) or a verb (`toeging en`, `een uitstelbericht gestuurd en op 14 december 2023`, 153), or
 * the second part opens with its date (`en op 12 juli jl. met een voorstel`, 2205). Not an `en` inside a noun phrase
 * the later date belongs to whole: `agenda eurogroep en Ecofin-Raad 14 en 15 maart 2022` (2266), `werkbezoek aan
 * Bonaire, Curaçao en Aruba van 20 t/m 25 januari 2019` (1146), nor one of a list of days (`van 6 en 7 april`) or
 * words (`Landbouw- en Visserijraad`). A day and its month or a month and its year count as that date (`maart 2021`);
 * a bare year or month does not (but see DATE_OR_YEAR_IN_PART).
 */
const DATE_IN_PART = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])(?:${DAY_OR_MONTH_DATE})(?![\p{L}\p{N}])`,
  'iu',
);
/** All of them. */
const DATES_IN_PART = new RegExp(DATE_IN_PART.source, 'giu');
/**
 * DATE_IN_PART, or a year after `in`, `sinds` or `vanaf`: the part after a date's may have that as its own date
 * (`…warmer dan bij het begin van de metingen in 1901 en de zeespiegel is sinds 1900 met ongeveer 20 centimeter
 * gestegen`, 1555, labelled 1901 `…dan bij het begin van de metingen en de zeespiegel is sinds 1900 met ongeveer…`).
 * Only for where the label of the date before the `en` ends (see `beforeOtherDatePart`): a second part with its year
 * often leaves its verb to the first (`tot 209 megaton in 2011 en 150 megaton in 2020`, 547), and is not labelled
 * alone.
 */
const DATE_OR_YEAR_IN_PART = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])(?:${DAY_OR_MONTH_DATE}|(?<=(?<!\p{L})(?:in|sinds|vanaf)\s+)(?:1[89]|20)\d{2})(?![\p{L}\p{N}])`,
  'iu',
);
/** The same, ending the stretch it is tried on, with a date's `jl.` or `a.s.` and a group in brackets after it. */
const DATE_ENDS_PART = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])(?:\d{1,2}\s+(?:${FULL_MONTH_ALTERNATION})(?:\s+\d{4})?|(?:${FULL_MONTH_ALTERNATION})\s+\d{4})\d?\s*(?:(?:a\.s\.|j\.?l\.|jongstleden|aanstaande)\s*)?(?:\)\s*)?(?:\([^()]{1,60}\)\s*)?$`,
  'iu',
);
/**
 * A part that opens with its date: an adverb like `vervolgens` if any, a preposition if any, then the date. Not a noun
 * before it: `het commissiedebat Gevangeniswezen en tbs van 2 oktober` (2367) is one debate.
 */
const DATE_OPENS_PART =
  /^\s*(?:(?:vervolgens|daarna|nadien|later|eerder|ook|tevens|opnieuw|nogmaals|uiteindelijk|uiterlijk|aanvullend)\s+)?(?:(?:op|in|van|per|sinds|vanaf|d\.d\.)\s+)?$/u;
/**
 * A part that opens with a determiner, a new noun phrase beside the first part's: `de brief van de staatssecretaris van
 * 16 maart 1998 inzake dyslexie (OCW-98-254) en de brief van de staatssecretaris van 18 maart 1998` (2691).
 */
const DETERMINER_OPENS = /^\s*(?:de|het|een|mijn|uw|haar|zijn|hun|onze|ons)\s/u;
/** `tussen`: its `en` joins the two ends of one span (`tussen de stand van september 2017 en de stand in …`, 568). */
const BETWEEN = /(?<![\p{L}\p{N}])tussen(?![\p{L}\p{N}])/iu;
/**
 * How many characters a label must keep for a part to be cut off: MIN_LABEL and a preposition that dangles before the
 * date and goes (`In mijn brief van`, 1078): a shorter one is left for a wider clause, which holds the date itself.
 */
const KEPT = MIN_LABEL + 5;
/** A word, for what a part must hold besides its date. */
const WORD = /\p{L}{2}/u;
/** Words that end a done clause before `en` besides participles: finite verbs and what ends a separable one. */
const CLAUSE_END_WORDS: ReadonlySet<string> = new Set([
  'had',
  'heeft',
  'hebben',
  'is',
  'was',
  'waren',
  'werd',
  'werden',
  'zijn',
  'toeging',
  'plaats',
  'verwerkt',
  'verstuurd',
  'ontvangen',
]);
/** How many words at most stand between an `en` and the date of the part next to it. */
const PART_WORDS = 8;
/** How far before an `en` that many words are looked for, and the date after it: long words and a citation in brackets. */
const HEAD_REACH = 120;
/**
 * How far from the label's date its part's `en` is looked for: further off, the label (cut to MAX_LABEL around the
 * date, whole up to LABEL_STRETCH past it) holds neither. Bounds the work on a long sentence (the label's window
 * reaches LABEL_REACH both ways).
 */
const PART_REACH = MAX_LABEL + LABEL_STRETCH;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Is `c` a letter or a digit (`[\p{L}\p{N}]`), by its code where it is ASCII? */
function wordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(text.charAt(k));
}

/** Is the character at `k` a letter (`\p{L}`)? */
function letter(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(text.charAt(k));
}

/** Is the `en` at `k` a word of its own within text[from, to)? */
function enWord(text: string, from: number, to: number, k: number): boolean {
  return (k === from || !wordChar(text, k - 1)) && (k + 2 >= to || !wordChar(text, k + 2));
}

/**
 * Is the `en` word at `k` of text[from, to) a joining one: not that of `tot en met` or `en/of`, nor one between two
 * numbers (`6 en 7 april`, `2011 en 2012`) or after a hyphen (`Landbouw- en`)? Only the stretch is read: a day before
 * it (`19 april 2023 en 24 mei 2023`, 1066) is the label's own date.
 */
function joiningAt(text: string, from: number, to: number, k: number): boolean {
  if (k + 2 < to && text.charCodeAt(k + 2) === 0x2f) return false;
  let b = k;
  while (b > from && isWhiteSpace(text.charCodeAt(b - 1))) b--;
  if (b > from && text.charCodeAt(b - 1) === 0x2d) return false;
  if (b - 3 >= from && text.startsWith('tot', b - 3)) return false;
  if (b > from && isDigit(text.charCodeAt(b - 1))) {
    let a = k + 2;
    while (a < to && isWhiteSpace(text.charCodeAt(a))) a++;
    if (a > k + 2 && a < to && isDigit(text.charCodeAt(a))) return false;
  }
  return true;
}

/**
 * Where the first joining `en` in text[at, limit) of the stretch text[from, to) is, or -1. By character codes: most
 * stretches near a date hold none, and `indexOf`/`lastIndexOf` search on past their bounds.
 */
function firstEn(text: string, from: number, to: number, at: number, limit: number): number {
  for (let k = at; k + 2 <= limit; k++) {
    if (text.charCodeAt(k) === 0x65 && text.charCodeAt(k + 1) === 0x6e) {
      if (enWord(text, from, to, k) && joiningAt(text, from, to, k)) return k;
    }
  }
  return -1;
}

/** Where the last joining `en` in text[limit, to) of the stretch text[from, to) is, or -1 (see `firstEn`). */
function lastEn(text: string, from: number, to: number, limit: number): number {
  for (let k = to - 2; k >= limit; k--) {
    if (text.charCodeAt(k) === 0x65 && text.charCodeAt(k + 1) === 0x6e) {
      if (enWord(text, from, to, k) && joiningAt(text, from, to, k)) return k;
    }
  }
  return -1;
}

/** Is there a digit in text[from, to)? */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDigit(text.charCodeAt(k))) return true;
  return false;
}

function wordsIn(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Does `head` (the first part, up to its `en`) end a done clause: with a participle, a finite verb, `te` and an infinitive? */
function endsDoneClause(head: string): boolean {
  // The last word by character codes: a regex for it tries every start in the stretch.
  let b = head.length;
  while (b > 0 && !letter(head, b - 1)) b--;
  if (b === 0) return false;
  let a = b;
  while (a > 0 && letter(head, a - 1)) a--;
  const w = head.slice(a, b);
  if (w !== w.toLowerCase()) return false;
  return isParticiple(w) || CLAUSE_END_WORDS.has(w) || /(?:^|\s)te\s+\p{Ll}+en[^\p{L}]*$/u.test(head);
}

/** Does the character at `k` start an upper-case word? */
function capital(text: string, k: number): boolean {
  const ch = text.charAt(k);
  return ch !== ch.toLowerCase();
}

/**
 * Is the `en` at `k` of the stretch text[from, to) one between two words in capitals, inside a name (`Infrastructuur en
 * Milieu`), with no bracket closing before it? The words are read within 40 characters of it.
 */
function insideName(text: string, from: number, to: number, k: number): boolean {
  const low = Math.max(from, k - 40);
  let b = k;
  while (b > low && !letter(text, b - 1)) b--;
  if (b === low) return false;
  let w = b;
  while (w > low && letter(text, w - 1)) w--;
  if (!capital(text, w)) return false;
  const high = Math.min(to, k + 42);
  let a = k + 2;
  while (a < high && !letter(text, a)) a++;
  if (a >= high || !capital(text, a)) return false;
  let c = k;
  while (c > from && isWhiteSpace(text.charCodeAt(c - 1))) c--;
  return !(c > from && text.charCodeAt(c - 1) === 0x29);
}

/**
 * Where the label of the date text[ds, de) ends in the clause text[de, right): before the first joining `en` after it
 * that opens another date's part (see DATE_IN_PART), when no date stands between; else `right`. The label keeps
 * KEPT characters from `left`.
 */
export function beforeOtherDatePart(
  text: string,
  left: number,
  ds: number,
  de: number,
  right: number,
): number {
  // Most clauses have no joining `en` near their date, or no digit after it (a date needs one): ruled out by
  // character codes, without a string cut out or a regex run.
  const limit = Math.min(right, de + PART_REACH);
  for (let k = firstEn(text, de, right, de, limit); k >= 0; k = firstEn(text, de, right, k + 2, limit)) {
    const reach = Math.min(right, k + 2 + HEAD_REACH);
    if (!hasDigit(text, k, reach)) continue;
    const head = text.slice(de, k);
    if (hasDigit(text, de, k) && DATE_OR_YEAR_IN_PART.test(head)) return right;
    const tail = text.slice(k + 2, reach);
    const other = DATE_OR_YEAR_IN_PART.exec(tail);
    if (other === null) continue;
    if (insideName(text, de, right, k) || wordsIn(tail.slice(0, other.index)) > PART_WORDS) continue;
    if (BETWEEN.test(text.slice(left, k))) return right;
    const headDone = !WORD.test(head.replace(/\([^()]*\)|\b(?:a\.s|j\.?l|jongstleden|aanstaande)\b/giu, ''));
    if (
      !headDone &&
      !endsDoneClause(head) &&
      !DATE_OPENS_PART.test(tail.slice(0, other.index)) &&
      !DETERMINER_OPENS.test(tail)
    )
      continue;
    let b = k;
    while (b > de && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    return b - left - (de - ds) >= KEPT ? b : right;
  }
  return right;
}

/**
 * Where the label of the date at `ds` starts in the clause text[left, ds): after the last joining `en` before it that
 * ends another date's part (see `beforeOtherDatePart`), when no date stands between that `en` and `ds`; else `left`.
 * The label keeps KEPT characters up to `right`.
 */
export function pastOtherDatePart(text: string, left: number, ds: number, de: number, right: number): number {
  // The last joining `en` only: one before it is no part's own when it is none.
  const limit = Math.max(left, ds - PART_REACH);
  const en = lastEn(text, left, ds, limit);
  if (en < 0) return left;
  // The other date stands within HEAD_REACH before the `en`: only that stretch is read.
  const nearStart = Math.max(left, en - HEAD_REACH);
  if (!hasDigit(text, nearStart, en)) return left;
  const near = text.slice(nearStart, en);
  const part = text.slice(en + 2, ds);
  // A part that opens with its date is one beside the part before wherever that one's date stands (`Op 4 mei jl. is de
  // Europese Commissie met een voorstel gekomen voor … en op 12 juli jl. met een voorstel`, 2205); any other follows
  // that date closely. The cheap tests first: most stretches fail one of them.
  const opens = DATE_OPENS_PART.test(part) && part.trim() !== '';
  if (opens) {
    if (!DATE_IN_PART.test(near)) return left;
  } else {
    if (!WORD.test(part)) return left;
    if (!DETERMINER_OPENS.test(part) && !endsDoneClause(near) && !DATE_ENDS_PART.test(near)) return left;
    const dates = near.match(DATES_IN_PART);
    if (dates === null) return left;
    const lastDate = near.lastIndexOf(dates[dates.length - 1] as string);
    if (wordsIn(near.slice(lastDate)) > PART_WORDS) return left;
  }
  if (
    insideName(text, left, ds, en) ||
    (hasDigit(text, en + 2, ds) && DATE_IN_PART.test(part)) ||
    BETWEEN.test(text.slice(left, en))
  )
    return left;
  let a = en + 2;
  while (a < ds && isWhiteSpace(text.charCodeAt(a))) a++;
  return ds - a + (right - de) >= KEPT ? a : left;
}

/**
 * The finite verbs that open a main clause after a fronted phrase (verb second), or before the date show that its
 * phrase holds a clause of its own: AUXILIARY_WORDS, and the modals `zal`, `zullen`, `kan`, `kunnen`, with which a main
 * clause opens as well (`… is de Tweede Kamer geïnformeerd`, 525; `… heb ik u toegezegd`, 2111; `ben ik`, `u hebt`
 * alike).
 */
const FINITE_WORDS: readonly string[] = [...AUXILIARY_WORDS, 'zal', 'zullen', 'kan', 'kunnen'];
/** Finite verbs a main clause goes on with after a fronted phrase (verb second), for `otherPartBetween`. */
const MAIN_VERB = String.raw`(?:${alternation(FINITE_WORDS)})\s|[a-z]{3,}(?:en|t)\s+(?:ik|wij|we|zij|ze|hij)\s`;
/** A date's `jl.`/`a.s.` with a footnote number, and a group in brackets after it (a citation). */
const DATE_TAIL = String.raw`(?:[^\S\n]*(?:a\.s\.|j\.?l\.)\d{0,2})?(?:[^\S\n]*\([^()]{1,120}\))?`;
/**
 * After a fronted date's own part, another part joined by `en` with a date of its own, then the main clause's verb:
 * `Tijdens het Algemeen Overleg van 30 maart 2005 en met het Verslag Algemeen Overleg van 26 april 2005 is de Tweede
 * Kamer geïnformeerd` (525). Read sticky at the end of the own date.
 */
const PART_BEFORE_VERB = new RegExp(
  String.raw`(?<own>${DATE_TAIL})(?<part>\s+en\s+(?:[\p{L}-]+\s+){1,7}?(?:\d{1,2}\s+(?:${FULL_MONTH_ALTERNATION})(?:\s+\d{4})?|(?:${FULL_MONTH_ALTERNATION})\s+\d{4})${DATE_TAIL})(?=\s+(?:${MAIN_VERB}))`,
  'uy',
);
/** Words before the date that show the own part holds a verb of its own or more than a phrase: then nothing is left out. */
const OWN_PART_VERB = new RegExp(
  String.raw`[,;:]|(?<![\p{L}\p{N}])(?:${alternation([...FINITE_WORDS, 'dat', 'die'])})(?![\p{L}\p{N}])`,
  'u',
);

/**
 * The stretch text[from, to) to leave out of the label of the date text[ds, de) in the sentence text[start, end): the
 * other date's part between the date's own fronted phrase and the main clause's verb, which both parts share. The label
 * of the first date ended before the `en` (see `beforeOtherDatePart`) and so lost the verb: `Tijdens het Algemeen
 * Overleg` (525), `Tijdens het AO (kamerstuk 30 492, nr. 52)` (2645), `Zoals aangegeven in de brief` (193). Left out,
 * the label reads `Tijdens het Algemeen Overleg is de Tweede Kamer geïnformeerd…`. Only for a paper's or meeting's date
 * (`van` or `op` before it: `In het AO Noordzee op 24 april 2013 (…) en per brief van 20 december 2013 (…) heb ik de
 * toezegging gedaan`, 1134, was labelled `In het AO Noordzee`) in a phrase that opens the sentence: no comma, no finite
 * verb or relative before it (brackets aside). Null when there is no such part.
 */
export function otherPartBetween(
  text: string,
  start: number,
  ds: number,
  de: number,
  end: number,
): Span | null {
  if (!/(?:^|\s)(?:van|op)\s+$/.test(text.slice(Math.max(start, ds - 5), ds))) return null;
  // Only the stretch after the date is read (a copy of the text before it would cost its length on every date).
  PART_BEFORE_VERB.lastIndex = 0;
  const m = PART_BEFORE_VERB.exec(text.slice(de, Math.min(end, de + 400)));
  if (m === null) return null;
  if (OWN_PART_VERB.test(text.slice(start, ds).replace(/\([^()]*\)/g, ''))) return null;
  return { start: de + (m.groups?.own ?? '').length, end: de + m[0].length };
}

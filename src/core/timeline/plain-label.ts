import { isWhiteSpace } from '../text/chars';
import { AUXILIARY_WORDS, FINITE_VERBS, alternation } from './auxiliaries';
import { subjectFirst } from './fronted';
import { clauseLabelEnds } from './clause-label-end';
import { wordWindow } from './word-window';
import { senderAsMinistry, shortNamesAfter, shortNamesBefore } from './ministry-names';
import { eventWithItsVerb } from './promise-tail';
import { closingVerbsEnd, mayCloseAfter, modalInfinitiveEnd, teInfinitiveEnd } from './verb-cluster';
import {
  FORMAL_SUBJECT_PHRASES,
  LABEL_STRETCH,
  MAX_LABEL as MAX,
  MIN_LABEL as MIN,
  collapseRange,
  isFrontedDate,
  isLoose,
  joinParts,
  looseEnd,
  startsLower,
  stripLooseStart,
} from './label-chars';
import { danglingBeforeBracket, danglingStart } from './dangling';
import { pairedQuotes } from './quotes';
import { withoutDateInsertion } from './insertions';
import { withoutCourtesy } from './label-tidy';

/**
 * The label of a clause whose white space is single spaces (most clauses), built by offsets into the
 * text: the string steps of `labelAround` (trim, drop a dangling preposition, measure, strip loose
 * punctuation, cut to size around the date, capitalize) done on bounds, so that the one string made is
 * the label itself. It gives what those steps give on the same stretches, which the tests check.
 */

/**
 * The label of text[left, ds) + date + text[de, right) without the date, or null when the clause says too
 * little (then the next, wider clause is tried). Both stretches hold no white space but single spaces.
 */
export function plainLabel(
  text: string,
  left: number,
  ds: number,
  de: number,
  right: number,
  /** Does the clause start after the start of its sentence (see `finishLabel`)? */
  midSentence: boolean,
  /** What follows the relative clause the date is in (see `finishLabel`). */
  rest: string | null = null,
  /** Does the clause end at a colon (see `clauseLabelEnd`)? */
  colon = false,
  /** Is the date a letter's with its subject after it (see `subjectWindow`)? */
  subjectFirst = false,
): string | null {
  // The trimmed stretches: `before` = text[bA, bB), `after` = text[aA, aB).
  let bA = left;
  let bB = ds;
  while (bA < bB && isWhiteSpace(text.charCodeAt(bA))) bA++;
  while (bB > bA && isWhiteSpace(text.charCodeAt(bB - 1))) bB--;
  let aA = de;
  let aB = right;
  while (aA < aB && isWhiteSpace(text.charCodeAt(aA))) aA++;
  while (aB > aA && isWhiteSpace(text.charCodeAt(aB - 1))) aB--;
  // A date alone in brackets after its preposition: the brackets go with the preposition (see `danglingBeforeBracket`).
  const bracketed = danglingBeforeBracket(text, bA, bB, text, ds, de);
  if (bracketed >= 0 && aA < aB) {
    bB = bracketed;
    aA++;
    while (aA < aB && isWhiteSpace(text.charCodeAt(aA))) aA++;
  } else {
    bB = danglingStart(text, bA, bB, text, ds, de);
  }
  // A comma after the date that closes a phrase of one word and the date: the phrase goes whole (see
  // `withoutDateInsertion`).
  bB = withoutDateInsertion(text, bA, bB, text, aA, aB);
  // The label's end (see `clauseLabelEnd`): the end of `after`, or where nothing is left of it, the end of
  // `before`, where the date ended the clause. So does a date that a clause mark follows: `tweemaal – zowel
  // in 1981 als in 1983 – naar beneden bijgesteld` (2447), read in its sentence.
  [bB, aB] = clauseLabelEnds(text, bA, bB, text, aA, aB, colon);

  // `tidyJoinedLength`: the joining space is loose too, so an all-loose part lets the strip run on.
  const beforeLength = bB - bA;
  const afterLength = aB - aA;
  const sep = beforeLength > 0 && afterLength > 0 ? 1 : 0;
  const leadBefore = looseFrom(text, bA, bB);
  const leadAfter = looseFrom(text, aA, aB);
  if (leadBefore === beforeLength && leadAfter === afterLength) return null;
  const lead = leadBefore === beforeLength ? beforeLength + sep + leadAfter : leadBefore;
  const trailAfter = looseBack(text, aA, aB);
  const trail = trailAfter === afterLength ? afterLength + sep + looseBack(text, bA, bB) : trailAfter;
  if (beforeLength + sep + afterLength - lead - trail < MIN) return null;

  // `stripLoose` of each part.
  const b1 = bA + leadBefore;
  const b2 = b1 === bB ? bB : bB - looseBack(text, bA, bB);
  const a1 = aA + leadAfter;
  const a2 = a1 === aB ? aB : aB - trailAfter;
  const after = text.slice(a1, a2);
  const before = text.slice(b1, b2);
  if (isFrontedDate(before, after, text.slice(ds, de)))
    return frontedLabel(text, left, de, after, midSentence, rest);
  return finishLabel(before, after, midSentence, rest, true, subjectFirst);
}

/**
 * The label of a fronted date (see `isFrontedDate`): the clause from its start, with the date and its preposition,
 * then `after`; cut at its end only, as a sentence is. Cut around the date as other labels are, a long fronted date
 * lost its start: `…13 november 2023 en 2 januari 2024 heeft de commissie de Minister geadviseerd…` (1584) for
 * `Op 13 november 2023 en 2 januari 2024 heeft de commissie de Minister…`.
 */
export function frontedLabel(
  text: string,
  left: number,
  de: number,
  after: string,
  midSentence: boolean,
  rest: string | null = null,
): string {
  const head = withDate(text, left, de);
  const label = finishLabel('', joinParts(head, after), midSentence, rest);
  // Too long, the subject goes first and the date's words go (see `subjectFirst`), where that keeps more words after
  // them.
  const reordered = rest === null ? subjectFirst(head, after) : null;
  if (reordered === null) return label;
  const other = finishLabel('', reordered, midSentence, rest);
  // As many words, the shorter one where the date's words made the label run past MAX (see LABEL_STRETCH):
  // `Een belangrijke vergadering van het IF heeft plaatsgevonden` (288), not `Afgelopen 28 tot en met 30 mei heeft…`.
  const more = wordsIn(other) - (wordsIn(label) - wordsIn(head));
  return more > 0 || (more === 0 && label.length > MAX) ? other : label;
}

/** How many words `s` has (runs between spaces; a `…` alone is none). */
function wordsIn(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w !== '' && w !== '…') n++;
  return n;
}

/**
 * The part before a fronted date with the date and its preposition kept (see `isFrontedDate`): the
 * clause from its start to the date's end, collapsed, without loose characters in front.
 */
function withDate(text: string, left: number, de: number): string {
  return stripLooseStart(collapseRange(text, left, de));
}

/**
 * The label of the tidy parts around a date, cut to size around it (`wordWindow`). A label that starts
 * where its sentence starts is capitalised. One that starts later with a lower-case word (`en`, `die`,
 * `maar`, a verb) is marked `…` as a label cut by `wordWindow` is, not dressed up as a sentence:
 * `…en Oekraïne heeft de Noord-Atlantische Raad (NAR) een verklaring uitgebracht` (NAVO letter).
 */
export function finishLabel(
  before: string,
  after: string,
  midSentence: boolean,
  /**
   * For a date in a relative clause that a comma closes: the rest of the main clause after it, which
   * the label takes in when it fits (`Nederland ziet graag dat het VN-mandaat voor Althea, dat
   * verloopt, wordt verlengd`), or `''` when there is none to take. Either way the sentence goes on,
   * which a label without that rest shows with `…`.
   */
  rest: string | null = null,
  /**
   * May a date that ends `before` be the date of its noun phrase (see `datedObjectStart`)? Not when a conjunct
   * after it was left out (see `afterTheDate`): `het onderzoek af te ronden vóór de Voorjaarsnota van 2019 en
   * tevens in de Voorjaarsnota voorstellen te doen` (237) is a deadline for the research, not `…de Voorjaarsnota`.
   */
  datedObject = true,
  /** Is the date a letter's with its subject after it (see `subjectWindow`)? */
  subjectFirst = false,
): string {
  if (rest !== null) {
    if (rest !== '') {
      const label = finishLabel(
        before,
        after === '' ? `, ${rest}` : `${after}, ${rest}`,
        midSentence,
        null,
        datedObject,
        subjectFirst,
      );
      // Whole, or cut in front only (the main clause's verb is in it) as long as it still names what the
      // relative clause describes: its opening comma and three words or more before it.
      const comma = label.indexOf(', ');
      if (
        label.charCodeAt(label.length - 1) !== 0x2026 &&
        label.indexOf(', ', comma + 1) > 0 &&
        wordsBefore(label, comma) >= 3
      ) {
        return label;
      }
    }
    return after === ''
      ? finishLabel(`${before}…`, '', midSentence, null, datedObject, subjectFirst)
      : finishLabel(before, `${after}…`, midSentence, null, datedObject, subjectFirst);
  }
  if (after === '' && datedObject) {
    // The date ends its clause after `na`/`tijdens`… and a noun phrase: it is that phrase's date.
    const object = datedObjectStart(before);
    if (object > 0) return finishLabel(before.slice(object), after, true);
  }
  return fitted(before, after, midSentence, subjectFirst);
}

/**
 * The label of the tidy parts around a date, whole when it fits in MAX + LABEL_STRETCH, else cut around the date, or
 * for a letter's date with its subject after it cut to keep the subject (see `subjectWindow`); a whole one reads as the
 * text does (`De brief van de Minister van JenV inzake administratievelastenreductie in de opsporing`, 775, had been
 * cut to `…van de Minister van JenV inzake…` to put a subject first that was whole anyway). A cut that would leave out
 * only the verbs that close the clause takes them, and one right before the infinitives its modal waits for takes
 * those, past MAX by LABEL_STRETCH at most; so does one that left out a word or two at the sentence's start or the
 * clause's end (see `fromSentenceStart`, `toClauseEnd`).
 */
function fitted(before: string, after: string, midSentence: boolean, subjectFirst: boolean): string {
  return atTheLetter(fittedWithSender(before, after, midSentence, subjectFirst));
}

/**
 * A label whose left part is cut, started at `over de brief` or `over de brieven` where that comes within its first
 * LETTER_PHRASE_WORDS words. A committee's report lists the letters its questions were about: `…voorgelegd aan de
 * Staatssecretaris van Financiën over de brief van 4 juli 2019 inzake de Monitor exportkredietverzekeringen 2018`
 * (1302), `…, over de brief van … en over de brief van 7 februari 2023 over de samenvatting van het restrictievoorstel
 * PFAS` (1421); the labels started `…van Financiën over de brief`, as if the letter were the ministry's about another
 * letter, and `…en over de brief`. Else `label`.
 */
function atTheLetter(label: string): string {
  if (label.charCodeAt(0) !== 0x2026) return label;
  let at = 1;
  for (let words = 0; words <= LETTER_PHRASE_WORDS; words++) {
    if (words > 0 && label.startsWith('over de brie', at) && LETTER_PHRASE.test(label.slice(at, at + 16)))
      return `…${label.slice(at)}`;
    const space = label.indexOf(' ', at);
    // Not past a word that opens a letter's subject, which the letter named after it is part of: `…inzake uitstel
    // toezending reactie over de brief van de United States Senate…` (527); nor past a finite verb, which says what was
    // done with the letter: `…heeft de navolgende vragen over de brieven van de staatssecretaris van SZW` (592).
    const word = space < 0 ? '' : label.slice(at, space).toLowerCase();
    if (space < 0 || OPENS_SUBJECT.has(word) || FINITE_VERBS.has(word)) break;
    at = space + 1;
  }
  return label;
}

/**
 * How many words a label may leave out before `over de brief` (see `atTheLetter`): an addressee's title and ministry,
 * `…de Minister van Financiën over de brief …` (1526).
 */
const LETTER_PHRASE_WORDS = 4;

/**
 * Words that open a letter's subject: the formal markers (see FORMAL_SUBJECT_PHRASES), a phrase by its longest word
 * (`betrekking` of `met betrekking tot`, `aanbieding` of `ter aanbieding van`).
 */
const OPENS_SUBJECT: ReadonlySet<string> = new Set(
  FORMAL_SUBJECT_PHRASES.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))),
);

/** `over de brief` or `over de brieven`, as words, at the start. */
const LETTER_PHRASE = /^over de brie(?:f|ven)(?:[ …]|$)/;

/** `fitted` before `atTheLetter`: the letter's sender written as its ministry where the label started inside it. */
function fittedWithSender(
  before: string,
  after: string,
  midSentence: boolean,
  subjectFirst: boolean,
): string {
  const label = fittedAsGiven(before, after, midSentence, subjectFirst);
  // A letter's subject that goes first left the label to start inside the sender: the sender is written as its
  // ministry (see `senderAsMinistry`). Only then: where the sender went whole, a subject cut as much reads as well
  // after it (`De brief van de Minister van IenW inzake vervanging viaduct A16 Rotterdam…`, 1064). And only where the
  // subject keeps as much: a quoted title in it may give up words to the longer start (`…van VROM inzake de reactie op
  // het VROM-raad advies 060 «De hype voorbij…»`, 2050, became `… «De hype…»`).
  if (subjectFirst && after !== '' && label.charCodeAt(0) === 0x2026 && !midSentence) {
    const short = shortNamesBefore(before);
    const sender = senderAsMinistry(short);
    if (sender !== short) {
      const withSender = fittedAsGiven(sender, after, midSentence, subjectFirst);
      // Measured as the reader sees them, their quotes paired (see `pairedQuotes`), which may cost a word.
      if (subjectKept(pairedQuotes(withSender), after) >= subjectKept(pairedQuotes(label), after))
        return withSender;
    }
  }
  return label;
}

/** How many characters of a label are its subject: from the first word of `after` (its marker, `inzake`) to its end. */
function subjectKept(label: string, after: string): number {
  const space = after.indexOf(' ');
  const at = label.indexOf(space < 0 ? after : after.slice(0, space + 1));
  return at < 0 ? 0 : label.length - at;
}

/** `fitted` with the letter's sender as given. */
function fittedAsGiven(before: string, after: string, midSentence: boolean, subjectFirst: boolean): string {
  const full = joinParts(before, after);
  const dots = midSentence && startsLower(full);
  if (full.length + (dots ? 1 : 0) <= MAX) return dots ? `…${full}` : capitalize(full);
  // A label that must be cut writes long ministry names short first (see `shortMinistryNames`), and leaves out the
  // courtesy its verb takes (see `withoutCourtesy`).
  const shortBefore = withoutCourtesy(shortNamesBefore(before));
  const shortAfter = withoutCourtesy(shortNamesAfter(after));
  if (shortBefore !== before || shortAfter !== after)
    return fittedAsGiven(shortBefore, shortAfter, midSentence, subjectFirst);
  // Whole where it runs past MAX by LABEL_STRETCH at most (its ministries' names short if that makes it fit in MAX, as
  // above); a letter's subject goes first in a cut label (see `subjectWindow`), as a whole one does not.
  if (full.length + (dots ? 1 : 0) <= MAX + LABEL_STRETCH) return dots ? `…${full}` : capitalize(full);
  // Cut: one `…` at most on each side, within MAX (`wordWindow` keeps two characters for them).
  const [left, right] = wordWindow(before, after, MAX, subjectFirst && after !== '', false, LABEL_STRETCH);
  const label = joinParts(left, right);
  // A clause that ends on its participle, cut at its end, keeps it and its opening up to past the date's place (see
  // `eventWithItsVerb`).
  const withVerb =
    label.charCodeAt(label.length - 1) === 0x2026 && after !== ''
      ? (eventWithItsVerb(full, before.length) ??
        (endsOnAuxiliary(label) ? eventWithItsVerb(full, before.length, 0) : null))
      : null;
  if (withVerb !== null) return dots ? `…${withVerb}` : capitalize(withVerb);
  // Else one cut a few words before the verbs that close its clause takes them (see `closingVerbsEnd`): `Tijdens het
  // debat heeft uw Kamer mij verzocht de gestelde vragen schriftelijk te beantwoorden` (2094) was cut before `te
  // beantwoorden`. Tried after `eventWithItsVerb`, which keeps the clause's opening: `Bij brief zijn ze door de
  // Minister-President … beantwoord` (1674) names the letter that the window's `…zijn ze door …` left out.
  // The window is made again only where few enough words were cut off the right part for that (see `closesNear`).
  let closed = label;
  let closedLeft = left;
  let closedRight = right;
  let wentWhole = false;
  if (after !== '' && !subjectFirst && closesNear(after, right)) {
    [closedLeft, closedRight] = wordWindow(before, after, MAX, false, true, LABEL_STRETCH);
    closed = joinParts(closedLeft, closedRight);
    // Still cut before them (no room made on the left), it runs whole to them up to LABEL_STRETCH past MAX.
    if (endsCut(closedRight)) {
      const whole =
        closingVerbsEnd(after, keptOf(closedRight), before) > 0 ? joinParts(closedLeft, after) : '';
      const marked = dots && whole.charCodeAt(0) !== 0x2026 ? 1 : 0;
      if (whole !== '' && whole.length + marked <= MAX + LABEL_STRETCH) {
        closed = whole;
        wentWhole = true;
      }
    }
  }
  // Still cut right before the infinitives its clause's modal waits for, it takes them, up to LABEL_STRETCH past MAX
  // (see `modalInfinitiveEnd`): `…wil ik u met deze brief nader informeren…` (2110) was `…nader…`.
  // Or a word or two before `te` and its infinitive, it takes them so (see `teInfinitiveEnd`).
  if (after !== '' && !subjectFirst && !wentWhole && endsCut(closedRight)) {
    const kept = keptOf(closedRight);
    const modal = modalInfinitiveEnd(after, kept, before);
    const verbs = modal > 0 ? modal : teInfinitiveEnd(after, kept);
    if (verbs > 0) {
      const open = closedRight.charCodeAt(0) === 0x2026 ? '…' : '';
      const longer = joinParts(
        closedLeft,
        `${open}${after.slice(0, verbs)}${verbs < after.length ? '…' : ''}`,
      );
      const marked = dots && longer.charCodeAt(0) !== 0x2026 ? 1 : 0;
      if (longer.length + marked <= MAX + LABEL_STRETCH) closed = longer;
    }
  }
  if (closed === joinParts(closedLeft, closedRight)) {
    // A window cut a word or two after the sentence's start starts there (see `fromSentenceStart`), and one cut a word
    // or two before its clause's end ends there (see `toClauseEnd`).
    const left = fromSentenceStart(before, closedLeft, closedRight, dots);
    closed = joinParts(left, toClauseEnd(after, left, closedRight, dots));
  }
  return dots && closed.charCodeAt(0) !== 0x2026 ? `…${closed}` : capitalize(closed);
}

/**
 * A cut label's left part `left` that leaves out no more than EDGE_WORDS words of `before` (what its text has before
 * the date, from the sentence's start, or from a clause's where the label starts mid-sentence, `dots`), and EDGE_REACH
 * characters, with them, where the label with `right` stays within LABEL_STRETCH past MAX: `De vaste commissie voor
 * Justitie heeft overleg gevoerd met staatssecretaris Albayrak…` (1031, was `…commissie voor Justitie heeft…`, a name
 * cut after its first words), `Tijdens de begrotingsbehandeling van Binnenlandse Zaken heb ik uw Kamer toegezegd…`
 * (1175, was `…de begrotingsbehandeling…`), `…de brief van de Minister van LNV inzake rapport Preventie van efficiënte
 * transmissie…` (was `…van de Minister…`). Only a left part that is the end of `before` after its `…`, with a right
 * part after it. Else `left`.
 */
function fromSentenceStart(before: string, left: string, right: string, dots: boolean): string {
  if (left.charCodeAt(0) !== 0x2026 || right === '' || !before.endsWith(left.slice(1))) return left;
  if (!fewWords(before.slice(0, before.length - (left.length - 1)))) return left;
  return joinParts(before, right).length + (dots ? 1 : 0) <= MAX + LABEL_STRETCH ? before : left;
}

/**
 * A cut label's right part `right` that leaves out no more than EDGE_WORDS words of `after`, the rest of the date's
 * clause, and EDGE_REACH characters, with them, where the label with `left` stays within LABEL_STRETCH past MAX: `…de
 * vaste commissie voor VROM hebben overleg gevoerd met minister Eurlings van VenW` (1813, was `…met minister
 * Eurlings…`), `…met 10% wil doen laten afnemen` (180, was `…wil doen…`). Else `right`.
 */
function toClauseEnd(after: string, left: string, right: string, dots: boolean): string {
  if (!endsCut(right) || !fewWords(after.slice(keptOf(right)))) return right;
  const whole = `${right.charCodeAt(0) === 0x2026 ? '…' : ''}${after}`;
  const label = joinParts(left, whole);
  return label.length + (dots && label.charCodeAt(0) !== 0x2026 ? 1 : 0) <= MAX + LABEL_STRETCH
    ? whole
    : right;
}

/** Are the words a cut label's window left out at an edge, `s`, some (EDGE_WORDS at most, EDGE_REACH characters)? */
function fewWords(s: string): boolean {
  const words = s.trim();
  return words !== '' && words.length <= EDGE_REACH && words.split(' ').length <= EDGE_WORDS;
}

/** How many words, and characters, a cut label may leave out at an edge of its text and take them back. */
const EDGE_WORDS = 2;
const EDGE_REACH = 15;

/**
 * Was the right part `right` of a window cut (it ends on `…`) close enough to the end of `after` for the verbs that
 * close its clause to follow (see `closingVerbsEnd`)? Its words are a head of `after`'s, with a `…` at its start when
 * the left part went whole.
 */
function closesNear(after: string, right: string): boolean {
  return endsCut(right) && mayCloseAfter(after, keptOf(right));
}

/** Is `right` a right part cut at its end, with words of `after` before its `…`? */
function endsCut(right: string): boolean {
  return keptOf(right) > 0 && right.charCodeAt(right.length - 1) === 0x2026;
}

/** How many characters of `after` a right part cut at its end keeps: its length without its `…`s. */
function keptOf(right: string): number {
  return right.length - 1 - (right.charCodeAt(0) === 0x2026 ? 1 : 0);
}

/**
 * Does a cut label end on its auxiliary (`De vragen en opmerkingen zijn…`, 1340, whose right part readableEnd cut to
 * nothing)? Then it says less than the auxiliary with its participle (see `eventWithItsVerb`), however few words go
 * with them.
 */
function endsOnAuxiliary(label: string): boolean {
  const end = label.length - 1;
  return AUXILIARY_AT_END.test(label.slice(Math.max(0, end - 8), end));
}

/** One of AUXILIARY_WORDS at the end of a string, after a space or alone. */
const AUXILIARY_AT_END = new RegExp(String.raw`(?:^| )(?:${alternation(AUXILIARY_WORDS)})$`);

/**
 * A noun phrase after `na` (after) or `vóór` (before) that a date ends: `Het is de eerste bijeenkomst van
 * de NAVO-Ministers van Defensie na de NAVO-Top in Madrid op 29 en 30 juni 2022` (NAVO letter). The date
 * is the summit's, not the ministers' meeting's (that is in October), so the label starts at the phrase:
 * `…de NAVO-Top in Madrid`. The phrase opens with an article and holds no delimiter, at most six words.
 * Not after `tijdens`, `sinds` or a plain `voor` (for): `Voorgesteld tijdens het Wetgevingsoverleg`
 * (motions), `de geannoteerde agenda voor de Raad Buitenlandse Zaken` happen on the phrase's date or are
 * for it, and say more whole.
 */
const DATED_OBJECT = /^(?:.*\s)?(?:na|vóór)\s(?=(?:de|het|een)\s)((?:[^\s,;:()]+\s){1,5}[^\s,;:()]+)$/iu;

const NA_OR_VOOR = /(?:^|\s)(?:na|vóór)\s/i;

/** Where the noun phrase that `before` ends with starts (see `DATED_OBJECT`), or -1. */
export function datedObjectStart(before: string): number {
  // Most clauses have no `na` or `vóór`: a plain scan rules them out before the anchored regex runs.
  if (!NA_OR_VOOR.test(before)) return -1;
  const m = DATED_OBJECT.exec(before);
  if (!m) return -1;
  const object = m[1] as string;
  return object.length >= MIN ? before.length - object.length : -1;
}

/** How many words `s` has before `at` (0 when `at` is -1). */
function wordsBefore(s: string, at: number): number {
  let n = at > 0 ? 1 : 0;
  for (let i = 0; i < at; i++) if (s.charCodeAt(i) === 0x20) n++;
  return n;
}

/** Number of loose characters at the start of text[from, to). */
function looseFrom(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && isLoose(text.charCodeAt(a))) a++;
  return a - from;
}

/** Number of loose characters at the end of text[from, to). */
function looseBack(text: string, from: number, to: number): number {
  return to - looseEnd(text, from, to);
}

/** The first character in upper case (a UTF-16 unit, as `s[0].toUpperCase()`). */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const c = s.charCodeAt(0);
  // ASCII other than a–z is its own upper case: no new string.
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) + s.slice(1) : s;
  return (s[0] as string).toUpperCase() + s.slice(1);
}

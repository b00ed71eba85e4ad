import { isDigits, isLetterOrDigit, isUpper } from '../text/chars';
import { MINISTRY_ABBREVIATIONS } from './ministry-names';
import { NAME_INNER_PARTICLES, readableEnd } from './readable-end';
import { readableStart } from './readable-start';
import { wordEnd } from './tidy-words';
import { closingVerbsEnd, endsWithCluster, verbClusterEnd } from './verb-cluster';
import { subjectCutAt } from './subject-head';
import {
  ARTICLES,
  FUNCTION_WORDS,
  NO_LAST_WORDS,
  RELATIVE_ADVERBS,
  RELATIVE_WORDS,
  SUBORDINATORS,
} from './function-words';
import { PREPOSITIONS } from './dangling';
import { FINITE_VERBS } from './auxiliaries';
import { LABEL_STRETCH } from './label-chars';

/**
 * Words of `before` (from its end) and `after` (from its start), taken alternately, `after` first
 * (Dutch puts the verb after a fronted date: `Op 12 en 13 oktober komen de Ministers … bijeen`), while
 * they fit in `max - 2` characters with a space each. Both are tidy (words between single spaces), so the
 * words taken are a tail of `before` and a head of `after`: found with `indexOf`/`lastIndexOf` of the
 * next space, without splitting the whole strings.
 * Where words were left out, the cut is made readable (see `readableStart`, `endsOnFunctionWord`): a
 * left part does not start inside a name or a bracket, a right part does not end on an article or a
 * preposition.
 * Returns the two parts taken, each with `…` where words were left out (before the left part, after the
 * right one); the callers join them.
 */
export function wordWindow(
  before: string,
  after: string,
  max: number,
  /** Is `after` a letter's subject, which goes before `before` when this cuts it (see `subjectWindow`)? */
  subjectFirst = false,
  /** May a right part cut a few words before the verbs that close its clause take them (see `closingVerbsEnd`)? */
  closingVerbs = false,
  /**
   * How far past `max` a left part may run to take the noun its first word's phrase belongs to (see `withPhraseHead`):
   * a whole label's window may, a part of a label with a title (`titleLabel`) may not.
   */
  headStretch = 0,
): [left: string, right: string] {
  let beforeRest = before.length; // before.slice(0, beforeRest) is not taken yet
  let afterRest = 0; // after.slice(afterRest) is not taken yet
  let length = 0;
  for (;;) {
    let progressed = false;
    if (afterRest < after.length) {
      // The end of the next word of `after`: its next space, or its end.
      let end = after.indexOf(' ', afterRest);
      if (end < 0) end = after.length;
      if (length + (end - afterRest) + 1 <= max - 2) {
        length += end - afterRest + 1;
        afterRest = end + 1;
        progressed = true;
      }
    }
    if (beforeRest > 0) {
      // The start of the last word of before.slice(0, beforeRest): just after its last space, or 0.
      const start = before.lastIndexOf(' ', beforeRest - 1) + 1;
      if (length + (beforeRest - start) + 1 <= max - 2) {
        length += beforeRest - start + 1;
        beforeRest = start - 1;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  // A left part that starts inside a name starts with the name, the room it takes taken from the words after the date
  // (see `nameStartBefore`).
  if (beforeRest > 0) {
    const name = nameStartBefore(before, beforeRest + 1);
    if (name >= 0) {
      let need = length + (beforeRest + 1 - name) - (max - 2);
      let taken = afterRest;
      while (need > 0 && taken > 0) {
        // The last word taken of `after`, with its space.
        const start = after.lastIndexOf(' ', taken - 2) + 1;
        need -= taken - start;
        taken = start;
      }
      // Only where enough of the words after the date stays, read to its cut end (see `readableEnd`):
      // MIN_RIGHT_AFTER_NAME characters, or half of those taken. They say what happened, which the name's first words
      // do not make up for: `…inzake de tweede periodieke rapportage…` (1796) went whole for the `Minister van` of
      // `Financiën`.
      if (
        need <= 0 &&
        (taken >= afterRest ||
          readableEnd(after, Math.max(0, taken - 1), -1, lastWordOf(before)) >=
            Math.min(MIN_RIGHT_AFTER_NAME, afterRest / 2))
      ) {
        length += beforeRest + 1 - name - (afterRest - taken);
        afterRest = taken;
        beforeRest = name - 1;
      }
    }
  }
  // A left part cut where it misreads starts later (inside a name that an `en` joins to a phrase after it, after the
  // `en`: see `pastJoinedName`); the room it leaves goes to words after the date.
  const from = beforeRest > 0 ? readableStart(before, pastJoinedName(before, beforeRest + 1)) : 0;
  const moved = from > beforeRest + 1;
  if (moved) {
    // The words left out, with their spaces (one more when none is left).
    length -= from - (beforeRest + 1) + (from >= before.length ? 1 : 0);
    beforeRest = from - 1;
    const taken = wordsThatFit(after, afterRest, length, max);
    length += taken - afterRest;
    afterRest = taken;
  }
  if (subjectFirst && afterRest < after.length) return subjectWindow(before, after, max);
  // A left part that would leave out the noun of the clause's subject: `before` goes whole where it fits with words
  // after the subject's verb (see `subjectCutAt`).
  const verb = beforeRest > 0 && fitsWhole(before, max) ? subjectCutAt(before, beforeRest + 1) : -1;
  if (verb >= 0) {
    const taken = wordsThatFit(after, 0, before.length + 1, max);
    const kept =
      taken < after.length
        ? readableEnd(after, Math.max(0, taken - 1), -1, lastWordOf(before))
        : after.length;
    if (
      wordsIn(before, wordEnd(before, verb) + 1, before.length) + wordsIn(after, 0, kept) >=
        MIN_WORDS_AFTER_VERB &&
      // Nothing after the date kept: `before` must end where a label may (`…departementen en…`, 456, for `… en in
      // december 2020 afgerond`, had better keep `afgerond`).
      (kept > 0 || !NO_LAST_WORDS.has(lastWordOf(before).toLowerCase()))
    ) {
      beforeRest = -1;
      afterRest = taken;
    }
  }
  let rightEnd = Math.max(0, Math.min(after.length, afterRest - 1));
  // Cut after `de`, `van`, `over`…: the cut goes before them (`…over de sabotage van de…` read as if
  // the sentence named nothing more).
  if (afterRest < after.length) {
    // The word the label ends on if nothing of the right part is left: the left part's last.
    const leftLast = beforeRest + 1 < before.length ? lastWordOf(before) : '';
    rightEnd = readableEnd(after, rightEnd, -1, leftLast);
    // A right part cut between an auxiliary and the verbs that end its clause takes them, their room taken from the
    // left part's first words (see `verbClusterEnd`, `startBesideCluster`).
    // So does one cut a few words before the verbs that close its clause (see `closingVerbsEnd`).
    let cluster = rightEnd > 0 ? verbClusterEnd(after, rightEnd) : -1;
    const closing = cluster < 0 && rightEnd > 0 && closingVerbs;
    if (closing) cluster = closingVerbsEnd(after, rightEnd, before);
    // Only marks, closing brackets or quotes left after the verbs: the part is whole; else it is cut after them.
    const whole = cluster > 0 && endsWithCluster(after, cluster);
    const start =
      cluster > 0
        ? startBesideCluster(
            before,
            beforeRest + 1,
            whole ? after.length : cluster + 1,
            max,
            closing,
            closing && FINITE_VERBS.has(after.slice(0, wordEnd(after, 0))),
          )
        : -1;
    if (start >= 0) {
      beforeRest = start - 1;
      if (whole) {
        rightEnd = after.length;
        afterRest = after.length + 1;
      } else {
        rightEnd = cluster;
        afterRest = cluster; // a mark or a space: the part is cut
      }
      if (beforeRest >= 0 && start >= before.length && before !== '') {
        const right = after.slice(0, rightEnd);
        return ['', afterRest < after.length ? `…${right}…` : `…${right}`];
      }
    } else if (beforeRest > 0) {
      // The room the right part's cut freed goes to words before the left part, where they start readably: `…deel ik
      // met u de 14 onderwerpen die zijn voorgedragen door departementen…` (242), which lost `deel` when `en die` went.
      beforeRest = widerStart(before, beforeRest, length - afterRest + rightEnd + 1, max);
    }
  }
  const left = before.slice(beforeRest + 1);
  const right = after.slice(0, rightEnd);
  const cutRight = afterRest < after.length ? `${right}…` : right;
  // Nothing left of a left part that had words: its `…` goes before the right part.
  if (moved && left === '') return ['', cutRight.charCodeAt(0) === 0x2026 ? cutRight : `…${cutRight}`];
  const cutLeft = beforeRest <= 0 ? left : `…${left}`;
  // A right part cut to nothing (all of it was words a label does not end on): its `…` ends the left
  // part, with no space between (`…Waterstaat heeft…`, not `…Waterstaat heeft …`).
  if (right === '' && cutRight !== '' && left !== '') return [`${cutLeft}…`, ''];
  return headStretch > 0 ? withPhraseHead(before, cutLeft, cutRight, max + headStretch) : [cutLeft, cutRight];
}

/** Prepositions whose phrase a noun before them takes: `de behandeling van …`, `de situatie in Litouwen`. */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(
  'van voor over naar op in met tot aan uit inzake'.split(' '),
);

/**
 * The parts of a label whose left part (`…` and a tail of `before`) starts at a preposition that the noun before it
 * takes, with that noun and its article where the label stays within `max`: `…de behandeling van het
 * wetsvoorstel in de Tweede kamer zou moeten worden afgerond` (2382), not `…van het wetsvoorstel …`, which names what
 * is done with the bill no more; `…de minister van Buitenlandse Zaken over de voortgang van de missie in Afghanistan`
 * (1139), not `…van Buitenlandse Zaken over …`. Not where the article opens `before` (the clause's start).
 */
function withPhraseHead(before: string, left: string, right: string, max: number): [string, string] {
  if (left.charCodeAt(0) !== 0x2026) return [left, right];
  const kept = left.slice(1);
  const at = before.length - kept.length;
  if (at < 2 || before.charCodeAt(at - 1) !== 0x20 || !before.endsWith(kept)) return [left, right];
  const first = kept.slice(0, wordEnd(kept, 0));
  if (first === 'door') return withArticleBefore(before, at, left, right, max);
  if (!HEAD_PREPOSITIONS.has(first)) return [left, right];
  const nounStart = before.lastIndexOf(' ', at - 2) + 1;
  if (nounStart < 2) return [left, right];
  const articleStart = before.lastIndexOf(' ', nounStart - 2) + 1;
  const noun = before.slice(nounStart, at - 1);
  if (
    articleStart === 0 ||
    !ARTICLES.has(before.slice(articleStart, nounStart - 1).toLowerCase()) ||
    !/^\p{L}[\p{L}-]*$/u.test(noun) ||
    FUNCTION_WORDS.has(noun.toLowerCase())
  )
    return [left, right];
  return widenedLeft(before, articleStart, left, right, max);
}

/**
 * The parts of a label whose left part starts at `door` right after an article (at `at` in `before`), with that
 * article where the label stays within `max`: the article opens a noun phrase that the agent's phrase and a participle
 * stand inside, `…de door de Staatssecretaris bij brief toegezonden antwoorden hieronder afgedrukt` (523), not `…door de
 * Staatssecretaris …`, which read as if the Staatssecretaris had printed them.
 */
function withArticleBefore(
  before: string,
  at: number,
  left: string,
  right: string,
  max: number,
): [string, string] {
  const articleStart = before.lastIndexOf(' ', at - 2) + 1;
  if (articleStart === 0 || !ARTICLES.has(before.slice(articleStart, at - 1).toLowerCase()))
    return [left, right];
  return widenedLeft(before, articleStart, left, right, max);
}

/** The parts with the left part `…` and before[from, …) where the label stays within `max`; else as they were. */
function widenedLeft(
  before: string,
  from: number,
  left: string,
  right: string,
  max: number,
): [string, string] {
  const longer = `…${before.slice(from)}`;
  return longer.length + (right === '' ? 0 : right.length + 1) <= max ? [longer, right] : [left, right];
}

/**
 * Where a left part that starts at `rest + 1` in `before` starts with the words before it that fit beside `length`
 * characters (each word with its space, two kept for the `…`s), as `rest` is given: the new start minus one. Not a
 * start that reads worse (see `readableStart`): then `rest`.
 */
function widerStart(before: string, rest: number, length: number, max: number): number {
  let from = startOfWordsThatFit(before, rest + 1, max - 2 - length);
  if (from === rest + 1) return rest;
  // Not the tail of a clause before (`…uitgekeerd, waaruit`, 1215): the words after its comma only.
  const comma = before.lastIndexOf(', ', rest - 1);
  if (comma >= from) from = comma + 2;
  // Not the end of a quote or bracket opened before them (`…transacties» waarbij`, 1079).
  if (closesUnopened(before, from, rest)) return rest;
  // Nor a group in brackets, whose words it names (`…(ICER) van het Planbureau`, 1229): the words after it.
  if (before.charCodeAt(from) === 0x28) {
    const close = before.indexOf(') ', from);
    if (close < 0 || close + 2 > rest) return rest;
    from = close + 2;
  }
  // Nor inside a name that an `en` joins to a phrase after it: after the `en` (see `pastJoinedName`), and not at all
  // where that is no wider.
  if (from > 0) {
    from = pastJoinedName(before, from);
    if (from >= rest + 1) return rest;
  }
  const readable = from > 0 ? readableStart(before, from) : 0;
  return readable < rest + 1 ? readable - 1 : rest;
}

/**
 * Where a left part that starts at `from` in `before` (0 or less: all of `before`, a word start else) starts when the
 * right part, to the verbs `verbClusterEnd` found, is `right` characters long (with its `…` when it is cut) and the
 * label must stay within `max` characters: its first words left out as far as needed, then, for a left part cut
 * already, where it reads (past a name it would start inside, see `pastNameStart`, `readableStart`; -1 inside a quote
 * or a bracket); for one that starts its sentence, at the first clause that opens after them (`…de cijfers in het
 * voorjaar 2019 beschikbaar zijn en worden opgenomen…`, 261, of `Dit houdt in dat de cijfers`), and with none -1: `In
 * totaal hebben ongeveer 48 000 burgers…` (1651) reads better than `…totaal hebben…`. `before.length` or more when
 * none of it stays; -1 too when the right part alone does not fit.
 */
function startBesideCluster(
  before: string,
  from: number,
  right: number,
  max: number,
  /** Are the verbs those that close the clause (see `closingVerbsEnd`), not an auxiliary's? */
  closing = false,
  /** Does the part after `before` open with a finite verb (see `pastFrontedPhrase`)? */
  verbAfter = false,
): number {
  if (right + 1 > max) return -1;
  const first = Math.max(0, from);
  let start = first;
  // The left part with its space, and its `…` when it is cut.
  const leftLength = (at: number): number =>
    at >= before.length ? 0 : before.length - at + 1 + (at > 0 ? 1 : 0);
  while (start < before.length && leftLength(start) + right > max) start = wordEnd(before, start) + 1;
  if (start === first || start >= before.length) return start;
  if (first === 0) {
    const clause = clauseStartFrom(before, start);
    return clause < 0 && closing ? pastFrontedPhrase(before, verbAfter) : clause;
  }
  const past = pastNameStart(before, start);
  let readable = past === start ? readableStart(before, start) : past;
  // Nor at a group in brackets, whose words name what the words before it did (`…(CU) is de regering verzocht…`, 189,
  // of `Bikker (CU)`): after it.
  if (before.charCodeAt(readable) === 0x28) {
    const close = before.indexOf(')', readable);
    if (close < 0) return -1;
    readable = wordEnd(before, close) + 1;
  }
  // Nor at the number of a name cut off before it (`…11 heb ik aangekondigd…`, 1896, of `bij VGR 11`): after it.
  if (readable > 1 && wordEnd(before, readable) < before.length && isNameNumber(before, readable))
    readable = wordEnd(before, readable) + 1;
  // Not inside a quoted title or a bracket, whose words it names (`«…2008–2013» die aan de Tweede Kamer werd
  // gepresenteerd`, 1446); nor, for the verbs that close a clause, at a relative clause's opening word, cut off from
  // what it describes (`…die ik met de provincies en grootstedelijke regio’s heb gemaakt`, 2644, of `van de
  // prestatieafspraken die ik …`). An auxiliary's verbs may be the main clause's after a relative clause inside its
  // subject: `…die met uw Kamer hebben plaatsgevonden over de toeslagen is bijgevoegd` (1917).
  if (readable >= before.length) return readable;
  if (closesUnopened(before, readable, before.length)) return -1;
  return closing && RELATIVE_OPENERS.has(before.slice(readable, wordEnd(before, readable)).toLowerCase())
    ? -1
    : readable;
}

/** Is the word at `at` in `s` (a word start after a space) all digits, after a word that starts with a capital? */
function isNameNumber(s: string, at: number): boolean {
  return isDigits(s.slice(at, wordEnd(s, at))) && isUpper(s.charCodeAt(s.lastIndexOf(' ', at - 2) + 1));
}

/**
 * Does `s`, a sentence's opening words, hold only a phrase of a preposition (`Blijkens het jaarverslag van het EOM`,
 * `In de brief`), no finite verb and no clause mark in it, and open the words after it with the sentence's finite verb
 * (`verbAfter`; Dutch puts the verb second, the subject after it)? Then a label may leave the phrase out and still name
 * who acts and what: `…heeft het EOM in dat jaar 1371 nieuwe onderzoeken geopend` (1411, of `Blijkens het jaarverslag
 * van het EOM over 2023`). `s.length` (none of `s` stays) if so, else -1.
 */
function pastFrontedPhrase(s: string, verbAfter: boolean): number {
  if (!verbAfter || !FRONTING_PREPOSITIONS.has(s.slice(0, wordEnd(s, 0)).toLowerCase())) return -1;
  for (let at = wordEnd(s, 0) + 1; at < s.length; at = wordEnd(s, at) + 1) {
    const word = s.slice(at, wordEnd(s, at));
    const last = word.charCodeAt(word.length - 1);
    if (FINITE_VERBS.has(word) || (!isLetterOrDigit(last) && last !== 0x2e)) return -1;
  }
  return s.length;
}

/** Prepositions that open a sentence's fronted phrase (see `pastFrontedPhrase`). */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'in',
  'tijdens',
  'volgens',
  'blijkens',
  'sinds',
  'vanaf',
  'ondanks',
  'dankzij',
]);

/** The words that open a relative clause: `die`, `welke` and the relative adverbs. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(RELATIVE_WORDS);

/**
 * Conjunctions and relative adverbs that open a clause a label may start with, the words before them left out; not
 * `die`, whose clause's subject is the noun before it.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...RELATIVE_ADVERBS]);

/**
 * The first word start at or after `from` in `s` (a word start) that opens a clause, after one of CLAUSE_OPENERS;
 * `s.length` when the last word of `s` is one; -1 when none does.
 */
function clauseStartFrom(s: string, from: number): number {
  for (let at = from; ; at = wordEnd(s, at) + 1) {
    // The word before `at` (at `s.length + 1`: the last word).
    if (at > 0 && CLAUSE_OPENERS.has(s.slice(s.lastIndexOf(' ', at - 2) + 1, at - 1).toLowerCase()))
      return Math.min(at, s.length);
    if (at >= s.length) return -1;
  }
}

/** Does s[from, to) close a bracket or quote it did not open? */
function closesUnopened(s: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0xab || c === 0x201c) depth++;
    else if (c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * How many words after the subject's verb a label that keeps its subject whole holds at least (see `subjectCutAt`):
 * with fewer, the label names who acted but not what they did, `Het fonds voor verduurzaming van niet-woonhuis
 * monumenten wordt eenmalig…` (1735) for `…verduurzaming van niet-woonhuis monumenten wordt eenmalig verhoogd…`.
 */
const MIN_WORDS_AFTER_VERB = 2;

/**
 * Does `before` fit in a label whole, with its `…`, and end on a word (not on a bracket or quote that opens around the
 * date, which the date's closing one after it pairs with: `…vijf jaar (2021–2025) en bouwt voort`, 2537)?
 */
function fitsWhole(before: string, max: number): boolean {
  return before.length + 1 <= max - 2 && isLetterOrDigit(before.charCodeAt(before.length - 1));
}

/** The last word of `s` (words between single spaces). */
function lastWordOf(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** How many words s[from, to) holds (words between single spaces, `from` a word start). */
function wordsIn(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i = wordEnd(s, i) + 1) n++;
  return n;
}

/**
 * Where the words of `after` from `from` on stop fitting, each with its space, beside `length` characters already in a
 * label of at most `max` (two kept for its `…`): the words taken are after.slice(from, returned), and they add
 * `returned - from` to the label's length.
 */
function wordsThatFit(after: string, from: number, length: number, max: number): number {
  let rest = from;
  while (rest < after.length) {
    let end = after.indexOf(' ', rest);
    if (end < 0) end = after.length;
    if (length + (end - rest) + 1 > max - 2) break;
    length += end - rest + 1;
    rest = end + 1;
  }
  return rest;
}

/**
 * Where the words of `s` before `from` (a word start, or `s.length + 1` for all of them) start that fit, each with its
 * space, in `room` characters, taken from the last: `wordsThatFit` backwards.
 */
export function startOfWordsThatFit(s: string, from: number, room: number): number {
  let at = from;
  while (at > 0) {
    const start = s.lastIndexOf(' ', at - 2) + 1;
    if (at - start > room) break;
    room -= at - start;
    at = start;
  }
  return at;
}

/**
 * `wordWindow` for a letter's date with its subject after it (see `isLetterWithSubject`) when the alternate words cut
 * the subject: the words of `after` first, as many as fit, then those of `before` in the room left. A verslag lists
 * several letters of one sender and day, `de brief van de Minister van Buitenlandse Zaken d.d. 20 januari 2017 inzake
 * het fiche: Herziening richtlijn over energie-efficiëntie` and three more fiches (413): cut around the date, all four
 * labels were the sender and `inzake het fiche`. A left part does not start inside a name (see `pastNameStart`):
 * `…inzake het fiche: …`, not `…Zaken inzake het fiche: …`. Returns the two parts as `wordWindow` does.
 */
export function subjectWindow(before: string, after: string, max: number): [left: string, right: string] {
  // A subject that fits whole with its `…` in max + LABEL_STRETCH goes whole, alone: `…inzake derde
  // voortgangsrapportage over het Jaarplan 2021 van de Belastingdienst` (1110) had been cut before `van de
  // Belastingdienst`; a cut costs the reader more than those ten characters (see LABEL_STRETCH).
  const afterRest =
    after.length + 1 <= max + LABEL_STRETCH ? after.length + 1 : wordsThatFit(after, 0, 0, max); // after.slice(afterRest) is not taken
  let length = afterRest;
  // The right part ends where it reads well (see `readableEnd`), and the room that frees goes to `before`.
  let rightEnd = Math.max(0, Math.min(after.length, afterRest - 1));
  if (afterRest < after.length) {
    rightEnd = readableEnd(after, rightEnd, -1, lastWordOf(before));
    length = rightEnd > 0 ? rightEnd + 1 : 0;
  }
  // before.slice(from) is taken: none of it yet (past its end), all of it when it is empty.
  let from = startOfWordsThatFit(before, before === '' ? 0 : before.length + 1, max - 2 - length);
  if (from > 0 && from <= before.length) {
    const past = pastNameStart(before, from);
    from = past === from ? readableStart(before, from) : past;
  }
  const left = before.slice(from);
  const right = after.slice(0, rightEnd);
  const cutRight = afterRest < after.length ? `${right}…` : right;
  if (left === '') return ['', from > 0 && cutRight.charCodeAt(0) !== 0x2026 ? `…${cutRight}` : cutRight];
  const cutLeft = from > 0 ? `…${left}` : left;
  if (right === '' && cutRight !== '') return [`${cutLeft}…`, ''];
  return [cutLeft, cutRight];
}

/** How many characters of the words after the date must stay where a left part takes back a name's first words. */
const MIN_RIGHT_AFTER_NAME = 20;

/** How many words, and characters with their spaces, of a name cut off a left part `nameStartBefore` takes back. */
const NAME_HEAD_WORDS = 3;
const NAME_HEAD_REACH = 30;

/**
 * Where the name that a left part cut at `from` (a word start in `s`) starts inside begins, its first word capitalised
 * after a capitalised word or a particle between two (`van`, `der`, …): the start of those words, `…de Europese Unie
 * aan de Nederlandse regering waarin de naheffing zou worden…` (254), not `…Unie aan de Nederlandse regering…`,
 * `…Curaçao en Sint Maarten zich reeds jaren geleden…` (2110), not `…Maarten zich…`. At most NAME_HEAD_WORDS words and
 * NAME_HEAD_REACH characters back, a word before them that ends a clause (`,` `.` `;` `:`) or a bracket excluded; -1
 * when the part does not start inside a name, or the name started further back. A ministry's short name is a whole name
 * (`…VWS over`).
 */
export function nameStartBefore(s: string, from: number): number {
  if (from < 2 || !isUpper(s.charCodeAt(from))) return -1;
  if (MINISTRY_ABBREVIATIONS.has(s.slice(from, wordEnd(s, from)))) return -1;
  let at = from;
  for (let words = 0; words < NAME_HEAD_WORDS && at >= 2; words++) {
    const start = s.lastIndexOf(' ', at - 2) + 1;
    if (from - start > NAME_HEAD_REACH) return -1;
    const word = s.slice(start, at - 1);
    const last = word.charCodeAt(word.length - 1);
    if (!isLetterOrDigit(last)) break;
    // A particle inside the name: a capitalised word before it.
    const particle =
      NAME_INNER_PARTICLES.has(word) &&
      start >= 2 &&
      isUpper(s.charCodeAt(s.lastIndexOf(' ', start - 2) + 1));
    if (!isUpper(word.charCodeAt(0)) && !particle) break;
    at = start;
    if (at === 0) break;
  }
  if (at === from) return -1;
  // The name went on further back than the words taken: it is cut anyway; the start stays.
  if (at >= 2) {
    const start = s.lastIndexOf(' ', at - 2) + 1;
    const word = s.slice(start, at - 1);
    if (isUpper(word.charCodeAt(0)) && isLetterOrDigit(word.charCodeAt(word.length - 1))) return -1;
  }
  return at;
}

/**
 * Where a left part cut at `from` (a word start in `s`) starts when it would start inside a name (see
 * `nameStartBefore`) that `en` or `of` joins to a phrase with an article after it, or at that `en`: after the `en`.
 * `…Zaken en de vaste commissie voor OCW hebben overleg gevoerd…` (805, of `De vaste commissie voor Economische Zaken`)
 * starts `…de vaste commissie voor OCW`, `…Zorg en de Staatssecretaris van VWS hebben deze vragen beantwoord…` (1119,
 * of `Medische Zorg`) `…de Staatssecretaris van VWS`. Else `from`: a name joined to another (`…Zaken en Huis der
 * Koningin`) is one the label would lose whole, and one joined to a pronoun (`…Ministerie van VenJ en dat van
 * Financiën`, 1122) or a preposition (`…Zaken en voor VWS`, 513) leaves a phrase that does not read alone.
 */
function pastJoinedName(s: string, from: number): number {
  let at = from;
  if (nameStartBefore(s, from) >= 0) {
    while (at < s.length) {
      const end = wordEnd(s, at);
      const particle = NAME_INNER_PARTICLES.has(s.slice(at, end)) && isUpper(s.charCodeAt(end + 1));
      if (!isUpper(s.charCodeAt(at)) && !particle) break;
      if (!isLetterOrDigit(s.charCodeAt(end - 1))) return from;
      at = end + 1;
    }
  } else {
    // At the `en` itself: a name before it.
    const previous = s.lastIndexOf(' ', from - 2) + 1;
    if (from < 2 || !isUpper(s.charCodeAt(previous)) || !isLetterOrDigit(s.charCodeAt(from - 2))) return from;
  }
  const joiner = s.slice(at, wordEnd(s, at));
  const next = wordEnd(s, at) + 1;
  return (joiner === 'en' || joiner === 'of') && ARTICLES.has(s.slice(next, wordEnd(s, next))) ? next : from;
}

/** Lower-case words inside a name that a left part may start at only when the name starts there too. */
const INNER_PARTICLES: ReadonlySet<string> = new Set(['van', 'voor', 'en', 'der', 'den', 'ter', 'ten']);

/**
 * Where a left part cut at `from` (a word start in `s`) starts when it would start inside a name, its first word
 * capitalised after a capitalised word or a particle of a name (`van`, `voor`, `en`, …): after the rest of the name
 * (its capitalised words and the particles between them), `…over zijn brief`, not `…Zaken over zijn brief` (1992, of
 * `Economische Zaken`); `s.length + 1` when nothing is left (`…Buitenlandse Zaken`, 413). Else `from`.
 */
function pastNameStart(s: string, from: number): number {
  if (from < 2 || !isUpper(s.charCodeAt(from))) return from;
  // A ministry's short name is a whole name (`…VWS over de brief`, of `de Minister van VWS`).
  if (MINISTRY_ABBREVIATIONS.has(s.slice(from, wordEnd(s, from)))) return from;
  const previous = s.slice(s.lastIndexOf(' ', from - 2) + 1, from - 1);
  if (!isUpper(previous.charCodeAt(0)) && !INNER_PARTICLES.has(previous)) return from;
  let a = from;
  while (a < s.length) {
    const e = wordEnd(s, a);
    const upper = isUpper(s.charCodeAt(a));
    if (!upper && !(INNER_PARTICLES.has(s.slice(a, e)) && isUpper(s.charCodeAt(e + 1)))) break;
    a = e + 1;
  }
  return a >= s.length ? s.length + 1 : a;
}

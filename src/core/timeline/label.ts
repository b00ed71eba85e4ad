import { enclosingBrackets, openBefore } from '../text/brackets';
import { isWhiteSpace, onlyWhiteSpaceFrom, pastWhiteSpace, wordEndBefore } from '../text/chars';
import { firstAtOrAfter } from '../text/sorted';
import type { Span } from '../types';
import {
  appositionStart,
  hasNoVerb,
  pastApposedParticiple,
  pastNounList,
  pastShortList,
} from './appositions';
import { clauseEnd, clauseStart, isPlainStretch } from './clause';
import {
  afterTheDate,
  datedByCopula,
  datedByVerb,
  figureAfterYear,
  likenedTo,
  mayChangeAfter,
  namesItsYear,
  pastRelativeSuffix,
  quotedAfterPreposition,
  timeAfterDate,
} from './date-tail';
import {
  dashAsideStart,
  insertionEnd,
  insertionStart,
  isInsertedPhrase,
  pointsBack,
  opensRelativeClause,
  opensSentence,
  pastReferringClause,
  restAfterRelative,
  withoutDateInsertion,
} from './insertions';
import { headerFormulaLabel } from './header-formula';
import { MIN_LABEL, collapseRange, isFrontedDate, pastListMarks } from './label-chars';
import { dictumStart } from './motion-dictum';
import { shortenPlain, stripLoose, tidy, tidyJoinedLength, withoutDanglingAround } from './label-tidy';
import { isLetterWithSubject, subjectPastComma } from './letter-items';
import {
  beforeOtherDatePart,
  citationAfterDate,
  otherPartBetween,
  pastOtherDate,
  pastOtherDatePart,
} from './other-date';
import { capitalize, finishLabel, frontedLabel, plainLabel } from './plain-label';
import { subjectFirstPastFront } from './fronted-phrase';
import { PREPOSITIONS } from './dangling';
import { clauseOverQuotes, titleAround } from './quotes';
import { beforeReportFrame, openerLabel, reportedLabel, reports } from './report-frames';
import { titleLabel } from './title-label';
import { WithoutMarkers, withoutMarkersIn } from './without-markers';
import { clauseLabelEnds } from './clause-label-end';
import { pastCitationTail } from './citation-tail';
import { bracketGroupInClause } from './bracket-group';

/**
 * Short timeline labels from the text around a date: the clause the date sits in (between commas,
 * brackets, colons), without the date itself, widened to the sentence when the clause says too little,
 * and cut to `MAX_LABEL` characters around the place of the date.
 */

export { MAX_LABEL } from './label-chars';

/** Clause delimiters, as bits: narrow ones, wide ones (see `clause.ts`). */
const NARROW = 1; // `,` `;` `:` brackets, dashes
const WIDE = 2; // `;` `:` brackets
const ASCII_KINDS = new Uint8Array(128);
for (const ch of ',') ASCII_KINDS[ch.charCodeAt(0)] = NARROW;
for (const ch of ';:()[]') ASCII_KINDS[ch.charCodeAt(0)] = NARROW | WIDE;

function kindOf(c: number): number {
  if (c < 0x80) return ASCII_KINDS[c] as number;
  return c === 0x2013 || c === 0x2014 ? NARROW : 0; // – —
}

/**
 * `s.slice(from, to).replace(/\s+/g, ' ').trim()`, by bounds: the ends are trimmed first (a run there
 * would become a space and be trimmed anyway), and the regex only runs when an inner run is not already a
 * single space, which in most text it is.
 */
/** `s.slice(from, to).trim()`: the collapse of a stretch whose white space is single spaces only. */
function trimRange(s: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/**
 * Text around a date span, made into a label from the original text. Works on `original` by offsets
 * (the sentence lies within it), and uses that `collapseRange` already gives collapsed strings.
 */
export function labelAround(
  original: string,
  sentence: Span,
  date: Span,
  /** Footnote markers of the text, sorted: left out of the label. */
  markers: readonly Span[],
  /** Where the text's quotes are (see `quotePositions`). */
  quotes: readonly number[],
  /**
   * False when no other date stands in the sentence: then no part of it has a date of its own (see
   * `beforeOtherDatePart`), and the search for one is skipped.
   */
  otherDates = true,
): string {
  const formula = headerFormulaLabel(original, sentence, date);
  if (formula !== null) return formula;
  const [start, end] = labelWindow(sentence, date);
  const local = withoutMarkersIn(original, start, end, markers);
  if (local) {
    // The label of the window without its markers, in the window's offsets.
    const whole = { start: 0, end: local.text.length };
    const at = { start: local.at(date.start), end: local.at(date.end) };
    // The sentence starts where the window does, or before it (a negative offset in the window's text).
    const sentenceStart = sentence.start - start;
    const label = meetingLabel(
      local.text,
      whole,
      at,
      sentenceStart,
      quotesIn(quotes, start, end, local),
      otherDates ? MAY_LEAVE_ALL : MAY_LEAVE_ALL_ONE_DATE,
    );
    return sentenceStart < 0 ? label : subjectFirstPastFront(local.text, sentenceStart, whole.end, label);
  }
  const label = meetingLabel(
    original,
    sentence,
    date,
    sentence.start,
    quotes,
    otherDates ? MAY_LEAVE_ALL : MAY_LEAVE_ALL_ONE_DATE,
  );
  return sentence.start < start ? label : subjectFirstPastFront(original, sentence.start, end, label);
}

/**
 * `clauseLabel`, but where that label is cut at its end and the date is a meeting's, `… heeft op 16 en 17 april 1997
 * overleg gevoerd met minister Van Aartsen van Landbouw, Natuurbeheer en Visserij over de varkenspest` (1014), the
 * label of the clause without whom the meeting was with, which says what it was about: `De vaste commissie voor LNV
 * heeft overleg gevoerd over de varkenspest`, not `…heeft overleg gevoerd met minister Van Aartsen…` (see
 * MEETING_WITH). Not where `over` opens a list after its colon (`over:`), nor where the label without them does not
 * reach `over`.
 */
function meetingLabel(
  text: string,
  sentence: Span,
  date: Span,
  sentenceStart: number,
  quotes: readonly number[],
  may: MayLeave,
): string {
  const label = clauseLabel(text, sentence, date, sentenceStart, quotes, may);
  if (label.charCodeAt(label.length - 1) !== 0x2026) return label;
  MEETING_WITH.lastIndex = date.end;
  const m = MEETING_WITH.exec(text);
  if (m === null || MEETING_WITH.lastIndex >= sentence.end) return label;
  const from = date.end + (m[1] as string).length;
  const to = from + (m[2] as string).length;
  const without = labelWithout(
    text,
    sentence.start,
    sentence.end,
    from,
    to,
    date,
    quotes,
    sentenceStart,
    may,
  );
  return without.includes(' over ') ? without : label;
}

/**
 * A meeting's date before `overleg gevoerd met …` and `over` its subject, read sticky at the date's end: group 1 up to
 * the people it was with, group 2 them (from the space before `met` to the one before the first `over`), at most 200
 * characters without a clause mark or bracket. Not a subject that is only letters (`over haar brieven`, `over de
 * volgende brieven`, 595, 308): who the meeting was with says more.
 */
const MEETING_WITH =
  /(\s+overleg\s+gevoerd)(\s+met\s(?:(?!\s+over\s)[^;:()[\]]){1,200})\s+over\s+(?!(?:de(?:\s+volgende)?|zijn|haar|hun|een)\s+brie(?:f|ven)(?![\p{L}]))(?=[\p{L}«“(])/uy;

/** The `quotes` (original offsets, sorted) in original[from, to), as offsets in `local`'s text (no quote is in a marker). */
function quotesIn(quotes: readonly number[], from: number, to: number, local: WithoutMarkers): number[] {
  const out: number[] = [];
  for (let k = firstAtOrAfter(quotes, from); k < quotes.length && (quotes[k] as number) < to; k++) {
    out.push(local.at(quotes[k] as number));
  }
  return out;
}

/**
 * The stretch a label is made from: the sentence, within LABEL_REACH of the date. A label is a line; a
 * "sentence" of a megabyte (a table or list without full stops) would otherwise be read whole for each of
 * its dates.
 */
function labelWindow(sentence: Span, date: Span): [start: number, end: number] {
  return [
    Math.max(sentence.start, Math.min(date.start, sentence.end) - LABEL_REACH),
    Math.min(sentence.end, Math.max(date.end, sentence.start) + LABEL_REACH),
  ];
}

/**
 * text[start, end) without text[from, to), with the date's span and the quotes in it in the offsets of the result
 * (the date lies before `from` or from `to` on; a quote inside the stretch goes with it).
 */
function withoutStretch(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  date: Span,
  quotes: readonly number[],
): { text: string; date: Span; quotes: number[] } {
  const out: number[] = [];
  for (let k = firstAtOrAfter(quotes, start); k < quotes.length && (quotes[k] as number) < end; k++) {
    const q = quotes[k] as number;
    if (q < from) out.push(q - start);
    else if (q >= to) out.push(q - start - (to - from));
  }
  const shift = date.start >= to ? start + (to - from) : start;
  return {
    text: text.slice(start, from) + text.slice(to, end),
    date: { start: date.start - shift, end: date.end - shift },
    quotes: out,
  };
}

/**
 * The longest `zoals` clause (its words around the date) that takes in the clause before it as a relative clause does
 * (see `opensRelativeClause`). A longer one names what happened on its date itself, which the clause before it would
 * crowd out: `…zoals ook door 234 wethouders van financiën in een petitie…` (1344) for `…, zoals in 2015 ook door 234
 * wethouders van financiën in een petitie aan de Tweede Kamer betoogd`; a shorter one said nothing alone, `…zoals
 * verkregen` (995), `…zoals bij de brieven` (2535).
 */
const AS_CLAUSE_MAX = 45;

/**
 * The longest clause that an apposed participle opens (its words around the date, see `opensRelativeClause`) that
 * takes in the clause before it: `…verzoek van het lid Thijssen, gedaan tijdens de regeling van werkzaamheden…` (1256,
 * was `…gedaan tijdens de regeling van werkzaamheden`). A longer one names enough itself, which the clause before would
 * crowd out: `…gedaan in het mondelinge vragenuur naar aanleiding van vragen van mevrouw Arib` (1016).
 */
const PARTICIPLE_CLAUSE_MAX = 60;

function clauseLabel(
  original: string,
  sentence: Span,
  date: Span,
  /** Where the sentence starts, in the offsets of `original` (it may lie before `sentence.start`). */
  sentenceStart: number,
  /** Where the quotes of `original` are (see `quotePositions`). */
  quotes: readonly number[],
  /** What the label may still leave out, and whether another date stands in the sentence (see MayLeave). */
  may: MayLeave = MAY_LEAVE_ALL,
): string {
  const [start, end] = labelWindow(sentence, date);
  const ds = start + Math.min(end - start, Math.max(0, date.start - start));
  // The date's hour goes with it (see `timeAfterDate`).
  let de = timeAfterDate(original, start + Math.min(end - start, date.end - start), end);
  // So does a `jl.` after its year (see `pastRelativeSuffix`).
  de = pastRelativeSuffix(original, de, end);
  // Another date's part between the date's fronted phrase and the main clause's verb: the label is made without it
  // (see `otherPartBetween`).
  if (may.otherDates) {
    const part = otherPartBetween(original, start, ds, de, end);
    if (part !== null) {
      return labelWithout(original, start, end, part.start, part.end, date, quotes, sentenceStart, may);
    }
  }
  // A date inside a quoted title: the clause around the whole title (see `titleLabel`).
  const title = titleAround(original, start, end, ds, de, quotes);
  if (title !== null) {
    return (
      titleLabel(original, start, end, title.start, title.end, sentenceStart, quotes) ??
      capitalize(shortenPlain(tidy(original.slice(start, end))))
    );
  }
  // A letter's date with its subject after it: the subject goes on past a colon (`inzake het fiche: Herziening
  // richtlijn hernieuwbare energie`, 413), and a label cut to size keeps it before the sender (see `subjectWindow`).
  const subjectFirst = isLetterWithSubject(original, start, ds, de, end);
  // A group in brackets after the date, the clause going on after it, goes with the date (see `citationAfterDate`).
  de = citationAfterDate(original, de, end);
  // The clause tried last. A wider try that gives the same clause gives the same too-short label: skipped. Not a label
  // that said nothing (see `saysNothing`): the whole sentence takes it as it is.
  let left = -1;
  let right = -1;
  let saidNothing = false;
  for (const delimiter of [NARROW, WIDE, 0]) {
    // What follows a relative clause that holds the date (see `restAfterRelative`).
    let rest: string | null = null;
    // Where the main clause starts after a sentence's opening `Zoals …` clause that the label runs into it from (see
    // `pastReferringClause`), or -1.
    let mainStart = -1;
    if (delimiter === 0) {
      // The whole sentence (no kind has bit 0, so the scans below run to its ends).
      if (left === start && right === end && !saidNothing) break;
    } else if (
      // Narrow bounds that are wide delimiters (or the sentence's ends) are the wide clause's bounds too.
      delimiter === WIDE &&
      (left === start || (kindOf(original.charCodeAt(left - 1)) & WIDE) !== 0) &&
      (right === end || (kindOf(original.charCodeAt(right)) & WIDE) !== 0)
    ) {
      continue;
    }
    // The clause: from the last delimiter before the date to the first after it (the whole sentence when
    // no delimiter counts), and whether its white space is single spaces only: then collapsing is trimming.
    if (delimiter === 0) {
      left = start;
      right = end;
      // The report's frame after a date in brackets, whose narrow clause said too little (see `beforeReportFrame`).
      if (opensSentence(original, left, sentenceStart)) {
        const frame = beforeReportFrame(original, left, ds, de, right);
        if (frame >= 0) right = frame;
      }
    } else {
      const kind = delimiter === NARROW ? 'narrow' : 'wide';
      left = clauseStart(original, start, ds, kind);
      right = clauseEnd(original, de, end, kind);
      // A motion's head ends at its line (see MOTION_OPENING).
      if (right - de <= 24 && original.charCodeAt(right) === 0x2c) {
        MOTION_OPENING.lastIndex = de;
        if (MOTION_OPENING.test(original) && MOTION_OPENING.lastIndex === right) right = de;
      }
      // So does one that a comma after the date sets off, where it is the date's clause's (see `subjectPastComma`).
      if (subjectFirst && right < end && original.charCodeAt(right) === 0x2c) {
        const subjectEnd = clauseEnd(original, right + 1, end, kind);
        if (subjectPastComma(original, left, ds, de, right, subjectEnd)) right = subjectEnd;
      }
      while (subjectFirst && right < end && original.charCodeAt(right) === 0x3a)
        right = clauseEnd(original, right + 1, end, kind);
      // A quoted title is one unit: a delimiter inside it bounds no clause (see `clauseOverQuotes`).
      [left, right] = clauseOverQuotes(
        original,
        start,
        end,
        left,
        right,
        ds,
        de,
        (to) => clauseStart(original, start, to, kind),
        (from) => clauseEnd(original, from, end, kind),
        quotes,
      );
      // A group in brackets inside the date's clause (a citation, an aside), which ended the clause there: the label is
      // made without it (see `bracketGroupInClause`).
      if (delimiter === NARROW) {
        const group = bracketGroupInClause(original, start, left, ds, right, end);
        if (group !== null) {
          return labelWithout(original, start, end, group[0], group[1], date, quotes, sentenceStart, may);
        }
      }
      // A sentence's opening `Zoals …` clause (or another that refers to what came before) goes on into the main clause
      // after its comma (see `pastReferringClause`).
      if (delimiter === NARROW) {
        const referring = pastReferringClause(original, left, ds, de, right, end, sentenceStart);
        if (referring !== null) [de, right, mainStart] = referring;
      }
      // A report's frame that opens the main clause after the sentence's opening phrase: the label ends before it (see
      // `beforeReportFrame`).
      if (delimiter === NARROW && opensSentence(original, left, sentenceStart)) {
        const frame = beforeReportFrame(original, left, ds, de, right);
        if (frame >= 0) {
          right = frame;
          mainStart = -1;
        }
      }
      // A sentence's closing `zoals toegezegd …` phrase: what was promised first (see `reportedLabel`).
      if (delimiter === NARROW) {
        const reported = reportedLabel(original, start, left, ds, de, right, end);
        if (reported !== null) return reported;
      }
      // A phrase of time or occasion inserted between commas right after the main clause's start, no clause of its own
      // (no verb: `…, voor de jaren 2026 en verder staan er ook nog bezuinigingen, hoe …`, 1121): the label is made
      // without its two commas, the phrase one with the main clause (see `isInsertedPhrase`).
      if (
        delimiter === NARROW &&
        left > start &&
        isInsertedPhrase(original, left, ds, de, right, end) &&
        hasNoVerb(collapseRange(original, left, right)) &&
        opensSentence(original, clauseStart(original, start, left - 1, kind), sentenceStart)
      ) {
        const first = withoutStretch(original, start, end, left - 1, left, date, quotes);
        const cut = withoutStretch(
          first.text,
          0,
          first.text.length,
          right - start - 1,
          right - start,
          first.date,
          first.quotes,
        );
        return labelOfCut(cut, sentenceStart - start, may);
      }
      // A relative clause takes in the clause before it, which names what it describes.
      // So does a short `zoals` clause (see AS_CLAUSE_MAX), unless it says what was promised or announced: that phrase
      // has its own labels (see `reportedLabel`), which the main clause in front of it would crowd out. And a short
      // clause that an apposed participle opens (see PARTICIPLE_CLAUSE_MAX).
      const relative = delimiter === NARROW && left > start ? opensRelativeClause(original, left, ds) : null;
      // A motion's request after the comma its layout puts after `verzoekt de regering` (see `dictumStart`), or -1.
      const dictum =
        delimiter === NARROW && left > start ? dictumStart(original, start, left - 1, ds, de, right) : -1;
      if (
        relative === 'relative' ||
        (relative === 'as' &&
          collapseRange(original, left, ds).length + collapseRange(original, de, right).length <=
            AS_CLAUSE_MAX &&
          !reports(original, left, right)) ||
        (relative === 'participle' &&
          collapseRange(original, left, ds).length + collapseRange(original, de, right).length <=
            PARTICIPLE_CLAUSE_MAX)
      ) {
        left = clauseBeforeRelative(original, start, left, kind);
        rest = restAfterRelative(original, right, end);
      } else if (delimiter === NARROW && left > start && pointsBack(original, left, right)) {
        // A clause of `en` that points back (`en de Kamer hierover … te informeren`): the clause before it too (see
        // `pointsBack`).
        left = clauseStart(original, start, left - 1, kind);
      } else if (dictum >= 0) {
        // A motion's request: with its opening.
        left = dictum;
      } else if (delimiter === NARROW && may.insertion) {
        // A phrase inserted between commas after the date's clause: the label is made without it (see `insertionEnd`).
        const past = insertionEnd(original, right, end);
        // An aside between dashes, or a phrase inserted between commas, that ends where the date's clause starts: the
        // label is made without it (see `dashAsideStart`, `insertionStart`).
        const aside = past >= 0 ? -1 : dashAsideStart(original, start, left);
        const from = past >= 0 ? right : aside >= 0 ? aside : insertionStart(original, start, left, end);
        if (from >= 0) {
          // After a date's clause that a comma opens, the phrase's closing comma stays: the date's clause is then one
          // between commas, as it was (`Op verzoek van uw Kamer schreef ik, op 10 april, mede namens de Minister van
          // Defensie, al een brief …`, 2223, read `…ik, op 10 april al een brief` as a clause the date fronts).
          const keepsComma =
            past >= 0 &&
            left > start &&
            original.charCodeAt(left - 1) === 0x2c &&
            original.charCodeAt(past - 1) === 0x2c;
          const to = past < 0 ? left : keepsComma ? past - 1 : past;
          return labelWithout(original, start, end, from, to, date, quotes, sentenceStart, {
            ...may,
            insertion: false,
          });
        }
      }
      // An apposition between commas before the date's preposition: the label is made without it (see
      // `appositionStart`).
      if (delimiter === NARROW && may.apposition) {
        const from = appositionStart(original, start, left, ds, de);
        if (from >= 0) {
          return labelWithout(original, start, end, from, left - 1, date, quotes, sentenceStart, {
            ...may,
            apposition: false,
          });
        }
      }
      // An auxiliary whose participle comes after a comma: the clause goes on to it (see `pastApposedParticiple`).
      if (delimiter === NARROW && rest === null && mainStart < 0) {
        const apposed = pastApposedParticiple(original, de, right, end);
        // A comma between the nouns of a list: the clause goes on to the list's end (see `pastNounList`).
        // Else a comma that opens a short list's next items: the clause goes on to its `en` (see `pastShortList`).
        if (apposed === right) {
          const listed = pastNounList(original, de, right, end);
          right = listed === right ? pastShortList(original, de, right, end) : listed;
        } else right = apposed;
      }
      // Another full date in the clause before this one: the label starts after it (see `pastOtherDate`).
      if (delimiter === NARROW) left = pastOtherDate(original, left, ds);
      // A clause that starts with the number of a citation its comma split: the label starts after it (see
      // `pastCitationTail`).
      if (delimiter === NARROW) left = pastCitationTail(original, left, ds);
    }
    // Another item of the sentence with a date of its own, joined by `en`: the label keeps to its own (see
    // `beforeOtherDatePart`).
    if (may.otherDates) {
      left = pastOtherDatePart(original, left, ds, de, right);
      right = beforeOtherDatePart(original, left, ds, de, right);
    }
    const midSentence = left > sentenceStart && !startsItsSentence(original, sentenceStart, left, ds);
    const plainBefore = isPlainStretch(original, left, ds);
    const plainAfter = isPlainStretch(original, de, right);
    // The clause ends at a colon (see `clauseLabelEnd`).
    const colon = right < end && original.charCodeAt(right) === 0x3a;
    // A verb dated by the date (or a copula whose predicate it is), or words after it that `afterTheDate` may leave
    // out: the string path below. So does a date quoted alone after a preposition (see `quotedAfterPreposition`).
    const namedYear = namesItsYear(original, left, ds);
    const dated =
      datedByVerb(original, left, ds) ||
      datedByCopula(original, left, ds, de) ||
      likenedTo(original, left, ds) ||
      namedYear ||
      quotedAfterPreposition(original, left, ds, de) ||
      figureAfterYear(original, ds, de, right);
    if (plainBefore && plainAfter && !dated && mainStart < 0 && !mayChangeAfter(original, de, right)) {
      // The common case, done on offsets.
      const label = plainLabel(original, left, ds, de, right, midSentence, rest, colon, subjectFirst);
      if (label === null) continue;
      if (delimiter !== 0 && saysNothing(label)) {
        const group = may.brackets ? bracketsAround(original, start, end, ds, de, label) : null;
        if (group !== null)
          return clauseLabel(original, sentence, group, sentenceStart, quotes, afterBrackets(may));
        saidNothing = true;
        continue;
      }
      return label;
    }
    let before = plainBefore ? trimRange(original, left, ds) : collapseRange(original, left, ds);
    let after = plainAfter ? trimRange(original, de, right) : collapseRange(original, de, right);
    [before, after] = withoutDanglingAround(before, after, original, ds, de);
    before = before.slice(0, withoutDateInsertion(before, 0, before.length, after, 0, after.length));
    // A verb whose object the date is keeps it, with its preposition (see `datedByVerb`); a noun that names the
    // year keeps it too (`namesItsYear`).
    if (dated) before = collapseRange(original, left, de);
    // What follows the date that is no part of its label (see `afterTheDate`); a date that opens its clause
    // keeps it all (`Dit jaar en volgend jaar vieren we 75 jaar vrijheid`, 670).
    // A conjunct left out does not make the date end its clause (see `finishLabel`'s `datedObject`).
    let conjunctLeft = false;
    if (!isFrontedDate(stripLoose(before), stripLoose(after), original.slice(ds, de))) {
      const kept = afterTheDate(after);
      conjunctLeft = kept === '' && after !== '';
      after = kept;
    }
    // The label's end (see `clauseLabelEnd`): the end of `after`, or where nothing is left of it, the end
    // of `before`, where the date ended the clause (or a clause mark follows it).
    const [beforeEnd, afterEnd] = clauseLabelEnds(before, 0, before.length, after, 0, after.length, colon);
    before = before.slice(0, beforeEnd);
    after = after.slice(0, afterEnd);
    // A year kept after its noun says nothing of what happens: `(verslagjaar 2024)` (215) is too short a label.
    if (tidyJoinedLength(before, after) - (namedYear ? de - ds : 0) >= MIN_LABEL) {
      const tidyBefore = stripLoose(before);
      const tidyAfter = stripLoose(after);
      const label =
        openerLabel(original, tidyBefore, tidyAfter, de, mainStart, midSentence, rest) ??
        (isFrontedDate(tidyBefore, tidyAfter, original.slice(ds, de))
          ? frontedLabel(original, left, de, tidyAfter, midSentence, rest)
          : finishLabel(tidyBefore, tidyAfter, midSentence, rest, !conjunctLeft, subjectFirst));
      if (delimiter !== 0 && saysNothing(label)) {
        const group = may.brackets ? bracketsAround(original, start, end, ds, de, label) : null;
        if (group !== null)
          return clauseLabel(original, sentence, group, sentenceStart, quotes, afterBrackets(may));
        saidNothing = true;
        continue;
      }
      return label;
    }
  }
  // Nothing but the date (a table cell, a date line): show the sentence with the date.
  return capitalize(shortenPlain(tidy(original.slice(start, end))));
}

/**
 * Does the clause at `left` open its sentence but for a list item's dash or bullet, or a word that only opens it and
 * its comma (`Ja,`, `Echter,`), its first word one of its own before the date at `ds`? A dash or comma ends a clause,
 * but one that only opens the sentence leaves the clause after it at the sentence's start: `– de brief van de Minister
 * van Sociale Zaken en Werkgelegenheid d.d. 28 januari 2025 inzake opvolging OCTAS-rapport` (1462) is labelled `De
 * brief van de Minister van SZW inzake opvolging OCTAS-rapport`, as an item after a bullet is, not `…de brief van …`;
 * `Echter, dit debat is uitgesteld tot 2 februari 2022` (2535) `Dit debat is uitgesteld`. Not where the date's phrase
 * opens the item (`– d.d. 27 juni 2008 over een review …`, 2152): its label starts at a word inside it (`…over een
 * review…`).
 */
function startsItsSentence(text: string, sentenceStart: number, left: number, ds: number): boolean {
  if (sentenceStart < 0) return false;
  const k = pastListMarks(text, sentenceStart, left);
  if (k < left) {
    // One word and its comma: read up to the word's end only (a search for the next comma could run over the text).
    let comma = k;
    while (comma < left && text.charCodeAt(comma) !== 0x2c && !isWhiteSpace(text.charCodeAt(comma))) comma++;
    if (comma >= left || text.charCodeAt(comma) !== 0x2c) return false;
    if (
      !SENTENCE_OPENERS.has(text.slice(k, comma).toLowerCase()) ||
      !onlyWhiteSpaceFrom(text, comma + 1, left)
    )
      return false;
  }
  const start = pastWhiteSpace(text, left, ds);
  const end = wordEndBefore(text, start, ds);
  return end < ds && !DATE_PHRASE_OPENERS.has(text.slice(start, end).toLowerCase());
}

/** Words that only open a sentence, a comma after them: an answer's `Ja`, a linking adverb (see `startsItsSentence`). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'ja nee neen echter welnu kortom daarnaast bovendien tevens verder voorts overigens inmiddels vervolgens daarom dus tenslotte allereerst samenvattend'.split(
    ' ',
  ),
);

/** Words that open a date's phrase (see `startsItsSentence`): its prepositions and `d.d.`. */
const DATE_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...'in d.d. sinds vanaf tijdens rond per medio begin eind'.split(' '),
]);

/**
 * Where the clause before a relative clause that starts at `left` starts (its comma or a group's `)` at `left - 1`):
 * over a group in brackets between them, which names no more than the words before it: `…beide rapportages heb ik
 * onlangs mogen ontvangen van het Adviescollege ICT-toetsing (Adviescollege), waarin het BIT per 1 januari van dit jaar
 * is overgegaan` (1691) gave `…waarin het BIT is overgegaan`, `de beleidsbrief Erfgoed Telt (Kamerstuk 32 820, nr.
 * 248), die ik op 11 september 2018 met u besprak` (273) `…die ik met u besprak`.
 */
function clauseBeforeRelative(text: string, start: number, left: number, kind: 'narrow' | 'wide'): number {
  let k = left - 1;
  for (;;) {
    if (text.charCodeAt(k) === 0x29) {
      // A group opened before the sentence (a full stop inside it split the sentence, `(respectievelijk Boek 1. …
      // en Boek 2. De opsporing), die`, 295): the clause right before the relative one, as any comma gives.
      const open = openBefore(text, start, k);
      if (open < 0) return clauseStart(text, start, left - 1, kind);
      k = open;
    }
    const from = clauseStart(text, start, k, kind);
    // Only a group's `)` and white space before the comma: the clause before the group.
    if (from > start && text.charCodeAt(from - 1) === 0x29 && text.slice(from, k).trim() === '') {
      k = from - 1;
      continue;
    }
    return from;
  }
}

/**
 * Does a clause's label say nothing of what happens on its date, so that a wider clause is tried? One word
 * that only points at a list outside its brackets, `(respectievelijk 2005 en 2000)` (2110), or one word
 * without a lower-case letter, a code: `(3 maart, NL0074CDIU0048803; 12 juni, …)` (2763). A citation or a reference
 * alone, or a hedge alone (`naar verwachting`, see HEDGE_ONLY), says nothing either; any other label with a space in it
 * says something.
 */
export function saysNothing(label: string): boolean {
  const word = label.replace(EDGE_DOTS, '');
  if (BARE_CITATION.test(word) || isBareReference(word) || HEDGE_ONLY.test(word)) return true;
  if (word.includes(' ')) return false;
  return word.toLowerCase() === 'respectievelijk' || !LOWER_LETTER.test(word);
}

/**
 * What a clause's label may still leave out, one stretch of each kind, and whether another date stands in the sentence.
 * A label made without a stretch (see `labelWithout`) may not leave out another of its kind: the flag is false for it.
 */
interface MayLeave {
  /** False for the label of a group in brackets (see `saysNothing`): it is not left for a wider one again. */
  readonly brackets: boolean;
  /** False for the label of a stretch an inserted phrase was taken out of (see `insertionEnd`): one is left out. */
  readonly insertion: boolean;
  /** False for the label of a stretch an apposition was taken out of (see `appositionStart`): one is left out. */
  readonly apposition: boolean;
  /**
   * False when no other date stands in the sentence: then no part of it has a date of its own (see
   * `beforeOtherDatePart`), and the search for one is skipped.
   */
  readonly otherDates: boolean;
}

/** A date's first try: everything may go. */
const MAY_LEAVE_ALL: MayLeave = { brackets: true, insertion: true, apposition: true, otherDates: true };
/** A date's first try where no other date stands in the sentence. */
const MAY_LEAVE_ALL_ONE_DATE: MayLeave = { ...MAY_LEAVE_ALL, otherDates: false };

/**
 * What the label of a group in brackets (see `bracketsAround`) may leave out: no group again, any other kind of stretch
 * (the group's clause is a new one), and the other dates of the sentence as before.
 */
function afterBrackets(may: MayLeave): MayLeave {
  return may.otherDates ? MAY_LEAVE_ALL_BUT_BRACKETS : MAY_LEAVE_ALL_BUT_BRACKETS_ONE_DATE;
}

const MAY_LEAVE_ALL_BUT_BRACKETS: MayLeave = { ...MAY_LEAVE_ALL, brackets: false };
const MAY_LEAVE_ALL_BUT_BRACKETS_ONE_DATE: MayLeave = { ...MAY_LEAVE_ALL_ONE_DATE, brackets: false };

/** The label of the clause of text[start, end) without text[from, to) (see `withoutStretch`, `labelOfCut`). */
function labelWithout(
  original: string,
  start: number,
  end: number,
  from: number,
  to: number,
  date: Span,
  quotes: readonly number[],
  sentenceStart: number,
  may: MayLeave,
): string {
  return labelOfCut(withoutStretch(original, start, end, from, to, date, quotes), sentenceStart - start, may);
}

/**
 * The label of a clause a stretch was taken out of (see `withoutStretch`): the whole of `cut.text` is its sentence,
 * which starts at `sentenceStart` in its offsets. `may` says which kind of stretch may still be left out.
 */
function labelOfCut(
  cut: { text: string; date: Span; quotes: number[] },
  sentenceStart: number,
  may: MayLeave,
): string {
  return clauseLabel(cut.text, { start: 0, end: cut.text.length }, cut.date, sentenceStart, cut.quotes, may);
}

/**
 * The group in brackets that holds the date text[ds, de), within text[start, end), from its `(` to past its `)`;
 * null when the date is in none. The label of a date whose clause says nothing there is the label of the whole
 * group, made from the words around it: `…zich reeds jaren geleden in referenda uitgesproken…` (2110). Read only
 * for such a label, within the label's stretch (LABEL_REACH).
 */
function bracketsAround(
  text: string,
  start: number,
  end: number,
  ds: number,
  de: number,
  /** The label that said nothing: a citation's group takes a comma right before it (see `commaBefore`). */
  label: string,
): Span | null {
  const group = enclosingBrackets(text, start, end, ds, de);
  if (group === null) return null;
  // A citation's group takes the comma before it.
  if (BARE_CITATION.test(label.replace(EDGE_DOTS, '')))
    return { start: commaBefore(text, start, group.start), end: group.end };
  return group;
}

/**
 * Where a comma right before text[open] (white space between) is, or `open`. A citation's group after a comma
 * follows the clause before that comma, which names the paper: `de missie naar Kenia van de secretaris-generaal
 * namens de Minister van VWS, (d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie …` (1883). Its
 * label taken after the comma read `(d.d. 29 mei 2017, Kamerstuk 34 550 XIII, nr. 134) en de klimaatmissie…`.
 */
function commaBefore(text: string, start: number, open: number): number {
  let k = open;
  while (k > start && isWhiteSpace(text.charCodeAt(k - 1))) k--;
  return k > start && text.charCodeAt(k - 1) === 0x2c ? k - 1 : open;
}

/**
 * A label that is a citation only, `Kamerstuk 34 550 XVI, nr. 138`: the paper, not what it was about. In brackets with
 * the date, `De kamerbrieven over de missies naar de Verenigde Arabische Emiraten van de Staatssecretaris van VWS
 * (d.d. 8 mei 2017, Kamerstuk 34 550 XVI, nr. 138)` (1883), the words around the brackets say that.
 */
const BARE_CITATION = /^Kamerstuk(?:ken)?(?![\p{L}\p{N}])[^\p{Ll}]*nr\.\s?\d+[^\p{L}\p{N}]*$/u;
/**
 * Is a label only a paper's reference: a reference's name (`brief`, `nr.`, `kenmerk`, `Handelingen`, …), and besides it
 * only codes (a word with a digit, without a lower-case letter, or with a capital inside, `BuZa`), one with a digit at
 * least, and `met`, `als`, `en`, `de`? `kenmerk GZB/GZ 96-1952` (34), `brief nr. BuZa 97-295` (1644), `Handelingen
 * 51-4` (1079), `25 387, nrs. 1 en 2` (2070), `8 en 9 en de brief` (1233, of `nrs. 1 tot en met 3 en 5, 8 en 9 en de
 * brief van 14 juli jl.`): which paper, not what it was. In brackets with the date, `– «Dwang en drang in de
 * tuberculosebestrijding» (kenmerk GZB/GZ 96-1952, 21 juni 1996)` (34), the words around the brackets say that. The
 * name is needed: a heading in capitals with its year, `VERSLAG VAN DE NAVO-TOP … 2022` (2396), is all codes.
 */
function isBareReference(label: string): boolean {
  let named = false;
  let digit = false;
  // Word by word without splitting the label first: most labels are prose and fail at their first word, and this
  // runs for every clause tried for every date.
  for (let from = 0; from <= label.length;) {
    let to = label.indexOf(' ', from);
    if (to < 0) to = label.length;
    const word = label.slice(from, to);
    if (REFERENCE_NAME.test(word)) named = true;
    else if (CODE_WORD.test(word)) digit ||= DIGIT.test(word);
    else if (!REFERENCE_GLUE.test(word)) return false;
    from = to + 1;
  }
  return named && digit;
}
const REFERENCE_NAME = /^(?:[Bb]rief|[Kk]amerstuk(?:ken)?|Aanhangsel|Handelingen|nrs?\.|kenmerk:?)$/;
const REFERENCE_GLUE = /^(?:met|als|en|de)$/;
const CODE_WORD = /\d|^[^\p{Ll}]+$|^.+\p{Lu}/u;
const DIGIT = /\d/;
/**
 * A hedge alone, which only says how sure the date is: `De Klesch Group zal in de loop van 2020 (naar verwachting 1
 * juli) de exploitatie van de raffinaderij … overnemen` (2116) and `… wordt de DMP-E fase opgestart, naar verwachting
 * in 2028` (526) were labelled `…naar verwachting`. The clause the hedge is about says what happens. So does a phrase
 * of how firm the date is, with its `maar`: `verzoekt de regering om binnen zes maanden na het sluiten van het
 * bestuursakkoord, maar in ieder geval in 2011, een wetsvoorstel aan de Kamer voor te leggen` (1761) was labelled
 * `…maar in ieder geval`.
 */
const HEDGE_ONLY =
  /^(?:naar (?:verwachting|alle waarschijnlijkheid)|(?:waarschijnlijk|vermoedelijk|verwachtelijk|wellicht|mogelijk|zo mogelijk|indien mogelijk)(?: pas| al| reeds)?|(?:maar |en )?(?:in (?:ieder|elk) geval|ten minste|tenminste|minstens|in principe|bij voorkeur)(?: pas| al| reeds)?)$/i;
/** The `…` that a label cut to size has at its ends. */
const EDGE_DOTS = /^…|…$/g;
/** A lower-case letter. */
const LOWER_LETTER = /\p{Ll}/u;

/**
 * The line break and `De Kamer` that open a motion after its head, `Voorgesteld tijdens het Wetgevingsoverleg van 14
 * november 2022` (778, 751, 856, 2786), which the sentence split left on the head's sentence: its label read
 * `Voorgesteld tijdens het Wetgevingsoverleg De Kamer`. Read sticky at the date's end, to the comma after `Kamer`.
 */
const MOTION_OPENING = /[^\S\n]*\n\s*De Kamer(?=,)/y;

/** How far from its date a label's clause is looked for (real sentences are far shorter). */
export const LABEL_REACH = 1_000;

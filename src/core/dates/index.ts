import type { DateFinding, Span } from '../types';
import { sentenceIndexAt, splitOnFirstNeed } from '../text/sentences';
import type { NormalizedText } from '../text/normalize';
import { lineStartWithin } from '../text/chars';
import { THE_HAGUE } from '../text/date-line-openings';
import { parseDates } from './grammar';
import type { RawDate, RefDay, Resolved } from './raw';
import { resolveRaw, toRefDay } from './resolve';
import { sentenceTense } from './tense';

export { parseDates } from './grammar';

/** Text between two dates that makes them one list: `12 oktober en 13 november 2022`. */
// A citation in brackets may follow each date of the list: `29 januari (Kamerstuk 27 925, nr. 570) en 9 september
// 2016` (439).
const LIST_GAP = /^\s*(?:\([^()\n]{1,80}\)\s*)?(?:,\s*(?:en\s+)?|en\s+|of\s+)$/;
/** The longest gap between two dates of a list: a separator, after a citation in brackets. */
const LIST_GAP_REACH = 100;

/**
 * Every date in the text, in text order, resolved against `referenceDate` (ISO day, normally the letter
 * date) where it lacks a year. Offsets and `text` are those of the original text. Never throws on text.
 */
export function findDates(
  text: NormalizedText,
  referenceDate: string | null,
  /**
   * The day words such as `volgende week` or `aanstaande` are said, when not the reference date: the
   * meeting a verslag reports (`meetingDay`).
   */
  spokenOn: string | null = null,
  /**
   * The day of the paper's own date line, when `referenceDate` is another day the caller gave (`--date`):
   * a date line of this day is then the paper's own, not a quoted letter's, and does not replace it.
   */
  ownDateLine: string | null = null,
  /**
   * `ownDateLine` writes a slipped year that detection mended (`4 januari 2020` on a letter of 2021, 422): its
   * year is lent to no other mention of its day (`Vanaf vandaag, 4 januari`).
   */
  ownDateLineSlipped = false,
  /**
   * `splitSentences(text.text)`, asked for only when a date's tense is read (see `placeDefault`): `analyze`
   * splits once, on first need, for all finders.
   */
  sentencesOf: () => readonly Span[] = splitOnFirstNeed(text.text),
): DateFinding[] {
  const searched = text.text;
  const raws = parseDates(searched);
  inheritYearsInLists(raws, searched);
  const ref = toRefDay(referenceDate);
  const slipped = ownDateLineSlipped ? ownDateLine : null;
  return resolvedFindings(text, raws, ref, toRefDay(spokenOn) ?? ref, ownDateLine, slipped, sentencesOf);
}

/**
 * The findings of the raw dates, resolved against `ref` (or, after a quoted letter's date line, that letter's
 * day; without either, the last explicit year before them), with their offsets in the original text. Apart
 * from `findDates` so that the loop has a function of its own: the engine compiles the loop while the first
 * call runs, when the calls before it in `findDates` had left no type feedback yet, and the compiled code was
 * thrown away at those calls in the next call.
 */
function resolvedFindings(
  text: NormalizedText,
  raws: readonly RawDate[],
  ref: RefDay | null,
  spokenRef: RefDay | null,
  ownDateLine: string | null,
  slippedDateLine: string | null,
  sentencesOf: () => readonly Span[],
): DateFinding[] {
  const out: DateFinding[] = [];
  let lastYear: number | null = null;
  // The day of the letter the text quotes from here on, when it quotes one (see `opensDateLine`).
  let quotedRef: RefDay | null = null;
  // The day the answered questions were sent, `(ingezonden 26 mei 2016)`, once read (see `askedOnDay`).
  let askedOn: RefDay | null = null;
  const writtenDays = daysWrittenWithYear(raws, ref, text.text, slippedDateLine);
  for (const raw of raws) {
    const here = quotedRef ?? ref;
    const asked =
      askedOn !== null &&
      raw.year.kind !== 'explicit' &&
      inQuestion(text.text, raw.start, raw.end, sentencesOf);
    let resolved = resolveRaw(
      raw,
      asked ? askedOn : isSpokenRelative(raw) ? (quotedRef ?? spokenRef) : here,
      lastYear,
      () => sentenceTense(text.text, raw.start, raw.end, sentencesOf()),
    );
    if (raw.year.kind === 'explicit') lastYear = raw.year.year;
    if (!resolved) continue;
    if (askedOn === null && raw.year.kind === 'explicit') askedOn = askedOnDay(text.text, raw, resolved);
    if (resolved.precision === 'day' && resolved.endIso === null && raw.year.kind !== 'explicit') {
      resolved = sameDayWritten(raw, writtenDays.get(resolved.iso.slice(5)), here) ?? resolved;
    }
    if (
      raw.year.kind === 'explicit' &&
      resolved.precision === 'day' &&
      resolved.iso !== ownDateLine &&
      opensDateLine(text.text, raw.start)
    ) {
      quotedRef = toRefDay(resolved.iso);
    }
    const span = text.spanToOriginal(raw.start, raw.end);
    out.push({
      text: text.original.slice(span.start, span.end),
      iso: resolved.iso,
      endIso: resolved.endIso,
      precision: resolved.precision,
      start: span.start,
      end: span.end,
    });
  }
  return out;
}

/**
 * The day written questions were sent, when `raw` (resolved to `resolved`) is the `ingezonden` day of their
 * formula: `Vragen van de leden Wilders, … over de uitspraken van de Koning over de EU (ingezonden 26 mei 2016).`
 * (1159), also in a letter that answers them, `de vragen van het lid … (ingezonden 12 maart 2024)`. Else null.
 */
function askedOnDay(text: string, raw: RawDate, resolved: Resolved): RefDay | null {
  if (resolved.precision !== 'day' || resolved.endIso !== null) return null;
  return INGEZONDEN_BEFORE.test(text.slice(Math.max(0, raw.start - INGEZONDEN_REACH), raw.start))
    ? toRefDay(resolved.iso)
    : null;
}

const INGEZONDEN_BEFORE = /\bingezonden\s+$/i;
/** `ingezonden` and a few spaces: how far before a day its word is looked for. */
const INGEZONDEN_REACH = 16;

/**
 * Does the date at `start` stand in a question, a sentence that ends in `?`? In an answer to written questions
 * (or a letter that quotes them) a question's words count from the day it was sent, not from the answer's:
 * `Kunt u deze vragen nog deze week beantwoorden?` (1159, sent 26 mei 2016, answered 1 juni) asks for the week of
 * 23 mei. Only the question's own sentence is taken: what an answer says (`Zoals ik heb aangegeven in het
 * vragenuur op 19 mei jl.`, 147) counts from the answer's day.
 */
function inQuestion(text: string, start: number, end: number, sentencesOf: () => readonly Span[]): boolean {
  if (!questionMarkAhead(text, end)) return false;
  const sentences = sentencesOf();
  const sentence = sentences[sentenceIndexAt(sentences, start)];
  if (!sentence) return false;
  let k = sentence.end - 1;
  while (k > sentence.start && QUESTION_END_SKIP.has(text.charCodeAt(k))) k--;
  return text.charCodeAt(k) === 0x3f; // ?
}

/**
 * Is there a `?` after `end`, before a blank line and within QUESTION_REACH characters? A cheap test before the
 * sentences are split (`analyze` shows a long paper's first screens without them): most dates of an answer
 * have none.
 */
function questionMarkAhead(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + QUESTION_REACH);
  for (let k = end; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3f) return true; // ?
    if (c === 0x0a && text.charCodeAt(k + 1) === 0x0a) return false;
  }
  return false;
}

/** How far after a date its question's `?` is looked for: longer than the questions of the corpus. */
const QUESTION_REACH = 800;

/** What may follow a question's `?` in its sentence: white space, closing quotes and brackets. */
const QUESTION_END_SKIP = new Set([0x20, 0x0a, 0x09, 0xbb, 0x201d, 0x22, 0x29, 0x2019]);

/**
 * The year of each day (`MM-DD`) the text writes with its year, before or after the same day without one; a day
 * written with two years (`1 januari 2022`, `1 januari 2023`) names neither (NaN).
 */
function daysWrittenWithYear(
  raws: readonly RawDate[],
  ref: RefDay | null,
  text: string,
  slippedDateLine: string | null,
): Map<string, number> {
  const days = new Map<string, number>();
  for (const raw of raws) {
    if (raw.year.kind !== 'explicit') continue;
    const r = resolveRaw(raw, ref, null);
    if (!r || r.precision !== 'day' || r.endIso !== null) continue;
    // The paper's own date line with a slipped year says nothing of the year of its day (422).
    if (r.iso === slippedDateLine && opensDateLine(text, raw.start)) continue;
    const day = r.iso.slice(5);
    const known = days.get(day);
    days.set(day, known === undefined || known === raw.year.year ? raw.year.year : Number.NaN);
  }
  return days;
}

/**
 * A day without a year that the text wrote with its year before or after, `de brieven van 21 mei 2001 respectievelijk
 * 29 juni 2001` and then `waarmee de regering op 29 juni reageerde` (2171): the same day, of that year, when the
 * year-less day was left to the reference year (not `jl.`, `aanstaande`, a cited letter's day or a weekday, which say
 * which year).
 */
function sameDayWritten(raw: RawDate, writtenYear: number | undefined, ref: RefDay | null): Resolved | null {
  // A weekday says which year it is: `Maandag 4 januari` after `4 januari 2020` is of 2021 (422).
  if (
    raw.year.kind !== 'default' ||
    writtenYear === undefined ||
    Number.isNaN(writtenYear) ||
    raw.weekday !== null
  ) {
    return null;
  }
  return resolveRaw({ ...raw, year: { kind: 'explicit', year: writtenYear } }, ref, writtenYear);
}

/**
 * Does the date at `start` stand on a date line, `Den Haag, 18 december 2019`? A verslag of a schriftelijk
 * overleg quotes the letters exchanged, each under its own date line; what such a letter says without a year
 * counts from its date, not the verslag's: `nog in december, en anders uiterlijk januari volgend jaar` in a
 * committee's letter of 18 december 2019, quoted in a verslag of 2020 (729). In a letter, the date line is the
 * letter's own and changes nothing.
 */
function opensDateLine(text: string, start: number): boolean {
  // The line's start is looked for no further back than a date line's lead: on a page of one long line
  // (a flattened table) a search to its start for every date would take time quadratic in its length.
  const lineStart = lineStartWithin(text, start, MAX_DATE_LINE_LEAD);
  return lineStart >= 0 && DATE_LINE_LEAD.test(text.slice(lineStart, start));
}

const DATE_LINE_LEAD = new RegExp(String.raw`^[ \t]*${THE_HAGUE},?[ \t]+$`);
/** `'s-Gravenhage, ` and some spaces at most. */
const MAX_DATE_LINE_LEAD = 24;

/**
 * Words that count from the day they were said: `volgende week`, `deze maand` (kind `ref`), `16 en 17
 * februari aanstaande` (232), `3 februari jl.` (kinds `future` and `past`). In the verslag of a meeting
 * that day is the meeting's.
 */
function isSpokenRelative(raw: RawDate): boolean {
  const kind = raw.year.kind;
  return kind === 'ref' || kind === 'future' || kind === 'past';
}

/**
 * A year-less date followed by `en`/`,` and a date with a year takes that year (right to left, for chains),
 * also when a year earlier on the line was taken for it: in `brieven van 10 juli 2020, 27 januari en 26 mei
 * 2021` (193) the list's year comes last, and 27 januari is of 2021. Each date may carry its citation in
 * brackets before the separator (439).
 */
function inheritYearsInLists(raws: RawDate[], text: string): void {
  for (let k = raws.length - 2; k >= 0; k--) {
    const a = raws[k] as RawDate;
    const b = raws[k + 1] as RawDate;
    // A cited letter's day is year-less too, though read as past: `Bij brieven van 31 januari en 22 juni 2001` (1900).
    const yearless =
      a.year.kind === 'default' ||
      (a.year.kind === 'past' && a.year.sent === true) ||
      (a.year.kind === 'explicit' && a.year.fromLine === true);
    if (!yearless || b.year.kind === 'default') continue;
    if (!inOneList(a, b, text)) continue;
    raws[k] = { ...a, year: b.year };
  }
  // The days of letters the text cites, `Kamerbrieven van 7 oktober, 4 november en 12 december` (525): those
  // after the first, year-less too, were sent before the text as well (left to right, for chains).
  for (let k = 0; k + 1 < raws.length; k++) {
    const a = raws[k] as RawDate;
    const b = raws[k + 1] as RawDate;
    if (a.year.kind === 'past' && a.year.sent && b.year.kind === 'default' && inOneList(a, b, text)) {
      raws[k + 1] = { ...b, year: a.year };
    }
  }
}

/** Are `a` and the next date `b` two items of one list (see LIST_GAP)? */
function inOneList(a: RawDate, b: RawDate, text: string): boolean {
  return b.start - a.end <= LIST_GAP_REACH && LIST_GAP.test(text.slice(a.end, b.start));
}

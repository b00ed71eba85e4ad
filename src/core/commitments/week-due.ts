import { dayNumber, fromDayNumber, isoDay, weekdayOf } from '../dates/calendar';
import type { DateFinding, Span } from '../types';

/**
 * A week named by its number, `in week 48` (268: `dat uw Kamer voorafgaand aan de voorziene behandeling van de
 * begroting JenV in week 48 een tweede nota van wijziging krijgt toegestuurd`, a letter of 24 November 2017), with
 * its year when written after it (`week 48 van 2017`, `week 48 2017`). Not a range (`week 48-50`) nor a number that
 * goes on (`week 4.2`). The dates do not read it: the only such week in the corpus is a promise's.
 */
const WEEK_RE = /\bweek\s+(\d{1,2})(?:\s+(?:van\s+)?(\d{4}))?\b(?!\s*[-–/.,]\s*\d)/i;

/** Days: see `weekDate`. */
const HALF_YEAR = 183;

/**
 * The ISO week `week` of the promise's sentence `sentence` in `original`, as a date of Monday to Sunday, for a
 * sentence whose dates give no due date. Its year is the one written after it, else the letter's (the year of its day
 * `refDay`), or the next when that week ended more than half a year before the letter: in a letter of December,
 * `week 2` is January's.
 * Null without a week, without a year to place it in (no letter date), or for a week the year does not have.
 */
export function weekDate(original: string, sentence: Span, refDay: number | null): DateFinding | null {
  const m = WEEK_RE.exec(original.slice(sentence.start, sentence.end));
  if (!m) return null;
  const week = Number(m[1]);
  let span: [number, number] | null;
  if (m[2] !== undefined) {
    span = isoWeek(Number(m[2]), week);
    // Not a due date, as the dates before the letter are not (`dueDate`).
    if (span !== null && refDay !== null && span[1] < refDay) return null;
  } else {
    if (refDay === null) return null;
    const year = fromDayNumber(refDay).year;
    span = isoWeek(year, week);
    // A week that ended a while ago is a past one told of (null); one that ended more than half a year ago, next
    // year's.
    if (span !== null && span[1] < refDay) {
      span = refDay - span[1] > HALF_YEAR ? isoWeek(year + 1, week) : null;
    }
  }
  if (span === null) return null;
  const [monday, sunday] = span;
  const first = fromDayNumber(monday);
  const last = fromDayNumber(sunday);
  const start = sentence.start + m.index;
  return {
    text: m[0],
    iso: isoDay(first.year, first.month, first.day),
    endIso: isoDay(last.year, last.month, last.day),
    precision: 'day',
    start,
    end: start + m[0].length,
  };
}

/**
 * Monday and Sunday (day numbers) of ISO week `week` of `year`: week 1 holds 4 January, and a week belongs to the
 * year of its Thursday. Null for week 0 or a week 53 the year does not have.
 */
function isoWeek(year: number, week: number): [number, number] | null {
  if (week < 1 || week > 53) return null;
  const jan4 = dayNumber(year, 1, 4);
  // weekdayOf: 0 = Sunday; days back from 4 January to its week's Monday.
  const back = (weekdayOf(year, 1, 4) + 6) % 7;
  const monday = jan4 - back + (week - 1) * 7;
  if (fromDayNumber(monday + 3).year !== year) return null;
  return [monday, monday + 6];
}

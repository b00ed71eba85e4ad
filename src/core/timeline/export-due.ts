import { dueDate } from '../commitments';
import { dueIso } from '../commitments/due-after';
import { findDates } from '../dates';
import { isoOfDayNumber, spanBounds } from '../dates/calendar';
import { normalizeText } from '../text/normalize';
import type { CommitmentFinding } from '../types';
import { endsWithDeadlineCue, isWholePeriod } from './deadline';

/**
 * How the letter gives a commitment's due date, for the word an export writes before it:
 * - `by`: a deadline, the time by which (`uiterlijk eind mei`, 1134; `voor de zomer`, 1008; `voor het einde van het
 *   jaar`, 161; `tot de jaarwisseling`, 1015): `(uiterlijk mei 2014)`;
 * - `before`: a day before which (`voor 1 december 2019`, 1695; a meeting's day, `voor het plenair debat van donderdag
 *   9 oktober`, 499): `(vóór 1 december 2019)`, where `uiterlijk` would give the reader one day more than the letter;
 * - `expected`: a time the delivery is planned or expected at (`naar verwachting in december 2005`, 1190; `In het
 *   najaar`, 184; `Op Prinsjesdag`, 1996): `(verwacht november 2019)`. Also what is left when the due date cannot be
 *   found again in the sentence: the word that promises least.
 */
export type DueWording = 'expected' | 'by' | 'before';

/**
 * The wording of `c`'s due date. A commitment carries only its sentence and its due ISO, so the due date is found
 * again in the sentence as the commitments finder chose it (`dueDate`), and must give the same due ISO. The dates
 * are read with the day before the due date as the reference: the letter was written before its promise was due,
 * and the words relative to it (`volgend jaar`, `de zomer`) read the same from there.
 */
export function dueWording(c: CommitmentFinding): DueWording {
  if (!c.due) return 'expected';
  const bounds = spanBounds(c.due, null);
  if (!bounds) return 'expected';
  const refDay = bounds.first - 1;
  const sentence = c.text;
  const dates = findDates(normalizeText(sentence), isoOfDayNumber(refDay));
  const d = dueDate(sentence, { start: 0, end: sentence.length }, dates, refDay);
  if (!d || (d.iso !== c.due && dueIso(sentence, d) !== c.due)) return 'expected';
  const before = sentence.slice(Math.max(0, d.start - 40), d.start);
  const day = c.due.length === 10;
  // `dueDate` takes a date after `van` only as a meeting's day (`in de loop van` aside): something comes before it.
  if (day && MEETING_DAY_BEFORE.test(before)) return 'before';
  if (!endsWithDeadlineCue(before.slice(-30), isWholePeriod(d)) && !UNTIL_BEFORE.test(before)) {
    return 'expected';
  }
  return day && BEFORE_DAY.test(before) ? 'before' : 'by';
}

/** `… het plenair debat van donderdag 9 oktober` (499), `… Wetsgevingsoverleg Sport van 2 december` (1956). */
const MEETING_DAY_BEFORE = /(?<!\bloop\s)\bvan\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?$/i;

/** `tot de jaarwisseling` (1015): until the moment comes, so by it. */
const UNTIL_BEFORE = /\btot\s+(?:de|het)\s+$/i;

/** `voor 1 december 2019` (1695), `uiterlijk voor donderdag 14 februari` (251): before the day, not on it. */
const BEFORE_DAY = /\bv[oó]{2}r\s+(?:(?:de|het)\s+)?(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?$/i;

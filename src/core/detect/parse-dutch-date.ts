/**
 * Day-precision Dutch dates (`30 september 2022`) for the detection of a paper's own date.
 * The full date grammar (ranges, seasons, relative dates) lives in `core/dates`; this helper only
 * reads the single, well-formed dates of a letter's head: `Den Haag, …`, `Vastgesteld …`,
 * `(ontvangen …)`.
 */
import { DUTCH_MONTHS, MONTH_ALTERNATION } from '../text/dutch-months';

/**
 * Source of a day-month-year pattern. Groups: 1 day, 2 month, 3 year. Whitespace may hold a line
 * break (`20 september\n2022`), or be lost between day and month (`Den Haag, 31oktober 2011`, 2730); one or two
 * digits glued to the year are a footnote marker
 * (`30 september 20221` = 2022 + note 1) and are consumed but ignored.
 */
export const DUTCH_DAY_SOURCE = `(\\d{1,2})\\s*(${MONTH_ALTERNATION})\\.?\\s+(\\d{4})(?:\\d{1,2})?(?!\\d)`;

const DAY_AT_START = new RegExp(`^${DUTCH_DAY_SOURCE}`, 'i');

/** ISO `YYYY-MM-DD` of day/month/year, or null when the day does not exist (`31 juni`). */
export function isoDay(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 2999) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `value` when it is an ISO day (`YYYY-MM-DD`) that a paper can be dated (a real day of the years
 * 1000–2999, as `isoDay` takes them), else null: what the core accepts as a reference day.
 */
export function paperIsoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m && isoDay(Number(m[3]), Number(m[2]), Number(m[1])) === value ? value : null;
}

export interface DutchDayMatch {
  iso: string;
  /** Characters consumed from the start of the input, footnote digits included. */
  length: number;
}

/** Reads a date at the very start of `s` (after optional spaces); null when there is none. */
export function parseDutchDayPrefix(s: string): DutchDayMatch | null {
  const lead = s.length - s.trimStart().length;
  // Only a short window is needed: a date is at most ~25 characters.
  const m = DAY_AT_START.exec(s.slice(lead, lead + 40));
  if (!m) return null;
  const iso = isoOfDayMatch(m);
  return iso ? { iso, length: lead + m[0].length } : null;
}

/** ISO day of a match of a pattern built on DUTCH_DAY_SOURCE (its first three groups), or null. */
export function isoOfDayMatch(m: RegExpExecArray): string | null {
  const month = DUTCH_MONTHS[(m[2] as string).toLowerCase()];
  return month === undefined ? null : isoDay(Number(m[1]), month, Number(m[3]));
}

/**
 * `parseDutchDay("30 september 2022")` → `"2022-09-30"`. The whole string must be the date
 * (surrounding spaces, a trailing period or a footnote digit allowed); else null.
 */
export function parseDutchDay(s: string): string | null {
  const m = parseDutchDayPrefix(s);
  if (!m) return null;
  return /^[\s.,)]*$/.test(s.slice(m.length)) ? m.iso : null;
}

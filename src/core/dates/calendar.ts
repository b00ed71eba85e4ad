/**
 * Calendar arithmetic on ISO strings, in UTC days so that no time zone or daylight-saving shift can move a
 * date. Values are the contract's ISO forms: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The `n`-th given weekday of a month (`n` from 1): Prinsjesdag is the 3rd Tuesday of September. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  const first = weekdayOf(year, month, 1);
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
}

export interface IsoParts {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseIso(iso: string): IsoParts | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

/** First and last day number covered by an ISO value of any precision. */
export function isoBounds(iso: string): { first: number; last: number } | null {
  const p = parseIso(iso);
  if (!p) return null;
  if (p.month === null) return { first: dayNumber(p.year, 1, 1), last: dayNumber(p.year, 12, 31) };
  if (p.day === null) {
    return {
      first: dayNumber(p.year, p.month, 1),
      last: dayNumber(p.year, p.month, daysInMonth(p.year, p.month)),
    };
  }
  const n = dayNumber(p.year, p.month, p.day);
  return { first: n, last: n };
}

/** First and last day of a value with an optional range end. */
export function spanBounds(iso: string, endIso: string | null): { first: number; last: number } | null {
  const a = isoBounds(iso);
  if (!a) return null;
  const b = endIso ? isoBounds(endIso) : null;
  return { first: a.first, last: b ? Math.max(a.last, b.last) : a.last };
}

/** The ISO day of a day number. */
export function isoOfDayNumber(n: number): string {
  const d = fromDayNumber(n);
  return isoDay(d.year, d.month, d.day);
}

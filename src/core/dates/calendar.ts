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

/** `pad(n, 2)` of 0 … 99, made once: months and days are written for every date found. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => pad(n, 2));

/** `pad(n, 2)`, from the table for the integers it holds. */
function pad2(n: number): string {
  return TWO_DIGITS[n] ?? pad(n, 2);
}

/** `pad(n, 4)`: a year of four digits is its own string. */
function pad4(n: number): string {
  return n >= 1000 && n <= 9999 ? String(n) : pad(n, 4);
}

export function isoYear(year: number): string {
  return pad4(year);
}

export function isoMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Days since 1970-01-01 of a calendar day: `Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY)`.
 * Integer arithmetic for the values a letter's dates have, which needs no `Date` and stays cheap before the
 * engine has optimized anything; `Date.UTC` for the rest (years 0–99 mean 1900–1999 to it, and it rolls
 * over months out of range).
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (
    year >= 100 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day)
  ) {
    return civilDayNumber(year, month, day);
  }
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's `days_from_civil`): years counted from
 * March, so the leap day ends a year, in 400-year eras of 146 097 days. The count is linear in `day`, so a
 * day past the month's end (`31 april`) gives the next month's day, as `Date.UTC` does.
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // 0 … 399
  const monthFromMarch = month > 2 ? month - 3 : month + 9; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719 468 days from 0000-03-01 to 1970-01-01.
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function weekdayOf(year: number, month: number, day: number): number {
  const n = dayNumber(year, month, day);
  // 1970-01-01 was a Thursday (4). A day number is an integer, or NaN where `Date.UTC` gives NaN.
  return Number.isNaN(n) ? NaN : (((n + 4) % 7) + 7) % 7;
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

/**
 * `/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/` read from character codes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * (`$` without the flag `m` is the end of the string). The timeline reads the ISO value of every entry.
 */
export function parseIso(iso: string): IsoParts | null {
  const length = iso.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digitsAt(iso, 0, 4);
  if (year < 0) return null;
  let month: number | null = null;
  let day: number | null = null;
  if (length >= 7) {
    if (iso.charCodeAt(4) !== 0x2d) return null;
    month = digitsAt(iso, 5, 2);
    if (month < 0) return null;
  }
  if (length === 10) {
    if (iso.charCodeAt(7) !== 0x2d) return null;
    day = digitsAt(iso, 8, 2);
    if (day < 0) return null;
  }
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

/** The value of the `count` ASCII digits at `from`, or -1 when one is no digit. */
function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let k = from; k < from + count; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
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

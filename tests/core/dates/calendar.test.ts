import { describe, expect, it } from 'vitest';
import {
  civilDayNumber,
  dayNumber,
  daysInMonth,
  isoBounds,
  isoDay,
  isoMonth,
  isoYear,
  weekdayOf,
  isoOfDayNumber,
  nthWeekdayOfMonth,
  parseIso,
} from '../../../src/core/dates/calendar';

describe('calendar', () => {
  it.each([
    // Prinsjesdag: third Tuesday of September.
    [2022, 9, 2, 3, 20],
    [2023, 9, 2, 3, 19],
    [2025, 9, 2, 3, 16],
    // Verantwoordingsdag: third Wednesday of May.
    [2023, 5, 3, 3, 17],
    [2024, 5, 3, 3, 15],
  ])('nthWeekdayOfMonth(%i, %i, weekday %i, n %i) = %i', (y, m, wd, n, day) => {
    expect(nthWeekdayOfMonth(y, m, wd, n)).toBe(day);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('gives the days an ISO value of any precision covers', () => {
    const month = isoBounds('2022-02');
    expect(month && [isoOfDayNumber(month.first), isoOfDayNumber(month.last)]).toEqual([
      '2022-02-01',
      '2022-02-28',
    ]);
    const year = isoBounds('2023');
    expect(year && [isoOfDayNumber(year.first), isoOfDayNumber(year.last)]).toEqual([
      '2023-01-01',
      '2023-12-31',
    ]);
  });

  it('refuses malformed ISO values', () => {
    expect(parseIso('2022-13')).toBeNull();
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('20211')).toBeNull();
  });

  it('counts days as Date.UTC does, including days past the end of a month', () => {
    const viaDate = (y: number, m: number, d: number): number =>
      Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
    for (let y = 1580; y <= 2420; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const expected = viaDate(y, m, d);
          if (civilDayNumber(y, m, d) !== expected)
            expect([y, m, d, civilDayNumber(y, m, d)]).toEqual([y, m, d, expected]);
        }
      }
    }
  });

  it.each([
    [2022, 9, 30],
    [100, 1, 1],
    [9999, 12, 31],
    // Outside the arithmetic's range: Date.UTC decides (years 0–99 are 1900–1999 to it, months roll over).
    [50, 1, 1],
    [2022, 0, 1],
    [2022, 13, 1],
    [2022, 2, 0],
    [2022, 2, 45],
    [10000, 1, 1],
    [-5, 6, 1],
    [2022.5, 1, 1],
    [NaN, 1, 1],
    [1e9, 1, 1],
  ])('dayNumber(%d, %d, %d) and weekdayOf as Date does', (y, m, d) => {
    const t = Date.UTC(y, m - 1, d);
    expect(dayNumber(y, m, d)).toBe(Math.floor(t / 86_400_000));
    expect(weekdayOf(y, m, d)).toBe(new Date(t).getUTCDay());
  });

  it('names weekdays as Date does', () => {
    for (let n = dayNumber(1999, 1, 1); n < dayNumber(2031, 1, 1); n += 13) {
      const date = new Date(n * 86_400_000);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      expect(weekdayOf(y, m, d)).toBe(date.getUTCDay());
    }
  });

  it.each([
    [2022, 3, 7, '2022', '2022-03', '2022-03-07'],
    [987, 12, 31, '0987', '0987-12', '0987-12-31'],
    [12345, 1, 1, '12345', '12345-01', '12345-01-01'],
    [2022, 100, 123, '2022', '2022-100', '2022-100-123'],
  ])('writes ISO values (%i, %i, %i)', (y, m, d, year, month, day) => {
    expect([isoYear(y), isoMonth(y, m), isoDay(y, m, d)]).toEqual([year, month, day]);
  });

  const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  it.each([
    '2022',
    '2022-03',
    '2022-03-07',
    '2024-02-29',
    '2023-02-29',
    '2022-00',
    '2022-13',
    '2022-04-31',
    '2022-04-00',
    '0000',
    '202',
    '20221',
    '2022-3',
    '2022-03-7',
    '2022/03/07',
    '2022-03-07\n',
    '2022-03-07T00',
    '२०२२',
    '2022-0a',
    ' 2022',
    '',
  ])('parseIso(%j) reads what the ISO pattern reads', (iso) => {
    const m = ISO_RE.exec(iso);
    const parts = m
      ? {
          year: Number(m[1]),
          month: m[2] === undefined ? null : Number(m[2]),
          day: m[3] === undefined ? null : Number(m[3]),
        }
      : null;
    const valid =
      parts !== null &&
      (parts.month === null || (parts.month >= 1 && parts.month <= 12)) &&
      (parts.day === null ||
        parts.month === null ||
        (parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month)));
    expect(parseIso(iso)).toEqual(valid ? parts : null);
  });
});

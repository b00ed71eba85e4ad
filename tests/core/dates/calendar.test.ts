import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isoBounds,
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
});

import type { DatePrecision } from '../types';
import { daysInMonth, dayNumber, isoDay, isoMonth, isoYear } from './calendar';

/**
 * How a date names its year. `explicit` years are written out; the others are resolved against the
 * reference date (the letter date): `offset` for `dit/vorig/volgend jaar`, `past` for `jl.`/`jongstleden`
 * (the most recent such date), `future` for `aanstaande`/`a.s.` and forward-looking anchors (`voor het
 * zomerreces`), `default` for a bare `12 oktober` (the reference year, per the corpus conventions), and
 * `ref` for dates that only exist relative to the reference day (`vorige week`).
 */
export type YearSpec =
  /** `fromLine`: not written with the date but taken from the line before it (`RAZ en RBZ 2018 (… op 12 maart)`). */
  | { kind: 'explicit'; year: number; fromLine?: true }
  | { kind: 'offset'; offset: number }
  /** `sent`: the day of a letter the text cites, `brief van 7 oktober` (525), which a list's later days share. */
  | { kind: 'past'; sent?: true }
  | { kind: 'future' }
  | { kind: 'default' }
  | { kind: 'ref' };

/** The reference day, split for arithmetic; `n` is its day number. */
export interface RefDay {
  year: number;
  month: number;
  day: number;
  n: number;
}

export interface Resolved {
  iso: string;
  endIso: string | null;
  precision: DatePrecision;
}

/** A date placed in a year: its contract value and the day numbers it covers. */
export interface Placed extends Resolved {
  first: number;
  last: number;
}

/** Places a date in a year; null when the date does not exist there (`29 februari 2023`). */
export type Placer = (year: number, ref: RefDay | null) => Placed | null;

/** A date as the grammar read it, before resolution. Offsets are into the searched (normalized) text. */
export interface RawDate {
  start: number;
  end: number;
  year: YearSpec;
  place: Placer;
  /** A weekday named with the date (`woensdag 17 mei`), 0 = Sunday: helps to pick the year. */
  weekday: number | null;
}

/** A day, or a range of days; `toYearDelta` moves the end into the next year (`28 december – 3 januari`). */
export function dayPlacer(
  month: number,
  day: number,
  to: { month: number; day: number; yearDelta: number } | null,
): Placer {
  return (year) => {
    if (day > daysInMonth(year, month)) return null;
    const first = dayNumber(year, month, day);
    if (!to) return { iso: isoDay(year, month, day), endIso: null, precision: 'day', first, last: first };
    const toYear = year + to.yearDelta;
    if (to.day > daysInMonth(toYear, to.month)) return null;
    const last = dayNumber(toYear, to.month, to.day);
    if (last <= first) return null;
    return {
      iso: isoDay(year, month, day),
      endIso: isoDay(toYear, to.month, to.day),
      precision: 'day',
      first,
      last,
    };
  };
}

/** A month or a run of months (seasons, quarters, half years, `januari tot en met maart`). */
export function monthPlacer(
  month: number,
  toMonth: number | null,
  precision: DatePrecision,
  toYearDelta = 0,
): Placer {
  return (year) => {
    const endYear = year + toYearDelta;
    const endMonth = toMonth ?? month;
    const first = dayNumber(year, month, 1);
    const last = dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth));
    if (last < first) return null;
    const endIso = toMonth === null ? null : isoMonth(endYear, endMonth);
    return { iso: isoMonth(year, month), endIso, precision, first, last };
  };
}

/** A whole year, or a range of years (`2017–2020`). */
/** From the start of a year to the end of a later year's month: `2025 tot en met juni 2028` (2767). */
export function yearToMonthPlacer(toYearDelta: number, toMonth: number): Placer {
  return (year) => {
    const endYear = year + toYearDelta;
    return {
      iso: isoYear(year),
      endIso: isoMonth(endYear, toMonth),
      precision: 'year',
      first: dayNumber(year, 1, 1),
      last: dayNumber(endYear, toMonth, daysInMonth(endYear, toMonth)),
    };
  };
}

export function yearPlacer(toYearDelta: number | null, precision: 'year' | 'approximate' = 'year'): Placer {
  return (year) => {
    const endYear = year + (toYearDelta ?? 0);
    return {
      iso: isoYear(year),
      endIso: toYearDelta === null ? null : isoYear(endYear),
      precision,
      first: dayNumber(year, 1, 1),
      last: dayNumber(endYear, 12, 31),
    };
  };
}

import type { Placer, RawDate, YearSpec } from './raw';

/** What a date rule answers, shared by every rule module. */

export interface Match {
  next: number;
  dates: readonly RawDate[];
}

/**
 * The dates of a match that is no date (a year in a citation, `2000 euro`): it still moves `next` past
 * its tokens. One shared array, recognized by identity in `datesAtCandidates`, so that the loop there
 * reads only arrays of dates: an empty array literal has another elements kind than an array that holds
 * objects, and the loop, compiled while the first call ran, was thrown away ("wrong map") when the kind
 * it had not seen yet came.
 */
export const NO_DATES: readonly RawDate[] = [];

/** The longest period `periodUntil` reads as one: a decade (`van begin 2015 tot eind 2025`). */
export const MAX_PERIOD_YEARS = 10;

export function rawDate(
  start: number,
  end: number,
  year: YearSpec,
  place: Placer,
  weekday: number | null = null,
): RawDate {
  return { start, end, year, place, weekday };
}

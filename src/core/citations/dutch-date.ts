/**
 * The one date form citations carry: `d.d. 17 juni 2022`, `brief van 7 maart 2016`.
 * Kept small, so the citation parser does not depend on the date finder; month names and day
 * validation are shared with detection's reader of head dates.
 */
import { isoDay } from '../detect/parse-dutch-date';
import { DUTCH_MONTHS, FULL_MONTH_ALTERNATION } from '../text/dutch-months';

/** `17 juni 2022` or `17-06-2022`; capture groups: day, month name, year | day, month, year. */
export const DAY_DATE_SOURCE = String.raw`(?:(\d{1,2})\s+(${FULL_MONTH_ALTERNATION})\s+(\d{4})(?!\d)|(\d{1,2})-(\d{1,2})-(\d{4})(?!\d))`;

/** ISO day of a match of `DAY_DATE_SOURCE` whose groups start at `first`; null when not a real day. */
export function isoFromGroups(groups: ReadonlyArray<string | undefined>, first: number): string | null {
  let day: number;
  let month: number;
  let year: number;
  if (groups[first] !== undefined) {
    day = Number(groups[first]);
    month = DUTCH_MONTHS[(groups[first + 1] ?? '').toLowerCase()] ?? 0;
    year = Number(groups[first + 2]);
  } else {
    day = Number(groups[first + 3]);
    month = Number(groups[first + 4]);
    year = Number(groups[first + 5]);
  }
  // Citations are of papers from 1800 on; anything else is a number that looks like a date.
  if (!(year >= 1800 && year <= 2199)) return null;
  return isoDay(day, month, year);
}

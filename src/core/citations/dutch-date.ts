/**
 * The one date form citations carry: `d.d. 17 juni 2022`, `brief van 7 maart 2016`.
 * Kept here, small and self-contained, so the citation parser does not depend on the date finder.
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** `17 juni 2022` or `17-06-2022`; capture groups: day, month name, year | day, month, year. */
export const DAY_DATE_SOURCE =
  '(?:(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})(?!\\d)|(\\d{1,2})-(\\d{1,2})-(\\d{4})(?!\\d))';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO day of a match of `DAY_DATE_SOURCE` whose groups start at `first`; null when not a real day. */
export function isoFromGroups(groups: ReadonlyArray<string | undefined>, first: number): string | null {
  let day: number;
  let month: number;
  let year: number;
  if (groups[first] !== undefined) {
    day = Number(groups[first]);
    month = MONTHS[(groups[first + 1] ?? '').toLowerCase()] ?? 0;
    year = Number(groups[first + 2]);
  } else {
    day = Number(groups[first + 3]);
    month = Number(groups[first + 4]);
    year = Number(groups[first + 5]);
  }
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= 31) || !(year >= 1800 && year <= 2199))
    return null;
  // Reject 31 februari and friends: the Date round trip changes the month.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

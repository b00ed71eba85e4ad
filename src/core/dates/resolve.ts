import { dayNumber, weekdayOf, parseIso } from './calendar';
import type { Placed, RawDate, RefDay, Resolved } from './raw';
import type { Tense } from './tense';

/** The reference day of an ISO `YYYY-MM-DD`, or null when absent or malformed. */
export function toRefDay(iso: string | null): RefDay | null {
  if (!iso) return null;
  const p = parseIso(iso);
  if (!p || p.month === null || p.day === null) return null;
  return { year: p.year, month: p.month, day: p.day, n: dayNumber(p.year, p.month, p.day) };
}

/**
 * Gives a raw date its year and ISO value (docs/domain.md §6): a date without a year takes the reference
 * year; `jl.` the most recent such date on or before the reference day, `aanstaande` the next one on or
 * after it. Without a reference day, `fallbackYear` (the last year written earlier in the text) stands in.
 * Returns null when the date cannot be placed (no year at all, or `31 april`). `tense` reads the tense of the
 * date's sentence, for a date without a year that the reference year puts far from the reference day (see
 * `placeDefault`).
 */
export function resolveRaw(
  raw: RawDate,
  ref: RefDay | null,
  fallbackYear: number | null,
  tense?: () => Tense | null,
): Resolved | null {
  const spec = raw.year;
  const base = ref?.year ?? fallbackYear;
  let placed: Placed | null = null;
  switch (spec.kind) {
    case 'explicit':
      placed = raw.place(spec.year, ref);
      break;
    case 'offset':
      placed = base === null ? null : raw.place(base + spec.offset, ref);
      break;
    case 'ref':
      placed = ref ? raw.place(ref.year, ref) : null;
      break;
    case 'default':
      placed = base === null ? null : placeDefault(raw, base, ref, tense);
      break;
    case 'past': {
      if (base === null) break;
      placed = raw.place(base, ref);
      if (ref && (!placed || placed.first > ref.n)) placed = raw.place(base - 1, ref);
      break;
    }
    case 'future': {
      if (base === null) break;
      placed = raw.place(base, ref);
      if (ref && (!placed || placed.last < ref.n)) placed = raw.place(base + 1, ref);
      break;
    }
  }
  if (!placed) return null;
  return { iso: placed.iso, endIso: placed.endIso, precision: placed.precision };
}

/**
 * A date without a year takes the reference year, with two exceptions. A named weekday that does not fit it
 * picks the nearest year where it fits. And a date that the reference year puts more than FAR_DAYS before the
 * reference day, in a sentence about the future, is next year's (`zal het kabinet … in de tweede helft van
 * januari met een reactie komen` in a letter of 20 December 2019, 2793); one it puts as far after it, in a
 * sentence about the past, last year's (`In oktober is een tussenbalans … opgemaakt en heb ik …` in a letter of
 * April 2014, 917). Near the reference day, or in a sentence with cues of both tenses or neither, the
 * reference year stays.
 */
function placeDefault(
  raw: RawDate,
  year: number,
  ref: RefDay | null,
  tense: (() => Tense | null) | undefined,
): Placed | null {
  const placed = raw.place(year, ref);
  if (!placed) return placed;
  if (raw.weekday === null) {
    if (!ref || !tense) return placed;
    if (placed.last < ref.n - FAR_DAYS && tense() === 'future') return raw.place(year + 1, ref) ?? placed;
    if (placed.first > ref.n + FAR_DAYS && tense() === 'past') return raw.place(year - 1, ref) ?? placed;
    return placed;
  }
  if (placed.precision !== 'day' || placed.endIso !== null) return placed;
  if (weekdayMatches(placed.iso, raw.weekday)) return placed;
  for (const y of [year + 1, year - 1]) {
    const other = raw.place(y, ref);
    if (other && weekdayMatches(other.iso, raw.weekday)) return other;
  }
  return placed;
}

/** About four months: nearer the reference day, a date's tense does not move it to another year. */
const FAR_DAYS = 122;

function weekdayMatches(iso: string, weekday: number): boolean {
  const p = parseIso(iso);
  return p !== null && p.day !== null && p.month !== null && weekdayOf(p.year, p.month, p.day) === weekday;
}

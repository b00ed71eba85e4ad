import type { DateFinding } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Every date, resolved against `referenceDate` (ISO day) where it lacks a year. Placeholder until the dates issue. */
export function findDates(_text: NormalizedText, _referenceDate: string | null): DateFinding[] {
  return [];
}

import type { CommitmentFinding, DateFinding, TimelineEntry } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Dated events and commitments, sorted. Placeholder until the dates issue. */
export function buildTimeline(
  _text: NormalizedText,
  _dates: readonly DateFinding[],
  _commitments: readonly CommitmentFinding[],
  _letterDate: string | null,
): TimelineEntry[] {
  return [];
}

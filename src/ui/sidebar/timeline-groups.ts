import type { CommitmentFinding, TimelineEntry } from '../../core/types';

export interface TimelineGroups {
  past: TimelineEntry[];
  sameDay: TimelineEntry[];
  future: TimelineEntry[];
  /** Entries whose relation to the letter date is unknown (no letter date). */
  unplaced: TimelineEntry[];
}

/** The timeline split around the letter date, each part in date order (then text order). */
export function splitTimeline(entries: readonly TimelineEntry[]): TimelineGroups {
  const sorted = [...entries].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : a.start - b.start));
  const groups: TimelineGroups = { past: [], sameDay: [], future: [], unplaced: [] };
  for (const e of sorted) {
    if (e.relation === 'past') groups.past.push(e);
    else if (e.relation === 'same-day') groups.sameDay.push(e);
    else if (e.relation === 'future') groups.future.push(e);
    else groups.unplaced.push(e);
  }
  return groups;
}

/** Commitments that name no date: they have no place on the timeline, so they are listed after it. */
export function undatedCommitments(
  commitments: readonly CommitmentFinding[],
  entries: readonly TimelineEntry[],
): CommitmentFinding[] {
  const onTimeline = new Set(entries.filter((e) => e.kind !== 'event').map((e) => e.start));
  return commitments.filter((c) => !c.due && !onTimeline.has(c.start)).sort((a, b) => a.start - b.start);
}

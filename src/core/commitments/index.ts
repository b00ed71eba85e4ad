import type { CommitmentFinding, DateFinding } from '../types';
import type { NormalizedText } from '../text/normalize';

/** Sentences in which the government promises parliament something. Placeholder until the dates issue. */
export function findCommitments(_text: NormalizedText, _dates: readonly DateFinding[]): CommitmentFinding[] {
  return [];
}

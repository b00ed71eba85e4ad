import { findCommitments } from '../../../src/core/commitments';
import { findDates } from '../../../src/core/dates';
import { normalizeText } from '../../../src/core/text/normalize';
import { buildTimeline } from '../../../src/core/timeline';

/** The label of the timeline's commitment entry for a letter's sentence, with the letter's date. */
export function commitmentLabelOf(sentence: string, letterDate: string): string | undefined {
  const text = normalizeText(sentence);
  const dates = findDates(text, letterDate);
  const entries = buildTimeline(text, dates, findCommitments(text, dates, letterDate), letterDate);
  return entries.find((e) => e.kind === 'commitment')?.label;
}

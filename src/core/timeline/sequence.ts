import type { Span } from '../types';
import { isParticiple } from '../dates/tense';
import { MAX_LABEL } from './label-chars';

/**
 * The adverb that places an item of a list of dates in sequence, right before the item: `U heeft daarop het AO
 * verplaatst naar aanvankelijk 27 maart en uiteindelijk 10 april a.s.` (20). The label leaves the whole list out (see
 * `dateLists`), so both dates read `U heeft daarop het AO verplaatst`, and nothing said which was the first plan and
 * which the last.
 */
const ADVERB_BEFORE =
  /(?:^|[^\p{L}\p{N}])(aanvankelijk|eerst|oorspronkelijk|uiteindelijk|later|daarna|vervolgens|nadien)\s+$/iu;

/** How far before its item the adverb is looked for. */
const ADVERB_REACH = 20;

/**
 * `label` of the date `d`, an item of the list `list`, with the adverb of sequence before that item put back: before
 * the participle the label ends on (`U heeft daarop het AO aanvankelijk verplaatst`, `…uiteindelijk verplaatst`), else
 * in brackets after it. The label as it is for any other item, or when the adverb would make it too long.
 */
export function withSequenceAdverb(original: string, d: Span, list: Span, label: string): string {
  // Only an item inside the list's phrase: the first item's adverb opens the phrase (see FIRST_OF_SEQUENCE).
  const m = ADVERB_BEFORE.exec(original.slice(Math.max(list.start, d.start - ADVERB_REACH), d.start));
  const adverb = m?.[1]?.toLowerCase();
  if (adverb === undefined || label.includes(adverb) || label.endsWith('…')) return label;
  const space = label.lastIndexOf(' ');
  const last = label.slice(space + 1);
  const out =
    space > 0 && isParticiple(last) ? `${label.slice(0, space)} ${adverb} ${last}` : `${label} (${adverb})`;
  return out.length <= MAX_LABEL ? out : label;
}

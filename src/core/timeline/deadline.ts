import { isWhiteSpace } from '../text/chars';
import { endsWithLower } from './label-chars';

/** `uiterlijk 1 juli`, `voor 1 januari 2023`, `vóór de zomer`, `niet later dan …`: the date is a deadline. */
const DEADLINE_BEFORE = /(?:\buiterlijk|(?:^|\s)vóór|\bvoor|\bniet later dan)(?:\s+(?:de|het))?\s*$/i;

/**
 * `DEADLINE_BEFORE.test(s)`. A match ends with `uiterlijk`, `vóór`, `voor`, `dan`, `de` or `het` and white
 * space, so the regex only runs when `s` ends so (compared as the flag `i` without `u` compares: see
 * `endsWithLower`). Most text before a date ends in another word (`op`, `in`, `van`).
 */
export function endsWithDeadlineCue(s: string): boolean {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  for (const w of DEADLINE_LAST_WORDS) if (endsWithLower(s, end, w)) return DEADLINE_BEFORE.test(s);
  return false;
}

const DEADLINE_LAST_WORDS = ['uiterlijk', 'vóór', 'voor', 'dan', 'de', 'het'];

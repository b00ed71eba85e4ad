import { isDigit, isLower, isSpace } from './chars';
import type { MarkerMatch } from './footnotes';
import { WORD_REACH, followsLikeMarker, followsLikeSentenceEnd } from './marker-context';

/**
 * Footnote markers in a list (`»1,2`, `zenden.2/3`, split by a line break): a plausible note number that goes on from
 * the one before it.
 */

/** `1`..`999`: no leading zero, at most `max` digits. */
export function plausibleLabel(s: string, start: number, end: number, max: number): boolean {
  return end - start >= 1 && end - start <= max && s.charCodeAt(start) !== 0x30;
}

/**
 * Where a list of markers joined by slashes ends, when the digit run s[i, j) opens one: `zenden.2/3 Dit`
 * (53). Each further number is higher than the one before. Else `j`.
 */
export function afterSlashList(s: string, i: number, j: number): number {
  let end = j;
  let label = Number(s.slice(i, j));
  while (s.charCodeAt(end) === 0x2f) {
    let k = end + 1;
    while (k < s.length && k - end <= 4 && isDigit(s.charCodeAt(k))) k++;
    if (!plausibleLabel(s, end + 1, k, 3) || (k < s.length && isDigit(s.charCodeAt(k)))) break;
    const next = Number(s.slice(end + 1, k));
    if (next <= label) break;
    label = next;
    end = k;
  }
  return end;
}

/**
 * Is `label` the note right after `previous`? Where a digit run could as well belong to the text (a year after
 * another word than a month, a number after a comma), only the next note in the count is taken for one.
 */
export function isNextNote(label: string, previous: MarkerMatch | null): boolean {
  return previous !== null && label === String(Number(previous.label) + 1);
}

/**
 * A second marker of a list right after a first one: `,2` glued (`»1,2`), after a comma and a space when the
 * list closes a sentence (`bijgevoegd).1, 2 In`, 615), or after a line break that split the list
 * (`kansrijk»1,\n2 heb ik` (05)); then a lowercase word must follow. Note numbers only go up.
 */
export function continuesMarkerList(s: string, i: number, j: number, previous: MarkerMatch): boolean {
  let k = previous.end;
  if (k >= i) return false;
  const separator = s.charCodeAt(k);
  if (separator !== 0x2c && separator !== 0x2f) return false;
  if (!plausibleLabel(s, i, j, 3) || Number(s.slice(i, j)) <= Number(previous.label)) return false;
  // `zenden.2/3 Dit` (53): a slash joins markers only glued, and the list ends like the sentence it closes.
  if (separator === 0x2f) {
    const opener = s.charCodeAt(previous.start - 1);
    if (opener !== 0x2e && opener !== 0x2f) return false; // after a sentence period, or a marker of that list
    return k + 1 === i && followsLikeSentenceEnd(s, afterSlashList(s, i, j));
  }
  k++;
  if (k === i) return followsLikeMarker(s, j);
  // `(zie bijgevoegd).1, 2 In deze …` (615): the list closes a sentence, its next note after a comma and a
  // space, and the next sentence follows.
  if (
    k + 1 === i &&
    s.charCodeAt(k) === 0x20 &&
    s.charCodeAt(previous.start - 1) === 0x2e &&
    isNextNote(s.slice(i, j), previous)
  ) {
    return followsLikeSentenceEnd(s, j);
  }
  const limit = k + WORD_REACH;
  while (k < i && k < limit && isSpace(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) !== 0x0a) return false;
  k++;
  while (k < i && k < limit && isSpace(s.charCodeAt(k))) k++;
  return k === i && j + 1 < s.length && isSpace(s.charCodeAt(j)) && isLower(s.charCodeAt(j + 1));
}

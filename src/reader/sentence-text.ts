/**
 * The sentence a shortened timeline label was taken from, as the entry's tooltip and description.
 * The core gives its span (`TimelineEntry.sentence`, from the same sentence split the label came
 * from: abbreviations such as `nr.` and `d.d.`, and the `<br>` lines of tweedekamer.nl, do not end
 * it); here it becomes one line of at most 400 characters, cut at words around the date.
 */
import type { Span } from '../core/types';

const MAX_CHARS = 400;

/** The text of `sentence` on one line; `…` where it goes on past 400 characters (at most 200 before `at`). */
export function sentenceText(text: string, sentence: Span, at: number): string {
  const first = Math.max(0, sentence.start);
  const last = Math.min(text.length, sentence.end);
  let start = first;
  let end = last;
  if (end - start > MAX_CHARS) {
    start = Math.max(first, Math.min(at - MAX_CHARS / 2, last - MAX_CHARS));
    end = start + MAX_CHARS;
  }
  // Whole words only: from the first space after a cut start, to the last space before a cut end.
  if (start > first) start = text.indexOf(' ', start) + 1 || start;
  if (end < last) end = Math.max(start, text.lastIndexOf(' ', end));
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > first ? '…' : ''}${line}${end < last ? '…' : ''}`;
}

import type { Span } from '../types';

/**
 * The lines of a string as [start, end) ranges, line breaks excluded (`\n`, `\r\n` and a lone `\r`).
 * A string always has at least one line: `''` gives one empty line, and a trailing break opens a last empty line,
 * so every offset 0..s.length falls in exactly one span (or on the break after it).
 */
export function lineSpans(s: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) {
      spans.push({ start, end: i });
      start = i + 1;
    } else if (c === 0x0d) {
      spans.push({ start, end: i });
      if (s.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  spans.push({ start, end: s.length });
  return spans;
}

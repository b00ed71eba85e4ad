import type { Span } from '../types';

const OPEN = 0x28; // (
const CLOSE = 0x29; // )

/**
 * The innermost group in round brackets that holds text[from, to), within text[start, end): from its `(` to past
 * its `)`, or null when there is none there. Nested groups on either side are stepped over, so `(zie (a) en 12 mei
 * 2022)` is one group around the date. Only the stretch is read: callers bound it near a finding, so a long text
 * costs nothing more.
 */
export function enclosingBrackets(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): Span | null {
  const open = openBefore(text, start, from);
  return open < 0 ? null : closedFrom(text, open, to, end);
}

/** Where the `(` of the innermost group still open at text[from] is, looking back to `start`; -1 when none is. */
export function openBefore(text: string, start: number, from: number): number {
  for (let i = from - 1, depth = 0; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) depth++;
    else if (c === OPEN && depth-- === 0) return i;
  }
  return -1;
}

/**
 * The group whose `(` is text[open], closed at or after text[from] and before `end`: from its `(` to past its `)`;
 * null when it does not close there.
 */
export function closedFrom(text: string, open: number, from: number, end: number): Span | null {
  for (let i = from, depth = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN) depth++;
    else if (c === CLOSE && depth-- === 0) return { start: open, end: i + 1 };
  }
  return null;
}

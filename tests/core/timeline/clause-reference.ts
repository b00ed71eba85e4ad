/**
 * The clause rules as plain loops over characters: the reference `clauseStart`, `clauseEnd` and
 * `labelAround` must agree with. Narrow delimiters are `,` `;` `:` `(` `)` `[` `]` `–` `—`, wide ones
 * `;` `:` `(` `)` `[` `]`; the brackets of a short group (1 to 12 characters, none of them a narrow
 * delimiter or a line break: `(NAR)`, `(2018)`) that lies wholly on one side of the date are no delimiters.
 */
export const NARROW = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);
export const WIDE = new Set([';', ':', '(', ')', '[', ']']);

const GROUP_MAX = 12;

/** The `(` of a short group whose `)` is at `close`, not before `from`; else -1. */
function groupOpenedBefore(text: string, close: number, from: number): number {
  for (let k = close - 1; k >= from && close - k <= GROUP_MAX + 1; k--) {
    const ch = text[k] as string;
    if (ch === '(') return close - k - 1 >= 1 ? k : -1;
    if (NARROW.has(ch) || ch === '\n') return -1;
  }
  return -1;
}

/** The `)` of a short group whose `(` is at `open`, before `to`; else -1. */
function groupClosedBefore(text: string, open: number, to: number): number {
  for (let k = open + 1; k < to && k - open <= GROUP_MAX + 1; k++) {
    const ch = text[k] as string;
    if (ch === ')') return k - open - 1 >= 1 ? k : -1;
    if (NARROW.has(ch) || ch === '\n') return -1;
  }
  return -1;
}

export function loopStart(text: string, start: number, ds: number, set: Set<string>): number {
  let left = ds;
  while (left > start) {
    const ch = text[left - 1] as string;
    if (set.has(ch)) {
      const open = ch === ')' ? groupOpenedBefore(text, left - 1, start) : -1;
      if (open < 0) break;
      left = open;
      continue;
    }
    left--;
  }
  return left;
}

export function loopEnd(text: string, de: number, end: number, set: Set<string>): number {
  let right = de;
  while (right < end) {
    const ch = text[right] as string;
    if (set.has(ch)) {
      const close = ch === '(' ? groupClosedBefore(text, right, end) : -1;
      if (close < 0) break;
      right = close + 1;
      continue;
    }
    right++;
  }
  return right;
}

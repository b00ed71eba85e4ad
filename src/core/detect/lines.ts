/** A line of a text region, trimmed, with its offsets in the text (normalized offsets). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/**
 * The lines of `text` between `from` and `to`, each trimmed of spaces. A partial first line (when
 * `from` falls inside a line) is kept: callers read heads and tails, where that line is noise anyway.
 */
export function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let i = Math.max(0, from);
  const stop = Math.min(text.length, to);
  while (i <= stop) {
    let nl = text.indexOf('\n', i);
    if (nl < 0 || nl > stop) nl = stop;
    let s = i;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ text: text.slice(s, e), start: s, end: e });
    if (nl >= stop) break;
    i = nl + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0xfeff;
}

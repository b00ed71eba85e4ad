import type { CitedPaperRef } from './types';

/** A citation as a parser found it, in NORMALIZED offsets, before dates, self-marking and short forms. */
export interface RawCitation {
  start: number;
  end: number;
  /** One entry per cited paper (`nrs. 260 en 268` gives two). */
  refs: CitedPaperRef[];
  /** True when the form itself says the paper is the document (the zoek metadata line). */
  self: boolean;
}

/** Runs a sticky (`y`) regex at exactly `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Bounded whitespace: a citation never has more than a few spaces and one line break between its
 * parts, and a bound keeps every sticky match short however odd the input.
 */
export const WS = '\\s{0,12}';
export const WS1 = '\\s{1,12}';

/** Splits a multi-number list into numbers, expanding `1 t/m 3` (bounded: a range of 30 at most). */
export function expandRange(from: string, to: string): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!(b > a) || b - a > 30) return [from, to];
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(String(n));
  return out;
}

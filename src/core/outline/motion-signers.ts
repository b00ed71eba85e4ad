/**
 * The members who moved a motion: the names under its closing formula, one a line (`en gaat over tot de
 * orde van de dag.` / `Sjoerdsma`, 186; `Pieter Heerma` / `Wiersma`, 48; five names, 103). They are the
 * motion's signature, not section headings.
 */
import type { Line } from './lines';

const CLOSING_FORMULA = /^en gaat over tot de orde van de dag\.?$/i;

/** A member's name as printed under a motion: capitals first, letters, spaces, `’`, `-` and `.` only. */
const MEMBER_NAME = /^(?:[a-z]{1,3}[ ’']+)*\p{Lu}[\p{L}’'.-]*(?:[ ’'-]+[\p{L}][\p{L}’'.-]*){0,4}$/u;

/** What ends the list: the page's own labels after it (`Indieners`, `Ondertekenaars`, `Naar boven`). */
const AFTER_NAMES =
  /^(?:indieners?|medeindieners?|ondertekenaars?|eerste ondertekenaar|naar boven|stemmingsuitslagen)$/i;

/** At most this many names: longer lists are other text. */
const MAX_SIGNERS = 20;

export interface MotionSigners {
  /** The names, in order. */
  names: string[];
  /** The line indices of the names. */
  lineIndices: number[];
  /** Offset of the first name. */
  start: number;
}

/** The names under a motion's closing formula at or after line `from`, or null when there are none. */
export function findMotionSigners(lines: readonly Line[], from: number): MotionSigners | null {
  let k = from;
  while (k < lines.length && !CLOSING_FORMULA.test((lines[k] as Line).text)) k++;
  const names: string[] = [];
  const lineIndices: number[] = [];
  let start = -1;
  for (let i = k + 1; i < lines.length && names.length < MAX_SIGNERS; i++) {
    const line = lines[i] as Line;
    // zoek pages put a blank line between the names (`Pieter Heerma` / `` / `Wiersma`, 48).
    if (line.text === '') continue;
    if (AFTER_NAMES.test(line.text) || line.text.length > 40 || !MEMBER_NAME.test(line.text)) break;
    if (start < 0) start = line.contentStart;
    names.push(line.text);
    lineIndices.push(line.index);
  }
  return names.length > 0 ? { names, lineIndices, start } : null;
}

/** The outline title of the signers: their names, the first three and how many more. */
export function signersTitle(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} +${names.length - 3}`;
}

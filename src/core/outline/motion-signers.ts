/**
 * The members who moved a motion: the names under its closing formula, one a line (`en gaat over tot de
 * orde van de dag.` / `Sjoerdsma`, 186; `Pieter Heerma` / `Wiersma`, 48; five names, 103). They are the
 * motion's signature, not section headings. An amendment's movers stand at its end, under its explanation
 * (`Toelichting` / `Dit amendement zorgt ervoor …` / `Bashir`, 780).
 */
import { EXPLANATION } from './amendment-parts';
import { type Line, endsSentence, prevNonBlank } from './lines';

/**
 * `en gaat over tot de orde van de dag.`, also as printed with a slip: without `en` (781), without `de` before `dag`
 * (102), closing with a comma (974); and after a night sitting `… de orde van de nacht.` (493).
 */
const CLOSING_FORMULA = /^(?:en )?gaat over tot de orde van (?:de )?(?:dag|nacht)[.,]?$/i;

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

/**
 * A line of members' names as printed under an amendment: capitalised words and the particles of Dutch surnames
 * only, one name (`Bashir`, 780) or several on one line (`Kröger Thijssen`, 1224; `Van Meenen Duisenberg Straus
 * Mohandis Ypma Voordewind Schouten Bisschop`, 977). Stricter than MEMBER_NAME, as no closing formula announces
 * the names: `Dekking wordt gevonden …` is no name.
 */
const NAMES_LINE =
  /^(?:(?:van|de|der|den|ten|ter|te|het|in|’t|'t|von|du|da|la|le|el)\s+)*\p{Lu}[\p{L}’'.-]*(?:\s+(?:van|de|der|den|ten|ter|te|het|in|’t|'t|von|du|da|la|le|el|\p{Lu}[\p{L}’'.-]*))*$/u;

/** A line of names is no longer than this. */
const MAX_NAMES_LINE = 160;

/**
 * The names under an amendment's explanation at or after line `from`, or null when there are none: after the last
 * `Toelichting`, the lines of names that follow a sentence's end and close the text, or the page's labels after them
 * (`Geurts Harbers` / `Ondertekenaars`, 1046; `Bashir` / `Naar boven`, 780; `Reitsma` at the end, 630).
 */
export function findAmendmentSigners(lines: readonly Line[], from: number): MotionSigners | null {
  let k = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    if (EXPLANATION.test((lines[i] as Line).text)) {
      k = i;
      break;
    }
  }
  if (k < 0) return null;
  for (let i = k + 1; i < lines.length; i++) {
    const first = lines[i] as Line;
    if (!isNamesLine(first.text)) continue;
    const prev = prevNonBlank(lines, i);
    if (prev === undefined || prev.index <= k || !endsSentence(prev.text)) continue;
    const names: string[] = [];
    const lineIndices: number[] = [];
    let closes = true;
    for (let j = i; j < lines.length; j++) {
      const line = lines[j] as Line;
      if (line.text === '') continue;
      if (AFTER_NAMES.test(line.text)) break;
      if (!isNamesLine(line.text) || names.length >= MAX_SIGNERS) {
        closes = false;
        break;
      }
      names.push(line.text);
      lineIndices.push(line.index);
    }
    // Names followed by more text are a heading or a table's column, not the movers.
    if (closes) return { names, lineIndices, start: first.contentStart };
  }
  return null;
}

function isNamesLine(text: string): boolean {
  return text.length <= MAX_NAMES_LINE && !AFTER_NAMES.test(text) && NAMES_LINE.test(text);
}

/** The outline title of the signers: their names, the first three and how many more. */
export function signersTitle(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} +${names.length - 3}`;
}

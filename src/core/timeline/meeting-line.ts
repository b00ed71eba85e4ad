import type { Span } from '../types';
import { lastNonBlankBefore } from './label-chars';
import { shortenPlain } from './label-tidy';

/**
 * The label of a meeting's day, alone on its line below the heading of the meeting's shorthand report: `Stenografisch
 * verslag van een notaoverleg van de vaste commissie voor Verkeer en Waterstaat` above `Maandag 25 juni 2001` (1151).
 * The day's sentence is the day alone, and so was its label; the heading says what met that day: `Notaoverleg van de
 * vaste commissie voor VenW`. Null for any other date.
 */
export function meetingLineLabel(original: string, date: Span): string | null {
  // Most dates do not open their line: ruled out by the character before their white space first.
  const k = lastNonBlankBefore(original, date.start);
  if (k < 0 || original.charCodeAt(k) !== 0x0a) return null;
  if (!ALONE_AFTER.test(original.slice(date.end, date.end + 8))) return null;
  // The last line with words above, over blank lines.
  const above = original.slice(Math.max(0, k - HEADING_REACH), k).trimEnd();
  const heading = REPORT_HEADING.exec(above.slice(above.lastIndexOf('\n') + 1));
  if (heading === null) return null;
  const what = heading[1] as string;
  return shortenPlain(what.charAt(0).toUpperCase() + what.slice(1));
}

/** Nothing but white space, or a full stop, after the date on its line. */
const ALONE_AFTER = /^[^\S\n]*\.?[^\S\n]*(?:\r?\n|$)/;
/** How far above the date its heading is looked for: the line and blank lines (the longest heading is about 200). */
const HEADING_REACH = 300;
/**
 * The heading of a shorthand report, what it reports (group 1) a meeting's name (`notaoverleg`, `wetgevingsoverleg`,
 * `algemeen overleg`, `hoorzitting`) and what follows it, without a sentence's end.
 */
const REPORT_HEADING =
  /^[^\S\n]*(?:Stenografisch )?[Vv]erslag van een ((?:\p{L}+[- ]?)?(?:overleg|hoorzitting|rondetafelgesprek|gesprek|vergadering)[^.;!?\n]*)$/u;

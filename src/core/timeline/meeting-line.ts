import type { Span } from '../types';
import { lineAboveLoneDate } from './field-label';
import { shortenPlain } from './label-tidy';
import { capitalize } from './plain-label';

/**
 * The label of a meeting's day, alone on its line below the heading of the meeting's shorthand report: `Stenografisch
 * verslag van een notaoverleg van de vaste commissie voor Verkeer en Waterstaat` above `Maandag 25 juni 2001` (1151).
 * The day's sentence is the day alone, and so was its label; the heading says what met that day: `Notaoverleg van de
 * vaste commissie voor Verkeer en Waterstaat` (long names written short where it must be cut). Null for any other date.
 */
export function meetingLineLabel(original: string, date: Span): string | null {
  const line = lineAboveLoneDate(original, date, HEADING_REACH);
  const heading = line === null ? null : REPORT_HEADING.exec(line);
  if (heading === null) return null;
  return shortenPlain(capitalize(heading[1] as string));
}

/** How far above the date its heading is looked for: the line and blank lines (the longest heading is about 200). */
const HEADING_REACH = 300;
/**
 * The heading of a shorthand report, what it reports (group 1) a meeting's name (`notaoverleg`, `wetgevingsoverleg`,
 * `algemeen overleg`, `hoorzitting`) and what follows it, without a sentence's end.
 */
const REPORT_HEADING =
  /^[^\S\n]*(?:Stenografisch )?[Vv]erslag van een ((?:\p{L}+[- ]?)?(?:overleg|hoorzitting|rondetafelgesprek|gesprek|vergadering)[^.;!?\n]*)$/u;

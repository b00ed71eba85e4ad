import { DUTCH_DAY_SOURCE, isoOfDayMatch } from './parse-dutch-date';

/**
 * The day of the meeting a verslag reports: `De vaste commissie voor Buitenlandse Zaken heeft op 20 juni
 * 2024 overleg gevoerd met …` (202). What is said in the meeting (`volgende week`, `deze maand`) is said on
 * that day, not on the day the verslag was `Vastgesteld`, weeks or months later.
 */
const MEETING = new RegExp(
  `\\b(?:heeft|hebben) op ${DUTCH_DAY_SOURCE}\\s+(?:overleg|een commissiedebat)\\s+gevoerd\\b`,
  'i',
);

/** The sentence stands at the verslag's start: a few thousand characters in at most (a zoek page's head). */
const MEETING_REACH = 5_000;

/** ISO day of the meeting a verslag reports, or null when its opening names none. */
export function meetingDay(text: string): string | null {
  const m = MEETING.exec(text.slice(0, MEETING_REACH));
  return m ? isoOfDayMatch(m) : null;
}

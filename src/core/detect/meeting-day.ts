import { DUTCH_WEEKDAYS } from '../text/dutch-months';
import { DUTCH_DAY_SOURCE, isoOfDayMatch } from './parse-dutch-date';

/**
 * The day of the meeting a verslag reports: `De vaste commissie voor Buitenlandse Zaken heeft op 20 juni
 * 2024 overleg gevoerd met …` (202). What is said in the meeting (`volgende week`, `deze maand`) is said on
 * that day, not on the day the verslag was `Vastgesteld`, weeks or months later.
 *
 * The page breaks the line anywhere (`hebben op` / `9 oktober 2024 overleg gevoerd`, 1443) and may glue a
 * footnote marker to the verb (`Verkeer en Waterstaat1heeft op 3 juli 2002`, 2040); the day may carry its
 * weekday (`op maandag 12 mei 1997`, 1450); and words may stand between the day and `gevoerd`: `een mondeling
 * overleg` (266), `vervolgoverleg` (1176), `nota-overleg` (1784), `in het kader van het begrotingsonderzoek
 * overleg` (1167), `overleg (tweede termijn)` (2561), `de voortzetting van het algemeen overleg van 8 februari
 * 2006` (2202), or the meeting is `voortgezet` (2063). Within one sentence only: `De Minister heeft op 30
 * januari 2023 gereageerd. De commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.`
 * (104) reports a written reply, no meeting.
 */
const MEETING = new RegExp(
  String.raw`(?<!\p{L})(?:heeft|hebben)\s+op\s+(?:(?:${DUTCH_WEEKDAYS.join('|')})\s+)?` +
    DUTCH_DAY_SOURCE +
    String.raw`\s+[^.;:]{0,80}?(?:overleg|commissiedebat)\b[^.;:]{0,30}?\b(?:gevoerd|voortgezet)\b`,
  'iu',
);

/** The sentence stands at the verslag's start: a few thousand characters in at most (a zoek page's head). */
const MEETING_REACH = 5_000;

/** ISO day of the meeting a verslag reports, or null when its opening names none. */
export function meetingDay(text: string): string | null {
  const m = MEETING.exec(text.slice(0, MEETING_REACH));
  return m ? isoOfDayMatch(m) : null;
}

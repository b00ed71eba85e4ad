import { DUTCH_WEEKDAYS, MONTH_ALTERNATION } from '../text/dutch-months';
import { DUTCH_DAY_SOURCE, parseDutchDay } from './parse-dutch-date';

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
 * 2006` (2202), or the meeting is `voortgezet` (2063). A hearing is a meeting too, printed word for word: `heeft
 * op 19 november 1996 een hoorzitting gehouden` (758, `gaat het vandaag om de kostenproblematiek`). Within one
 * sentence only: `De Minister heeft op 30 januari 2023 gereageerd. De commissie brengt bijgaand verslag uit van
 * het gevoerde schriftelijk overleg.` (104) reports a written reply, no meeting.
 *
 * A meeting held on more days lists them, the month and year written once, at the end: `heeft op 16 en 17
 * april 1997 overleg gevoerd` (1014), `op 20 en 26 maart 2002` (595); so may `op 3, 4 en 5 juni 2004`, `op 30
 * juni en 1 juli 2004` or `op woensdag 16 en donderdag 17 april 1997`. Its day is the first, the day the meeting
 * began; a beknopt verslag does not say which day each word fell on, and opens with what was said first (`Vragen
 * en opmerkingen uit de commissie`, 1014). A word said on a later day then counts from a day or a few too early,
 * and mostly not even that: 16 and 17 april 1997 are a Wednesday and a Thursday of one week, so `volgende week`
 * or `vrijdag` said on either is the same week, the same Friday. Where the days lie apart, as 20 and 26 maart
 * 2002 (595, a Wednesday and the Tuesday after), the first is still nearer to both than the day the verslag was
 * `Vastgesteld` (16 april 2002), which would count otherwise.
 */
const WEEKDAY = `(?:(?:${DUTCH_WEEKDAYS.join('|')})\\s+)?`;

/** A day of the list before its last: `16`, `30 juni`, `16 april 1997`, `woensdag 16`. */
const EARLIER_DAY = String.raw`${WEEKDAY}\d{1,2}(?:\s*(?:${MONTH_ALTERNATION})\.?(?:\s+\d{4})?)?`;

/** Between two days of the list: `, `, ` en `, `, en `. */
const LIST_GAP = String.raw`(?:\s*,\s*(?:en\s+)?|\s+en\s+)`;

/** Group 1: the meeting's days, the last with its month and year (`16 en 17 april 1997`). */
const MEETING = new RegExp(
  String.raw`(?<!\p{L})(?:heeft|hebben)\s+op\s+((?:${EARLIER_DAY}${LIST_GAP})*${WEEKDAY}${DUTCH_DAY_SOURCE})` +
    String.raw`\s+[^.;:]{0,80}?(?:(?:overleg|commissiedebat)\b[^.;:]{0,30}?\b(?:gevoerd|voortgezet)|hoorzitting\s+gehouden)\b`,
  'iu',
);

const MONTH = new RegExp(`(?<!\\p{L})(?:${MONTH_ALTERNATION})(?!\\p{L})`, 'iu');

/** The sentence stands at the verslag's start: a few thousand characters in at most (a zoek page's head). */
const MEETING_REACH = 5_000;

/** ISO day of the meeting a verslag reports (the first, of a meeting on more days), or null when its opening names none. */
export function meetingDay(text: string): string | null {
  const days = MEETING.exec(text.slice(0, MEETING_REACH))?.[1];
  if (days === undefined) return null;
  // The first day is the list's first number, in the first month and year the list names from it on.
  const day = /\d{1,2}/.exec(days)?.[0];
  const month = MONTH.exec(days)?.[0];
  const year = /\d{4}/.exec(days)?.[0];
  return parseDutchDay(`${day} ${month} ${year}`);
}

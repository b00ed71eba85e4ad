/**
 * How a paper's date line opens, before its date: shared by the detector (`detect/scan-head.ts`, which
 * reads the date) and the outline (`outline/head.ts`, which ends the head block at that line), so that the
 * two never disagree on what a date line is. Regex sources without anchors; each user anchors them.
 */
import { MONTH_ALTERNATION } from './dutch-months';

/** `Den Haag, …`, `'s-Gravenhage, …`, also with a curly apostrophe or without the hyphen (501, 1999). */
export const THE_HAGUE = String.raw`(?:Den Haag|['’‘]s[- ]Gravenhage)`;

/** What parts the place from its date: a comma and spaces, or spaces; the space may be lost after the comma (1933). */
export const PLACE_SEPARATOR = String.raw`(?:,\s*|\s+)`;

/**
 * Motions made in a committee name the meeting before the date: `Voorgesteld tijdens het Notaoverleg van 15 april
 * 2024`, `… het wetgevingsoverleg van …` (about 9% of 8,000 real motions), `Voorgesteld in het Nota-overleg van 12
 * november 2001` (495), `Voorgesteld tijdens een Wetgevingsoverleg van 10 juni 2015` (2322); an Eerste Kamer motion may
 * put `op` before it, `Voorgesteld op 22 november 2011` (1832). Needs the `u` flag.
 */
export const VOORGESTELD = String.raw`Voorgesteld\s+(?:op\s+|(?:tijdens|in)\s+(?:het\s+|een\s+)?[\p{L}-]{1,40}\s+(?:van\s+)?)?`;

/**
 * A verslag's adoption: `Vastgesteld 16 april 2010`, also with the space lost (`Vastgesteld16 april 2010`, 72),
 * with `op` (`Vastgesteld op 22 mei 2025`, a rapporteur's verslag, 668), a colon (`Vastgesteld: 2 juli 2013`,
 * 811) or a comma (`Vastgesteld, 14 mei 2003`, 990).
 */
export const VASTGESTELD = String.raw`Vastgesteld(?:\s+op\b)?[:,]?\s*`;

/**
 * A line of only a day, `8 december 1995`: the date line of a verslag of the 1990s when it stands right below the
 * kind line (`VERSLAG VAN EEN ALGEMEEN OVERLEG`, 1750). A period, a comma or a footnote digit glued to the year may
 * follow. Whether the line stands below the kind line is each user's to say.
 */
const DAY_ALONE_LINE = new RegExp(
  String.raw`^\s*\d{1,2}\s+(?:${MONTH_ALTERNATION})\.?\s+\d{4}\d{0,2}[\s.,]*$`,
  'i',
);

export function isDayAloneLine(line: string): boolean {
  return DAY_ALONE_LINE.test(line);
}

import type { Span } from '../types';
import { collapse, shortenPlain } from './label-tidy';
import { capitalize } from './plain-label';
import { withoutMarkersIn } from './without-markers';

/**
 * The label of a meeting's day in the sentence that opens its report, where the label of its clause had to be cut: `De
 * vaste commissie voor Defensie en de vaste commissie voor Buitenlandse Zaken hebben op 19 november 2008 overleg
 * gevoerd met minister Van Middelkoop van Defensie, minister Verhagen van Buitenlandse Zaken en minister Koenders voor
 * Ontwikkelingssamenwerking over: …` (1139) read `…Defensie en de vaste commissie voor Buitenlandse Zaken hebben
 * overleg gevoerd…`: the committees, which the report's head names already, took the room of who they met. Now `Overleg
 * met minister Van Middelkoop van Defensie, minister Verhagen…`, with the subject after `over` where it is no list
 * (`over:`, `over de volgende brieven:`). The meeting's own word stays (`Vervolgoverleg`, `Mondeling overleg`). Null
 * where the sentence is not such an opening, or the date not its `op`'s.
 */
export function meetingOpenerLabel(
  original: string,
  sentence: Span,
  date: Span,
  markers: readonly Span[],
): string | null {
  if (date.start - sentence.start > OPENER_REACH) return null;
  const head = original.slice(sentence.start, date.start);
  if (!COMMITTEES_BEFORE.test(head)) return null;
  const local = withoutMarkersIn(original, date.end, sentence.end, markers);
  const tail = collapse(local ? local.text : original.slice(date.end, sentence.end));
  const m = MET_AFTER.exec(tail);
  if (m === null) return null;
  const meeting = `${m[1] ?? ''}${m[2] as string}`;
  const about = m[4];
  const topic = about === undefined || tail.endsWith(':') || LETTERS_ONLY.test(about) ? '' : ` over ${about}`;
  const label = shortenPlain(`${capitalize(meeting)} met ${m[3] as string}${topic}`);
  // A cut after an item of the list of whom the meeting was with leaves its comma out.
  return label.endsWith(',…') ? `${label.slice(0, -2)}…` : label;
}

/** A subject that is only letters, listed after it (`over de volgende brieven:`, `over haar brieven`): it says nothing. */
const LETTERS_ONLY = /^(?:(?:de(?:\s+volgende)?|zijn|haar|hun|een)\s+)?brie(?:f|ven)$/u;

/** How far into its sentence the date of a report's opening may stand (the longest list of committees is ~300). */
const OPENER_REACH = 400;

/**
 * A sentence's opening up to a meeting's date: one or more committees (`De vaste commissie voor …`, `De algemene
 * commissie …`, `De vaste commissies voor …`), their verb and `op`, no sentence mark between.
 */
const COMMITTEES_BEFORE =
  /^\s*(?:[-–•]\s*)?[Dd]e\s+(?:(?:vaste|algemene|bijzondere|tijdelijke)\s+)?(?:Kamer)?commissies?\s[^.;:!?]*\s(?:heeft|hebben)\s+op\s+$/u;

/**
 * The rest of the opening after the date: what the meeting was part of (`in het kader van het begrotingsonderzoek`,
 * 1167), an optional `een` and a meeting's word (group 1 an adjective such as `mondeling `, group 2 the word,
 * `overleg`, `vervolgoverleg`, `nota-overleg`), `gevoerd met` and who (group 3, to `over` or the end), then the subject
 * after `over` (group 4) unless a list follows its colon; a sentence's end mark after it.
 */
const MET_AFTER =
  /^(?:in\shet\skader\svan\s(?:het|de)\s[\p{Ll}-]+\s)?(?:een\s)?((?:mondeling|algemeen|schriftelijk)\s)?([\p{Ll}-]*overleg)\sgevoerd\smet\s(.+?)(?:,?\sover(?::.*|\s(.+?)))?[.;:]?$/u;

/**
 * The head block of a paper: dossier line, `Nr.` line, kind/sender line, addressee and date line.
 *
 * Shapes (docs/domain.md §1 and the fixture letters):
 *   `32 793 Preventief gezondheidsbeleid` · `Nr. 205 BRIEF VAN DE MINISTER VAN …` ·
 *   `Aan de Voorzitter van de Tweede Kamer der Staten-Generaal` · `Den Haag, 17 december 2015`;
 * tweedekamer.nl texts start with the site title `Brief regering : Spoorveiligheid`, answers have
 * `Vragen van de leden …` / `Antwoord van Minister … (ontvangen 1 juli 2021)`, a verslag has
 * `Vastgesteld 22 maart 2024`, a motion `Voorgesteld 16 maart 2016`. The head ends with its date line;
 * the body follows.
 */
import {
  PLACE_SEPARATOR,
  THE_HAGUE,
  VASTGESTELD,
  VOORGESTELD,
  isDayAloneLine,
} from '../text/date-line-openings';
import type { Span } from '../types';
import { type Line, MAX_RULE_LINE } from './lines';
import { MAX_TITLE, shorten } from './titles';

export interface Head {
  /** Normalized offset of the head's first character. */
  start: number;
  /** Normalized offset where the body begins (end of the date line, or of the last head line). */
  end: number;
  title: string;
}

/** The head sits in the first lines: never look further (a date line deep in the body is not a head). */
const HEAD_SCAN_LINES = 25;
const HEAD_SCAN_CHARS = 6000;

// The kind may say more in brackets: `Mededeling (uitstel antwoord) : Uitstel beantwoording …` (402).
const SITE_TITLE = /^\p{Lu}[\p{Ll} ()]{2,40} : \S/u;
const DOSSIER = /^\d{2} ?\d{3}(?:-\d{1,3})?(?: [IVXLC]{1,5}| [A-Z]{1,2})?\s+\p{Lu}/u;
// `nr. 106a` above `VOORLOPIG VERSLAG …`: a paper added under a number with a letter, on an older page (574).
const NUMBER = /^[Nn]r\.\s*(\d{1,5}[a-z]?|[A-Z]{1,2})\b/;
const KIND =
  /^(?:[Nn]r\.\s*\S+\s+)?(?:BRIEF|MOTIE|AMENDEMENT|(?:(?:NADER|VOORLOPIG) )*(?:EIND)?VERSLAG|(?:AANVULLING OP DE )?NOTA|MEMORIE|VOORSTEL|LIJST|GEWIJZIGD|ADVIES)\b/;
const ADDRESSEE = /^Aan de (?:[Vv]oorzitter|[Vv]aste|leden)\b/;
const QUESTION_HEAD = /^(?:Vragen van|Antwoord van)\s/;
const PAGE_LABEL = /^Kamerstuk$/;
const DATE = String.raw`\d{1,2}\s+\p{Ll}{3,9}\s+\d{4}`;
const DAY_MONTH = String.raw`\d{1,2}\s+\p{Ll}{3,9}`;
/** Ministries outside The Hague date their letters there: `Rijswijk, 7 april 1997` (VWS, kst-25295-1). */
const OTHER_PLACE = String.raw`(?:Rijswijk|Zoetermeer)`;
const DATE_LINE = new RegExp(
  // `(Ontvangen …)` as the older Aanhangsel pages write it (307).
  // `Ontvangen …` on a line of its own dates an Eerste Kamer memorie or nota (590).
  // `Vastgesteld 5 oktober`, its year left out (812), is a whole line.
  String.raw`^(?:(?:${THE_HAGUE}|${OTHER_PLACE})${PLACE_SEPARATOR}${DATE}|${VASTGESTELD}(?:${DATE}|${DAY_MONTH}\s*$)|Ontvangen\s+${DATE}|${VOORGESTELD}${DATE})|\([Oo]ntvangen\s+${DATE}\)`,
  'u',
);

/**
 * A kind line with its date line glued on, the page having lost the break between them: `VERSLAG VAN EEN
 * NOTAOVERLEGVastgesteld 9 april 1998` (1554).
 */
const GLUED_VASTGESTELD = new RegExp(String.raw`\p{Lu}${VASTGESTELD}${DATE}`, 'u');

function isKindLineWithDate(text: string): boolean {
  return KIND.test(text) && GLUED_VASTGESTELD.test(text);
}

/** A line that ends inside the brackets of its `(ontvangen …)` date. */
const OPEN_ONTVANGEN_AT_END = /\([Oo]ntvangen$/;

function isHeadMarker(text: string): boolean {
  return (
    SITE_TITLE.test(text) ||
    DOSSIER.test(text) ||
    NUMBER.test(text) ||
    KIND.test(text) ||
    ADDRESSEE.test(text) ||
    QUESTION_HEAD.test(text) ||
    PAGE_LABEL.test(text)
  );
}

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.slice(0, MAX_RULE_LINE));
}

/** Finds the head block from the text alone. */
export function findHead(lines: readonly Line[]): Head | null {
  const first = lines.find((l) => l.text !== '');
  if (!first) return null;
  let dateLine: Line | undefined;
  let lastMarker: Line | undefined;
  let markerRunOpen = true;
  let afterKind = false;
  let seen = 0;
  for (let i = first.index; i < lines.length && seen < HEAD_SCAN_LINES; i++) {
    const l = lines[i] as Line;
    if (l.start - first.start > HEAD_SCAN_CHARS) break;
    if (l.text === '') continue;
    seen++;
    const t = l.text.slice(0, MAX_RULE_LINE);
    if (isDateLine(t) || isKindLineWithDate(t) || (afterKind && isDayAloneLine(t))) {
      dateLine = l;
      break;
    }
    afterKind = KIND.test(t);
    // A hard-wrapped page may break the date line inside its brackets: `… (ontvangen` / `21 oktober 2021).` (402).
    const next = lines[i + 1];
    if (next && OPEN_ONTVANGEN_AT_END.test(t) && isDateLine(`${t} ${next.text.slice(0, MAX_RULE_LINE)}`)) {
      dateLine = next;
      break;
    }
    // Without a date line, the head is the unbroken run of head lines at the top.
    if (markerRunOpen && isHeadMarker(t)) lastMarker = l;
    else markerRunOpen = false;
  }
  if (dateLine) {
    return { start: first.contentStart, end: extendDateLine(lines, dateLine).end, title: '' };
  }
  if (lastMarker) return { start: first.contentStart, end: lastMarker.end, title: '' };
  return null;
}

/**
 * A date line that ends with a comma runs on (`… (ontvangen 1 juli 2021). Zie ook Aanhangsel
 * Handelingen,` + `vergaderjaar 2020–2021, nr. 2844.`): the head ends where that sentence does.
 */
function extendDateLine(lines: readonly Line[], dateLine: Line): Line {
  let last = dateLine;
  for (let k = 0; k < 3 && last.text.endsWith(','); k++) {
    const next = lines[last.index + 1];
    if (!next || next.text === '') break;
    last = next;
  }
  return last;
}

/**
 * `Brief regering : Spoorveiligheid` → `Brief regering: Spoorveiligheid`; a subject that repeats the
 * kind (`Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op …`) stands alone.
 */
function siteTitleText(line: string): string {
  const sep = line.indexOf(' : ');
  const kind = line.slice(0, sep);
  const subject = line.slice(sep + 3).trim();
  return subject.toLowerCase().startsWith(kind.toLowerCase()) ? subject : `${kind}: ${subject}`;
}

/** A dossier number on a line of its own, its title on the next (`19 637` / `Vluchtelingenbeleid`, 1750). */
const DOSSIER_ALONE = /^\d{2} ?\d{3}(?:-\d{1,3})?(?: [IVXLC]{1,5}| [A-Z]{1,2})?$/;

/** `19 637 Vluchtelingenbeleid`: the dossier line with the title on the line below it, when one is there. */
function withTitleBelow(lines: readonly Line[], line: Line, dossier: string): string {
  const next = lines[line.index + 1];
  const title = next?.text.slice(0, MAX_RULE_LINE) ?? '';
  return /^\p{Lu}/u.test(title) && !isHeadMarker(title) ? `${dossier} ${title}` : dossier;
}

/**
 * The head's sidebar title, by usefulness: the site title (`Brief regering: Spoorveiligheid`),
 * else the dossier line with the paper's number (`32 793 Preventief gezondheidsbeleid, nr. 205`),
 * else the first line of the head.
 */
export function headTitle(lines: readonly Line[], span: Span): string {
  let siteTitle: string | undefined;
  let dossier: string | undefined;
  let number: string | undefined;
  let firstLine: string | undefined;
  for (const l of lines) {
    if (l.end <= span.start || l.text === '') continue;
    if (l.start >= span.end) break;
    const t = l.text.slice(0, MAX_RULE_LINE);
    firstLine ??= t;
    if (siteTitle === undefined && SITE_TITLE.test(t)) siteTitle = siteTitleText(t);
    else if (dossier === undefined && DOSSIER.test(t)) dossier = t;
    else if (dossier === undefined && DOSSIER_ALONE.test(t)) dossier = withTitleBelow(lines, l, t);
    const nr = NUMBER.exec(t);
    if (number === undefined && nr) number = nr[1];
  }
  if (siteTitle) return shorten(siteTitle);
  if (dossier && number) return `${shorten(dossier, MAX_TITLE - 12)}, nr. ${number}`;
  if (dossier) return shorten(dossier);
  return shorten(firstLine ?? '');
}

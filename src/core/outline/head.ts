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

/** The kind of paper the site title names, and its subject: `Brief regering : Spoorveiligheid`. */
interface SiteTitle {
  kind: string;
  subject: string;
}

function readSiteTitle(line: string): SiteTitle {
  const sep = line.indexOf(' : ');
  return { kind: line.slice(0, sep), subject: line.slice(sep + 3).trim() };
}

/**
 * `Brief regering : Spoorveiligheid` → `Brief regering: Spoorveiligheid`; a subject that repeats the
 * kind (`Verslag van een commissiedebat : Verslag van een commissiedebat, gehouden op …`) stands alone.
 */
function siteTitleText({ kind, subject }: SiteTitle): string {
  return subject.toLowerCase().startsWith(kind.toLowerCase()) ? subject : `${kind}: ${subject}`;
}

/** The words of a text, lower case, without punctuation: `Verslag (initiatief)wetsvoorstel` → verslag, initiatief, … */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A site title whose subject only repeats the kind of paper says nothing of the paper: every word of it is in the
 * site's kind or the paper's kind line. `Verslag (initiatief)wetsvoorstel (nader) : Verslag` over `VERSLAG` (1076),
 * `… : Nader verslag` (1541), `… : Verslag van de Staten van Aruba` over `Nr. 9 VERSLAG VAN DE STATEN VAN ARUBA`
 * (2606), `Verslag van een wetgevingsoverleg : Verslag van een wetgevingsoverleg` (1402). `Brief regering :
 * Spoorveiligheid` names its subject.
 */
function namesOnlyTheKind(site: SiteTitle, kindLine: string | undefined): boolean {
  const known = new Set([...wordsOf(site.kind), ...wordsOf(kindLine ?? '')]);
  const subject = wordsOf(site.subject);
  return subject.length > 0 && subject.every((w) => known.has(w));
}

/**
 * A dossier number with its suffix, as the paper's head prints it: a part number (`21 501-02`), a budget chapter
 * (`36 600 XIV`, `30 800 IXB`, older pages `27 400-XIV` (1872), glued `35 470IV` (1081)), a fund (`24 400 D`), a
 * kingdom act's R number (`25 948 (R 1616)`, 1405; `33 852 (R2023)`).
 */
const DOSSIER_NUMBER = String.raw`\d{2} ?\d{3}(?:-\d{1,3}|-[IVXLC]{1,5}[AB]?| ?[IVXLC]{1,5}[AB]?\b| [A-Z]{1,2}\b)?(?: \(R ?\d{3,4}\))?`;
/** A dossier number on a line of its own, its title on the next (`19 637` / `Vluchtelingenbeleid`, 1750). */
const DOSSIER_ALONE = new RegExp(String.raw`^${DOSSIER_NUMBER}$`);
/** A dossier line's title after the number (`28 676 NAVO`, `33 852 (R2023) Wijziging …`). */
const DOSSIER_LINE = new RegExp(String.raw`^${DOSSIER_NUMBER}\s+\p{Lu}`, 'u');

/** `35 470IV Jaarverslag …` → `35 470 IV Jaarverslag …` (1081). */
function spaceGluedChapter(dossierLine: string): string {
  return dossierLine.replace(/^(\d{2} ?\d{3})([IVXLC]{1,5}[AB]?)\b/, '$1 $2');
}

/** `19 637 Vluchtelingenbeleid`: the dossier number with the title on the line below it, when one is there. */
function withTitleBelow(lines: readonly Line[], line: Line, dossier: string): string {
  const next = lines[line.index + 1];
  const title = next?.text.slice(0, MAX_RULE_LINE) ?? '';
  return /^\p{Lu}/u.test(title) && !isHeadMarker(title) ? `${dossier} ${title}` : dossier;
}

/** The dossier line of the head (number and title), when the line is one. */
function dossierOf(lines: readonly Line[], line: Line, text: string): string | undefined {
  if (DOSSIER_ALONE.test(text)) return withTitleBelow(lines, line, spaceGluedChapter(text));
  if (DOSSIER_LINE.test(text)) return spaceGluedChapter(text);
  return undefined;
}

/**
 * An Eerste Kamer paper's letter opening its kind line, a footnote digit maybe glued to it: `C BRIEF VAN DE
 * STAATSSECRETARIS …` (100), `F1 NADER VOORLOPIG VERSLAG …` (1010), `AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG` (153);
 * or on a line of its own above the kind line, `I` / `BRIEF VAN DE MINISTER VAN JUSTITIE` (70).
 */
const LETTER_THEN_KIND = /^([A-Z]{1,2})(?:[1-9]\d?)?\s+(\S.*)$/;
const LETTER_ALONE = /^([A-Z]{1,2})(?:[1-9]\d?)?$/;
/**
 * What an Eerste Kamer kind line may put before the kind: `B HERDRUK1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG` (997),
 * `H NADERE MEMORIE VAN ANTWOORD` (1305), `M GEWIJZIGDE MOTIE VAN HET LID GERBRANDY C.S.` (1502), `F TWEEDE VERSLAG`.
 */
const KIND_PREFIX = /^(?:HERDRUK\d{0,2}\s+)?(?:(?:NADERE|GEWIJZIGDE|TWEEDE) )?/;

function isLetteredKind(text: string): boolean {
  return KIND.test(text.replace(KIND_PREFIX, ''));
}

function letterNumber(lines: readonly Line[], line: Line, text: string): string | undefined {
  const glued = LETTER_THEN_KIND.exec(text);
  if (glued) return isLetteredKind(glued[2] as string) ? glued[1] : undefined;
  const alone = LETTER_ALONE.exec(text);
  const next = lines[line.index + 1]?.text.slice(0, MAX_RULE_LINE) ?? '';
  return alone && isLetteredKind(next) ? alone[1] : undefined;
}

/** The number line; a paper of both chambers puts their mark first: `AC/ Nr. 40 BRIEF VAN …` (968). */
const NUMBER_LINE = /^(?:[A-Z]{1,3}\/\s?)?[Nn]r\.\s*(\d{1,5}[a-z]?|[A-Z]{1,2})\b/;

/**
 * The site's metadata table row, read as the head on pages that lost the paper's own head: `| Tweede Kamer der
 * Staten-Generaal | 1997-1998 | 22236 nr. 50 |` (647), also without the outer bars (1016), with a budget chapter
 * (`30800-VI nr. 40`), a part (`21501-02`), a kingdom act's R number (`25922-(R1613) nr. 62b`, 2481) or an Eerste
 * Kamer letter (`36600-XIV nr. H`, 1027). Cells may be glued (`Tweede Kamer der Staten-Generaal2020-202131066 nr. 805`).
 */
const METADATA_ROW =
  /^\|?\s*(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\|?\s*(?:19|20)\d{2}-(?:19|20)\d{2}\s*\|?\s*(\d{2})(\d{3})(?:-(\d{1,3}|[A-Z]{1,5}))?(?:-\((R\d{3,4})\))? nr\. ?(\d{1,5}[a-z]?|[A-Z]{1,3})\s*\|?$/;

/** The row's paper as its head would name it: `22 236, nr. 50`, `30 800 VI, nr. 40`, `21 501-02, nr. 1234`. */
function metadataRowTitle(text: string): { dossier: string; number: string } | undefined {
  const m = METADATA_ROW.exec(text);
  if (!m) return undefined;
  const [, thousands, rest, suffix, r, number] = m;
  const part = suffix === undefined ? '' : /^\d/.test(suffix) ? `-${suffix}` : ` ${suffix}`;
  return { dossier: `${thousands} ${rest}${part}${r ? ` (${r})` : ''}`, number: number as string };
}

/**
 * `Vragen van het lid` / `Rik Janssen` / `(SP) aan de staatssecretaris …` (1891): the questions line of a page that
 * breaks it, joined up to the sentence's end (at most a few lines), so the title names who asked whom.
 */
function questionsLine(lines: readonly Line[], line: Line, text: string): string {
  if (!/^Vragen van\s/.test(text)) return text;
  let joined = text;
  for (let k = 1; k <= 4 && !/[.)]$/.test(joined) && joined.length < MAX_TITLE; k++) {
    const next = lines[line.index + k]?.text.slice(0, MAX_RULE_LINE) ?? '';
    if (next === '' || isHeadMarker(next)) break;
    joined = `${joined} ${next}`;
  }
  return joined;
}

/**
 * The head's sidebar title, by usefulness: the site title (`Brief regering: Spoorveiligheid`),
 * else the dossier line with the paper's number (`32 793 Preventief gezondheidsbeleid, nr. 205`),
 * else the paper the site's metadata row names (`22 236, nr. 50`), else the first line of the head.
 */
export function headTitle(lines: readonly Line[], span: Span): string {
  let site: SiteTitle | undefined;
  let dossier: string | undefined;
  let number: string | undefined;
  let kindLine: string | undefined;
  let row: { dossier: string; number: string } | undefined;
  let firstLine: string | undefined;
  for (const l of lines) {
    if (l.end <= span.start || l.text === '') continue;
    if (l.start >= span.end) break;
    const t = l.text.slice(0, MAX_RULE_LINE);
    firstLine ??= questionsLine(lines, l, t);
    if (site === undefined && SITE_TITLE.test(t)) site = readSiteTitle(t);
    else if (dossier === undefined) dossier = dossierOf(lines, l, t);
    const nr = NUMBER_LINE.exec(t);
    if (number === undefined) number = nr ? nr[1] : letterNumber(lines, l, t);
    if (kindLine === undefined && KIND.test(t)) kindLine = t;
    row ??= metadataRowTitle(t);
  }
  if (site && !(dossier && namesOnlyTheKind(site, kindLine))) return shorten(siteTitleText(site));
  if (dossier && number) return `${shorten(dossier, MAX_TITLE - 12)}, nr. ${number}`;
  if (dossier) return shorten(dossier);
  if (row) return `${row.dossier}, nr. ${row.number}`;
  return shorten(firstLine ?? '');
}

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
import { DOSSIER_NUMBERED, DOSSIER_WITH_NOTE, PRINTED_DOSSIER, printedDossier } from '../text/dossier-lines';
import type { Span } from '../types';
import { endsWithFunctionWord, type Line, MAX_RULE_LINE, prevNonBlank } from './lines';
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
 * Handelingen,` + `vergaderjaar 2020–2021, nr. 2844.`): the head ends where that sentence does. So does one that
 * breaks inside the sentence after its date: `… (ontvangen 3 september 2025). Zie ook Aanhangsel` + `Handelingen,
 * vergaderjaar 2024–2025, nr. 2566` (1228).
 */
function extendDateLine(lines: readonly Line[], dateLine: Line): Line {
  let last = dateLine;
  for (let k = 0; k < 3 && (last.text.endsWith(',') || (k === 0 && breaksAfterDate(last.text))); k++) {
    const next = lines[last.index + 1];
    if (!next || next.text === '') break;
    last = next;
  }
  return last;
}

/** A sentence begun after the date's closing bracket breaks off with the line: `…). Zie ook Aanhangsel`. */
const SENTENCE_AFTER_DATE = /\)\.\s+\p{Lu}[^.!?]*[\p{L}\d]$/u;

function breaksAfterDate(text: string): boolean {
  return SENTENCE_AFTER_DATE.test(text.slice(-MAX_RULE_LINE));
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

/** A dossier number on a line of its own, its title on the next (`19 637` / `Vluchtelingenbeleid`, 1750). */
const DOSSIER_ALONE = new RegExp(String.raw`^${PRINTED_DOSSIER}$`);
/** A dossier line's title after the number (`28 676 NAVO`, `33 852 (R2023) Wijziging …`). */
const DOSSIER_LINE = new RegExp(String.raw`^${PRINTED_DOSSIER}\s+\p{Lu}`, 'u');

/**
 * The chapter as most heads print it, after a space (`printedDossier`): `35 470IV Jaarverslag …` → `35 470 IV
 * Jaarverslag …` (1081), `27 400-XIV` → `27 400 XIV` (1872).
 */
function spaceGluedChapter(dossierLine: string): string {
  return dossierLine.replace(/^(\d{2} ?\d{3})-?([IVXLC]{1,5}[AB]?)\b/, '$1 $2');
}

/** `19 637 Vluchtelingenbeleid`: the dossier number with the title on the line below it, when one is there. */
function withTitleBelow(lines: readonly Line[], line: Line, dossier: string): string {
  const next = lines[line.index + 1];
  const title = next?.text.slice(0, MAX_RULE_LINE) ?? '';
  return /^\p{Lu}/u.test(title) && !isHeadMarker(title) ? `${dossier} ${title}` : dossier;
}

/**
 * Where the head begins when dossier lines stand above the line it was found to begin at: the Eerste Kamer's joint
 * verslag opens with `26 7321` / `Algehele herziening van de Vreemdelingenwet …` / `26 9752` / `Invoering van de
 * Vreemdelingenwet 2000 …` above `nr. 5` (2880), a paper in a dossier that is itself a paper with `26 976, nr. 1` /
 * `Notitie «…»` (591). Each dossier line, with the title on the line below it, belongs to the head.
 */
export function dossierLinesAbove(lines: readonly Line[], first: Line): Line {
  let top = first;
  for (;;) {
    const above = prevNonBlank(lines, top.index);
    if (!above) return top;
    const text = above.text.slice(0, MAX_RULE_LINE);
    if (isAloneDossier(text) || DOSSIER_LINE.test(text)) {
      top = above;
      continue;
    }
    const before = lines[above.index - 1];
    if (
      before &&
      isAloneDossier(before.text.slice(0, MAX_RULE_LINE)) &&
      /^\p{Lu}/u.test(text) &&
      !isHeadMarker(text)
    ) {
      top = before;
      continue;
    }
    return top;
  }
}

function isAloneDossier(text: string): boolean {
  return DOSSIER_ALONE.test(text) || DOSSIER_WITH_NOTE.test(text) || DOSSIER_NUMBERED.test(text);
}

/** The dossier line of the head (number and title), when the line is one. */
function dossierOf(lines: readonly Line[], line: Line, text: string): string | undefined {
  if (DOSSIER_ALONE.test(text)) return withTitleBelow(lines, line, spaceGluedChapter(text));
  const alone = DOSSIER_WITH_NOTE.exec(text) ?? DOSSIER_NUMBERED.exec(text);
  if (alone) return withTitleBelow(lines, line, spaceGluedChapter(alone[1] as string));
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

/**
 * A line the head's rules know: a marker (`isHeadMarker`), a date line, or an Eerste Kamer kind line opened by the
 * paper's letter (`H1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`, 1796).
 */
export function isHeadLine(lines: readonly Line[], line: Line): boolean {
  const t = line.text.slice(0, MAX_RULE_LINE);
  return isHeadMarker(t) || isDateLine(t) || letterNumber(lines, line, t) !== undefined;
}

/** The number line; a paper of both chambers puts their mark first: `AC/ Nr. 40 BRIEF VAN …` (968). */
const NUMBER_LINE = /^(?:[A-Z]{1,3}\/\s?)?[Nn]r\.\s*(\d{1,5}[a-z]?|[A-Z]{1,2})\b/;

/**
 * The site's metadata table row, read as the head on pages that lost the paper's own head: `| Tweede Kamer der
 * Staten-Generaal | 1997-1998 | 22236 nr. 50 |` (647), also without the outer bars (1016), with a budget chapter
 * (`30800-VI nr. 40`), a part (`21501-02`), a kingdom act's R number (`25922-(R1613) nr. 62b`, 2481) or an Eerste Kamer
 * letter (`36600-XIV nr. H`, 1027). Cells may be glued (`Tweede Kamer der Staten-Generaal2020-202131066 nr. 805`).
 */
const METADATA_ROW =
  /^\|?\s*(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\|?\s*(?:19|20)\d{2}-(?:19|20)\d{2}\s*\|?\s*(\d{2})(\d{3})(?:-(\d{1,3}|[A-Z]{1,5}))?(?:-\((R\d{3,4})\))? nr\. ?(\d{1,5}[a-z]?|[A-Z]{1,3})\s*\|?$/;

/** The row's paper as its head would name it: `22 236, nr. 50`, `30 800 VI, nr. 40`, `21 501-02, nr. 1234`. */
function metadataRowTitle(text: string): { dossier: string; number: string } | undefined {
  const m = METADATA_ROW.exec(text);
  if (!m) return undefined;
  const [, thousands, rest, suffix, r, number] = m;
  const id = `${thousands}${rest}${suffix === undefined ? '' : `-${suffix}`}${r ? `-${r}` : ''}`;
  return { dossier: printedDossier(id), number: number as string };
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
 * The paper's own id, as the page's address or metadata name it (`kst-25229-69`: dossier `25229`, number `69`), with
 * its dossier's title when the metadata gives one. The text alone is all there is on a page without them.
 */
export interface OwnPaper {
  dossier: string | null;
  number: string | null;
  dossierTitle?: string | null;
}

/**
 * The number line's number without a footnote marker glued to it: `nr. 41` on the page of paper 4 (`kst-27841-4`,
 * 1396, whose note 1 at the foot says `I.v.m. wijziging in motiekop`), `nr. 151` on paper 15 (794), `nr. 51` on paper 5
 * (2611, its first note in the body is 2). Only the paper's own number as detection read it tells (its address or
 * metadata, or on a bare text the notes' evidence, `detect/note-marker.ts`): on the page of paper 41, `nr. 41` stays.
 */
function withoutNoteMarker(number: string, own: string | null | undefined): string {
  if (!own || number.length <= own.length) return number;
  const rest = number.slice(own.length);
  return number.slice(0, own.length).toUpperCase() === own.toUpperCase() && /^[1-9]\d?$/.test(rest)
    ? number.slice(0, own.length)
    : number;
}

/**
 * A number line alone (`nr. 69`) says little: the kind line below it says what the paper is, as a modern head prints
 * both on one line (`Nr. 205 BRIEF VAN DE MINISTER VAN …`).
 */
function withKindLine(firstLine: string, kindLine: string | undefined): string {
  return kindLine && NUMBER_ALONE.test(firstLine) && !NUMBER_LINE.test(kindLine)
    ? `${firstLine} ${kindLine}`
    : firstLine;
}

/**
 * The kind line, with its second line when it breaks after a function word: `BRIEF VAN DE MINISTERS VAN BUITENLANDSE
 * ZAKEN, VAN DEFENSIE EN VOOR` / `ONTWIKKELINGSSAMENWERKING` (416).
 */
function kindLineOf(lines: readonly Line[], line: Line, text: string): string {
  const next = lines[line.index + 1]?.text.slice(0, MAX_RULE_LINE) ?? '';
  return endsWithFunctionWord(text) && next !== '' && !isHeadMarker(next) ? `${text} ${next}` : text;
}

const NUMBER_ALONE = /^[Nn]r\.\s*(?:\d{1,5}[a-z]?|[A-Z]{1,2})$/;

/**
 * The head's sidebar title, by usefulness: the site title (`Brief regering: Spoorveiligheid`),
 * else the dossier line with the paper's number (`32 793 Preventief gezondheidsbeleid, nr. 205`),
 * else the paper the site's metadata row names (`22 236, nr. 50`), else the paper's own id when the page names it
 * (`25 229, nr. 69` for a head that is only `nr. 69` / `BRIEF VAN …`, 1491), else the first line of the head.
 */
export function headTitle(lines: readonly Line[], span: Span, own?: OwnPaper): string {
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
    if (kindLine === undefined && KIND.test(t)) kindLine = kindLineOf(lines, l, t);
    row ??= metadataRowTitle(t);
  }
  // The page's id first; the site's metadata row names the paper too.
  if (number !== undefined) number = withoutNoteMarker(withoutNoteMarker(number, own?.number), row?.number);
  if (site && !(dossier && namesOnlyTheKind(site, kindLine))) return shorten(siteTitleText(site));
  if (dossier && number) return `${shorten(dossier, MAX_TITLE - 12)}, nr. ${number}`;
  if (dossier) return shorten(dossier);
  if (row) return `${row.dossier}, nr. ${row.number}`;
  if (own?.dossier) return ownPaperTitle(own.dossier, own.dossierTitle, number ?? own.number);
  return shorten(withKindLine(firstLine ?? '', kindLine));
}

/**
 * `25 229, nr. 69`; with the dossier's title when the page's metadata gives it: `25 229 Varkenspest, nr. 69`, as that
 * dossier's papers print it.
 */
function ownPaperTitle(id: string, title: string | null | undefined, number: string | null): string {
  const dossier = title ? `${printedDossier(id)} ${title}` : printedDossier(id);
  return number ? `${shorten(dossier, MAX_TITLE - 12)}, nr. ${number}` : shorten(dossier);
}

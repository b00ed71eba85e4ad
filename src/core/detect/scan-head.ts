import {
  PLACE_SEPARATOR,
  THE_HAGUE,
  VASTGESTELD as VASTGESTELD_OPENING,
  VOORGESTELD as VOORGESTELD_OPENING,
} from '../text/date-line-openings';
import { isDayAloneLine } from '../text/date-line-openings';
import { DUTCH_MONTHS } from '../text/dutch-months';
import { DOSSIER_NUMBERED, DOSSIER_WITH_NOTE } from '../text/dossier-lines';
import type { DocumentKind, Span } from '../types';
import { GLUED_VASTGESTELD, kindFromHeader, kindFromSoort } from './kind';
import { linesOf, type Line } from './lines';
import { isoDay, parseDutchDayPrefix } from './parse-dutch-date';
import { splitDossierLine } from './publication-id';

/**
 * The head of a paper, read line by line from the normalized text (see `docs/domain.md` §1):
 *
 *   Brief regering : <title>                        (tweedekamer.nl page text only)
 *   28 676 NAVO                                     dossier line(s)
 *   Nr. 554 BRIEF VAN DE MINISTER VAN DEFENSIE      number and kind line (maybe on two lines)
 *   Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
 *   Den Haag, 30 september 2022                     (Vastgesteld … for a verslag, Voorgesteld … for a motie)
 *
 * Answers to written questions have `Vragen van de leden … (ingezonden …)` and
 * `Antwoord van Minister … (ontvangen …)` instead.
 */

export interface DateHit {
  iso: string;
  /** From the keyword (`Den Haag`, `Vastgesteld`, `ontvangen`) to the end of the date. */
  span: Span;
}

export interface HeadFacts {
  /** tweedekamer.nl's first line `Brief regering : <title>`; `kind` null when the soort names no paper. */
  soort: { label: string; title: string; kind: DocumentKind | null; span: Span } | null;
  /** Dossier lines above the number line, own dossier first (`36800-X`), with the dossier title. */
  dossiers: { dossier: string; title: string; span: Span }[];
  /** `Nr. 554` (or an Eerste Kamer letter `B` opening the kind line). */
  nr: { number: string; span: Span } | null;
  kindLine: { kind: DocumentKind; text: string; span: Span } | null;
  /**
   * The head puts questions to the government (`de navolgende vragen ter beantwoording aan de
   * regering voorgelegd`): a lijst van vragen (en antwoorden), when no kind line says so (81).
   */
  questionsPut: boolean;
  /** `Ontvangen 27 oktober 2000` as a line of its own (not the answers' `(ontvangen …)`). */
  receivedLine: DateHit | null;
  addressee: { text: string; span: Span } | null;
  denHaag: DateHit | null;
  vastgesteld: DateHit | null;
  /** The first year of the vergaderjaar the zoek metadata table names (`2009-2010` → 2009), or null. */
  sessionYear: number | null;
  voorgesteld: DateHit | null;
  ontvangen: DateHit | null;
  /** `Vragen van het lid …` line of answers to written questions. */
  questions: Span | null;
  /** `Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties)`. */
  answerBy: { text: string; span: Span } | null;
  /**
   * A line of only a day right below the kind line: how pages of the 1990s date a verslag without a
   * `Vastgesteld` line (`VERSLAG VAN EEN ALGEMEEN OVERLEG` / `8 december 1995`, 1750).
   */
  dayBelowKind: DateHit | null;
}

/** How far into the text the head is looked for; heads are short, this bounds work on huge pages. */
export const HEAD_LENGTH = 8000;

const SOORT_LINE = /^([^:]{3,80}?)\s?:\s(.+)$/;
/**
 * `Nr. 205 BRIEF …`; pages of the 1990s print `nr. 1` in lower case (kst-25295-1), and number a paper added
 * later with a letter: `nr. 106a` (574), the paper `106A`. A paper of both chambers puts their mark first:
 * `BZ/ Nr. 140` (746, the Raad van Europa's assembly).
 */
const NR_LINE = /^(?:[A-Z]{1,3}\/\s?)?[Nn]r\.\s?(\d{1,5}[a-z]?|[A-Z]{1,3})(?=\s|$)\s*(.*)$/;
/**
 * Eerste Kamer papers open the kind line with their letter: `B MEMORIE VAN ANTWOORD`; older pages
 * print the letter on a line of its own above it (`B` / `VOORLOPIG VERSLAG VAN …`, letter 54); a
 * footnote digit may be glued to it (`H1 BRIEF VAN DE MINISTER …`, letter 71).
 */
const LETTER_LINE = /^([A-Z]{1,2})(?:[1-9]\d?)?(?:\s+(\S.*))?$/;
const ADDRESSEE_LINE =
  /^Aan (?:de |het )?(?:[Vv]oorzitter van de )?(?:Tweede|Eerste|Verenigde) (?:Kamer|Vergadering)\b.{0,120}$/;
const DEN_HAAG = new RegExp(String.raw`^${THE_HAGUE}${PLACE_SEPARATOR}`);
/**
 * Ministries have sat outside The Hague (VWS in Rijswijk: `Rijswijk, 7 april 1997`, kst-25295-1). A
 * line of just a place name and a date counts as the date line, but only below the addressee, so
 * that a dated place in other texts (`Brussel, 12 oktober 2022`) never makes a letter. No weekdays.
 */
const OTHER_PLACE =
  /^(?!(?:Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Vastgesteld|Voorgesteld|Ontvangen)\b)\p{Lu}\p{Ll}{2,20}(?:[ -]\p{Lu}?\p{Ll}{1,20})?,\s+/u;
const VASTGESTELD = new RegExp(`^${VASTGESTELD_OPENING}`);
/** `Ontvangen 27 oktober 2000` on a line of its own: the date of an Eerste Kamer memorie or nota (590, 591). */
const RECEIVED_LINE = /^Ontvangen\s+/;
const VOORGESTELD = new RegExp(`^${VOORGESTELD_OPENING}`, 'u');
// `(ontvangen …)`, and `(Ontvangen …)` as the older Aanhangsel pages write it (307).
const ONTVANGEN = /\([Oo]ntvangen\s+/g;
// `Vragen van lid Beckerman (SP)` without the article too (372).
const QUESTIONS_LINE = /^Vragen van (?:het |de )?(?:lid|leden)\b/;
/**
 * A lijst van vragen's opening; or its closing words when the questions went to another body, the Rekenkamer:
 * `Vragen en antwoorden zijn hierna afgedrukt` (594), `De vragen en de daarop door de Algemene Rekenkamer gegeven
 * antwoorden zijn hierna afgedrukt` (829); or a committee's words when the page has no kind line: `heeft de eer
 * verslag uit te brengen in de vorm van een lijst van vragen met de daarop gegeven antwoorden` (1092).
 */
const QUESTIONS_PUT =
  /\bvragen ter beantwoording aan de regering voorgelegd\b|\b[Vv]ragen en (?:de daarop (?:[^.\n]{1,80} )?gegeven )?antwoorden zijn hierna afgedrukt\b|\bverslag uit te brengen in de vorm van een lijst van vragen (?:en|met de daarop gegeven) antwoorden\b/;
/**
 * `Antwoord van Minister Kamp (Economische Zaken)`; also the answers of a minister who writes in the plural
 * (`Antwoorden van de Minister voor Volkshuisvesting …`, 1627), a later answer (`Nader antwoord van Staatssecretaris
 * Van Rij …`, 2253) and the notice that the answers are late (`Mededeling van Minister Schultz van Haegen-Maas
 * Geesteranus (Infrastructuur en Milieu)`, 1184): each names who answers.
 */
const ANSWER_LINE = /^(?:(?:Nader )?[Aa]ntwoord(?:en)?|Mededeling) van\s+/;
/**
 * The addressee of a letter, right below its kind line, whoever it is: `Aan de leden` (a letter of the Presidium,
 * 1358), `Aan de Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal` (1564, 2815), `Aan de
 * Voorzitter van de Tijdelijke Commissie Subsidiariteitstoets` (2491), `Aan de Minister voor Rechtsbescherming` (669).
 * A line, not a sentence: no full stop in it.
 */
const ADDRESSEE_BELOW_KIND = /^Aan (?:de|het) \p{L}[^.;:!?]{2,200}$/u;
/**
 * How many lines above the number line the dossier lines may stand (long dossier titles wrap; a budget letter
 * may head five dossiers, each with its title line, 559).
 */
const DOSSIER_LOOKBACK = 12;

export function scanHead(text: string): HeadFacts {
  const headEnd = Math.min(text.length, HEAD_LENGTH);
  const lines = linesOf(text, 0, headEnd).filter((l) => l.text !== '');
  const facts: HeadFacts = {
    soort: null,
    dossiers: [],
    nr: null,
    kindLine: null,
    questionsPut: false,
    receivedLine: null,
    addressee: null,
    denHaag: null,
    vastgesteld: null,
    sessionYear: null,
    voorgesteld: null,
    ontvangen: null,
    questions: null,
    answerBy: null,
    dayBelowKind: null,
  };

  facts.soort = readSoort(lines);
  const nrIndex = readNumberAndKind(lines, facts);
  if (nrIndex >= 0) facts.dossiers = readDossiers(lines, nrIndex);
  else readMetadataRow(lines, facts);

  for (const line of lines) {
    if (!facts.addressee && ADDRESSEE_LINE.test(line.text)) facts.addressee = addresseeOf(line);
    facts.denHaag ??= dateAfter(text, line, DEN_HAAG);
    if (facts.addressee && line.start > facts.addressee.span.start) {
      facts.denHaag ??= wholeLine(dateAfter(text, line, OTHER_PLACE), text, line);
    }
    facts.vastgesteld ??= dateAfter(text, line, VASTGESTELD) ?? dateAfterGluedVastgesteld(text, line);
    facts.receivedLine ??= dateAfter(text, line, RECEIVED_LINE);
    facts.voorgesteld ??= dateAfter(text, line, VOORGESTELD);
    if (!facts.questions && QUESTIONS_LINE.test(line.text)) {
      facts.questions = { start: line.start, end: line.end };
    }
    const answer = facts.answerBy ? null : ANSWER_LINE.exec(line.text);
    if (answer) facts.answerBy = readAnswerBy(text, line, answer[0].length);
  }
  if (!facts.vastgesteld && facts.sessionYear !== null)
    facts.vastgesteld = yearlessVastgesteld(lines, facts.sessionYear);
  const head = text.slice(0, headEnd);
  facts.ontvangen = readOntvangen(text, head) ?? readAnswerSent(text, head, facts.answerBy);
  facts.questionsPut = QUESTIONS_PUT.test(head);
  if (!facts.kindLine) facts.kindLine = looseKindLine(lines);
  facts.addressee = addresseeBelowKind(lines, facts) ?? facts.addressee;
  facts.dayBelowKind = dayBelowKind(lines, facts.kindLine);
  return facts;
}

/** An addressee line without the comma or colon some papers end it with (`… der Staten-Generaal,`, 2282). */
function addresseeOf(line: Line): NonNullable<HeadFacts['addressee']> {
  const text = line.text.replace(/\s*[,:]$/, '');
  return { text, span: { start: line.start, end: line.start + text.length } };
}

/**
 * The line right below a letter's own kind line when it is an addressee (see `ADDRESSEE_BELOW_KIND`): it names the
 * addressee even where a Kamer's Voorzitter is named further down (`Aan de leden`, 2490). Not below a letter's kind
 * line that a verslag quotes under its own `Vastgesteld` line (620).
 */
function addresseeBelowKind(lines: readonly Line[], facts: HeadFacts): HeadFacts['addressee'] {
  const kindLine = facts.kindLine;
  if (!kindLine || (kindLine.kind !== 'brief' && kindLine.kind !== 'brief regering')) return null;
  if (facts.vastgesteld && facts.vastgesteld.span.start < kindLine.span.start) return null;
  // An addressee above the kind line is the paper's own, the kind line a letter it passes on: `Aan de Voorzitter van de
  // Eerste Kamer …` above `BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN` / `Aan de Voorzitter van de Tweede Kamer …`
  // (730).
  if (facts.addressee && facts.addressee.span.start < kindLine.span.start) return null;
  const next = lines.find((l) => l.start >= kindLine.span.end);
  return next && ADDRESSEE_BELOW_KIND.test(next.text) ? addresseeOf(next) : null;
}

/** The line after the kind line, when it is a day and nothing else (see `HeadFacts.dayBelowKind`). */
function dayBelowKind(lines: readonly Line[], kindLine: HeadFacts['kindLine']): DateHit | null {
  if (!kindLine) return null;
  const next = lines.find((l) => l.start >= kindLine.span.end);
  if (!next || !isDayAloneLine(next.text)) return null;
  const d = parseDutchDayPrefix(next.text);
  return d ? { iso: d.iso, span: { start: next.start, end: next.start + d.length } } : null;
}

/** The tweedekamer.nl soort line, only as one of the first two lines. */
function readSoort(lines: Line[]): HeadFacts['soort'] {
  for (const line of lines.slice(0, 2)) {
    const m = SOORT_LINE.exec(line.text);
    if (!m) continue;
    const label = (m[1] as string).trim();
    const kind = kindFromSoort(label);
    if (kind === null && !/^(agenda|convocatie|besluitenlijst|stenogram|bijlage)\b/i.test(label)) continue;
    return {
      label,
      title: unquote((m[2] as string).trim()),
      kind,
      span: { start: line.start, end: line.end },
    };
  }
  return null;
}

/** Finds the number line and the kind line that goes with it; returns the number line's index, or -1. */
function readNumberAndKind(lines: Line[], facts: HeadFacts): number {
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i] as Line;
    const nr = NR_LINE.exec(line.text);
    const letter = nr ? null : LETTER_LINE.exec(line.text);
    const lettered = letter && kindFromHeader(letter[2] ?? lines[i + 1]?.text ?? '');
    if (!nr && !lettered) continue;
    const m = (nr ?? letter) as RegExpExecArray;
    const rest = (m[2] ?? '').trim();
    facts.nr = {
      number: (m[1] as string).toUpperCase(),
      span: { start: line.start, end: line.start + (m[0].length - (m[2] ?? '').length) },
    };
    const restKind = rest ? kindFromHeader(rest) : null;
    if (restKind) {
      const kindLine = { kind: restKind, text: rest, span: { start: line.end - rest.length, end: line.end } };
      facts.kindLine = withWrappedTail(kindLine, lines, i);
    } else {
      // The kind line may follow on the next line (tweedekamer.nl: `Nr. 455` then `BRIEF VAN …`).
      const next = lines[i + 1];
      const kind = next ? kindFromHeader(next.text) : null;
      if (next && kind) {
        const kindLine = { kind, text: next.text, span: { start: next.start, end: next.end } };
        facts.kindLine = withWrappedTail(kindLine, lines, i + 1);
      }
    }
    return i;
  }
  return -1;
}

/**
 * Pages with no number line may still name the paper in the zoek metadata table, kept as cells:
 * `| Tweede Kamer der Staten-Generaal | 1997-1998 | 25479 nr. 37 |` (letters 80, 81), also a paper added under a
 * number with a letter, `| Eerste Kamer der Staten-Generaal | 1999-2000 | 26657 nr. 188a |` (918): the paper `188A`; a
 * kingdom act's dossier carries its R number, `25922-(R1613) nr. 62b` (2481): the dossier is `25922`.
 */
const METADATA_ROW =
  /^\|?\s*(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\|\s*((?:19|20)\d{2})-(?:19|20)\d{2}\s*\|\s*(\d{5}(?:-[0-9A-Z]{1,5})?)(?:-\(R\d{3,4}\))? nr\. ?(\d{1,5}[a-z]?|[A-Z]{1,3})\s*\|/;

function readMetadataRow(lines: Line[], facts: HeadFacts): void {
  for (const line of lines.slice(0, 20)) {
    const m = METADATA_ROW.exec(line.text);
    if (!m) continue;
    const span = { start: line.start, end: line.end };
    facts.nr = { number: (m[3] as string).toUpperCase(), span };
    facts.dossiers = [{ dossier: m[2] as string, title: '', span }];
    facts.sessionYear = Number(m[1]);
    return;
  }
}

/**
 * A dossier line, also one whose number carries a note or the number of the paper the dossier is; those two print
 * their title on the next line, if at all, so they name only the dossier.
 */
function dossierLine(text: string): { dossier: string; title: string } | null {
  const alone = DOSSIER_WITH_NOTE.exec(text) ?? DOSSIER_NUMBERED.exec(text);
  if (!alone) return splitDossierLine(text);
  const d = splitDossierLine(alone[1] as string);
  return d && { dossier: d.dossier, title: '' };
}

/** The dossier lines right above the number line; the topmost is the paper's own dossier. */
function readDossiers(lines: Line[], nrIndex: number): HeadFacts['dossiers'] {
  const found: HeadFacts['dossiers'] = [];
  for (let i = nrIndex - 1; i >= 0 && i >= nrIndex - DOSSIER_LOOKBACK; i--) {
    const line = lines[i] as Line;
    const d = dossierLine(line.text);
    // Lines between are wrapped dossier titles (PDF text) or page chrome: look past them.
    if (d) found.unshift({ ...d, span: { start: line.start, end: line.end } });
  }
  return found;
}

/** Without a number line: a capitalised kind line among the first lines (`BRIEF VAN DE MINISTER …`). */
function looseKindLine(lines: Line[]): HeadFacts['kindLine'] {
  for (let i = 0; i < lines.length && i < 30; i++) {
    const line = lines[i] as Line;
    if (!/^(BRIEF|VERSLAG|MOTIE|AMENDEMENT|NOTA|MEMORIE|VOORSTEL|LIJST|GEWIJZIGD)/.test(line.text)) continue;
    const kind = kindFromHeader(line.text);
    if (kind)
      return withWrappedTail({ kind, text: line.text, span: { start: line.start, end: line.end } }, lines, i);
  }
  return null;
}

/** A short line of capitals: the rest of a kind line that did not fit (`EN NATUUR`, `ZAKEN`). */
const WRAPPED_TAIL = /^[A-ZÀ-Þ][A-ZÀ-Þ ,'’-]{0,40}$/;
/** A kind line that stops at a word no office or name ends with (`… EN DE`, `… EN VAN`, `… VOOR`) runs on. */
export const RUNS_ON = /(?:\s(?:EN|VAN|VOOR|DE|DER|HET)|,)$/;
/** The rest of such a kind line: any line of capitals (`MINISTERS VAN BINNENLANDSE ZAKEN … EN VAN BUITENLANDSE ZAKEN`). */
const LONG_WRAPPED_TAIL = /^[A-ZÀ-Þ][A-ZÀ-Þ ,'’/-]{0,200}$/;

/**
 * The kind line with its wrapped rest, when the line after it is a short line of capitals and the addressee follows
 * that one: `BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID` / `EN NATUUR` / `Aan
 * de Voorzitter …` (200), `… EN VAN BUITENLANDSE` / `ZAKEN` (46). A kind line that stops mid-phrase takes a longer
 * line: `BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES EN DE` / `MINISTERS VAN
 * BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES EN VAN BUITENLANDSE ZAKEN` (1030).
 */
function withWrappedTail(
  kindLine: NonNullable<HeadFacts['kindLine']>,
  lines: readonly Line[],
  index: number,
): NonNullable<HeadFacts['kindLine']> {
  const next = lines[index + 1];
  const after = lines[index + 2];
  if (!next || !after || !ADDRESSEE_LINE.test(after.text)) return kindLine;
  const tail =
    WRAPPED_TAIL.test(next.text) || (RUNS_ON.test(kindLine.text) && LONG_WRAPPED_TAIL.test(next.text));
  if (!tail) return kindLine;
  if (kindFromHeader(next.text)) return kindLine;
  return {
    kind: kindLine.kind,
    text: `${kindLine.text} ${next.text}`,
    span: { start: kindLine.span.start, end: next.end },
  };
}

/** `Den Haag, 30 september 2022`: the date may run onto the next line, so it is read from the text. */
function dateAfter(text: string, line: Line, keyword: RegExp): DateHit | null {
  const k = keyword.exec(line.text);
  if (!k) return null;
  const from = line.start + k[0].length;
  const d = parseDutchDayPrefix(text.slice(from, from + 60));
  return d ? { iso: d.iso, span: { start: line.start, end: from + d.length } } : null;
}

/** `… OVERLEGVastgesteld 21 januari 1997` (756): the date line glued to the kind line before it. */
function dateAfterGluedVastgesteld(text: string, line: Line): DateHit | null {
  const glued = GLUED_VASTGESTELD.exec(line.text);
  if (!glued) return null;
  const tail: Line = { text: glued[0], start: line.start + glued.index, end: line.end };
  return dateAfter(text, tail, VASTGESTELD);
}

/** `Vastgesteld 11 november` without its year, a line of its own: the day of a page whose year is its vergaderjaar's. */
const YEARLESS_VASTGESTELD = /^Vastgesteld:?\s+(\d{1,2})\s+([a-z]{3,9})\.?\s*$/;

/**
 * A yearless `Vastgesteld` day dated by the vergaderjaar of the zoek metadata table (1153, `2009-2010` and
 * `Vastgesteld 11 november`): the parliamentary year opens in the middle of September, so a day from then to
 * December lies in its first year, a day before in its second.
 */
function yearlessVastgesteld(lines: Line[], sessionYear: number): DateHit | null {
  for (const line of lines) {
    const m = YEARLESS_VASTGESTELD.exec(line.text);
    if (!m) continue;
    const month = DUTCH_MONTHS[m[2] as string];
    const day = Number(m[1]);
    if (month === undefined) return null;
    const year = month > 9 || (month === 9 && day >= 15) ? sessionYear : sessionYear + 1;
    const iso = isoDay(day, month, year);
    return iso ? { iso, span: { start: line.start, end: line.end } } : null;
  }
  return null;
}

/** The hit only when the date ends its line (a footnote digit or a period may follow). */
function wholeLine(hit: DateHit | null, text: string, line: Line): DateHit | null {
  if (!hit) return null;
  return /^[\s.,]*$/.test(text.slice(hit.span.end, line.end)) ? hit : null;
}

/**
 * `(ontvangen 1 juli 2021)` anywhere in the head (`text`'s opening): the date answers to written questions were
 * received. The day itself is read from `text`, where it may run past the head.
 */
function readOntvangen(text: string, head: string): DateHit | null {
  ONTVANGEN.lastIndex = 0;
  for (let m = ONTVANGEN.exec(head); m; m = ONTVANGEN.exec(head)) {
    const hit = dayAfterOpening(text, m);
    if (hit) return hit;
  }
  return null;
}

/** The day after an opening bracket and its word (`(ontvangen `, `(ingezonden `), from the word to the day's end. */
function dayAfterOpening(text: string, opening: RegExpExecArray): DateHit | null {
  const from = opening.index + opening[0].length;
  const d = parseDutchDayPrefix(text.slice(from, from + 60));
  return d ? { iso: d.iso, span: { start: opening.index + 1, end: from + d.length } } : null;
}

/** How far after the answer's line its date may stand (after a long list of co-answering offices). */
const ANSWER_DATE_REACH = 600;
const INGEZONDEN = /\(ingezonden\s+/g;

/**
 * `Antwoord van Minister Van Engelshoven (…), mede namens … (ingezonden 3 mei 2021)` (1597): an answer dated by
 * when it was sent rather than received. Only after the answer's line: the questions' own `(ingezonden …)` comes
 * before it.
 */
function readAnswerSent(text: string, head: string, answerBy: HeadFacts['answerBy']): DateHit | null {
  if (!answerBy) return null;
  INGEZONDEN.lastIndex = answerBy.span.start;
  const m = INGEZONDEN.exec(head);
  return m && m.index - answerBy.span.start <= ANSWER_DATE_REACH ? dayAfterOpening(text, m) : null;
}

/**
 * `Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen …)` → the answering office, without those who
 * answer with it, with or without a comma before them: `Antwoord van minister Opstelten (Veiligheid en Justitie) mede
 * namens de minister van Volksgezondheid, …` (2403) is answered by `minister Opstelten (Veiligheid en Justitie)`; so
 * too `…, mede ondertekend door de minister van …` (183).
 */
function readAnswerBy(text: string, line: Line, opening: number): HeadFacts['answerBy'] {
  const from = line.start + opening;
  const window = text.slice(from, from + 300);
  const stop = /\s*(?:\((?:ontvangen|ingezonden)\b|,?\s*mede\s+(?:namens|ondertekend)\b|\.\s|\.$)/.exec(
    window,
  );
  const raw = stop ? window.slice(0, stop.index) : '';
  const who = raw.replace(/\s+/g, ' ').trim();
  if (who === '' || who.length > 200) return null;
  return { text: who, span: { start: line.start, end: from + (stop?.index ?? 0) } };
}

/** Strips the quotes tweedekamer.nl puts around some titles: `‘Update versnelling …’`. */
function unquote(s: string): string {
  const m = /^[‘'"“«](.+)[’'"”»]$/.exec(s);
  return m ? (m[1] as string).trim() : s;
}

import { siteForUrl } from '../../sites';
import type { UrlVerdict } from '../../sites/types';
import type { DocumentInfo, DocumentKind, PageContext, SiteFacts, Span } from '../types';
import type { NormalizedText } from '../text/normalize';
import { DUTCH_WEEKDAYS } from '../text/dutch-months';
import { readAskers } from './askers';
import { isGovernmentSender, kindFromSoort } from './kind';
import { readMetaFacts, type MetaFacts } from './meta-facts';
import { numberWithoutNoteMarker } from './note-marker';
import { parseDutchDay } from './parse-dutch-date';
import { parseDossierNumber, splitDossierLine } from './publication-id';
import { RUNS_ON, scanHead, type DateHit, type HeadFacts } from './scan-head';
import { capitalizeFirst, mendOffices, officeCase, senderFromHeader } from './sender';
import { bodyFromClosing, bodyFromOpening, governmentFromOpening } from './body-sender';
import {
  committeeFromIntroduction,
  committeeFromOpening,
  delegationFromIntroduction,
} from './committee-sender';
import { findSignature, hasOtherSigner, type Signature } from './signature';

/** Where the parts of the paper's head and foot are, in NORMALIZED offsets (the outline uses them). */
export interface DocumentParts {
  /** The head block: dossier line(s), `Nr.` line, kind/sender line, addressee. */
  header: Span | null;
  /** The `Den Haag, …` / `ontvangen …` / `Vastgesteld …` line. */
  dateLine: Span | null;
  /** The signature block (`De Minister van Defensie,\nK.H. Ollongren`). */
  signature: Span | null;
}

export interface Detection {
  isParliamentary: boolean;
  document: DocumentInfo;
  parts: DocumentParts;
  /** Title of the paper's own dossier (`NAVO`, `Passend onderwijs`), when known. */
  dossierTitle?: string | null;
  /**
   * The day the paper's own date line writes, when a year slip in it was mended and the letter date is another
   * day: `4 januari 2020` on a letter of 4 January 2021 (422). That line is the paper's own, no quoted letter's.
   */
  slippedDateLine?: string;
  /** Why the verdict fell as it did (`url:paper`, `text:addressee`), for debugging and summaries. */
  reasons?: string[];
}

export const EMPTY_DOCUMENT: DocumentInfo = {
  kind: null,
  letterDate: null,
  dossier: null,
  number: null,
  title: null,
  sender: null,
  addressee: null,
  askers: [],
};

const NO_PARTS: DocumentParts = { header: null, dateLine: null, signature: null };

/**
 * Is this a parliamentary paper (contract: Kamerstukken and answers to written questions), and
 * what are its facts? Evidence in order of weight:
 * 1. the URL: a `not-paper` verdict (Staatscourant, Handelingen, news) ends it; `paper` decides it;
 * 2. the head metadata (`dcterms.identifier` `kst-…`, `stcrt-…`; `DC.type`);
 * 3. the text itself, which must show a paper's head (kind line with number, addressee with
 *    `Den Haag` date or signature, dossier with number, answers with `ontvangen`), so that
 *    prose, news, agendas and regulations never pass.
 * Facts (kind, date, dossier) come from the text first where it is precise, else from the page.
 */
export function detectDocument(text: NormalizedText, page?: PageContext): Detection {
  try {
    return detect(text, page);
  } catch {
    // Detection must never break the page or the CLI: an unreadable input is simply no paper.
    return notPaper(['error']);
  }
}

function detect(text: NormalizedText, page: PageContext | undefined): Detection {
  const t = text.text;
  const url = classifyUrl(page?.url);
  const meta = readMetaFacts(page?.meta);
  const facts: SiteFacts = page?.siteFacts ?? {};
  const reasons: string[] = [];

  if (url?.verdict === 'not-paper') return notPaper(['url:not-paper']);
  if (url?.verdict !== 'paper' && meta.verdict === 'not-paper') return notPaper(['meta:not-paper']);

  const head = scanHead(t);
  // `nr. 41` for paper 4 with note 1 (1396), when the text shows the 1 is a note.
  if (head.nr) head.nr = { ...head.nr, number: numberWithoutNoteMarker(text, head.nr) };
  // A tweedekamer.nl page of the plenary's record, `Stenogram : Begroting …` (1029), under the same address as a
  // paper's: the Handelingen, no paper.
  if (head.soort && head.soort.kind === null && /^stenogram\b/i.test(head.soort.label)) {
    return notPaper(['text:stenogram']);
  }
  const signature = findSignature(t);
  if (url?.verdict === 'paper') reasons.push('url:paper');
  else if (meta.verdict === 'paper') reasons.push('meta:paper');
  else {
    const textReason = textVerdict(head, signature);
    if (!textReason) return notPaper(['text:no-paper-head']);
    reasons.push(textReason);
  }

  const kind = resolveKind(t, head, signature, facts, meta, url);
  const written = resolveDate(kind, head);
  const date = withYearSlipMended(written, t);
  const own = kind === 'antwoord schriftelijke vragen' ? null : resolveDossier(head, facts, meta, url);
  const document: DocumentInfo = {
    kind,
    letterDate: date?.iso ?? (facts.date ? parseDutchDay(facts.date) : null),
    dossier: own?.dossier ?? null,
    number: own?.number ?? null,
    title: resolveTitle(head, facts, meta),
    sender: resolveSender(t, kind, head, signature, meta),
    addressee: head.addressee?.text ?? null,
    askers:
      kind === 'antwoord schriftelijke vragen' && head.questions ? readAskers(t, head.questions.start) : [],
  };
  return {
    isParliamentary: true,
    document,
    parts: { header: headerSpan(head), dateLine: date?.span ?? null, signature: signature?.span ?? null },
    ...(written && date && written.iso !== date.iso ? { slippedDateLine: written.iso } : {}),
    dossierTitle:
      head.dossiers[0]?.title || splitDossierLine(facts.dossierLine ?? '')?.title || meta.dossierTitle,
    reasons,
  };
}

function notPaper(reasons: string[]): Detection {
  return {
    isParliamentary: false,
    document: { ...EMPTY_DOCUMENT, askers: [] },
    parts: { ...NO_PARTS },
    reasons,
  };
}

function classifyUrl(raw: string | undefined): UrlVerdict | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  const site = siteForUrl(u);
  return site ? site.classifyUrl(u) : null;
}

/**
 * Without a URL or metadata verdict, the text must show the head of a paper; one loose signal
 * (a `Den Haag` line in a press release, a `De Minister van …` opening a regulation) is not enough.
 */
function textVerdict(head: HeadFacts, signature: Signature | null): string | null {
  // A soort line naming no paper (`Agenda procedurevergadering : …`) settles it.
  if (head.soort && head.soort.kind === null) return null;
  const dated = head.denHaag ?? head.vastgesteld ?? head.voorgesteld;
  if (head.kindLine && (head.nr || head.addressee || dated)) return 'text:kind-line';
  if (head.addressee && (head.denHaag || signature)) return 'text:addressee';
  if (head.nr && head.dossiers.length > 0) return 'text:dossier-number';
  if (head.soort && (head.nr || head.dossiers.length > 0 || head.addressee || head.ontvangen || dated)) {
    return 'text:soort';
  }
  if (head.questions && head.ontvangen) return 'text:answers';
  return null;
}

const TO_A_CHAMBER = /\bvoorzitter van de (?:tweede|eerste) kamer\b/i;

function resolveKind(
  text: string,
  head: HeadFacts,
  signature: Signature | null,
  facts: SiteFacts,
  meta: MetaFacts,
  url: UrlVerdict | null,
): DocumentKind {
  const kindLine = ownKindLine(head);
  const fromText =
    kindLine?.kind ?? kindFromSoort(facts.soort ?? '') ?? head.soort?.kind ?? meta.kind ?? url?.kind;
  // A bare soort `Brief` (KOOP's KamerstukTypen) does not say who wrote it; a cabinet signature does.
  if (fromText === 'brief' && !kindLine && signature && isGovernmentSender(signature.sender)) {
    return 'brief regering';
  }
  if (fromText) return fromText;
  // A verslag of a schriftelijk overleg opens with its `Vastgesteld` date and then quotes the letters
  // exchanged, with their addressee and `Den Haag` date (156), and the questions of the members (`Vragen van de
  // leden van de fractie van …`, 2187): the date line that comes first decides.
  if (
    head.vastgesteld &&
    !kindLine &&
    comesFirst(head.vastgesteld.span, [head.denHaag?.span, head.addressee?.span, head.questions ?? undefined])
  ) {
    return head.questionsPut ? 'lijst van vragen en antwoorden' : 'verslag';
  }
  if (head.questions || head.answerBy || head.ontvangen) return 'antwoord schriftelijke vragen';
  if (head.addressee || head.denHaag) {
    if (signature) return isGovernmentSender(signature.sender) ? 'brief regering' : 'brief';
    // Neither kind line nor cabinet signature (a page's opening, the older zoek layout of 92): a letter
    // to a Kamer's Voorzitter with its Den Haag date is the cabinet's, which writes nearly all of them,
    // unless it closes with another signer (the Rekenkamer, a committee's chair).
    const toAChamber = head.denHaag && head.addressee && TO_A_CHAMBER.test(head.addressee.text);
    return toAChamber && !hasOtherSigner(text) ? 'brief regering' : 'brief';
  }
  if (head.vastgesteld) return head.questionsPut ? 'lijst van vragen en antwoorden' : 'verslag';
  // Without a kind line, a paper dated by an `Ontvangen 23 oktober 2017` line of its own is what the cabinet
  // sends in a bill's procedure: an Eerste Kamer (nadere) memorie van antwoord quoting the questions it answers
  // (738), as the papers with that kind line are (590, 591).
  if (head.receivedLine) return 'nota';
  return 'overig';
}

/**
 * The paper's own kind line. An Eerste Kamer verslag of a schriftelijk overleg may open with its
 * `Vastgesteld` date and quote the letters exchanged below it, a letter's kind line included: `Vastgesteld
 * 20 oktober 2023` … `BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE …` (620). A letter's kind line below the
 * `Vastgesteld` line is the quoted letter's, not the paper's.
 */
function ownKindLine(head: HeadFacts): HeadFacts['kindLine'] {
  const line = head.kindLine;
  if (!line || !head.vastgesteld || (line.kind !== 'brief' && line.kind !== 'brief regering')) return line;
  return comesFirst(head.vastgesteld.span, [line.span]) ? null : line;
}

/** `span` starts before every other span given. */
function comesFirst(span: Span, others: readonly (Span | undefined)[]): boolean {
  return others.every((o) => o === undefined || span.start < o.start);
}

/** The paper's own date, by kind: `ontvangen` for answers, `Vastgesteld` for verslagen, else `Den Haag`. */
function resolveDate(kind: DocumentKind, head: HeadFacts): DateHit | null {
  switch (kind) {
    case 'antwoord schriftelijke vragen':
      return head.ontvangen ?? head.denHaag;
    case 'verslag':
    case 'lijst van vragen en antwoorden':
      // A verslag of the Staten of Aruba sent to the Kamer is dated by its `Ontvangen 20 mei 2022` line alone (2606).
      return head.vastgesteld ?? head.denHaag ?? head.dayBelowKind ?? head.receivedLine;
    case 'motie':
    case 'amendement':
      // An older amendement is dated by its `Ontvangen 25 november 1996` line alone (630).
      return head.voorgesteld ?? head.denHaag ?? head.receivedLine;
    default:
      return (
        head.denHaag ??
        head.vastgesteld ??
        head.voorgesteld ??
        head.ontvangen ??
        head.receivedLine ??
        head.dayBelowKind
      );
  }
}

/**
 * A paper written in the first days of a year is sometimes dated with the year just ended: `Den Haag, 4 januari
 * 2020` on a letter of 2021 (422), which goes on `Vanaf vandaag, 4 januari, …` and `Maandag 4 januari markeert zo
 * een belangrijk moment`. 4 January was a Saturday in 2020 and a Monday in 2021. When a January paper names its own
 * day again with a weekday (and no year) that does not fit the year of its date line but fits the next year, the
 * weekday mends the slip. Only January papers are looked at, and only for their own day: nothing else is evidence
 * enough to overrule a date line.
 */
function withYearSlipMended(date: DateHit | null, text: string): DateHit | null {
  const m = date && /^(\d{4})-01-(\d{2})$/.exec(date.iso);
  if (!date || !m) return date;
  const year = Number(m[1]);
  const day = Number(m[2]);
  const sameDay = new RegExp(`\\b(${DUTCH_WEEKDAYS.join('|')})\\s+${day}\\s+januari\\b(?!\\s*\\d)`, 'gi');
  const weekdayIn = (y: number) => new Date(Date.UTC(y, 0, day)).getUTCDay();
  for (const hit of text.matchAll(sameDay)) {
    const named = DUTCH_WEEKDAYS.indexOf((hit[1] as string).toLowerCase());
    if (named === weekdayIn(year)) return date;
    if (named === weekdayIn(year + 1)) return { ...date, iso: `${year + 1}${date.iso.slice(4)}` };
  }
  return date;
}

/** Own dossier and number: the URL and metadata spell them exactly; the text and side facts otherwise. */
function resolveDossier(
  head: HeadFacts,
  facts: SiteFacts,
  meta: MetaFacts,
  url: UrlVerdict | null,
): { dossier: string | null; number: string | null } {
  const textNumber = head.nr?.number ?? null;
  if (url?.dossier) return { dossier: url.dossier, number: url.number ?? textNumber };
  if (meta.dossier) return { dossier: meta.dossier, number: meta.number ?? textNumber };
  const side = facts.nummer ? parseDossierNumber(facts.nummer) : null;
  if (side) return side;
  const fromText = head.dossiers[0]?.dossier;
  if (fromText) return { dossier: fromText, number: textNumber };
  // Without any dossier, the number alone still names the paper within its (unknown) dossier.
  return { dossier: splitDossierLine(facts.dossierLine ?? '')?.dossier ?? null, number: textNumber };
}

function resolveTitle(head: HeadFacts, facts: SiteFacts, meta: MetaFacts): string | null {
  return head.soort?.title || facts.title?.trim() || meta.title || null;
}

/**
 * Who wrote the paper. The head's kind line first: it names every sender (`BRIEF VAN DE STAATSSECRETARIS VAN
 * INFRASTRUCTUUR EN WATERSTAAT EN DE MINISTER VAN KLIMAAT EN GROENE GROEI`, 954, where the signature's first office is
 * only the first of them), the members of a motie, the committee of a verslag. A kind line cut off in mid-name (`… EN
 * DE MINISTER VAN`) gives way to the rest. Then who answers written questions, named in their head, then the
 * signature, then the page's metadata.
 */
function resolveSender(
  text: string,
  kind: DocumentKind,
  head: HeadFacts,
  signature: Signature | null,
  meta: MetaFacts,
): string | null {
  const kindLine = ownKindLine(head);
  const fromHead = kindLine ? senderFromHeader(kindLine.text) : null;
  if (fromHead && !CUT_OFF.test(fromHead)) return mendOffices(fromHead, text);
  if (kind === 'verslag' || kind === 'lijst van vragen en antwoorden') {
    // A verslag's kind line names no writer (`VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`); its opening sentence does, and
    // comes before any signature: the one at its end is that of the minister's answer it quotes.
    const end = headEnd(head, kindLine);
    const committee =
      end === null ? null : (committeeFromOpening(text, end) ?? committeeFromIntroduction(text, end));
    if (committee) return committee;
    // A verslag of a delegation's visit or of an assembly's session: the delegation reports (1317, 744).
    const delegation = end !== null && kind === 'verslag' ? delegationFromIntroduction(text, end) : null;
    if (delegation) return delegation;
  }
  const answerBy = head.answerBy?.text;
  // `minister Opstelten (Veiligheid en Justitie)` (2403) opens with a capital as a value of its own.
  if (answerBy) return capitalizeFirst(answerBy);
  if (signature) return officeCase(signature.sender);
  if (meta.indiener || kind === 'brief regering') return meta.indiener;
  // A paper of a body of the Kamer or of the Rekenkamer: its opening act or its closing names it (691, 1066, 2306,
  // 792, 895). A cabinet letter is no body's. A nota whose opening names the government as who answers is the
  // government's (1289, 2722), when nothing names the minister who signs.
  const end = openingEnd(head, kindLine);
  if (end === null) return null;
  return (
    bodyFromOpening(text, end) ??
    (kind === 'nota' ? governmentFromOpening(text, end) : null) ??
    bodyFromClosing(text, end)
  );
}

/**
 * Where the head of a letter or a nota ends: after its date line (`Den Haag, 18 mei 2011`, `Ontvangen 12 april 2022`),
 * its addressee or any part `headEnd` takes, whichever is lowest; its opening sentence starts on the next line.
 */
function openingEnd(head: HeadFacts, kindLine: HeadFacts['kindLine']): number | null {
  const ends = [head.denHaag, head.receivedLine, head.addressee]
    .map((part) => part?.span.end)
    .filter((e): e is number => e !== undefined);
  const own = headEnd(head, kindLine);
  if (own !== null) ends.push(own);
  return ends.length === 0 ? null : Math.max(...ends);
}

/**
 * Where a verslag's head ends: after its `Vastgesteld` date, its own kind line, the day below it or its number line,
 * whichever is lowest; the paper's own opening sentence starts on the next line. A letter's kind line it quotes below
 * its `Vastgesteld` line (620) is no part of its head.
 */
function headEnd(head: HeadFacts, kindLine: HeadFacts['kindLine']): number | null {
  const ends = [head.vastgesteld, kindLine, head.dayBelowKind, head.nr]
    .map((part) => part?.span.end)
    .filter((e): e is number => e !== undefined);
  return ends.length === 0 ? null : Math.max(...ends);
}

/** A sender that stops at a word that cannot end an office or a name: where a kind line runs on (see RUNS_ON). */
const CUT_OFF = new RegExp(RUNS_ON.source, 'i');

/** From the first to the last line of the head block; parts far below the first one are not the head. */
function headerSpan(head: HeadFacts): Span | null {
  const spans = [
    head.soort?.span,
    head.dossiers[0]?.span,
    head.nr?.span,
    head.kindLine?.span,
    head.addressee?.span,
    head.questions ?? undefined,
    head.answerBy?.span,
  ].filter((s): s is Span => s !== undefined);
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((s) => s.start));
  const near = spans.filter((s) => s.start - start <= 1500);
  return { start, end: Math.max(...near.map((s) => s.end)) };
}

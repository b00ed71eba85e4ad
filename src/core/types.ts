/**
 * Types of the analysis contract (`docs/analysis-contract.md`, schema 1) and of the
 * interfaces between the core modules. Pure data: no DOM, no browser API.
 *
 * Every offset in a finding is a UTF-16 offset into the ORIGINAL text handed to `analyze`
 * (for a page: the text extracted from its container), `end` exclusive.
 */

export const SCHEMA_VERSION = 1;

export type DocumentKind =
  | 'brief regering'
  | 'brief'
  | 'antwoord schriftelijke vragen'
  | 'verslag'
  | 'motie'
  | 'amendement'
  | 'wetsvoorstel'
  | 'memorie van toelichting'
  | 'nota'
  | 'lijst van vragen en antwoorden'
  | 'overig';

export interface Span {
  start: number;
  end: number;
}

export interface DocumentInfo {
  kind: DocumentKind | null;
  /** ISO `YYYY-MM-DD`: the `Den Haag, …` line, `ontvangen …` for answers, `Vastgesteld …` for a verslag. */
  letterDate: string | null;
  /** Own dossier number without spaces, suffix joined with '-': `36200-X`, `21501-02`. */
  dossier: string | null;
  /** Own number within the dossier (ondernummer): `554`, or an Eerste Kamer letter `B`. */
  number: string | null;
  title: string | null;
  sender: string | null;
  addressee: string | null;
  /**
   * Who asked the written questions an answer answers, in the order their `Vragen van …` line names them, each as it
   * writes them with their party: `Van der Lee (GroenLinks)`. Empty for other kinds, or when the line names none.
   */
  askers: string[];
}

export type AcronymSource = 'document' | 'glossary' | 'user';

export interface AcronymFinding {
  abbr: string;
  expansion: string | null;
  source: AcronymSource | null;
  occurrences: Span[];
}

export type CitationType = 'kamerstuk' | 'handelingen' | 'aanhangsel' | 'staatscourant' | 'staatsblad';

export interface CitationFinding extends Span {
  text: string;
  type: CitationType;
  chamber: 'I' | 'II' | null;
  dossier: string | null;
  number: string | null;
  year: string | null;
  url: string | null;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'approximate';

export interface DateFinding extends Span {
  text: string;
  iso: string;
  endIso: string | null;
  precision: DatePrecision;
}

export interface TimelineEntry extends Span {
  iso: string;
  endIso: string | null;
  label: string;
  relation: 'past' | 'same-day' | 'future' | null;
  kind: 'event' | 'commitment' | 'deadline';
  /**
   * The sentence the label was taken from (original offsets): what a shortened label stands for. The
   * core always sets it; a timeline sent for an export (`format-export`) goes without.
   */
  sentence?: Span;
}

export interface CommitmentFinding extends Span {
  text: string;
  due: string | null;
}

/** What an outline entry stands for; the contract only requires level/title/start. */
export type OutlineKind = 'header' | 'heading' | 'question' | 'answer' | 'footnotes' | 'signature';

export interface OutlineEntry {
  level: number;
  title: string;
  start: number;
  kind: OutlineKind;
}

export interface AnalysisResult {
  schema: typeof SCHEMA_VERSION;
  isParliamentary: boolean;
  document: DocumentInfo;
  acronyms: AcronymFinding[];
  citations: CitationFinding[];
  dates: DateFinding[];
  timeline: TimelineEntry[];
  commitments: CommitmentFinding[];
  outline: OutlineEntry[];
}

/**
 * What a page adds to the text: where it came from and what its markup says.
 * Built by the DOM layer (content script, or the CLI for saved `.html`); absent for plain text.
 */
export interface PageContext {
  /** The page address, when known. */
  url?: string;
  /** `<meta name=… content=…>` pairs, names lower-cased (`dcterms.identifier`, `dc.type`, …). */
  meta?: Record<string, string>;
  /** Facts a site file read from the page chrome (outside the text container), e.g. the tweedekamer.nl soort. */
  siteFacts?: SiteFacts;
  /** HTML headings inside the container, as offsets into the extracted text. */
  headings?: PageHeading[];
}

export interface PageHeading {
  level: number;
  start: number;
  end: number;
}

/** Facts a site file reads from a page's markup outside the document text. */
export interface SiteFacts {
  /** The kind label the site shows (`Brief regering`, `Motie`, `Antwoord schriftelijke vragen`). */
  soort?: string;
  /** The site's own heading of the paper (tweedekamer.nl `h1` subject, officielebekendmakingen title). */
  title?: string;
  /** `31497-504` style id from the side facts. */
  nummer?: string;
  /** Dossier line of the modal title: `31 497 Passend onderwijs`. */
  dossierLine?: string;
  /** Date as the site shows it (`2 juli 2025`). */
  date?: string;
}

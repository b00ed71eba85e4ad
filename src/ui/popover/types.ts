/**
 * What a popover shows: plain data built by the reader from the findings, so the components
 * know nothing of the core's modules or the messaging. Every string may come from the page or
 * an API answer and is rendered as text only.
 */
import type { CitationType } from '../../core/types';

export type AcronymSourceKind = 'document' | 'glossary' | 'user';

export interface AcronymMeaningView {
  expansion: string;
  explanation?: string;
  source: AcronymSourceKind | null;
}

export interface AcronymPopoverData {
  kind: 'acronym';
  abbr: string;
  /** Null when no meaning is known. */
  expansion: string | null;
  explanation?: string;
  /** Glossary category (`ministry`, `nato-defence`, …), when known. */
  category?: string;
  /** Language of the expansion (`en` for `North Atlantic Treaty Organization`). */
  lang?: string;
  source: AcronymSourceKind | null;
  /** The glossary's usual meaning when the paper defines it differently. */
  standardExpansion?: string;
  /** Other meanings of an ambiguous abbreviation, most likely first. */
  alternatives: AcronymMeaningView[];
  /** The paper defines it and the defining sentence can be shown. */
  hasDefinition: boolean;
  /** 1-based number of the occurrence shown, and how many there are. */
  occurrence: number;
  occurrences: number;
}

/** Details of a cited paper from the background's lookup, or where that lookup stands. */
export type CitationDetails =
  | { state: 'loading' }
  | {
      state: 'found';
      title: string;
      /** The kind as the service names it (Dutch), and its English when known (`PaperTitle.kindEn`). */
      kind: string | null;
      kindEn: string | null;
      date: string | null;
      dossierTitle: string | null;
    }
  | { state: 'not-found' }
  | { state: 'unavailable' }
  | { state: 'disabled' };

export interface CitedPaperView {
  type: CitationType;
  chamber: 'I' | 'II' | null;
  dossier: string | null;
  number: string | null;
  year: string | null;
  /** The paper's page (checked again before it becomes a link). */
  url: string | null;
  /** The paper cites itself (its own metadata line). */
  self: boolean;
  /** ISO date the text gives the paper. */
  date: string | null;
  details: CitationDetails;
}

export interface CitationPopoverData {
  kind: 'citation';
  /** The citation as written in the paper. */
  text: string;
  /** One entry per cited paper (a citation of several numbers names several). */
  papers: CitedPaperView[];
}

export interface DatePopoverData {
  kind: 'date';
  text: string;
  iso: string;
  endIso: string | null;
  precision: string;
}

export type PopoverData = AcronymPopoverData | CitationPopoverData | DatePopoverData;

/** What the popover's buttons do; the reader implements them. */
export interface PopoverActions {
  close(): void;
  /** Step to the previous / next occurrence of the acronym shown. */
  previousOccurrence(): void;
  nextOccurrence(): void;
  /** Scroll to and flash the sentence where the paper defines the acronym. */
  showDefinition(): void;
  /** Copies text to the clipboard; resolves false when that failed. */
  copy(text: string): Promise<boolean>;
}

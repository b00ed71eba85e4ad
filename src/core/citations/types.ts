import type { CitationFinding, CitationType, Span } from '../types';

/**
 * One cited paper, as parsed: what the citation says, without where it stands.
 * This is also what the title lookups (`src/api`) receive.
 */
export interface CitedPaperRef {
  type: CitationType;
  /** `I` (Eerste Kamer) or `II` (Tweede Kamer); inferred where the text leaves it out (see `paper-id.ts`). */
  chamber: 'I' | 'II' | null;
  /** Kamerstuk dossier without spaces, suffix joined with `-`: `29521`, `21501-28`, `36200-X`. */
  dossier: string | null;
  /** Number within the dossier (`446`, Eerste Kamer letter `B`), Handelingen vergadering, Aanhangsel, Stcrt./Stb. number. */
  number: string | null;
  /** Vergaderjaar `2020-2021` for Handelingen, Aanhangsel and Kamerstukken that state one; calendar year for Stcrt./Stb. */
  year: string | null;
  /** Agenda item of a Handelingen citation (`item 9`). */
  item: string | null;
  /** Canonical paper id as officielebekendmakingen spells it (`kst-29521-446`), or null when the text does not pin one down. */
  id: string | null;
}

/** A citation finding with what the reader needs beyond the contract (extra fields are allowed by the contract). */
export interface Citation extends CitationFinding {
  /** Canonical paper id (`kst-29521-446`, `ah-tk-20202021-2844`), null when unknown. */
  id: string | null;
  /** True when the paper cites itself (the metadata line of a zoek page, `Zie ook Aanhangsel …` in an answer). */
  self: boolean;
  /** ISO date the text gives the cited paper (`d.d. 17 juni 2022`, `brief van 7 maart 2016 (…)`). */
  date: string | null;
  /** For a short form (`voornoemde brief`, `(idem)`): the ORIGINAL span of the full citation it stands for. */
  resolvedFrom: Span | null;
}

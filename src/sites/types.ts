import type { DocumentKind, SiteFacts } from '../core/types';

export type SiteId = 'officielebekendmakingen' | 'tweedekamer';

/** What a URL alone says about the page. */
export interface UrlVerdict {
  /** `paper`: activate; `not-paper`: stay silent (news, agenda, Staatscourant, Handelingen…); `unknown`: let the text decide. */
  verdict: 'paper' | 'not-paper' | 'unknown';
  kind?: DocumentKind;
  /** Own dossier (`36200-X`) and number, when the URL carries them (`kst-36200-X-5.html`). */
  dossier?: string;
  number?: string;
  /** The publication id in the URL (`kst-32793-205`, `ah-tk-20242025-100`, `2025D43552`). */
  id?: string;
}

/**
 * One site: its URL patterns, where the paper's text lives in its pages, and how to read its
 * metadata. Every site-specific selector lives in the site's own file.
 */
export interface Site {
  id: SiteId;
  /** Host names this site answers on (lower case). */
  hosts: readonly string[];
  classifyUrl(url: URL): UrlVerdict;
  /** CSS selectors of the element holding the paper's text, in order of preference. */
  containerSelectors: readonly string[];
  /** Elements inside the container that are not the paper's text (navigation, buttons, share widgets). */
  skipSelectors: readonly string[];
  /** When the text sits in a modal hidden until opened (tweedekamer.nl). */
  modal?: { root: string; openButton: string };
  /** Facts from the page's markup outside the text (soort, title, nummer). Only standard DOM queries. */
  readFacts(root: ParentNode): SiteFacts;
}

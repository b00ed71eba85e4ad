import {
  NOT_PAPER_SERIES,
  PAPER_SERIES,
  parsePublicationId,
  type PublicationId,
} from '../core/detect/publication-id';
import type { SiteFacts } from '../core/types';
import type { Site, UrlVerdict } from './types';

/**
 * zoek.officielebekendmakingen.nl (KOOP): Kamerstukken (`kst-…`), answers to written questions
 * (`ah-tk-…`), but also Handelingen, Staatscourant, Staatsblad and local gazettes, where the reader
 * stays silent. URL shapes: `docs/domain.md` §2 and §3.
 */

/** Last path segment that carries a publication id: `/kst-21501-02-2072.html`, `/dossier/29279/kst-29279-331.html`. */
function idFromPath(pathname: string): PublicationId | null {
  const segments = pathname.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1];
  return last ? parsePublicationId(decodeURIComponentSafe(last)) : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** KOOP's search pages: the search form, its results and the advanced search (also left out by the manifest). */
export const KOOP_SEARCH_PAGES: readonly string[] = [
  'resultaten',
  'zoeken',
  'zoekresultaten',
  'uitgebreidzoeken',
];
const SEARCH_PAGE = new RegExp(`^/(${KOOP_SEARCH_PAGES.join('|')})\\b`);

export function classifyOfficieleBekendmakingenUrl(url: URL): UrlVerdict {
  const path = url.pathname.toLowerCase();
  // The metadata and XML renderings of a paper are data, not a page to read.
  if (/\/metadata\.xml$/.test(path) || /\.xml$/.test(path)) return { verdict: 'not-paper' };
  if (path === '/' || path === '' || SEARCH_PAGE.test(path)) {
    return { verdict: 'not-paper' };
  }
  const id = idFromPath(url.pathname);
  if (!id) {
    // A dossier overview (`/dossier/36800`) lists papers; it is not one.
    return /^\/dossier\//.test(path) ? { verdict: 'not-paper' } : { verdict: 'unknown' };
  }
  if (NOT_PAPER_SERIES.has(id.series)) return { verdict: 'not-paper', id: id.id };
  if (!PAPER_SERIES.has(id.series)) return { verdict: 'unknown', id: id.id };
  if (id.series === 'kst') {
    return { verdict: 'paper', id: id.id, dossier: id.dossier ?? undefined, number: id.number ?? undefined };
  }
  // ah-tk / ah-ek (Aanhangsel) and kv-tk (the questions): answers to written questions.
  return { verdict: 'paper', id: id.id, kind: 'antwoord schriftelijke vragen' };
}

/** `<meta>` content by name, case-insensitively (`DC.type`, `dc.type`); `scheme` narrows repeated names. */
function metaContent(metas: readonly Element[], name: string, scheme?: string): string | null {
  for (const el of metas) {
    if ((el.getAttribute('name') ?? '').toLowerCase() !== name) continue;
    if (scheme && (el.getAttribute('scheme') ?? '').toLowerCase() !== scheme) continue;
    const content = (el.getAttribute('content') ?? '').trim();
    if (content !== '') return content;
  }
  return null;
}

/**
 * Facts from the head metadata: the soort (`DC.type` of scheme `OVERHEIDop.KamerstukTypen`, e.g.
 * `Motie`), the document title and the `dossier-number` id.
 */
function readFacts(root: ParentNode): SiteFacts {
  const facts: SiteFacts = {};
  try {
    // Read once for all the names below, from the head where the page has one (see `readMeta`).
    const metas = Array.from(((root as Partial<Document>).head ?? root).querySelectorAll('meta'));
    const soort = metaContent(metas, 'dc.type', 'overheidop.kamerstuktypen');
    if (soort) facts.soort = soort;
    const title =
      metaContent(metas, 'overheidop.documenttitel') ??
      root.querySelector('h1.stuktitel')?.textContent?.trim();
    if (title) facts.title = title.replace(/\s+/g, ' ');
    const id = parsePublicationId(
      metaContent(metas, 'dcterms.identifier') ?? metaContent(metas, 'dc.identifier') ?? '',
    );
    if (id?.series === 'kst' && id.dossier && id.number) facts.nummer = `${id.dossier}-${id.number}`;
    const dossierTitle = metaContent(metas, 'overheidop.dossiertitel');
    if (id?.series === 'kst' && id.dossier && dossierTitle)
      facts.dossierLine = `${id.dossier} ${dossierTitle}`;
  } catch {
    // A page with odd markup gives fewer facts, never an error.
  }
  return facts;
}

export const officieleBekendmakingen: Site = {
  id: 'officielebekendmakingen',
  hosts: ['zoek.officielebekendmakingen.nl', 'www.officielebekendmakingen.nl', 'officielebekendmakingen.nl'],
  classifyUrl: classifyOfficieleBekendmakingenUrl,
  // Current layout first (`article div#broodtekst`), then the older `div.stuk`.
  containerSelectors: ['div#broodtekst', 'div.stuk'],
  // Chrome that older pages put inside the text block: print/share tools and the table of contents.
  // `h5.note-close` is the close control ("X Noot") of each KOOP footnote pop-up, not text.
  skipSelectors: ['script', 'style', 'noscript', 'button', '#inhoudsopgave', '.note-close'],
  readFacts,
};

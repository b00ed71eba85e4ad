import type { DocumentKind, SiteFacts } from '../core/types';
import type { Site, UrlVerdict } from './types';

/**
 * www.tweedekamer.nl: every paper page shares one template (`/kamerstukken/<soort>/detail?id=…&did=…`),
 * with the text in a modal that opens on "Open document". Structure from a real saved motion page
 * (`tests/fixtures/reference/tweedekamer.nl/`, SOURCES.md).
 */

/** Kind hint by the path's list name; the text or the page's soort refines it. */
const KIND_BY_LIST: Readonly<Record<string, DocumentKind>> = {
  brieven_regering: 'brief regering',
  moties: 'motie',
  kamervragen: 'antwoord schriftelijke vragen',
  commissieverslagen: 'verslag',
  amendementen: 'amendement',
};

/** `/kamerstukken/<list>/…` pages that are not one paper: transcripts, votes, overviews. */
const NOT_PAPER_LISTS = new Set([
  'plenaire_verslagen',
  'stemmingsuitslagen',
  'kamerstukdossier',
  'besluitenlijsten',
  'toezeggingen',
  'activiteiten',
]);

/** Site sections that never hold a paper. */
const NOT_PAPER_SECTIONS =
  /^\/(nieuws|debat_en_vergadering|applicaties|zoeken|kamerleden_en_commissies|over_de_tweede_kamer|contact|vergaderingen|agenda)(\/|$)/;

export function classifyTweedeKamerUrl(url: URL): UrlVerdict {
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (path === '' || NOT_PAPER_SECTIONS.test(path)) return { verdict: 'not-paper' };
  const m = /^\/kamerstukken(?:\/([a-z_]+))?(?:\/([a-z_]+))?(\/.*)?$/.exec(path);
  if (!m) return { verdict: 'unknown' };
  const [, list, action, deeper] = m;
  if (list === undefined) return { verdict: 'not-paper' }; // the Kamerstukken landing page
  if (NOT_PAPER_LISTS.has(list)) return { verdict: 'not-paper' };
  // Paper pages end in `/detail`; deeper paths belong to other templates.
  if (deeper !== undefined) return { verdict: 'unknown' };
  const isDetail = list === 'detail' || action === 'detail';
  // Parameters come in either order: `?id=2025Z13886&did=2025D31484` or `?did=…&id=…`.
  const id = url.searchParams.get('did') ?? url.searchParams.get('id');
  if (!isDetail || !id) return { verdict: list === 'detail' || isDetail ? 'unknown' : 'not-paper' };
  const kind = list === 'detail' ? undefined : KIND_BY_LIST[list];
  return kind ? { verdict: 'paper', kind, id } : { verdict: 'paper', id };
}

/** Visible text of an element without its visually hidden parts (`<span class="h-visually-hidden">:</span>`). */
function visibleText(el: Element, skip?: Element | null): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (e === skip || e.classList.contains('h-visually-hidden')) continue;
        walk(e);
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Facts outside the modal: the soort and subject in the `h1`
 * (`<h1><span class="u-text-primary">Motie</span><span class="h-visually-hidden">:</span> {onderwerp}</h1>`),
 * the dossier line in the modal title, and `Nummer:` / `Datum:` in the aside list.
 */
function readFacts(root: ParentNode): SiteFacts {
  const facts: SiteFacts = {};
  try {
    const soortEl = root.querySelector('h1 span.u-text-primary');
    const soort = soortEl?.textContent?.replace(/\s+/g, ' ').trim();
    if (soort) facts.soort = soort;
    const h1 = soortEl?.closest('h1') ?? root.querySelector('h1');
    const title = h1 ? visibleText(h1, soortEl) : '';
    if (title) facts.title = title;
    const dossierLine = root.querySelector('#document-html-modal h2.m-modal__title, h2.m-modal__title');
    const line = dossierLine?.textContent?.replace(/\s+/g, ' ').trim();
    if (line) facts.dossierLine = line;
    for (const item of Array.from(root.querySelectorAll('aside ul.m-list li'))) {
      const label = item.querySelector('span.h-visually-hidden')?.textContent?.trim().toLowerCase();
      const value = visibleText(item);
      if (!value) continue;
      if (label === 'nummer:') facts.nummer ??= value;
      else if (label === 'datum:') facts.date ??= value;
    }
  } catch {
    // A changed template gives fewer facts, never an error.
  }
  return facts;
}

export const tweedeKamer: Site = {
  id: 'tweedekamer',
  hosts: ['www.tweedekamer.nl', 'tweedekamer.nl'],
  classifyUrl: classifyTweedeKamerUrl,
  containerSelectors: ['#document-html-modal .m-modal__content'],
  skipSelectors: ['script', 'style', 'noscript', 'button'],
  modal: {
    root: '#document-html-modal',
    openButton: 'button[data-modal-toggle="#document-html-modal"]',
  },
  readFacts,
};

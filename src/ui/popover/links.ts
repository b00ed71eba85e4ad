/**
 * Links in popovers: only https addresses on the government hosts where papers and dossiers
 * live, so nothing from the page or an API answer can point a reader elsewhere.
 */

export const GOVERNMENT_HOSTS: ReadonlySet<string> = new Set([
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'officielebekendmakingen.nl',
  'www.tweedekamer.nl',
  'tweedekamer.nl',
  'www.eerstekamer.nl',
  'eerstekamer.nl',
]);

/** The address, normalised, when it is https on a government host; else null. */
export function safeGovernmentUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 500) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  return GOVERNMENT_HOSTS.has(url.hostname.toLowerCase()) ? url.href : null;
}

// A dossier as the core spells it: `29521`, `36200-X`, `21501-02`, `36600-XXIII`.
const DOSSIER = /^[0-9]{1,6}(?:-[0-9A-Za-z]{1,8}){0,2}$/;

/** The dossier's overview on zoek.officielebekendmakingen.nl (`/dossier/36200-X`), or null. */
export function dossierUrl(dossier: string | null | undefined): string | null {
  if (!dossier || !DOSSIER.test(dossier)) return null;
  return `https://zoek.officielebekendmakingen.nl/dossier/${dossier}`;
}

/**
 * An address by what names the page: its host without `www.` or `zoek.`, its last path segment without
 * `.html`, in lower case.
 */
function pageKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/[?#].*/, '')
    .replace(/^[a-z]+:\/\/(?:www\.|zoek\.)?([^/]*).*?([^/]*?)(?:\.html?)?\/?$/, '$1 $2');
}

/**
 * Whether `url` leads to the page the reader is on, which offers no link to itself. One KOOP page has
 * several addresses: `http:` in the tests, `www.` for `zoek.`, `?resultIndex=…` from the search,
 * `/dossier/28676/kst-28676-409.html`, no `.html`.
 */
export function leadsHere(url: string): boolean {
  return pageKey(url) === pageKey(location.href);
}

import { NOT_PAPER_SERIES, PAPER_SERIES } from '../core/detect/publication-id';
import { KOOP_SEARCH_PAGES } from './officielebekendmakingen';

/**
 * The pages Kamerlens runs on: the reader's script's and the page stylesheet's matches (the document_start script's are
 * PAPER_ADDRESS_MATCHES) and the site half of the host permissions. `*://` (not `https://`) so the end-to-end tests can
 * serve fixture pages over http under the real names.
 */
export const SITE_MATCHES: readonly string[] = [
  '*://zoek.officielebekendmakingen.nl/*',
  '*://www.officielebekendmakingen.nl/*',
  '*://www.tweedekamer.nl/*',
  '*://tweedekamer.nl/*',
];

/** The KOOP hosts (papers, but also the gazettes, Handelingen and the search). */
const KOOP_HOSTS = ['zoek.officielebekendmakingen.nl', 'www.officielebekendmakingen.nl'];

/** The series of KOOP's papers: Kamerstukken, answers to written questions (`ah-tk-…`) and the questions (`kv-tk-…`). */
const PAPER_SERIES_PREFIXES: readonly string[] = [...PAPER_SERIES];

/** KOOP's publication series that are never papers: Handelingen, the gazettes, treaties. */
const KOOP_NOT_PAPER_SERIES: readonly string[] = [...NOT_PAPER_SERIES];

/**
 * Addresses of the sites where neither content script is injected: the address alone says the page is no paper, and
 * the KOOP site, whose pages are all loaded whole, never turns one into a paper in place (tweedekamer.nl can: a news
 * page may load a paper in place, so all of it keeps the reader's script, which listens for that). KOOP's searches,
 * gazettes and Handelingen are most of its pages: there the browser now neither evaluates the reader's script (17–22
 * ms a page on the bench's host) nor applies the page stylesheet's highlight rules. A match pattern's `*` also stands
 * for a `/`, so the pattern of a series' pages, `/stb-*`, takes in the papers KOOP shows below such a page,
 * `/stb-2022-270.html/kst-31765-92.html` (in the corpus): SERIES_SUBPAGE_MATCHES gives those back. Every address left
 * out is one the reader would have stopped at after its URL test (`classifyOfficieleBekendmakingenUrl`: not a
 * paper), as `tests/sites/matches.test.ts` checks on every address of the corpus.
 */
export const SITE_EXCLUDES: readonly string[] = KOOP_HOSTS.flatMap((host) => [
  // The home page, a search form.
  `*://${host}/`,
  // The search pages: the page itself, a query after it, or a page below it.
  ...KOOP_SEARCH_PAGES.flatMap((page) => [
    `*://${host}/${page}`,
    `*://${host}/${page}?*`,
    `*://${host}/${page}/*`,
  ]),
  ...KOOP_NOT_PAPER_SERIES.map((series) => `*://${host}/${series}-*`),
  // A paper's metadata and XML renderings: data, not a page to read.
  `*://${host}/*.xml`,
]);

/**
 * The pages below a series' page, `/stb-2022-270.html/kst-31765-92.html`, which SITE_EXCLUDES leaves out with the
 * series' page: the content scripts' second manifest entries match them again (`wxt.config.ts`).
 */
export const SERIES_SUBPAGE_MATCHES: readonly string[] = KOOP_HOSTS.flatMap((host) =>
  KOOP_NOT_PAPER_SERIES.map((series) => `*://${host}/${series}-*/*`),
);

/**
 * The addresses that may be a paper by their URL alone (a superset: the URL rule decides), where the document_start
 * script has work to do: it reserves the sidebar's room and asks ahead only there (`reserve-at-start.ts`,
 * `early-asks.ts`); anywhere else it stopped at its first line, after the browser had made and evaluated it (some
 * 7 ms on a tweedekamer.nl news page). KOOP's papers are named by their last segment (`kst-…`, `ah-tk-…`, `kv-tk-…`,
 * also below a dossier's path), tweedekamer.nl's stand below `/kamerstukken/`.
 */
export const PAPER_ADDRESS_MATCHES: readonly string[] = [
  // The URL rule reads the series in any case (`/KST-31288-66.html`); a match pattern's path is read as written.
  ...KOOP_HOSTS.flatMap((host) =>
    PAPER_SERIES_PREFIXES.flatMap((prefix) => [
      `*://${host}/*${prefix}-*`,
      `*://${host}/*${prefix.toUpperCase()}-*`,
    ]),
  ),
  '*://www.tweedekamer.nl/kamerstukken/*',
  '*://tweedekamer.nl/kamerstukken/*',
];

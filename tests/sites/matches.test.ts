import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../src/sites';
import {
  PAPER_ADDRESS_MATCHES,
  SERIES_SUBPAGE_MATCHES,
  SITE_EXCLUDES,
  SITE_MATCHES,
} from '../../src/sites/matches';
import { matchesPattern, patternHost } from '../helpers/match-patterns';
import { officieleBekendmakingenUrls } from './officielebekendmakingen.urls';
import { tweedeKamerUrls } from './tweedekamer.urls';

const matchesAny = (patterns: readonly string[], url: string): boolean =>
  patterns.some((p) => matchesPattern(p, new URL(url)));
/**
 * Does the manifest inject a script whose first entry matches `matches` at `url`: there less SITE_EXCLUDES, or in its
 * second entry (SERIES_SUBPAGE_MATCHES, `wxt.config.ts`)?
 */
const injectedAt = (matches: readonly string[], url: string): boolean =>
  (matchesAny(matches, url) && !matchesAny(SITE_EXCLUDES, url)) || matchesAny(SERIES_SUBPAGE_MATCHES, url);
/** Is `url` left out of the reader's script and the page stylesheet? */
const excluded = (url: string): boolean => !injectedAt(SITE_MATCHES, url);
const verdict = (url: string): string | undefined => siteForUrl(url)?.classifyUrl(new URL(url)).verdict;

/** The address of every page of the corpus (its first line) and whether the gold calls it a paper. */
function corpusPages(): { url: string; paper: boolean }[] {
  const dir = join(__dirname, '../fixtures/letters');
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as {
        url: string;
        is_parliamentary: boolean;
      };
      return { url: gold.url, paper: gold.is_parliamentary };
    });
}

/** Every address the tests know: the corpus's, and the URL tables of the two sites. */
const ALL_ADDRESSES = [
  ...corpusPages().map((p) => p.url),
  ...officieleBekendmakingenUrls.paper.map((p) => p.url),
  ...officieleBekendmakingenUrls.notPaper,
  ...officieleBekendmakingenUrls.unknown,
  ...tweedeKamerUrls.paper.map((p) => p.url),
  ...tweedeKamerUrls.notPaper,
  ...tweedeKamerUrls.unknown,
];

describe('the addresses where no content script is injected (SITE_EXCLUDES)', () => {
  const pages = corpusPages();

  it('are all of the sites the scripts run on, and of KOOP only (tweedekamer.nl may load a paper in place)', () => {
    for (const pattern of [...SITE_EXCLUDES, ...SERIES_SUBPAGE_MATCHES]) {
      const host = patternHost(pattern);
      expect(SITE_MATCHES, pattern).toContain(`*://${host}/*`);
      expect(host, pattern).toMatch(/officielebekendmakingen\.nl$/);
    }
  });

  it('hold no page the reader would read: every address they match is, by its URL alone, no paper', () => {
    const all = ALL_ADDRESSES.filter((u) => matchesAny(SITE_MATCHES, u));
    const matched = all.filter(excluded);
    expect(matched.length).toBeGreaterThan(40);
    for (const url of matched) expect(verdict(url), url).toBe('not-paper');
  });

  it('leave every paper of the corpus to the reader', () => {
    const papers = pages.filter((p) => p.paper).map((p) => p.url);
    expect(papers.length).toBeGreaterThan(2400);
    expect(papers.filter(excluded)).toEqual([]);
  });

  it("take in the corpus's Handelingen, Staatscourant, Staatsblad and gazette pages at the site's root", () => {
    const gazettes = pages
      .filter((p) =>
        /^https:\/\/zoek\.officielebekendmakingen\.nl\/(h|stcrt|stb|gmb|prb|trb)-[^/]*$/.test(p.url),
      )
      .map((p) => p.url);
    expect(gazettes.length).toBeGreaterThanOrEqual(40);
    expect(gazettes.filter((u) => !excluded(u))).toEqual([]);
  });

  it.each([
    ['the home page, a search form', 'https://zoek.officielebekendmakingen.nl/', true],
    [
      'a search',
      'https://zoek.officielebekendmakingen.nl/resultaten?q=(c.product-area==%22officielepublicaties%22)and(cql.textAndIndexes=%22navo%22)&zv=navo&col=AlleBekendmakingen',
      true,
    ],
    ['the search form', 'https://zoek.officielebekendmakingen.nl/zoeken', true],
    ['the advanced search', 'https://zoek.officielebekendmakingen.nl/uitgebreidzoeken/parlementair', true],
    [
      'a Staatscourant page on the other host',
      'https://www.officielebekendmakingen.nl/stcrt-2013-10981.html',
      true,
    ],
    ["a paper's metadata", 'https://zoek.officielebekendmakingen.nl/kst-28676-409/metadata.xml', true],
    ['a paper', 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html', false],
    [
      'a paper in a dossier',
      'https://zoek.officielebekendmakingen.nl/dossier/29279/kst-29279-331.html',
      false,
    ],
    ['an answer', 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2844.html', false],
    [
      'an annex, which its text may make a paper',
      'https://zoek.officielebekendmakingen.nl/blg-1012345.html',
      false,
    ],
    [
      'a word that only starts like a search page',
      'https://zoek.officielebekendmakingen.nl/zoekenhulp',
      false,
    ],
    [
      'a Handelingen page below a dossier',
      'https://zoek.officielebekendmakingen.nl/behandelddossier/h-tk-19941995-63-3769-3817.html',
      false,
    ],
    [
      'a tweedekamer.nl news page',
      'https://www.tweedekamer.nl/nieuws/kamernieuws/debat-over-fyra-rapport',
      false,
    ],
  ])('%s: %s', (_name, url, out) => {
    expect(excluded(url)).toBe(out);
    if (out) expect(verdict(url)).toBe('not-paper');
  });
});

describe('the addresses the document_start script runs on (PAPER_ADDRESS_MATCHES)', () => {
  const startScriptAt = (url: string): boolean => injectedAt(PAPER_ADDRESS_MATCHES, url);

  it('take in every address that is a paper by its URL alone, the only ones where it has work', () => {
    // Of the addresses the reader's script runs on (not the bare `officielebekendmakingen.nl`, where neither does).
    const papers = ALL_ADDRESSES.filter((u) => verdict(u) === 'paper' && matchesAny(SITE_MATCHES, u));
    expect(papers.length).toBeGreaterThan(2000);
    expect(papers.filter((u) => !startScriptAt(u))).toEqual([]);
  });

  it("are within the sites the reader's script runs on", () => {
    for (const pattern of PAPER_ADDRESS_MATCHES) {
      const host = patternHost(pattern);
      expect(SITE_MATCHES, pattern).toContain(`*://${host}/*`);
    }
  });

  it.each([
    [
      'a tweedekamer.nl news page',
      'https://www.tweedekamer.nl/nieuws/kamernieuws/debat-over-fyra-rapport',
      false,
    ],
    ["tweedekamer.nl's home page", 'https://www.tweedekamer.nl/', false],
    ['a member of the Kamer', 'https://www.tweedekamer.nl/kamerleden_en_commissies/alle_kamerleden', false],
    [
      'a KOOP search for Kamerstukken',
      'https://zoek.officielebekendmakingen.nl/resultaten?q=kst-36600',
      false,
    ],
    ['a Staatscourant page', 'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html', false],
    [
      'a tweedekamer.nl letter',
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633',
      true,
    ],
    ['a KOOP paper', 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html', true],
    ['a KOOP answer', 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2844.html', true],
    [
      "a paper below a Staatsblad's page",
      'https://zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-31765-92.html',
      true,
    ],
  ])('%s: %s', (_name, url, runs) => {
    expect(startScriptAt(url)).toBe(runs);
  });
});

/**
 * The content script never touches the network: on a paper it reads the page and its own
 * package (the glossary), nothing else; on a page that is not a paper it loads nothing at all.
 * Requests are counted from the page, against what the same page asks for without Kamerlens.
 */
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, ROUTES } from '../../scripts/lib/fixture-server.mjs';
import { useHarness, waitForPainted } from './harness';

const h = useHarness();

/** Every request the page makes while `visit` runs. */
async function requestsDuring(visit: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await h.context.newPage();
  const seen: string[] = [];
  const record = (r: Request) => seen.push(r.url());
  page.on('request', record);
  await visit(page);
  page.off('request', record);
  await page.close();
  return seen;
}

/** The fixture file served for a real address. */
function fixtureFile(url: string): string {
  const u = new URL(url);
  const file = ROUTES[`${u.host}${u.pathname}`];
  if (!file) throw new Error(`no fixture for ${url}`);
  return file;
}

/** What the same page asks for from 127.0.0.1, where Kamerlens does not run: its own resources (paths). */
async function ownResources(url: string): Promise<Set<string>> {
  const urls = await requestsDuring(async (page) => {
    await page.goto(`http://127.0.0.1:${h.port}/raw/${fixtureFile(url)}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
  });
  // Served from /raw/, relative addresses gain that prefix: take it off to compare.
  return new Set(urls.slice(1).map((u) => resourceKey(u).replace(/^\/raw(?=\/)/, '')));
}

const resourceKey = (u: string) => new URL(u).pathname + new URL(u).search;

/** Requests beyond the document itself and its own resources, split into network and package. */
function extraRequests(urls: string[], own: Set<string>) {
  const [, ...rest] = urls; // the first is the document
  const network = rest.filter((u) => /^(https?|wss?):/.test(u) && !own.has(resourceKey(u)));
  const pkg = rest.filter((u) => /^(chrome|moz)-extension:/.test(u));
  return { network, pkg };
}

describe('the content script and the network', () => {
  it.each([
    ['an officielebekendmakingen paper', PAGES.obkPaper],
    ['a tweedekamer.nl paper', PAGES.tkPaper],
  ])('on %s: no request beyond the page, only glossary files from its own package', async (_name, url) => {
    const own = await ownResources(url);
    const urls = await requestsDuring(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForPainted(page);
      // Time for anything late (title lookups, highlights) to show up.
      await page.waitForTimeout(1500);
    });
    const { network, pkg } = extraRequests(urls, own);
    expect(network).toEqual([]);
    for (const u of pkg) expect(new URL(u).pathname).toMatch(/^\/glossary\/[\w-]+\.json$/);
  });

  it('loads the glossary from its own package on a paper: the sidebar explains NAVO from it', async () => {
    const page = await h.open(PAGES.obkPaper);
    const text = await page.locator('kamerlens-root').evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain('Noord-Atlantische Verdragsorganisatie');
    await page.close();
  });

  it.each([
    ['a tweedekamer.nl news page', PAGES.tkNews],
    ['a Staatscourant page', PAGES.stcrt],
  ])('on %s (not a paper): no request at all, not even for the glossary', async (_name, url) => {
    const own = await ownResources(url);
    const urls = await requestsDuring(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
    });
    expect(extraRequests(urls, own)).toEqual({ network: [], pkg: [] });
  });
});

describe('what the page hears from Kamerlens', () => {
  it.each([
    ['an officielebekendmakingen paper', PAGES.obkPaper],
    ['a tweedekamer.nl paper', PAGES.tkPaper],
    ['a tweedekamer.nl news page (not a paper)', PAGES.tkNews],
  ])('on %s: no message on its window, no event on its document naming the extension', async (_name, url) => {
    const page = await h.context.newPage();
    // Listeners of the page's own world, in place before any script of the page or extension runs.
    await page.addInitScript((id: string) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`), true);
      for (const script of ['content', 'reserve'])
        document.addEventListener(`${id}:${script}:wxt:content-script-started`, (e) => heard.push(e.type));
    }, h.extensionId);
    await page.goto(url, { waitUntil: 'load' });
    if (url !== PAGES.tkNews) await waitForPainted(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });
});

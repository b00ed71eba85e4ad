/**
 * The reader on a paper whose text holds what odd pages hold, in the real browser: markup nested
 * thousands deep, one huge text node, a table, inline SVG, an iframe, an editable region,
 * right-to-left text, and a shadow root the page makes itself. The DOM fuzz test covers such pages
 * in happy-dom; here Chromium parses them, with the page's own script running beside the reader.
 * The reader must mark what it finds, and leave the page as it was: no error, no change to the
 * text container, its scripts and its editing working.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlRoute, useHarness, waitForPainted } from './harness';

const ODD_URL = 'http://zoek.officielebekendmakingen.nl/kst-28676-409.html';

/** One sentence with an acronym, a citation and a date, repeated into one text node of some 200 KB. */
const HUGE_SENTENCE = 'De NAVO en de UDCG spreken op 12 oktober over Kamerstuk 29 521, nr. 446. ';

// The huge node last: a paper with thousands of findings has only those around the viewport highlighted.
const ODD_PARTS = [
  `${'<div>'.repeat(3_000)}<p id="odd-deep">Diep genest: de NAVO en Kamerstuk 29 521, nr. 446.</p>${'</div>'.repeat(3_000)}`,
  '<table id="odd-table"><tr><th>Stuk</th><th>Datum</th></tr><tr><td>Kamerstuk 29 521, nr. 446</td><td>17 juni 2022</td></tr></table>',
  '<svg width="240" height="30" role="img" aria-label="figuur"><text x="0" y="20">NAVO-figuur van de UDCG</text></svg>',
  '<iframe title="ingebed" srcdoc="&lt;p&gt;De NAVO in een iframe.&lt;/p&gt;" width="240" height="40"></iframe>',
  '<div contenteditable="true" id="odd-editable">Bewerkbaar: de UDCG komt bijeen.</div>',
  '<p dir="rtl" lang="ar" id="odd-rtl">حلف شمال الأطلسي (NAVO) يجتمع</p>',
  '<page-note id="odd-shadow-host"></page-note>',
  `<p class="al" id="odd-huge">${HUGE_SENTENCE.repeat(2_800)}</p>`,
].join('\n');

/**
 * The page's own script: it fills its shadow root, counts clicks on a button outside the text, and
 * records every change to the text container from then on (the reader starts later, at
 * document_idle).
 */
const PAGE_SCRIPT = `<div id="page-widget"><button id="page-button" type="button">Tel</button><span id="page-count">0</span></div>
<script>
  const note = document.getElementById('odd-shadow-host').attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.textContent = 'In de schaduw: NAVO en UDCG.';
  note.append(p);
  let count = 0;
  document.getElementById('page-button').addEventListener('click', () => {
    document.getElementById('page-count').textContent = String(++count);
  });
  window.__changes = [];
  new MutationObserver((records) => {
    for (const r of records) window.__changes.push(r.type + ' ' + r.target.nodeName);
  }).observe(document.querySelector('.tekst'), { subtree: true, childList: true, characterData: true, attributes: true });
</script>`;

/** The real KOOP page of the NAVO letter, its text container opened with the odd parts and the page's script at the end. */
function oddPage(): string {
  const page = readFileSync(new URL('../fixtures/pages/obk-kst-navo.html', import.meta.url), 'utf8');
  const marker = '<div class="tekst">';
  const at = page.indexOf(marker) + marker.length;
  const withParts = `${page.slice(0, at)}\n${ODD_PARTS}\n${page.slice(at)}`;
  return withParts.replace('</body>', `${PAGE_SCRIPT}</body>`);
}

const h = useHarness({
  routes: { 'zoek.officielebekendmakingen.nl/kst-28676-409.html': htmlRoute(oddPage()) },
});

/** Where the ranges of one highlight start: the id of the nearest element with one, per range. */
function highlightedIn(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(name);
    return [...(h ?? [])].map((r) => {
      const node = r.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      return el?.closest('[id]')?.id ?? '';
    });
  }, name);
}

describe('a paper holding odd markup', () => {
  let page: Page;
  const errors: string[] = [];

  // One tab for the tests below, each going on from the last.
  beforeAll(async () => {
    page = h.keep(await h.context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ODD_URL);
    await waitForPainted(page, 30_000);
  });

  it('is read, marked and outlined without an error', async () => {
    expect(errors).toEqual([]);
    expect(await page.locator('kamerlens-root aside[role="complementary"]').isVisible()).toBe(true);
    const acronyms = await highlightedIn(page, 'kamerlens-acronym');
    // In the huge text node, thousands deep, in the right-to-left paragraph and in the editable region (the
    // highlights are painted, not written into it: the last test edits it).
    expect(acronyms).toEqual(expect.arrayContaining(['odd-huge', 'odd-deep', 'odd-rtl', 'odd-editable']));
    // The table cell's citation.
    expect(await highlightedIn(page, 'kamerlens-citation')).toEqual(expect.arrayContaining(['odd-table']));
  });

  it('changes nothing in the text container, and the page’s own script still works', async () => {
    expect(await page.evaluate(() => (window as unknown as { __changes: string[] }).__changes)).toEqual([]);
    await page.click('#page-button');
    await page.click('#page-button');
    expect(await page.textContent('#page-count')).toBe('2');
  });

  it('leaves the editable region editable', async () => {
    await page.click('#odd-editable');
    await page.keyboard.press('End');
    await page.keyboard.type(' Vandaag.');
    expect(await page.textContent('#odd-editable')).toBe('Bewerkbaar: de UDCG komt bijeen. Vandaag.');
    expect(errors).toEqual([]);
  });
});

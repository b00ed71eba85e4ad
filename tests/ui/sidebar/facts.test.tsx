// @vitest-environment happy-dom
/**
 * The facts of the two fixture papers as the reader finds them (the page read and analysed as in the
 * content script), on the pages they stand for: a Kamerstuk fact never links to the page it is on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { AnalysisResult } from '../../../src/core/types';
import { readPage } from '../../../src/reader/page-input';
import { mountSidebar, type SidebarHandle } from '../../../src/ui/sidebar';

// The happy-dom environment gives `import.meta.url` a http: address, so resolve from the project root.
const PAGES = join(process.cwd(), 'tests/fixtures/pages');
const OBK = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
const TK = 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';

/** What the reader finds on a fixture page served at `url`. */
function analysePage(file: string, url: string): AnalysisResult {
  const page = new Browser().newPage();
  page.url = url;
  page.content = readFileSync(join(PAGES, file), 'utf8');
  const input = readPage(page.mainFrame.document as unknown as Document, url);
  if (!input) throw new Error(`${file}: no paper container`);
  return analyze(input.input);
}

const OBK_RESULT = analysePage('obk-kst-navo.html', OBK);
const TK_RESULT = analysePage('tk-brief-navo.html', TK);

/** The address of the page the sidebar is on (happy-dom's window stands for the reader's tab). */
const setPageUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const TEST_PAGE = location.href;

const mounted: SidebarHandle[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.unmount();
  document.body.replaceChildren();
  setPageUrl(TEST_PAGE);
});

/** The sidebar on the page at `here`: the Kamerstuk fact's text and its links (text, address, title). */
function paperFact(result: AnalysisResult, here: string, language: 'nl' | 'en' = 'nl') {
  setPageUrl(here);
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  mounted.push(mountSidebar(shadow, { result, language, open: true, onNavigate: vi.fn(), onClose: vi.fn() }));
  const dd = shadow.querySelector('[data-fact="paper"] dd');
  return {
    text: dd?.textContent,
    links: [...(dd?.querySelectorAll('a') ?? [])].map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('title'),
    ]),
  };
}

describe('the Kamerstuk fact', () => {
  it('reads the fixture papers as the NAVO letter of 30 September 2022, kst-28676-409', () => {
    for (const result of [OBK_RESULT, TK_RESULT])
      expect(result.document).toMatchObject({ dossier: '28676', number: '409', letterDate: '2022-09-30' });
  });

  // The addresses the paper's own KOOP page is reached by: as published, over http (the e2e tests'
  // fixture server), from the search results, within its dossier, without `.html`, with www.
  it.each([
    OBK,
    'http://zoek.officielebekendmakingen.nl/kst-28676-409.html',
    'https://zoek.officielebekendmakingen.nl/kst-28676-409.html?resultIndex=4&sorttype=1',
    'https://zoek.officielebekendmakingen.nl/dossier/28676/kst-28676-409.html',
    'https://zoek.officielebekendmakingen.nl/kst-28676-409',
    'https://www.officielebekendmakingen.nl/kst-28676-409.html#d17e112',
  ])('on the paper’s own page (%s) links its dossier’s overview, not itself', (here) => {
    expect(paperFact(OBK_RESULT, here)).toEqual({
      text: '28\u00a0676, nr.\u00a0409',
      links: [['28\u00a0676', 'https://zoek.officielebekendmakingen.nl/dossier/28676', 'Open het dossier']],
    });
  });

  it('says so in English too', () => {
    expect(paperFact(OBK_RESULT, OBK, 'en')).toEqual({
      text: '28\u00a0676, no.\u00a0409',
      links: [['28\u00a0676', 'https://zoek.officielebekendmakingen.nl/dossier/28676', 'Open the dossier']],
    });
  });

  it('on tweedekamer.nl links the paper on officielebekendmakingen.nl, another page', () => {
    expect(paperFact(TK_RESULT, TK)).toEqual({
      text: '28\u00a0676, nr.\u00a0409',
      links: [
        [
          '28\u00a0676, nr.\u00a0409',
          'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
          'Dit stuk op officielebekendmakingen.nl',
        ],
      ],
    });
  });

  it('on another paper’s page of the same site links the paper', () => {
    expect(paperFact(OBK_RESULT, 'https://zoek.officielebekendmakingen.nl/kst-28676-410.html').links).toEqual(
      [
        [
          '28\u00a0676, nr.\u00a0409',
          'https://zoek.officielebekendmakingen.nl/kst-28676-409.html',
          'Dit stuk op officielebekendmakingen.nl',
        ],
      ],
    );
  });
});

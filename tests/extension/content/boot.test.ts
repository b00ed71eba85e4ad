import { Browser } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { bootReader, type BootDeps } from '../../../extension/content/boot';
import type { Reader } from '../../../src/reader/start-reader';

const ctx = { onInvalidated: () => undefined };

/**
 * A page at `url` whose body may not be touched: reading `document.body`, walking the tree,
 * querying for the text container or reading any text throws. Only `<meta>` tags may be read.
 */
function trappedPage(url: string, headHtml: string): { doc: Document; touched: string[] } {
  const page = new Browser().newPage();
  page.url = url;
  page.content = `<!DOCTYPE html><html><head>${headHtml}</head><body><div id="broodtekst"><p>De NAVO vergadert.</p></div></body></html>`;
  const doc = page.mainFrame.document as unknown as Document;
  const touched: string[] = [];
  const trap = (target: object, key: string) =>
    Object.defineProperty(target, key, {
      configurable: true,
      get() {
        touched.push(key);
        throw new Error(`the body was read: ${key}`);
      },
    });
  trap(doc, 'body');
  trap(doc.documentElement, 'textContent');
  trap(doc.documentElement, 'innerText');
  for (const method of ['createTreeWalker', 'createNodeIterator', 'getElementById'] as const) {
    Object.defineProperty(doc, method, {
      configurable: true,
      value: () => {
        touched.push(method);
        throw new Error(`the body was read: ${method}`);
      },
    });
  }
  const querySelectorAll = doc.querySelectorAll.bind(doc);
  Object.defineProperty(doc, 'querySelectorAll', {
    configurable: true,
    value: (selector: string) => {
      // The head metadata test is the only query allowed.
      if (selector !== 'meta') touched.push(`querySelectorAll(${selector})`);
      return querySelectorAll(selector);
    },
  });
  Object.defineProperty(doc, 'querySelector', {
    configurable: true,
    value: (selector: string) => {
      touched.push(`querySelector(${selector})`);
      return null;
    },
  });
  return { doc, touched };
}

function spyDeps() {
  const calls: string[] = [];
  const reader = { result: {}, stop: () => undefined } as unknown as Reader;
  const deps: BootDeps = {
    startReader: vi.fn(async () => {
      calls.push('startReader');
      return reader;
    }),
  };
  return { deps, calls, reader };
}

// Real addresses of pages that are not papers, decided by URL alone or by URL and metadata.
const NOT_PAPERS: { page: string; url: string; head: string }[] = [
  {
    page: 'tweedekamer.nl news (URL says: not a paper)',
    url: 'https://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers',
    head: '<title>Nieuws</title>',
  },
  {
    page: 'a Staatscourant publication (URL says: not a paper)',
    url: 'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html',
    head: '<meta name="DC.type" content="Staatscourant" />',
  },
  {
    page: 'a KOOP search page (URL unknown, metadata says: not a paper)',
    url: 'https://zoek.officielebekendmakingen.nl/resultaten?q=navo',
    head: '<meta name="DC.type" content="zoekresultaten" /><meta name="DCTERMS.identifier" content="zoek" />',
  },
];

describe('the content script on a page that is not a paper', () => {
  it.each(NOT_PAPERS)(
    '$page: stops after the URL and metadata test, before reading the body',
    async ({ url, head }) => {
      const { doc, touched } = trappedPage(url, head);
      const { deps, calls } = spyDeps();
      await expect(bootReader(ctx, doc, deps)).resolves.toBeNull();
      expect(touched).toEqual([]);
      // The reader (its reading, analysis request and UI) never started.
      expect(calls).toEqual([]);
      expect(performance.getEntriesByName('kamerlens:start')).toEqual([]);
    },
  );
});

describe('the content script on a paper', () => {
  it('goes on to look for the text (so the traps above would have caught a read)', async () => {
    const { doc, touched } = trappedPage('https://zoek.officielebekendmakingen.nl/kst-28676-409.html', '');
    const { deps, calls } = spyDeps();
    const booted = await bootReader(ctx, doc, deps);
    // The trapped page hides its container: the reader waits for the text to arrive.
    expect(touched.some((t) => t.startsWith('querySelector('))).toBe(true);
    expect(calls).toEqual([]);
    booted?.live.stop();
  });

  it('starts the reader (the glossary lives in the background, nothing is fetched here)', async () => {
    const page = new Browser().newPage();
    page.url = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
    page.content =
      '<!DOCTYPE html><html><head></head><body><div id="broodtekst"><p>De NAVO vergadert.</p></div></body></html>';
    const { deps, calls, reader } = spyDeps();
    const booted = await bootReader(ctx, page.mainFrame.document as unknown as Document, deps);
    expect(booted?.reader()).toBe(reader);
    expect(calls).toEqual(['startReader']);
    booted?.live.stop();
  });

  it('starts the reader when the text arrives after load, once', async () => {
    const page = new Browser().newPage();
    page.url = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
    page.content = '<!DOCTYPE html><html><head></head><body><main></main></body></html>';
    const doc = page.mainFrame.document as unknown as Document;
    const { deps, calls, reader } = spyDeps();
    const booted = await bootReader(ctx, doc, deps);
    expect(booted).not.toBeNull();
    expect(calls).toEqual([]);
    const text = doc.createElement('div');
    text.id = 'broodtekst';
    text.textContent = 'De NAVO vergadert.';
    doc.body.append(text);
    await booted!.live.flush();
    await booted!.live.flush();
    expect(calls).toEqual(['startReader']);
    expect(booted!.reader()).toBe(reader);
    booted!.live.stop();
  });

  it('stops watching when the text is there and is no paper', async () => {
    const page = new Browser().newPage();
    page.url = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
    page.content =
      '<!DOCTYPE html><html><head></head><body><div id="broodtekst"><p>Geen Kamerstuk.</p></div></body></html>';
    const { deps, calls } = spyDeps();
    deps.startReader = vi.fn(async () => {
      calls.push('startReader');
      return null;
    });
    await expect(bootReader(ctx, page.mainFrame.document as unknown as Document, deps)).resolves.toBeNull();
    expect(calls).toEqual(['startReader']);
  });
});

// @vitest-environment happy-dom
import { en, nl } from '../../src/i18n/messages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The storage and messaging modules pick their `browser` when first imported: fake it first.
const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));

import { createAnalyzeService } from '../../src/messaging/analyze-service';
import { createTextPartStore } from '../../src/messaging/text-parts';
import { formatTimelineExport } from '../../src/messaging/export-service';
import { onMessageFromContent, sendToBackground } from '../../src/messaging/runtime';
import { bootReader } from '../../extension/content/boot';
import { reserveSpace } from '../../src/dom/reserved-space';
import { startReader, type Reader } from '../../src/reader/start-reader';
import { HOST_TAG } from '../../src/reader/sidebar-controller';
import { askAhead, takeEarlyAsks, type AskAheadDeps } from '../../src/reader/early-asks';
import { analyzeInBackground } from '../../src/messaging/analyze-client';
import { loadSettings, setSetting, watchSettings } from '../../src/settings/settings';
import { forgetInterfaceStrings } from '../../src/reader/interface-strings';
import { forgetPageStyles } from '../../src/reader/page-styles';
import { POPOVER_CSS } from '../../src/ui/popover/styles';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/styles';
import { installFakeHighlights, rangeCount, type FakeRegistry } from '../helpers/fake-highlights';
import { fakeForcedColors } from '../helpers/fake-forced-colors';
import { countObserved } from '../helpers/observed-sizes';
import { buildTargets } from '../../src/reader/finding-targets';
import type { AnalysisResult } from '../../src/core/types';
import { cachedUserGlossary, loadUserGlossary } from '../../src/settings/user-glossary-item';
import type { RuntimeMessagingApi } from '../../src/messaging/runtime';
import type { PaperRef, TitleLookupAnswer } from '../../src/messaging/protocol';
import { NAVO_CITED_PAPER } from '../helpers/navo-lookup';

const OBK_URL = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';

function loadPaper(): Document {
  const page = new Browser({ settings: { navigator: { userAgent: 'test' } } }).newPage();
  page.url = OBK_URL;
  page.content = readFileSync(join(process.cwd(), 'tests/fixtures/pages/obk-kst-navo.html'), 'utf8');
  const doc = page.mainFrame.document as unknown as Document;
  registries.set(doc, installFakeHighlights(doc.defaultView as object));
  return doc;
}

/** Each test page's stand-in `CSS.highlights` (happy-dom has no Highlight API). */
const registries = new WeakMap<Document, FakeRegistry>();

/** What Kamerlens added to a page: its elements, and the ranges it highlights in the text. */
function ours(doc: Document) {
  const registry = registries.get(doc);
  return {
    elements: [...doc.querySelectorAll('[data-kamerlens]')]
      .map((e) => `${e.localName}:${e.getAttribute('data-kamerlens')}`)
      .sort(),
    marks: registry ? rangeCount(registry) : 0,
  };
}

const ctx = { onInvalidated: () => undefined };
/** What the document_start script asks ahead with (as `extension/reserve.content.ts` wires it). */
const aheadDeps: AskAheadDeps = {
  loadSettings,
  watchSettings,
  askDutch: () => sendToBackground({ type: 'page-strings', language: 'nl' }),
  askStyles: () => sendToBackground({ type: 'page-styles' }),
  analyze: (input) => analyzeInBackground(input),
};
/** The analysis messages the background received in a test, in order. */
let received: { type: string; chars: number; parts: number }[] = [];
let readers: (Reader | null)[] = [];
/** What the background's answer to `page-strings` waits for (a test holds it back). */
let stringsArrive: Promise<void> = Promise.resolve();
/** The language of each timeline export the background was asked to write. */
let exportLanguages: string[] = [];
/** The background's answer to `lookup-title` (a test sets its own). */
let lookupTitle: (paper: PaperRef) => Promise<TitleLookupAnswer> = async () => ({ state: 'unavailable' });

beforeEach(() => {
  fakeBrowser.reset();
  forgetInterfaceStrings();
  forgetPageStyles();
  // The background's side of the messages, on the same fake browser: the analysis runs there.
  // It keeps the reader's own glossary between analyses, and here never hears of a change: the
  // worst order of events, where the page's new request arrives before the change event.
  const textParts = createTextPartStore();
  const analyzeService = createAnalyzeService({
    userGlossary: cachedUserGlossary(loadUserGlossary, () => () => undefined),
    textParts,
  });
  received = [];
  stringsArrive = Promise.resolve();
  exportLanguages = [];
  lookupTitle = async () => ({ state: 'unavailable' });
  onMessageFromContent(
    {
      analyze: (m) => {
        received.push({ type: 'analyze', chars: m.input.text.length, parts: m.input.parts?.count ?? 0 });
        return analyzeService(m.input);
      },
      'analyze-part': ({ part }) => {
        received.push({ type: 'analyze-part', chars: part.text.length, parts: 0 });
        return textParts.add('', part.stream, part.index, part.text);
      },
      'lookup-title': (m) => lookupTitle(m.paper),
      'paper-status': (m) => void received.push({ type: `paper-status:${m.findings}`, chars: 0, parts: 0 }),
      'sidebar-asked': () => undefined,
      'format-export': (m) => {
        exportLanguages.push(m.input.language);
        return formatTimelineExport(m.input);
      },
      'warm-up': () => false,
      'page-styles': () => ({ sidebar: SIDEBAR_CSS, popover: POPOVER_CSS }),
      'page-strings': async (m) => {
        received.push({ type: `page-strings:${m.language}`, chars: 0, parts: 0 });
        await stringsArrive;
        return m.language === 'en' ? en : nl;
      },
    },
    fakeBrowser.runtime as unknown as RuntimeMessagingApi,
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const r of readers) r?.stop();
  readers = [];
});

describe('the reader on a paper (happy-dom, a stand-in Highlight API)', () => {
  it('running twice replaces the first run: nothing doubles', async () => {
    const doc = loadPaper();
    const text = doc.querySelector('#broodtekst')?.textContent;
    const first = await startReader(ctx, doc);
    readers.push(first);
    const once = ours(doc);
    expect(once.elements).toEqual(['kamerlens-root:sidebar']);
    expect(once.marks).toBeGreaterThan(30);
    const second = await startReader(ctx, doc);
    readers.push(second);
    expect(ours(doc)).toEqual(once);
    // The second run read the same text: the same findings.
    expect(second?.result.acronyms.map((a) => [a.abbr, a.occurrences.length])).toEqual(
      first?.result.acronyms.map((a) => [a.abbr, a.occurrences.length]),
    );
    expect(doc.querySelector('#broodtekst')?.textContent).toBe(text);
  });

  it("asks for one frame at the page's load (Chrome's text capture then runs before our first paint); a page that is not a paper gets none", async () => {
    const doc = loadPaper();
    const win = doc.defaultView as Window;
    const frames = vi.spyOn(win, 'requestAnimationFrame');
    const started = startReader(ctx, doc);
    // The page is still loading here (happy-dom's `interactive`): the frame waits for the load event.
    expect(doc.readyState).not.toBe('complete');
    expect(frames).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    expect(frames).toHaveBeenCalledTimes(1);
    readers.push(await started);

    const news = new Browser().newPage();
    news.url = 'https://www.tweedekamer.nl/nieuws/kamernieuws/navo-ministers';
    news.content =
      '<!DOCTYPE html><html><head><title>Nieuws</title></head><body><p>De NAVO.</p></body></html>';
    const newsDoc = news.mainFrame.document as unknown as Document;
    const newsFrames = vi.spyOn(newsDoc.defaultView as Window, 'requestAnimationFrame');
    await expect(startReader(ctx, newsDoc)).resolves.toBeNull();
    expect(newsFrames).not.toHaveBeenCalled();
  });

  it('stop removes every element, highlight and style, and leaves the text nodes as they were', async () => {
    const doc = loadPaper();
    const container = doc.querySelector('#broodtekst') as Element;
    const nodes: Node[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) nodes.push(n);
      n.childNodes.forEach(walk);
    };
    walk(container);
    const reader = await startReader(ctx, doc);
    expect(ours(doc).marks).toBeGreaterThan(30);
    await reader?.marks.step(1);
    reader?.stop();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
    expect(doc.querySelectorAll('kamerlens-popover, kamerlens-root')).toHaveLength(0);
    const after: Node[] = [];
    const walkAfter = (n: Node) => {
      if (n.nodeType === 3) after.push(n);
      n.childNodes.forEach(walkAfter);
    };
    walkAfter(container);
    expect(after).toEqual(nodes);
  });

  it('an invalidated extension context (updated, removed) leaves the page clean and stops watching it', async () => {
    const doc = loadPaper();
    // What the document_start script added: the sidebar's room.
    reserveSpace(doc, 380);
    expect(ours(doc).elements).toEqual(['style:reserve']);
    const onInvalidated: (() => void)[] = [];
    const context = { onInvalidated: (cb: () => void) => void onInvalidated.push(cb) };
    const booted = await bootReader(context, doc, { startReader: (c, d) => startReader(c, d) });
    expect(booted?.reader()).not.toBeNull();
    expect(ours(doc).marks).toBeGreaterThan(30);
    // As in Chrome once the extension is gone: its APIs throw when touched.
    const invalidated = () => {
      throw new Error('Extension context invalidated.');
    };
    const spies = [
      vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(invalidated),
      vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(invalidated),
    ];
    for (const cb of onInvalidated) cb();
    for (const spy of spies) {
      expect(spy).toHaveBeenCalled();
      spy.mockRestore();
    }
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
    // The page changing afterwards starts nothing.
    const p = doc.createElement('p');
    p.textContent = 'De NAVO en de EU vergaderen opnieuw.';
    doc.querySelector('#broodtekst')?.append(p);
    await booted?.live.flush();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
    expect(booted?.live.starts).toBe(1);
  });

  it('an invalidated context before the text arrived leaves the page clean too', async () => {
    const doc = loadPaper();
    const container = doc.querySelector('#broodtekst');
    const saved = [...(container?.childNodes ?? [])];
    container?.replaceChildren();
    reserveSpace(doc, 380);
    const onInvalidated: (() => void)[] = [];
    const context = { onInvalidated: (cb: () => void) => void onInvalidated.push(cb) };
    const booted = await bootReader(context, doc, { startReader: (c, d) => startReader(c, d) });
    // A paper by its address, waiting for its text (as tweedekamer.nl's modal fills late).
    expect(booted?.reader()).toBeNull();
    for (const cb of onInvalidated) cb();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
    container?.append(...saved);
    await booted?.live.flush();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
  });

  it("asks first for the marks of the paper's opening only, then for all of the paper", async () => {
    const service = createAnalyzeService({ userGlossary: async () => [] });
    const asked: { only: string; chars: number }[] = [];
    const reader = await startReader(ctx, loadPaper(), {
      analyzePage: async (input) => {
        asked.push({ only: input.only ?? 'all', chars: input.text.length });
        const answer = await service(input);
        return answer.state === 'done' ? answer.result : null;
      },
    });
    readers.push(reader);
    expect(asked.map((a) => a.only)).toEqual(['marks', 'all']);
    expect(asked[0]?.chars).toBeLessThan(asked[1]?.chars ?? 0);
    // The reader shows the whole paper's timeline and outline, not the opening's empty ones.
    expect(reader?.result.timeline.length).toBeGreaterThan(5);
    expect(reader?.result.outline.length).toBeGreaterThan(3);
  });

  it("sends a long paper's text to the background in parts while it reads it, and the call names them", async () => {
    const reader = await startReader(ctx, loadPaper());
    readers.push(reader);
    const parts = received.filter((m) => m.type === 'analyze-part');
    const calls = received.filter((m) => m.type === 'analyze');
    // The opening's call carries its few screens of text; the whole paper's call none, only the parts' count.
    expect(calls).toHaveLength(2);
    expect(calls[0]?.chars).toBeGreaterThan(0);
    expect(calls[1]).toEqual({ type: 'analyze', chars: 0, parts: parts.length });
    expect(parts.length).toBeGreaterThan(0);
    const chars = parts.reduce((n, m) => n + m.chars, 0);
    expect(chars).toBeGreaterThan(calls[0]?.chars ?? 0);
    // The findings are the whole paper's, as when the text is sent in one message.
    expect(reader?.result.acronyms.some((a) => a.abbr === 'NAVO')).toBe(true);
    expect(reader?.result.timeline.length).toBeGreaterThan(5);
  });

  it('takes what the document_start script asked ahead: the opening analysed once, the strings asked once', async () => {
    const doc = loadPaper();
    const scope = {};
    askAhead(doc, aheadDeps, scope);
    const reader = await startReader(ctx, doc, { early: takeEarlyAsks(scope) });
    readers.push(reader);
    const calls = received.filter((m) => m.type === 'analyze');
    // Asked ahead: the opening's few screens; then the reader's one call for the whole paper, in parts.
    expect(calls).toHaveLength(2);
    expect(calls[0]?.chars).toBeGreaterThan(0);
    expect(calls[1]?.parts).toBeGreaterThan(0);
    expect(received.filter((m) => m.type === 'page-strings:nl')).toHaveLength(1);
    expect(ours(doc).marks).toBeGreaterThan(30);
    expect(reader?.result.acronyms.some((a) => a.abbr === 'NAVO')).toBe(true);
  });

  it("the paper's opening changed after it was read ahead (a script rewrote it): the reader asks for the text on the page", async () => {
    const doc = loadPaper();
    const scope = {};
    askAhead(doc, aheadDeps, scope);
    doc.querySelector('#broodtekst p')?.append(' Gewijzigd door de pagina.');
    const reader = await startReader(ctx, doc, { early: takeEarlyAsks(scope) });
    readers.push(reader);
    const calls = received.filter((m) => m.type === 'analyze');
    // The opening asked ahead, the opening asked again as it is now, and the whole paper.
    expect(calls).toHaveLength(3);
    expect(calls[1]?.chars).toBeGreaterThan(0);
    expect(calls[1]?.chars).not.toBe(calls[0]?.chars);
    expect(ours(doc).marks).toBeGreaterThan(30);
  });

  it.each([
    ['en', ['page-strings:nl', 'page-strings:en']],
    ['nl', ['page-strings:nl']],
  ])(
    'with the interface in %j, asks the background for its strings (Dutch first, before the analysis) before showing anything',
    async (language, asked) => {
      await setSetting('language', language as 'en' | 'nl');
      const doc = loadPaper();
      const reader = await startReader(ctx, doc);
      readers.push(reader);
      expect(received.filter((m) => m.type.startsWith('page-strings')).map((m) => m.type)).toEqual(asked);
      // The content script carries no strings: its first message asks for them, ahead of the page's text.
      expect(received[0]?.type).toBe('page-strings:nl');
      const close = doc.querySelector('kamerlens-root')?.shadowRoot?.querySelector('.kl-close');
      expect(close?.getAttribute('aria-label')).toBe(language === 'en' ? 'Close sidebar' : 'Zijbalk sluiten');
    },
  );

  it('after a language change, the sidebar and its exports keep their language until the new strings are here', async () => {
    await setSetting('language', 'nl');
    const doc = loadPaper();
    const reader = await startReader(ctx, doc);
    readers.push(reader);
    const sidebar = doc.querySelector('kamerlens-root')?.shadowRoot;
    const closeLabel = () => sidebar?.querySelector('.kl-close')?.getAttribute('aria-label');
    const exportCsv = () => sidebar?.querySelector<HTMLButtonElement>('button[data-export="csv"]')?.click();
    // The file's own download link is not followed (happy-dom would leave the page for it).
    const win = doc.defaultView as unknown as typeof window;
    vi.spyOn(win.HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let arrive = () => {};
    stringsArrive = new Promise((resolve) => (arrive = resolve));

    await setSetting('language', 'en');
    await vi.waitFor(() => expect(received.map((m) => m.type)).toContain('page-strings:en'));
    exportCsv();
    await vi.waitFor(() => expect(exportLanguages).toHaveLength(1));
    // The file is written in the language the sidebar still reads in.
    expect(exportLanguages).toEqual(['nl']);
    expect(closeLabel()).toBe('Zijbalk sluiten');

    arrive();
    await vi.waitFor(() => expect(closeLabel()).toBe('Close sidebar'));
    exportCsv();
    await vi.waitFor(() => expect(exportLanguages).toEqual(['nl', 'en']));
  });

  it('in a window under 800 px (a half screen, 200 % zoom) the sidebar does not open by itself over the text; wide again, it is open as set', async () => {
    const doc = loadPaper();
    const win = doc.defaultView as unknown as Window;
    const setWidth = (px: number) =>
      Object.defineProperty(win, 'innerWidth', { configurable: true, value: px });
    setWidth(500);
    const reader = await startReader(ctx, doc);
    readers.push(reader);
    const aside = () => doc.querySelector('kamerlens-root')?.shadowRoot?.querySelector('aside') ?? null;
    expect(aside()).toBeNull();
    expect(doc.documentElement.getAttribute('style')).toBeNull();
    setWidth(1280);
    win.dispatchEvent(new Event('resize'));
    expect(aside()?.hidden).toBe(false);
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toContain('380px');
    // Narrow again: it steps aside (kept, not shown) and the page has its width back.
    setWidth(640);
    win.dispatchEvent(new Event('resize'));
    expect(aside()?.hidden).toBe(true);
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe('');
  });

  it("uses the reader's own glossary from storage", async () => {
    await fakeBrowser.storage.local.set({
      userGlossary: [{ abbr: 'NAVO', expansion: 'Noord-Atlantische Verdragsorganisatie (eigen)' }],
    });
    const reader = await startReader(ctx, loadPaper());
    readers.push(reader);
    expect(reader?.result.acronyms.find((a) => a.abbr === 'NAVO')).toMatchObject({
      expansion: 'Noord-Atlantische Verdragsorganisatie (eigen)',
      source: 'user',
    });
  });

  it("reads the page again when the reader's own glossary changes on the options page", async () => {
    const doc = loadPaper();
    let glossaryChanged: (() => void) | null = null;
    const reader = await startReader(ctx, doc, {
      watchUserGlossary: (cb) => {
        glossaryChanged = cb;
        return () => {
          if (glossaryChanged === cb) glossaryChanged = null;
        };
      },
    });
    readers.push(reader);
    const before = ours(doc);
    const sidebarText = () => doc.querySelector('kamerlens-root')?.shadowRoot?.textContent ?? '';
    expect(sidebarText()).not.toContain('(eigen)');

    await fakeBrowser.storage.local.set({
      userGlossary: [{ abbr: 'NAVO', expansion: 'Noord-Atlantische Verdragsorganisatie (eigen)' }],
    });
    (glossaryChanged as (() => void) | null)?.();

    // A new run replaced the first: the new meaning in the sidebar, nothing doubled.
    await vi.waitFor(() => expect(sidebarText()).toContain('Noord-Atlantische Verdragsorganisatie (eigen)'));
    expect(ours(doc)).toEqual(before);
    expect(doc.querySelectorAll('kamerlens-root')).toHaveLength(1);
  });

  it('reading the same address again keeps the sidebar on the page as the reader left it (filter, focus), with the new findings', async () => {
    const doc = loadPaper();
    const first = await startReader(ctx, doc);
    readers.push(first);
    const host = doc.querySelector('kamerlens-root') as Element;
    const shadow = host.shadowRoot as ShadowRoot;
    const filter = shadow.querySelector('.kl-filter-input') as HTMLInputElement;
    filter.focus();
    filter.value = 'LCM';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(shadow.querySelector('.kl-filter-clear')).not.toBeNull());
    // Nothing in the letter yet matches the filter.
    expect(shadow.querySelector('[data-entry]')).toBeNull();

    // The page's text changes: a paragraph with a new abbreviation, defined.
    const removed: Node[] = [];
    const watch = new (doc.defaultView as Window & typeof globalThis).MutationObserver((records) =>
      records.forEach((r) => removed.push(...r.removedNodes)),
    );
    watch.observe(doc.documentElement, { childList: true });
    const p = doc.createElement('p');
    p.textContent = 'Het Landelijk Coördinatiecentrum Meldingen (LCM) volgt dit.';
    doc.querySelector('#broodtekst')?.append(p);
    const reading = startReader(ctx, doc);
    // While the page is read again, the sidebar says it is busy (assistive technology waits for it).
    const aside = shadow.querySelector('aside') as HTMLElement;
    expect(aside.getAttribute('aria-busy')).toBe('true');
    const second = await reading;
    readers.push(second);
    await Promise.resolve();
    watch.disconnect();
    expect(aside.isConnected).toBe(true);
    expect(aside.hasAttribute('aria-busy')).toBe(false);

    // The same sidebar, never taken off the page; the filter and the focus where the reader left them.
    expect(removed).toEqual([]);
    expect(doc.querySelectorAll('kamerlens-root')).toHaveLength(1);
    expect(doc.querySelector('kamerlens-root')).toBe(host);
    expect(filter.isConnected).toBe(true);
    expect(filter.value).toBe('LCM');
    expect(shadow.activeElement).toBe(filter);
    // It lists the new reading's findings: the new abbreviation matches the filter.
    await vi.waitFor(() => expect(shadow.textContent).toContain('Landelijk Coördinatiecentrum Meldingen'));
    expect(second?.result.acronyms.some((a) => a.abbr === 'LCM')).toBe(true);
    // Nothing doubled, and the new reader's stop removes all of it.
    second?.stop();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
  });

  it('a start for another address, or one that finds no paper, does not keep the sidebar', async () => {
    const doc = loadPaper();
    readers.push(await startReader(ctx, doc));
    const host = doc.querySelector('kamerlens-root');
    // Another paper, shown in place (a client-side navigation): a sidebar of its own.
    (doc.defaultView as Window).history.pushState(null, '', '/kst-28676-410.html');
    readers.push(await startReader(ctx, doc));
    const other = doc.querySelector('kamerlens-root');
    expect(other).not.toBeNull();
    expect(other).not.toBe(host);
    expect(doc.querySelectorAll('kamerlens-root')).toHaveLength(1);
    // The same address, but no paper this time (the analysis finds none, or fails): nothing is left.
    await expect(startReader(ctx, doc, { analyzePage: async () => null })).resolves.toBeNull();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
  });

  it("tells the toolbar the paper's findings; not when the page went to another address while it read", async () => {
    const doc = loadPaper();
    readers.push(await startReader(ctx, doc));
    expect(received.filter((m) => m.type.startsWith('paper-status'))).toHaveLength(1);
    received = [];
    const reading = startReader(ctx, doc);
    // Another paper shown in place before the reading is done: its count is not this paper's.
    (doc.defaultView as Window).history.pushState(null, '', '/kst-28676-410.html');
    readers.push(await reading);
    expect(received.filter((m) => m.type.startsWith('paper-status'))).toEqual([]);
  });

  it("registers the whole paper's highlights before it mounts the sidebar, a frame apart; a hidden tab waits for no frame", async () => {
    const doc = loadPaper();
    const registry = registries.get(doc)!;
    const win = doc.defaultView as Window;
    const log: string[] = [];
    const set = registry.set.bind(registry);
    registry.set = (name, h) => (log.push('highlights'), set(name, h));
    const append = doc.documentElement.append.bind(doc.documentElement);
    doc.documentElement.append = (...nodes) => {
      if (nodes.some((n) => typeof n !== 'string' && n.nodeName.toLowerCase() === HOST_TAG))
        log.push('sidebar');
      append(...nodes);
    };
    const frame = win.requestAnimationFrame.bind(win);
    win.requestAnimationFrame = (cb) => (log.push('frame'), frame(cb));
    readers.push(await startReader(ctx, doc));
    const sidebarAt = log.indexOf('sidebar');
    expect(sidebarAt).toBeGreaterThan(0);
    expect(log.lastIndexOf('highlights', sidebarAt)).toBe(log.lastIndexOf('highlights'));
    expect(log.slice(log.lastIndexOf('highlights'), sidebarAt)).toContain('frame');

    // Hidden (opened in a background tab): no frame is drawn until it is shown.
    const hidden = loadPaper();
    const hiddenWin = hidden.defaultView as Window;
    Object.defineProperty(hidden, 'visibilityState', { configurable: true, get: () => 'hidden' });
    const waiting: FrameRequestCallback[] = [];
    hiddenWin.requestAnimationFrame = (cb) => waiting.push(cb);
    received = [];
    const reading = startReader(ctx, hidden);
    await vi.waitFor(() => expect(hidden.querySelector(HOST_TAG)).not.toBeNull());
    // The toolbar hears the count (it shows when the tab is chosen).
    await vi.waitFor(() => expect(received.some((m) => m.type.startsWith('paper-status:'))).toBe(true));
    // Shown: its frames come, and the reading ends.
    hiddenWin.requestAnimationFrame = (cb) => setTimeout(() => cb(0), 0) as unknown as number;
    for (const cb of waiting.splice(0)) cb(0);
    readers.push(await reading);
  });

  it('a start that is replaced while it reads hands the kept sidebar on: still one sidebar', async () => {
    const doc = loadPaper();
    readers.push(await startReader(ctx, doc));
    const host = doc.querySelector('kamerlens-root');
    // Two starts at once (two changes in a row): the first is replaced before its answer arrives.
    const [a, b] = await Promise.all([startReader(ctx, doc), startReader(ctx, doc)]);
    readers.push(a, b);
    expect(a).toBeNull();
    expect(b).not.toBeNull();
    expect(doc.querySelectorAll('kamerlens-root')).toHaveLength(1);
    expect(doc.querySelector('kamerlens-root')).toBe(host);
    b?.stop();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
  });

  it('an invalidated context while the page is read again removes the kept sidebar too', async () => {
    const doc = loadPaper();
    const onInvalidated: (() => void)[] = [];
    const context = { onInvalidated: (cb: () => void) => void onInvalidated.push(cb) };
    readers.push(await startReader(context, doc));
    const answers: ((r: null) => void)[] = [];
    let gone = false;
    const again = startReader(context, doc, {
      analyzePage: () => (gone ? Promise.resolve(null) : new Promise((resolve) => answers.push(resolve))),
    });
    // The second start waits for its analysis (the sidebar kept meanwhile) when the extension goes away.
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    expect(doc.querySelectorAll('kamerlens-root')).toHaveLength(1);
    gone = true;
    for (const cb of onInvalidated) cb();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
    for (const answer of answers) answer(null);
    await expect(again).resolves.toBeNull();
    expect(ours(doc)).toEqual({ elements: [], marks: 0 });
  });
});

/** The background's lookups held until a test answers them: each request's answer, in order. */
function holdLookups(): ((a: TitleLookupAnswer) => void)[] {
  const asked: ((a: TitleLookupAnswer) => void)[] = [];
  lookupTitle = () => new Promise((resolve) => asked.push(resolve));
  return asked;
}

/**
 * The NAVO letter (kst-28676-409) cites `Kamerstuk 29 521, nr. 446`: what the sidebar's entry and the
 * citation's popover say of it, and the popover opened (as from the sidebar or the keyboard).
 */
function citedPaperViews(doc: Document, reader: Reader | null) {
  const citation = reader?.result.citations.find((c) => c.number === '446');
  const entry = () =>
    [
      ...(doc
        .querySelector('kamerlens-root')
        ?.shadowRoot?.querySelectorAll('[data-section="citations"] button[data-entry]') ?? []),
    ].find((b) => b.textContent?.includes('446'))?.textContent ?? null;
  const popover = () =>
    doc.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop-details')?.textContent ?? null;
  return {
    entry,
    popover,
    openPopover: async () => {
      reader?.marks.close();
      return (await reader?.marks.showFindingAt(citation?.start ?? -1)) ?? false;
    },
  };
}

const PAPER_446 = NAVO_CITED_PAPER;
const UNAVAILABLE = 'De titel kon nu niet worden opgehaald.';
const LOADING = 'Titel wordt opgehaald…';

/** The NAVO paper read, its lookups held: once the sidebar has asked for the cited paper's title. */
async function readerAskingTitle() {
  const asked = holdLookups();
  const doc = loadPaper();
  const reader = await startReader(ctx, doc);
  readers.push(reader);
  await vi.waitFor(() => expect(asked).toHaveLength(1));
  return { asked, ...citedPaperViews(doc, reader) };
}

describe("a cited paper's title lookup: the sidebar and the popover say the same", () => {
  beforeEach(() => setSetting('language', 'nl'));

  it("after the sidebar's lookup failed, the first popover says it failed while it asks again; the title it then gets shows in the sidebar too", async () => {
    // The service is down when the sidebar asks (first request), and back for the popover's (second).
    const { asked, entry, popover, openPopover } = await readerAskingTitle();
    expect(entry()).toContain(LOADING);
    asked[0]?.({ state: 'unavailable', reason: 'offline' });
    await vi.waitFor(() => expect(entry()).toContain(UNAVAILABLE));

    expect(await openPopover()).toBe(true);
    expect(popover()).toContain(UNAVAILABLE);
    expect(popover()).not.toContain(LOADING);
    // It asks again (the service may be back), once.
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    asked[1]?.(PAPER_446);
    await vi.waitFor(() => expect(popover()).toContain('Verslag NAVO-top'));
    await vi.waitFor(() => expect(entry()).toContain('Verslag NAVO-top'));
    expect(entry()).not.toContain(UNAVAILABLE);
    // Known now: opened again, nothing more is asked.
    expect(await openPopover()).toBe(true);
    expect(popover()).toContain('Verslag NAVO-top');
    expect(asked).toHaveLength(2);
  });

  it("a popover opened while the sidebar's lookup is under way says so, asks nothing more, and shows the answer it gets", async () => {
    const { asked, entry, popover, openPopover } = await readerAskingTitle();
    expect(await openPopover()).toBe(true);
    expect(popover()).toContain(LOADING);
    expect(entry()).toContain(LOADING);
    asked[0]?.(PAPER_446);
    await vi.waitFor(() => expect(popover()).toContain('Verslag NAVO-top'));
    await vi.waitFor(() => expect(entry()).toContain('Verslag NAVO-top'));
    expect(asked).toHaveLength(1);
  });

  it('a popover that failed is known to the sidebar: the sidebar says it failed too', async () => {
    const { asked, entry, popover, openPopover } = await readerAskingTitle();
    expect(await openPopover()).toBe(true);
    asked[0]?.({ state: 'unavailable', reason: 'timeout' });
    await vi.waitFor(() => expect(popover()).toContain(UNAVAILABLE));
    await vi.waitFor(() => expect(entry()).toContain(UNAVAILABLE));
  });

  it('the page read again (the sidebar kept) shares its answers with the new popovers: a known title is shown at once', async () => {
    const doc = loadPaper();
    const asked = holdLookups();
    readers.push(await startReader(ctx, doc));
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked[0]?.(PAPER_446);
    const again = await startReader(ctx, doc);
    readers.push(again);
    const { entry, popover, openPopover } = citedPaperViews(doc, again);
    await vi.waitFor(() => expect(entry()).toContain('Verslag NAVO-top'));
    expect(await openPopover()).toBe(true);
    expect(popover()).toContain('Verslag NAVO-top');
    expect(asked).toHaveLength(1);
  });

  it('lookups switched off: both say so; on again, both show the title asked again', async () => {
    const asked = holdLookups();
    // As the background does: switched off, it asks no service.
    let on = true;
    const held = lookupTitle;
    lookupTitle = (paper) => (on ? held(paper) : Promise.resolve({ state: 'disabled' }));
    const doc = loadPaper();
    const reader = await startReader(ctx, doc);
    readers.push(reader);
    const { entry, popover, openPopover } = citedPaperViews(doc, reader);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked[0]?.({ state: 'unavailable', reason: 'offline' });
    await vi.waitFor(() => expect(entry()).toContain(UNAVAILABLE));
    const off = 'Titels opzoeken staat uit in de instellingen van Kamerlens.';
    on = false;
    await setSetting('titleLookups', false);
    await vi.waitFor(() => expect(entry()).toContain(off));
    expect(await openPopover()).toBe(true);
    expect(popover()).toContain(off);
    on = true;
    await setSetting('titleLookups', true);
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(1));
    for (const answer of asked.slice(1)) answer(PAPER_446);
    await vi.waitFor(() => expect(entry()).toContain('Verslag NAVO-top'));
    expect(await openPopover()).toBe(true);
    await vi.waitFor(() => expect(popover()).toContain('Verslag NAVO-top'));
  });
});

describe("forced colours (high contrast): a long paper's first screens underlined before the rest is in", () => {
  /**
   * The scroll and resize listeners of a reader of the whole paper, in forced colours or not: the
   * marks' one scroll and one resize (for the open popover and the underlines) and the sidebar's resize.
   */
  const READER_LISTENERS = 3;
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /**
   * The NAVO paper (longer than the first screens' 6,000 characters) with forced colours as `forcedOn`
   * says, laid out by a stand-in (every mark one line box in the window, where the paper's text is
   * seen: happy-dom lays nothing out). Its analysis of all of the paper waits for `release`.
   */
  function setup(forcedOn: boolean, whole: 'paper' | 'none' = 'paper') {
    const doc = loadPaper();
    const win = doc.defaultView as unknown as typeof window;
    const forced = fakeForcedColors(forcedOn);
    const asked = win.matchMedia.bind(win);
    win.matchMedia = (q) =>
      q === '(forced-colors: active)' ? (forced.mql as unknown as MediaQueryList) : asked(q);
    const box = { top: 100, bottom: 118, left: 20, right: 60, width: 40, height: 18, x: 20, y: 100 };
    vi.spyOn(win.Range.prototype, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
    vi.spyOn(win.Range.prototype, 'getBoundingClientRect').mockReturnValue(box as DOMRect);
    const text = doc.querySelector('#broodtekst p') as Element;
    doc.elementFromPoint = () => text;
    const observed = countObserved();
    let listeners = 0;
    for (const target of [doc, win] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (type: string, ...rest: [EventListener, AddEventListenerOptions?]) => {
        if (type === 'scroll' || type === 'resize') listeners++;
        add(type, ...rest);
      };
      target.removeEventListener = (type: string, ...rest: [EventListener, EventListenerOptions?]) => {
        if (type === 'scroll' || type === 'resize') listeners--;
        remove(type, ...rest);
      };
    }
    const service = createAnalyzeService({ userGlossary: async () => [] });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const results: AnalysisResult[] = [];
    const reader = startReader(ctx, doc, {
      analyzePage: async (input) => {
        if (input.only !== 'marks') {
          await held;
          if (whole === 'none') return null;
        }
        const answer = await service(input);
        if (answer.state !== 'done') return null;
        results.push(answer.result);
        return answer.result;
      },
    }).then((r) => (readers.push(r), r));
    /** The underlines drawn now, in every host, and how many hosts there are. */
    const drawn = () => ({
      hosts: doc.querySelectorAll('kamerlens-popover').length,
      lines: [...doc.querySelectorAll('kamerlens-popover')].flatMap((h) => [
        ...(h.shadowRoot?.querySelectorAll('.kl-u') ?? []),
      ]).length,
    });
    /** The marks shown (acronyms and citations, by default) of an analysis: one underline each. */
    const marksOf = (r: AnalysisResult | undefined) =>
      r ? Math.min(400, buildTargets(r, new Set(['acronym', 'citation'])).length) : -1;
    const frame = () => new Promise((r) => win.requestAnimationFrame(() => setTimeout(r, 0)));
    const firstPainted = () =>
      vi.waitFor(
        () => expect(performance.getEntriesByName('kamerlens:first-paint').length).toBeGreaterThan(0),
        {
          timeout: 5_000,
        },
      );
    return {
      doc,
      forced,
      observed,
      listeners: () => listeners,
      release,
      reader,
      results,
      drawn,
      marksOf,
      frame,
      firstPainted,
    };
  }

  beforeEach(() => {
    performance.clearMarks();
  });

  it("underlines the first screens' marks at once, and the whole paper's in their place when it is in: never both", async () => {
    const { forced, observed, release, reader, results, drawn, marksOf, frame, firstPainted, listeners } =
      setup(true);
    await firstPainted();
    await frame();
    // Only the opening is analysed so far: its marks, each underlined, in one host.
    expect(results).toHaveLength(1);
    const first = marksOf(results[0]);
    expect(first).toBeGreaterThan(5);
    expect(drawn()).toEqual({ hosts: 1, lines: first });
    expect(listeners()).toBe(2);
    expect(observed.length).toBe(2);
    release();
    const r = await reader;
    await frame();
    // The whole paper's marks, once each, in the marks' own host: the first screens' went with their listeners.
    const all = marksOf(r?.result);
    expect(all).toBeGreaterThan(first);
    expect(drawn()).toEqual({ hosts: 1, lines: all });
    await frame();
    expect(drawn()).toEqual({ hosts: 1, lines: all });
    // The first screens' listeners went; the marks' scroll and resize listeners serve the popover and the
    // underlines together: turning forced colours off and on changes none of them, only what is observed.
    const kept = listeners();
    expect(kept).toBe(READER_LISTENERS);
    expect(observed).toHaveLength(2);
    forced.set(false);
    expect(drawn()).toEqual({ hosts: 1, lines: 0 });
    expect([listeners(), observed.length]).toEqual([kept, 0]);
    forced.set(true);
    await frame();
    expect(drawn()).toEqual({ hosts: 1, lines: all });
    expect([listeners(), observed.length]).toEqual([kept, 2]);
    r?.stop();
    expect(drawn()).toEqual({ hosts: 0, lines: 0 });
    expect(observed.length).toBe(0);
  });

  it('outside forced colours, the first screens add no host, listener or observer', async () => {
    const { forced, observed, release, reader, drawn, firstPainted, frame, listeners } = setup(false);
    await firstPainted();
    await frame();
    expect(drawn()).toEqual({ hosts: 0, lines: 0 });
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
    // The first screens' highlighter's and their underlines', which wait for forced colours to come on.
    expect(forced.listeners.size).toBe(2);
    release();
    await reader;
    expect(listeners()).toBe(READER_LISTENERS);
    expect(drawn()).toEqual({ hosts: 0, lines: 0 });
    expect(observed.length).toBe(0);
  });

  it('forced colours turned on while the first screens are shown: their marks are underlined at once, not with the full paint', async () => {
    const { doc, forced, release, reader, results, drawn, marksOf, frame, firstPainted } = setup(false);
    await firstPainted();
    const registry = registries.get(doc) as FakeRegistry;
    expect(registry.get('kamerlens-acronym')?.size).toBeGreaterThan(5);
    forced.set(true);
    await frame();
    // The highlights went (Chromium would paint them like selected text); the underlines stand in for them.
    expect([...registry.keys()]).toEqual([]);
    expect(results).toHaveLength(1);
    expect(drawn()).toEqual({ hosts: 1, lines: marksOf(results[0]) });
    release();
    const r = await reader;
    await frame();
    expect(drawn()).toEqual({ hosts: 1, lines: marksOf(r?.result) });
    r?.stop();
    expect(drawn()).toEqual({ hosts: 0, lines: 0 });
  });

  it("once the whole paper is painted, the first screens' marks do not come back when high contrast is turned off", async () => {
    const { doc, forced, release, reader, firstPainted } = setup(false);
    await firstPainted();
    const registry = registries.get(doc) as FakeRegistry;
    const firstScreens = registry.get('kamerlens-acronym');
    expect(firstScreens?.size).toBeGreaterThan(5);
    release();
    const r = await reader;
    expect(registry.get('kamerlens-acronym')).not.toBe(firstScreens);
    // The reader hides the marks, then turns high contrast on and off again: they stay hidden.
    // (The whole paper's highlighter registers over frames: `progressive`.)
    r?.marks.toggleMarks();
    await vi.waitFor(() => expect([...registry.keys()]).toEqual([]));
    forced.set(true);
    forced.set(false);
    expect([...registry.keys()]).toEqual([]);
    // Shown again: the whole paper's, and nothing of the first screens'.
    r?.marks.toggleMarks();
    await vi.waitFor(() =>
      expect(registry.get('kamerlens-acronym')?.size).toBeGreaterThan(firstScreens?.size ?? 0),
    );
    r?.stop();
    expect([...registry.keys()]).toEqual([]);
  });

  it('a paper the whole analysis does not confirm leaves no underline behind', async () => {
    const { release, reader, drawn, firstPainted, frame, listeners, observed } = setup(true, 'none');
    await firstPainted();
    await frame();
    expect(drawn().lines).toBeGreaterThan(5);
    release();
    await expect(reader).resolves.toBeNull();
    await frame();
    expect(drawn()).toEqual({ hosts: 0, lines: 0 });
    expect(listeners()).toBe(0);
    expect(observed.length).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '../../src/core/types';
import type { AnalyzeRequestInput } from '../../src/messaging/protocol';
import {
  answerFor,
  askAhead,
  dropEarlyAsks,
  earlyOr,
  FIRST_SCREENS_CHARS,
  OPENING_READ_TAKEN,
  OPENING_TAKEN,
  openingKey,
  readOpening,
  takeEarlyAsks,
  type AskAheadDeps,
} from '../../src/reader/early-asks';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import { installFakeHighlights } from '../helpers/fake-highlights';

const OBK_PAPER = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
const TK_PAPER =
  'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';
/** A KOOP address whose series the URL rules do not know: only the head metadata can make it a paper. */
const OBK_UNKNOWN = 'https://zoek.officielebekendmakingen.nl/blg-1049856.html';
const NAVO_PAGE = readFileSync(join(process.cwd(), 'tests/fixtures/pages/obk-kst-navo.html'), 'utf8');

/** A page as the browser shows it; `highlights`: with a stand-in Highlight API (happy-dom has none). */
function page(url: string, html: string, highlights = true): Document {
  const p = new Browser({ settings: { navigator: { userAgent: 'test' } } }).newPage();
  p.url = url;
  p.content = html;
  const doc = p.mainFrame.document as unknown as Document;
  if (highlights) installFakeHighlights(doc.defaultView as object);
  return doc;
}

/** A page still being parsed, as the document_start script finds it. */
function parsing(doc: Document): () => void {
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return () => {
    Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
    const win = doc.defaultView as unknown as typeof globalThis;
    doc.dispatchEvent(new win.Event('DOMContentLoaded'));
  };
}

const SHORT_LETTER =
  '<html><head><title>Kamerstuk</title></head><body><div id="broodtekst">' +
  '<p>Tweede Kamer der Staten-Generaal</p><p>Hierbij ontvangt uw Kamer de geannoteerde agenda van de NAVO-bijeenkomst.</p>' +
  '</div></body></html>';

const answer = (text: string): AnalysisResult =>
  ({ isParliamentary: true, text }) as unknown as AnalysisResult;

function deps(over: Partial<AskAheadDeps> = {}) {
  const settingsWatchers: (() => void)[] = [];
  const stopped = vi.fn();
  const d = {
    loadSettings: vi.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, marksVisible: false })),
    watchSettings: vi.fn((cb: () => void) => {
      settingsWatchers.push(cb);
      return stopped;
    }),
    askDutch: vi.fn(async () => ({ sidebarTitle: 'Kamerlens' })),
    askStyles: vi.fn(async () => ({ sidebar: 'a{}', popover: 'b{}' })),
    analyze: vi.fn(async (input: AnalyzeRequestInput) => answer(input.text)),
    ...over,
  };
  return { deps: d, changeSetting: () => settingsWatchers.forEach((cb) => cb()), stopped };
}

describe('what the document_start script asks ahead for the reader', () => {
  it('asks for the settings, the Dutch strings and the stylesheets at once, and for the marks of the opening once the page is parsed', async () => {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const parsed = parsing(doc);
    const { deps: d } = deps();
    const scope = {};
    askAhead(doc, d, scope);
    expect(d.loadSettings).toHaveBeenCalledTimes(1);
    expect(d.askDutch).toHaveBeenCalledTimes(1);
    expect(d.askStyles).toHaveBeenCalledTimes(1);
    // Nothing of the body is read while the page is parsed.
    expect(d.analyze).not.toHaveBeenCalled();
    parsed();
    expect(d.analyze).toHaveBeenCalledTimes(1);
    const sent = vi.mocked(d.analyze).mock.calls[0]?.[0];
    expect(sent?.only).toBe('marks');
    // The NAVO letter's opening: a few screens, not the whole paper.
    expect(sent?.text).toMatch(/^\s*Tweede Kamer der Staten-Generaal/);
    expect(sent?.text.length).toBeGreaterThan(FIRST_SCREENS_CHARS - 200);
    expect(sent?.text.length).toBeLessThan(FIRST_SCREENS_CHARS + 2_000);
    expect(sent?.page?.url).toBe(OBK_PAPER);

    const asks = takeEarlyAsks(scope);
    expect(await asks.settings).toMatchObject({ marksVisible: false });
    expect(await asks.dutch).toEqual({ sidebarTitle: 'Kamerlens' });
    expect(await asks.styles).toEqual({ sidebar: 'a{}', popover: 'b{}' });
    expect(asks.opening?.key).toBe(openingKey(sent as AnalyzeRequestInput));
    expect(await asks.opening?.answer).toMatchObject({ text: sent?.text });
  });

  it('is taken once: a second reading (a client-side navigation, a changed glossary) asks for itself', () => {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const scope = {};
    askAhead(doc, deps().deps, scope);
    expect(Object.keys(takeEarlyAsks(scope)).sort()).toEqual(['dutch', 'opening', 'settings', 'styles']);
    expect(takeEarlyAsks(scope)).toEqual({});
    // Nothing was asked ahead on a page the document_start script left alone.
    expect(takeEarlyAsks({})).toEqual({});
  });

  it('a setting changed before the reader took them: the settings are read again by the reader; taken, the watch stops', () => {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const scope = {};
    const { deps: d, changeSetting, stopped } = deps();
    askAhead(doc, d, scope);
    changeSetting();
    expect(stopped).toHaveBeenCalledTimes(1);
    const asks = takeEarlyAsks(scope);
    expect(asks.settings).toBeUndefined();
    expect(asks.dutch).toBeDefined();

    const other = {};
    const second = deps();
    askAhead(page(OBK_PAPER, NAVO_PAGE), second.deps, other);
    takeEarlyAsks(other);
    expect(second.stopped).toHaveBeenCalledTimes(1);
  });

  it('the reader took the asks before the page was parsed: the opening is not asked ahead any more', () => {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const parsed = parsing(doc);
    const scope = {};
    const { deps: d } = deps();
    askAhead(doc, d, scope);
    takeEarlyAsks(scope);
    parsed();
    expect(d.analyze).not.toHaveBeenCalled();
  });

  it('failed asks reject nothing: the reader asks again', async () => {
    const failing = deps({
      loadSettings: async () => Promise.reject(new Error('storage gone')),
      askDutch: async () => Promise.reject(new Error('no background')),
      analyze: async () => Promise.reject(new Error('no background')),
    }).deps;
    const scope = {};
    askAhead(page(OBK_PAPER, NAVO_PAGE), failing, scope);
    const asks = takeEarlyAsks(scope);
    await expect(asks.settings).resolves.toBeUndefined();
    await expect(asks.dutch).resolves.toBeUndefined();
    const again = vi.fn(async () => ({ ...DEFAULT_SETTINGS }));
    await expect(earlyOr(asks.settings, again)).resolves.toEqual(DEFAULT_SETTINGS);
    expect(again).toHaveBeenCalledTimes(1);
    const input = readOpening(page(OBK_PAPER, NAVO_PAGE)) as AnalyzeRequestInput;
    const ask = vi.fn(async (i: AnalyzeRequestInput) => answer(i.text));
    await expect(answerFor(asks.opening, input, ask)).resolves.toMatchObject({ text: input.text });
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

describe('the reading of the opening, kept for the reader while the page stays as it was read', () => {
  /** The NAVO paper with its opening read ahead; `reading` is what the reader would take. */
  function readAhead() {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const { deps: d } = deps();
    const scope = {};
    askAhead(doc, d, scope);
    const sent = vi.mocked(d.analyze).mock.calls[0]?.[0] as AnalyzeRequestInput;
    const reading = takeEarlyAsks(scope).opening?.reading;
    return { doc, sent, reading };
  }

  it('an unchanged page: the reader gets the very reading the ask was made from, once', () => {
    const { doc, sent, reading } = readAhead();
    performance.clearMeasures(OPENING_READ_TAKEN);
    const head = reading?.take(OBK_PAPER);
    expect(performance.getEntriesByName(OPENING_READ_TAKEN)).toHaveLength(1);
    expect(head?.complete).toBe(false);
    expect(head?.page.input.text).toBe(sent.text);
    // Its text nodes are the page's: the findings are painted on them.
    const first = head?.page.extracted.segments[0];
    expect(first && doc.contains(first.node)).toBe(true);
    expect(reading?.take(OBK_PAPER)).toBeNull();
  });

  const changes: [string, (doc: Document) => void][] = [
    ['a word added to a paragraph', (doc) => doc.querySelector('#broodtekst p')?.append(' Gewijzigd.')],
    [
      'the characters of a text node changed',
      (doc) => {
        const text = doc.querySelector('#broodtekst p')?.firstChild;
        if (text) text.textContent = 'Anders';
      },
    ],
    ['a paragraph removed', (doc) => doc.querySelector('#broodtekst p')?.remove()],
    ['an attribute set (a class that can hide a part)', (doc) => doc.body.setAttribute('class', 'x')],
    [
      'a metadata element added to the head',
      (doc) =>
        doc.head.append(Object.assign(doc.createElement('meta'), { name: 'DC.type', content: 'Blad' })),
    ],
  ];
  it.each(changes)('%s since: no reading, the reader reads the page as it is', (_name, change) => {
    const { doc, reading } = readAhead();
    change(doc);
    performance.clearMeasures(OPENING_READ_TAKEN);
    expect(reading?.take(OBK_PAPER)).toBeNull();
    expect(performance.getEntriesByName(OPENING_READ_TAKEN)).toHaveLength(0);
  });

  it('another address (a client-side navigation): no reading', () => {
    expect(readAhead().reading?.take(`${OBK_PAPER}?x=1`)).toBeNull();
  });

  it('dropped (the page was no paper after all): the watch ends, and nothing is left to take', () => {
    const doc = page(OBK_PAPER, NAVO_PAGE);
    const scope = {};
    askAhead(doc, deps().deps, scope);
    const early = takeEarlyAsks(scope);
    askAhead(doc, deps().deps, scope);
    dropEarlyAsks(scope);
    expect(takeEarlyAsks(scope)).toEqual({});
    early.opening?.reading?.drop();
    expect(early.opening?.reading?.take(OBK_PAPER)).toBeNull();
  });
});

describe('the opening read ahead (the same rule as the reader: the URL, then the head metadata)', () => {
  it.each([
    ['a long KOOP paper (the NAVO letter): the marks of its opening', OBK_PAPER, NAVO_PAGE, 'marks'],
    ['a short KOOP paper, all of it within the opening: the whole analysis', OBK_PAPER, SHORT_LETTER, 'all'],
    ['a tweedekamer.nl paper whose text arrives after the load: nothing yet', TK_PAPER, SHORT_LETTER, null],
    [
      'an address only the head could make a paper, without paper metadata: the body is not read',
      OBK_UNKNOWN,
      SHORT_LETTER,
      null,
    ],
    [
      'a long paper in a browser without the Highlight API: nothing (the reader paints no first screens there)',
      OBK_PAPER,
      NAVO_PAGE,
      null,
      false,
    ],
    [
      'the same address with a Kamerstuk in its head metadata',
      OBK_UNKNOWN,
      SHORT_LETTER.replace('<title>', '<meta name="DC.type" content="Kamerstuk"><title>'),
      'all',
    ],
  ])('%s', (_name, url, html, expected, highlights = true) => {
    const doc = page(url, html, highlights);
    const read = vi.spyOn(doc, 'querySelector');
    const opening = readOpening(doc);
    expect(opening === null ? null : (opening.only ?? 'all')).toBe(expected);
    if (expected === null && url === OBK_UNKNOWN) expect(read).not.toHaveBeenCalled();
  });
});

describe('the reader takes an answer asked ahead only for exactly what it would ask', () => {
  const doc = () => page(OBK_PAPER, NAVO_PAGE);

  it('the same opening: the early answer, nothing asked', async () => {
    const input = readOpening(doc()) as AnalyzeRequestInput;
    const early = { key: openingKey(input), answer: Promise.resolve(answer('early')) };
    const ask = vi.fn(async () => answer('asked'));
    performance.clearMeasures(OPENING_TAKEN);
    await expect(answerFor(early, readOpening(doc()) as AnalyzeRequestInput, ask)).resolves.toMatchObject({
      text: 'early',
    });
    expect(ask).not.toHaveBeenCalled();
    // Taken: the measure the e2e tests check the path by.
    expect(performance.getEntriesByName(OPENING_TAKEN)).toHaveLength(1);
  });

  it("the page's text changed after it was parsed (a script rewrote it): asked again, for the new text", async () => {
    const before = readOpening(doc()) as AnalyzeRequestInput;
    const changed = doc();
    changed.querySelector('#broodtekst p')?.append(' Gewijzigd.');
    const after = readOpening(changed) as AnalyzeRequestInput;
    const ask = vi.fn(async (i: AnalyzeRequestInput) => answer(i.text));
    const early = { key: openingKey(before), answer: Promise.resolve(answer('early')) };
    performance.clearMeasures(OPENING_TAKEN);
    await expect(answerFor(early, after, ask)).resolves.toMatchObject({ text: after.text });
    expect(ask).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName(OPENING_TAKEN)).toHaveLength(0);
  });

  it("the whole paper (or the glossary changed since): never the opening's answer", async () => {
    const opening = readOpening(doc()) as AnalyzeRequestInput;
    const early = { key: openingKey(opening), answer: Promise.resolve(answer('early')) };
    const ask = vi.fn(async () => answer('asked'));
    await answerFor(early, { ...opening, only: undefined }, ask);
    await answerFor(early, { ...opening, glossaryChanged: true }, ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('the early ask found nothing (the background was not reachable): asked again', async () => {
    const input = readOpening(doc()) as AnalyzeRequestInput;
    const early = { key: openingKey(input), answer: Promise.resolve(null) };
    const ask = vi.fn(async () => answer('asked'));
    await expect(answerFor(early, input, ask)).resolves.toMatchObject({ text: 'asked' });
  });
});

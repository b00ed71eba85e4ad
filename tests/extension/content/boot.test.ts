import { Browser } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
// The reader's script talks to the background from its boot on (the toolbar button, `warm-up`).
const { fakeBrowser } = await vi.hoisted(() => import('../../install-fake-browser'));
import {
  bootReader,
  followPapers,
  type BootDeps,
  type BootedReader,
  type FollowDeps,
} from '../../../extension/content/boot';
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

describe('the toolbar button on a paper whose text comes after load', () => {
  /**
   * A paper's page without its text yet, a reader whose sidebar records what it is asked, and the background's
   * side: its answer to the reader's `warm-up` (whether the button was clicked before the script listened; given
   * when `answerWarmUp` is called, at once by default) and what the reader tells it of a click it keeps.
   */
  async function lateTextPage(clickedBeforeScript = false, { holdWarmUp = false, isPaper = true } = {}) {
    fakeBrowser.reset();
    const warmUps: unknown[] = [];
    // What the toolbar button is told: true, a click waits in the reader (`…`); false, none does any more.
    const told: boolean[] = [];
    let answerWarmUp = () => {};
    const warmUpAnswered = new Promise<void>((resolve) => (answerWarmUp = resolve));
    if (!holdWarmUp) answerWarmUp();
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      const message = m as { type?: string; waiting?: boolean };
      if (message.type === 'sidebar-asked') told.push(message.waiting === true);
      if (message.type !== 'warm-up') return undefined;
      warmUps.push(m);
      // The background tells a kept click once, to the first `warm-up` of its address.
      const first = warmUps.length === 1;
      return warmUpAnswered.then(() => clickedBeforeScript && first);
    });
    const page = new Browser().newPage();
    page.url = 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html';
    page.content = '<!DOCTYPE html><html><head></head><body><main></main></body></html>';
    const doc = page.mainFrame.document as unknown as Document;
    const toggles: string[] = [];
    const sidebar = {
      toggle: (fromKeyboard = false, openOnly = false) =>
        void toggles.push(`${fromKeyboard ? 'keyboard' : 'toolbar'}${openOnly ? ', open only' : ''}`),
    };
    const reader = { result: {}, stop: () => undefined, sidebar } as unknown as Reader;
    // No paper after all: the text that comes is a notice, and the reader gives up on it.
    const booted = await bootReader(ctx, doc, { startReader: async () => (isPaper ? reader : null) });
    const textArrives = async () => {
      const text = doc.createElement('div');
      text.id = 'broodtekst';
      text.textContent = 'De NAVO vergadert.';
      doc.body.append(text);
      await booted!.live.flush();
      await booted!.live.flush();
    };
    const send = (message: object) => fakeBrowser.runtime.onMessage.trigger(message, {});
    /** Lets the messages to the background and its answers go round. */
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const win = page.mainFrame.window as unknown as Window;
    return { booted: booted!, win, toggles, warmUps, told, textArrives, send, answerWarmUp, settle };
  }

  const CLICK = { type: 'toggle-sidebar' } as const;
  const KEYBOARD = { type: 'toggle-sidebar', via: 'keyboard' } as const;

  it.each([
    ['nothing asked: the sidebar is as the setting has it', [], false, [], []],
    // The button shows the wait from the click on (`…`), and its count again once the sidebar is open.
    [
      'the toolbar clicked: opened (never closed) once there',
      [CLICK],
      false,
      ['toolbar, open only'],
      [true, false],
    ],
    // The `…` told the first click was taken: a second one cancels the wait, and the sidebar is as the setting has it.
    ['clicked twice: the wait cancelled, nothing opened', [CLICK, CLICK], false, [], [true, false]],
    [
      'clicked three times: waiting again',
      [CLICK, CLICK, CLICK],
      false,
      ['toolbar, open only'],
      [true, false, true, false],
    ],
    [
      'the keyboard command: opened, or the focus brought into it',
      [KEYBOARD],
      false,
      ['keyboard, open only'],
      [true, false],
    ],
    ['the keyboard command twice: cancelled as a click is', [KEYBOARD, KEYBOARD], false, [], [true, false]],
    // The background kept the click and showed the wait; the reader takes it over and says it keeps it.
    [
      'clicked before this script was there (the background kept it)',
      [],
      true,
      ['toolbar, open only'],
      [true, false],
    ],
    ['clicked before this script was there and once more after: cancelled', [CLICK], true, [], [true, false]],
  ] as const)('%s', async (_name, messages, clickedBeforeScript, expected, told) => {
    const page = await lateTextPage(clickedBeforeScript);
    // The address is announced at once, before any text: the button is the sidebar's.
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.settle();
    for (const m of messages) await page.send(m);
    expect(page.toggles).toEqual([]);
    await page.textArrives();
    expect(page.toggles).toEqual(expected);
    await page.settle();
    expect(page.told).toEqual(told);
    // Once the sidebar is there, a click toggles it as ever, and the button has nothing more to show.
    await page.send(CLICK);
    expect(page.toggles).toEqual([...expected, 'toolbar']);
    await page.settle();
    expect(page.told).toEqual(told);
    page.booted.live.stop();
  });

  it("a click that reaches the script before the background's kept one: the two cancel out", async () => {
    // The background kept a click (the script not there yet); the script listens, a second click reaches it, and
    // only then does the background answer the script's `warm-up` with the first one.
    const page = await lateTextPage(true, { holdWarmUp: true });
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    expect(page.told).toEqual([true]);
    page.answerWarmUp();
    await page.settle();
    expect(page.told).toEqual([true, false]);
    await page.textArrives();
    expect(page.toggles).toEqual([]);
    page.booted.live.stop();
  });

  it('a click waiting when the page leaves the paper is dropped: back on a paper, nothing opens for it', async () => {
    const page = await lateTextPage();
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    expect(page.told).toEqual([true]);
    // A client-side navigation to a Staatscourant page (no paper): the page tells the background, which
    // gives the button back its popup, badge and title.
    const statuses: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      if ((m as { type?: string }).type === 'paper-status') statuses.push(m);
      return undefined;
    });
    page.win.history.pushState({}, '', '/stcrt-2013-10981.html');
    await page.booted.live.flush();
    await page.settle();
    expect(statuses).toEqual([{ type: 'paper-status', isPaper: false, findings: 0 }]);
    // Back to the paper, its text comes: the click went with the page it was made on.
    page.win.history.pushState({}, '', '/kst-28676-409.html');
    await page.textArrives();
    expect(page.toggles).toEqual([]);
    page.booted.live.stop();
  });

  // A click is the paper's it was made on (kst-28676-409, the page's address): client-side navigations while it
  // waits, and what the reader gets once the text comes. `told`: what the button is told of the wait; `announced`:
  // the paper addresses the background is told of (`warm-up`), so the button is the sidebar's on each.
  it.each([
    [
      'to another paper: the wait is dropped, the new paper announced, nothing opens for it',
      ['/kst-28676-410.html'],
      [true, false],
      2,
      [],
    ],
    [
      'to another paper and back (the same paper reached again): the wait is not revived',
      ['/kst-28676-410.html', '/kst-28676-409.html'],
      [true, false],
      3,
      [],
    ],
    [
      'to a fragment of the same paper: the wait stays, the sidebar opens',
      ['/kst-28676-409.html#p2'],
      [true, false],
      1,
      ['toolbar, open only'],
    ],
    [
      'to the same address again (a pushState of the address it is at): the wait stays, the sidebar opens',
      ['/kst-28676-409.html'],
      [true, false],
      1,
      ['toolbar, open only'],
    ],
  ] as const)('a click waiting, the page goes %s', async (_name, paths, told, announced, toggles) => {
    const page = await lateTextPage();
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    expect(page.told).toEqual([true]);
    for (const path of paths) {
      page.win.history.pushState({}, '', path);
      await page.booted.live.flush();
      await page.settle();
    }
    expect(page.warmUps).toHaveLength(announced);
    // Each says the address the page shows: the sender's, as the background gets it, may lag behind.
    expect(page.warmUps.map((m) => (m as { url?: string }).url)).toEqual(
      ['/kst-28676-409.html', ...paths]
        .slice(0, announced)
        .map((p) => `https://zoek.officielebekendmakingen.nl${p}`),
    );
    await page.textArrives();
    await page.settle();
    expect(page.toggles).toEqual(toggles);
    expect(page.told).toEqual(told);
    page.booted.live.stop();
  });

  it('a click waiting, the page goes to another paper and back before its watch settles: each address is told at once, the wait goes', async () => {
    const page = await lateTextPage();
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    // The page's script shows another paper (and renders it), and the reader goes back at once.
    page.win.history.pushState({}, '', '/kst-28676-410.html');
    page.win.document.body.append(page.win.document.createElement('span'));
    await page.settle();
    // (happy-dom has no history to go back in: the address is put back, and the event the browser fires sent.)
    page.win.history.pushState({}, '', '/kst-28676-409.html');
    page.win.dispatchEvent(new (page.win as Window & typeof globalThis).PopStateEvent('popstate'));
    await page.settle();
    // Told before the watch looked: the tab's own address event, which takes the button from the paper on
    // another address, is followed by the reader's news of this one.
    expect(page.warmUps.map((m) => (m as { url?: string }).url)).toEqual(
      ['/kst-28676-409.html', '/kst-28676-410.html', '/kst-28676-409.html'].map(
        (p) => `https://zoek.officielebekendmakingen.nl${p}`,
      ),
    );
    expect(page.told).toEqual([true, false]);
    await page.textArrives();
    await page.settle();
    expect(page.toggles).toEqual([]);
    page.booted.live.stop();
  });

  it('a click that comes after the page went to another paper, before the watch looked: the old wait goes, the new click waits for the new paper', async () => {
    const page = await lateTextPage();
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    // The page's script changes the address; the watch looks only once the page has settled.
    page.win.history.pushState({}, '', '/kst-28676-410.html');
    await page.send(CLICK);
    await page.settle();
    // Not a second click cancelling the first: the first went with its paper, the new one is the new paper's.
    expect(page.told).toEqual([true, false, true]);
    expect(page.warmUps).toHaveLength(2);
    await page.textArrives();
    await page.settle();
    expect(page.toggles).toEqual(['toolbar, open only']);
    expect(page.told).toEqual([true, false, true, false]);
    page.booted.live.stop();
  });

  it('a click kept by the background for a paper the page has left when it answers is not taken', async () => {
    // Clicked before the script was there; the page moves on to another paper before the background answers.
    const page = await lateTextPage(true, { holdWarmUp: true });
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    page.win.history.pushState({}, '', '/kst-28676-410.html');
    await page.booted.live.flush();
    expect(page.warmUps).toHaveLength(2);
    page.answerWarmUp();
    await page.settle();
    await page.textArrives();
    await page.settle();
    expect(page.told).toEqual([]);
    expect(page.toggles).toEqual([]);
    page.booted.live.stop();
  });

  it('a click waiting when the text turns out to be no paper: the wait ends, nothing opens', async () => {
    const page = await lateTextPage(false, { isPaper: false });
    await vi.waitFor(() => expect(page.warmUps).toHaveLength(1));
    await page.send(CLICK);
    await page.settle();
    expect(page.told).toEqual([true]);
    await page.textArrives();
    await page.settle();
    expect(page.told).toEqual([true, false]);
    expect(page.toggles).toEqual([]);
    page.booted.live.stop();
  });
});

describe('the content script after a client-side navigation', () => {
  /** A Staatscourant page (no paper) whose address the test changes as a client-side app would. */
  function appPage() {
    const page = new Browser().newPage();
    page.url = 'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html';
    page.content =
      '<!DOCTYPE html><html><head><meta name="DC.type" content="Staatscourant" /></head><body><main></main></body></html>';
    const doc = page.mainFrame.document as unknown as Document;
    const win = page.mainFrame.window as unknown as Window;
    let onChange: ((href: string) => void) | null = null;
    let watches = 0;
    /** Stands in for `watchAddressChanges`: the test tells the address changes itself. */
    const watchAddress = (_win: Window, cb: (href: string) => void) => {
      onChange = cb;
      watches++;
      return () => {
        onChange = null;
        watches--;
      };
    };
    /** `history.pushState`, and the paper's text as the app's script puts it in. */
    const navigate = (path: string, text?: string) => {
      win.history.pushState({}, '', path);
      if (text !== undefined) {
        const div = doc.createElement('div');
        div.id = 'broodtekst';
        div.textContent = text;
        doc.body.append(div);
      }
      onChange?.(win.location.href);
    };
    return { doc, navigate, watchAddress, watches: () => watches };
  }

  /** Lets the boot's promises and the reader watch's first check run. */
  const settle = () => new Promise((r) => setTimeout(r, 10));

  function follow(doc: Document, watchAddress: FollowDeps['watchAddress'], alive?: () => boolean) {
    const { deps, calls, reader } = spyDeps();
    const events: string[] = [];
    const booted: BootedReader[] = [];
    const invalidate: (() => void)[] = [];
    const wxtContext = {
      onInvalidated: () => undefined,
      notifyInvalidated: () => events.push('ctx released'),
    };
    const stop = followPapers(
      wxtContext,
      doc,
      { ...deps, watchAddress, alive },
      {
        booted: (b, inv) => {
          events.push('booted');
          booted.push(b);
          invalidate.push(inv);
        },
        notPaper: () => events.push('not a paper'),
        failed: (e) => events.push(`failed: ${String(e)}`),
      },
    );
    return { calls, reader, events, booted, invalidate, stop };
  }

  it('a page that is not a paper watches its address, and starts the reader once a navigation makes it one', async () => {
    const { doc, navigate, watchAddress, watches } = appPage();
    const { calls, reader, events, booted, stop } = follow(doc, watchAddress);
    await settle();
    expect(events).toEqual(['not a paper']);
    expect(watches()).toBe(1);
    // Another page that is no paper: still nothing.
    navigate('/stcrt-2013-10982.html');
    await settle();
    expect(calls).toEqual([]);
    navigate('/kst-28676-409.html', 'De NAVO vergadert.');
    await settle();
    expect(events).toEqual(['not a paper', 'booted']);
    expect(calls).toEqual(['startReader']);
    expect(booted[0]?.reader()).toBe(reader);
    // The reader's own watch follows the address from here: the address watch is gone.
    expect(watches()).toBe(0);
    booted[0]?.live.stop();
    stop();
  });

  it('a paper whose text comes after the navigation is read when it arrives, once', async () => {
    const { doc, navigate, watchAddress } = appPage();
    const { calls, booted, stop } = follow(doc, watchAddress);
    await settle();
    navigate('/kst-28676-409.html');
    await settle();
    expect(calls).toEqual([]);
    const text = doc.createElement('div');
    text.id = 'broodtekst';
    text.textContent = 'De NAVO vergadert.';
    doc.body.append(text);
    await vi.waitFor(() => expect(booted[0]).toBeDefined());
    await booted[0]!.live.flush();
    await booted[0]!.live.flush();
    expect(calls).toEqual(['startReader']);
    booted[0]?.live.stop();
    stop();
  });

  it('a reader booted after a navigation stops with its own context (the extension went away)', async () => {
    const { doc, navigate, watchAddress } = appPage();
    const { calls, booted, invalidate, stop } = follow(doc, watchAddress);
    await settle();
    navigate('/kst-28676-409.html', 'De NAVO vergadert.');
    await settle();
    expect(calls).toEqual(['startReader']);
    // Booted once the reader's start resolves: later than 10 ms on a busy machine.
    await vi.waitFor(() => expect(booted[0]).toBeDefined());
    invalidate[0]?.();
    // Its watch is gone: new text starts nothing.
    doc.getElementById('broodtekst')!.textContent = 'De NAVO vergadert opnieuw.';
    await booted[0]!.live.flush();
    expect(calls).toEqual(['startReader']);
    stop();
  });

  it('boots nothing once the extension is gone', async () => {
    const { doc, navigate, watchAddress, watches } = appPage();
    let alive = true;
    const { calls, events, stop } = follow(doc, watchAddress, () => alive);
    await settle();
    alive = false;
    navigate('/kst-28676-409.html', 'De NAVO vergadert.');
    await settle();
    expect(events).toEqual(['not a paper']);
    expect(calls).toEqual([]);
    expect(watches()).toBe(0);
    stop();
  });

  it('stopped, it hears no navigation', async () => {
    const { doc, navigate, watchAddress, watches } = appPage();
    const { calls, events, stop } = follow(doc, watchAddress);
    await settle();
    stop();
    expect(watches()).toBe(0);
    navigate('/kst-28676-409.html', 'De NAVO vergadert.');
    await settle();
    expect(events).toEqual(['not a paper']);
    expect(calls).toEqual([]);
  });

  it('reads nothing of the body while it watches a page that is not a paper', async () => {
    const { doc, touched } = trappedPage(
      'https://zoek.officielebekendmakingen.nl/stcrt-2013-10981.html',
      '<meta name="DC.type" content="Staatscourant" />',
    );
    let onChange: ((href: string) => void) | null = null;
    const { calls, events, stop } = follow(doc, (_w, cb) => {
      onChange = cb;
      return () => undefined;
    });
    await settle();
    // The app moved to another page that is no paper either.
    (onChange as ((href: string) => void) | null)?.(
      'https://zoek.officielebekendmakingen.nl/stcrt-2013-10982.html',
    );
    await settle();
    expect(events).toEqual(['not a paper']);
    expect(touched).toEqual([]);
    expect(calls).toEqual([]);
    stop();
  });
});

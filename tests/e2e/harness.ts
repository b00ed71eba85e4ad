import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
// The same helpers the demo uses, so the tests exercise what a newcomer runs.
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer, type RouteHandler } from '../../scripts/lib/fixture-server.mjs';

/** The slice of the extension API the tests drive the service worker with. */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    };
  };
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** axe-core's script, put into a page for the accessibility checks. */
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface HarnessOptions {
  /** Routes served before the fixture pages (`host/path` → handler): pages made for a test, stub services. */
  routes?: Record<string, RouteHandler>;
  /** The system colour scheme Chromium gives the pages (its own default when not set). */
  colorScheme?: 'light' | 'dark';
  /** After each test, clear the extension's storage too: every test starts from the default settings. */
  clearStorage?: boolean;
  /** Runs after each test before its tabs close (what the profile keeps per site, such as the zoom, put back). */
  beforeReset?: () => Promise<void>;
}

/** What one file's browser is, once started. */
interface Running {
  context: BrowserContext;
  port: number;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Responses of `hangingStub` routes, ended before the fixture server closes (it waits for them otherwise). */
const hanging = new Set<ServerResponse>();

/** Starts the fixture server (with `routes` before the fixture pages) and Chromium with the built extension. */
async function start(options: HarnessOptions): Promise<Running> {
  const server = await startFixtureServer({ extraRoutes: options.routes ?? {} });
  const context = await launchWithExtension({ port: server.port, colorScheme: options.colorScheme });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    port: server.port,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      for (const res of hanging) res.destroy();
      await context.close();
      await server.close();
    },
  };
}

/**
 * Chromium with the built extension and the fixture server, for the tests of one file (or of the describe block
 * `useHarness` is called in; see there). Its members are there from the hooks and tests on.
 */
export class Harness {
  readonly #running: () => Running;
  readonly #kept: Set<Page>;

  constructor(running: () => Running, kept: Set<Page>) {
    this.#running = running;
    this.#kept = kept;
  }

  get context(): BrowserContext {
    return this.#running().context;
  }
  /** The fixture server's port on 127.0.0.1. */
  get port(): number {
    return this.#running().port;
  }
  /** The extension's service worker (the background). */
  get worker(): Worker {
    return this.#running().worker;
  }
  get extensionId(): string {
    return this.#running().extensionId;
  }

  /** Keeps `page` open from test to test (a tab the tests share), where the others are closed after each. */
  keep(page: Page): Page {
    this.#kept.add(page);
    return page;
  }

  /**
   * Opens `url` in a new tab (`viewport` px from the start, when given) and waits until the reader has painted it
   * (or fails after `timeout`).
   */
  async open(
    url: string,
    { viewport, timeout }: { viewport?: { width: number; height: number }; timeout?: number } = {},
  ): Promise<Page> {
    const page = await this.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url);
    await waitForPainted(page, timeout);
    return page;
  }

  /** Opens one of the extension's own pages (`options.html`, `popup.html`) in a new tab. */
  async openExtensionPage(file: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${file}`);
    return page;
  }

  /** Opens the fixture page `file` from 127.0.0.1, a host the extension does not run on: the page without it. */
  async openBaseline(file: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`http://127.0.0.1:${this.port}/raw/${file}`);
    return page;
  }

  /** The container's text as the page shows it without the extension. */
  async baselineInnerText(file: string, selector: string): Promise<string> {
    const page = await this.openBaseline(file);
    const text = await page.locator(selector).evaluate((el) => (el as HTMLElement).innerText);
    await page.close();
    return text;
  }

  /** What the background sends the tab showing `url` for the toolbar button, or with `via: 'keyboard'` for Alt+Shift+K. */
  toggleSidebar(url: string, via?: 'keyboard'): Promise<void> {
    return sendToTab(this.worker, url, via ? { type: 'toggle-sidebar', via } : { type: 'toggle-sidebar' });
  }

  /** What the background sends the tab showing `url` for the toggle-marks command. */
  toggleMarks(url: string): Promise<void> {
    return sendToTab(this.worker, url, { type: 'toggle-marks' });
  }

  /** Stores settings as the options page does. */
  setStorage(items: Record<string, unknown>): Promise<void> {
    return this.worker.evaluate((items) => chrome.storage.local.set(items), items);
  }

  removeStorage(keys: string | string[]): Promise<void> {
    return this.worker.evaluate((keys) => chrome.storage.local.remove(keys), keys);
  }

  /** Back to the default settings. */
  clearStorage(): Promise<void> {
    return this.worker.evaluate(() => chrome.storage.local.clear());
  }

  /**
   * Points the background's title lookups (developer override `devApiBaseUrls`) at stub services under `base`:
   * the Tweede Kamer API at `base/tk`, KOOP SRU at `base/sru`.
   */
  pointServicesAt(base: string, timeoutMs?: number): Promise<void> {
    return this.setStorage({ devApiBaseUrls: { tkOData: `${base}/tk`, sru: `${base}/sru`, timeoutMs } });
  }

  /**
   * What a paste would get: the clipboard's text and HTML. The fixture pages are plain http (no Clipboard API
   * there), so it is read from a page on 127.0.0.1, a secure context where reading can be granted; the clipboard
   * is the browser's, shared by all pages.
   */
  async readClipboard(): Promise<{ text: string; html: string }> {
    const origin = `http://127.0.0.1:${this.port}`;
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await this.context.newPage();
    await page.goto(`${origin}/raw/tk-nieuws.html`);
    await page.bringToFront();
    const read = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      }
      return out;
    });
    await page.close();
    return { text: read['text/plain'] ?? '', html: read['text/html'] ?? '' };
  }
}

/**
 * A `Harness` for the tests of the file or describe block this is called in: the browser and the fixture server
 * are started before them and closed after them; after each test its tabs are closed (but those `keep` keeps), so
 * no test sees another's, and with `clearStorage` the settings are cleared too.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let running: Running | undefined;
  const kept = new Set<Page>();
  const harness = new Harness(() => {
    if (!running) throw new Error('the browser is not started: use the harness inside hooks and tests');
    return running;
  }, kept);
  beforeAll(async () => {
    running = await start(options);
  });
  afterAll(async () => {
    await running?.close();
  });
  afterEach(async () => {
    if (!running) return;
    await options.beforeReset?.();
    for (const page of running.context.pages()) if (!kept.has(page)) await page.close();
    if (options.clearStorage) await harness.clearStorage();
  });
  return harness;
}

/** A route that serves `html` (or what it gives for the request) as the fixture server serves its pages. */
export function htmlRoute(html: string | ((req: IncomingMessage) => string)): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(typeof html === 'string' ? html : html(req));
  };
}

/** A stub service that answers `status` with `body` of `type`. */
export function stubAnswer(status: number, body: string, type: string): RouteHandler {
  return (_req: IncomingMessage, res: ServerResponse) => {
    // The background fetches cross-origin without host permission for 127.0.0.1: CORS decides.
    res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
    res.end(body);
  };
}

/** A stub service that never answers. */
export function hangingStub(): RouteHandler {
  return (_req: IncomingMessage, res: ServerResponse) => {
    hanging.add(res);
    res.on('close', () => hanging.delete(res));
  };
}

/**
 * Sends `message` from the service worker to the tab showing `url`, as the background does for the toolbar button
 * (`toggle-sidebar`) and the keyboard commands (`via: 'keyboard'`, `toggle-marks`): headless Chromium can press
 * neither.
 */
export async function sendToTab(worker: Worker, url: string, message: unknown): Promise<void> {
  await worker.evaluate(
    async ([url, message]) => {
      const [tab] = await chrome.tabs.query({ url: url as string });
      if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, message);
    },
    [url, message] as const,
  );
}

/** Waits until the reader has put everything on screen (or fails after `timeout`). */
export async function waitForPainted(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kamerlens:painted').length > 0, null, {
    timeout,
  });
}

/** How many times the reader has started reading the page (`kamerlens:start`). */
export function readingsStarted(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('kamerlens:start').length);
}

/**
 * In the page: the page stylesheet's `--kamerlens-installed` on the root ('1' where the sheet applies, '' where it
 * was not injected). Self-contained, for `evaluate` in Playwright or Puppeteer.
 */
export function stylesheetInstalled(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--kamerlens-installed').trim();
}

/**
 * An init script (Playwright's `addInitScript`, Puppeteer's `evaluateOnNewDocument`): records on `window.atBody`
 * what `stylesheetInstalled` reads once the page's body is parsed. Self-contained: it is sent to the page as text.
 */
export function recordStylesheetAtBody(): void {
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    (window as unknown as { atBody: string }).atBody = getComputedStyle(document.documentElement)
      .getPropertyValue('--kamerlens-installed')
      .trim();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** In the page: what `recordStylesheetAtBody` recorded. */
export function stylesheetAtBodyRecorded(): string {
  return (window as unknown as { atBody: string }).atBody;
}

/** Names of the reader's User Timing marks present on the page (Playwright's or Puppeteer's). */
export function kamerlensMarks(page: { evaluate(fn: () => string[]): Promise<string[]> }): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => m.name)
      .filter((n) => n.startsWith('kamerlens:')),
  );
}

/** The reader's User Timing marks after one reading of a paper, in order. */
export const ONE_READING = ['kamerlens:start', 'kamerlens:first-paint', 'kamerlens:painted'];

/**
 * Run in the page (`page.evaluate(navigateToPaper, path)`, Playwright's or Puppeteer's): what tweedekamer.nl's own
 * script does on a client-side navigation to a paper: fetches the paper at `path`, puts its document modal in the
 * page and changes the address.
 */
export async function navigateToPaper(path: string): Promise<void> {
  const html = await (await fetch(path)).text();
  const modal = new DOMParser().parseFromString(html, 'text/html').querySelector('#document-html-modal');
  if (!modal) throw new Error('no modal in the paper page');
  history.pushState({}, '', path);
  document.body.append(document.adoptNode(modal));
}

/** The text of every range in one of the page's highlights, white space folded (read from the page's own world). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(name);
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
  }, name);
}

/** Waits until the highlight `name` has a range reading `text`: the reader has painted its mark. */
export async function waitForMark(page: Page, name: string, text: string): Promise<void> {
  await page.waitForFunction(
    ({ name, text }) => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      return [...(h.get(name) ?? [])].some((r) => r.toString() === text);
    },
    { name, text },
  );
}

/**
 * Brings the `nth` range of the highlight `name` reading `text` into the middle of the window: the centre of its
 * first line box, and where that box begins.
 */
export async function markPoint(
  page: Page,
  name: string,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number; left: number }> {
  const point = await page.evaluate(
    ({ name, text, nth }) => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(name);
      const ranges = [...(h ?? [])].filter((r) => r.toString().replace(/\s+/g, ' ') === text);
      const range = ranges[nth];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = range.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left } : null;
    },
    { name, text, nth },
  );
  if (!point) throw new Error(`no ${name} range reading ${text}`);
  return point;
}

/** Rests the pointer on (x, y), in two moves: the reader samples the pointer once per frame. */
export async function hoverAt(page: Page, { x, y }: { x: number; y: number }): Promise<void> {
  await page.mouse.move(x - 2, y);
  await page.mouse.move(x, y);
}

/** Rests the pointer on the `nth` mark of the highlight `name` reading `text` (its popover opens after the dwell). */
export async function hoverMark(page: Page, name: string, text: string, nth = 0): Promise<void> {
  await hoverAt(page, await markPoint(page, name, text, nth));
}

/** The open popover's panel. */
export const popover = (page: Page) => page.locator('kamerlens-popover .kl-pop');

/** What the open popover says of its place among the occurrences: `Vermelding 2 van 26 in dit stuk`. */
export const popoverCount = (page: Page) => page.locator('kamerlens-popover .kl-pop-count').innerText();

/** The sidebar's entry of the outline heading `title`. */
export const outlineEntry = (page: Page, title: string) =>
  page.locator('kamerlens-root [data-section="outline"] button[data-entry]', { hasText: title });

/** The sidebar's entries of the acronym `abbr`. */
export const acronymEntry = (page: Page, abbr: string) =>
  page.locator(`kamerlens-root [data-section="acronyms"] button[data-abbr="${abbr}"]`);

/** The local name of the element with the focus in the page (`kamerlens-root`, `kamerlens-popover` for ours). */
export function focusedName(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.localName);
}

/** The trimmed text of the element with the focus in the page. */
export function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.textContent?.trim());
}

/** The text of the element with the focus inside the sidebar, or null when the focus is not there. */
export function sidebarFocus(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    document.activeElement?.localName === 'kamerlens-root'
      ? (document.querySelector('kamerlens-root')?.shadowRoot?.activeElement?.textContent?.trim() ?? '')
      : null,
  );
}

/**
 * axe-core's violations on a whole extension page (options, popup). Extension pages forbid inline scripts (CSP):
 * axe is evaluated through the debugger instead.
 */
export async function axeViolationsOfPage(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string }[] }> } }
    ).axe;
    return (await axe.run(document)).violations.map((v) => v.id);
  });
}

/**
 * Opens `url` in a new tab while watching its JavaScript worlds, and returns the event listener
 * types that the extension's content script (its isolated world, named after the extension) has on
 * `document`, `window` and `navigation`. The page's own listeners live in another world and are not counted.
 */
export async function openCountingListeners(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; listeners: () => Promise<string[]> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  cdp.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
      worlds.push({ id: e.context.id, name: e.context.name, type: e.context.auxData?.type }),
  );
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const listeners = async () => {
    const found: string[] = [];
    const ours = worlds.filter((w) => w.type === 'isolated' && w.name === 'Kamerlens');
    // No world means the content script never ran: then "no listener" would prove nothing.
    if (ours.length === 0) return ['(the content script did not run here)'];
    for (const world of ours) {
      for (const expression of ['document', 'window', 'navigation']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
        if (!result.objectId) continue;
        const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        found.push(...list.map((l: { type: string }) => `${expression}:${l.type}`));
      }
    }
    return found;
  };
  return { page, listeners };
}

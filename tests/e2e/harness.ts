import type { BrowserContext, Page, Worker } from 'playwright-core';
// The same helpers the demo uses, so the tests exercise what a newcomer runs.
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer, type RouteHandler } from '../../scripts/lib/fixture-server.mjs';

export interface Harness {
  context: BrowserContext;
  port: number;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts the fixture server (with `extraRoutes` before the fixture pages) and Chromium with the built extension. */
export async function startHarness(extraRoutes: Record<string, RouteHandler> = {}): Promise<Harness> {
  const server = await startFixtureServer({ extraRoutes });
  const context = await launchWithExtension({ port: server.port });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    port: server.port,
    worker,
    extensionId,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** The slice of the extension API `sendToTab` uses in the service worker. */
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

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

/** Opens `url` in a new tab of `context` and waits until the reader has painted it. */
export async function openPainted(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForPainted(page);
  return page;
}

/** Names of the reader's User Timing marks present on the page. */
export function kamerlensMarks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => m.name)
      .filter((n) => n.startsWith('kamerlens:')),
  );
}

/**
 * The container's text as the page shows it without the extension: the same fixture page fetched
 * from 127.0.0.1, a host the extension does not run on.
 */
export async function baselineInnerText(
  context: BrowserContext,
  port: number,
  file: string,
  selector: string,
) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/raw/${file}`);
  const text = await page.locator(selector).evaluate((el) => (el as HTMLElement).innerText);
  await page.close();
  return text;
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

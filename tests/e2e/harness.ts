import type { BrowserContext, Page, Worker } from 'playwright-core';
// The same helpers the demo uses, so the tests exercise what a newcomer runs.
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

export interface Harness {
  context: BrowserContext;
  port: number;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts the fixture server and Chromium with the built extension. */
export async function startHarness(): Promise<Harness> {
  const server = await startFixtureServer();
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

/** Waits until the reader has put everything on screen (or fails after `timeout`). */
export async function waitForPainted(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('kamerlens:painted').length > 0, null, {
    timeout,
  });
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

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolationsOfPage, useHarness } from './harness';

// The options page in Chromium with the built extension: what happy-dom cannot show for certain
// (the real file input and TextDecoder, keyboard focus, axe on the error and notice blocks).
const h = useHarness();

async function openOptions(): Promise<Page> {
  const page = await h.openExtensionPage('options.html');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect.poll(() => page.locator('h1').innerText()).toBe('Kamerlens settings');
  return page;
}

/**
 * On how many lines each word of the glossary table's headers (when shown) and of its BZK row is
 * drawn: 1 for a whole word, more for one cut into pieces ("Afk/orti/ng").
 */
function linesPerWord(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const table = document.querySelector('.kl-glossary-table') as Element;
    const head = table.querySelector('thead') as Element;
    // Stacked rows hide the headers (1 px, clipped): only the row is read then.
    const parts = [
      head.getBoundingClientRect().height > 1 ? head : null,
      table.querySelector('tr[data-abbr="BZK"]'),
    ];
    const out: Record<string, number> = {};
    for (const part of parts) {
      if (!part) continue;
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          out[m[0]] = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
      }
    }
    return out;
  });
}

/** A node of Chromium's accessibility tree, as the DevTools protocol gives it (only the fields read here). */
interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/**
 * What Chromium tells a screen reader carries `name`: the role of every node of its accessibility tree named so,
 * with the roles of its named or landmark ancestors (`group > Legend > heading`), read from the tree itself rather
 * than from Playwright's own reckoning of roles.
 */
async function namedInTree(page: Page, name: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  await cdp.detach();
  const parent = new Map<string, AxNode>();
  for (const n of nodes) for (const c of n.childIds ?? []) parent.set(c, n);
  const out: string[] = [];
  for (const n of nodes) {
    // The text itself (the heading's) is no node of its own a screen reader names.
    if (n.ignored || n.name?.value !== name || TEXT_ROLES.includes(n.role?.value ?? '')) continue;
    const path = [n.role?.value ?? ''];
    for (let up = parent.get(n.nodeId); up; up = parent.get(up.nodeId)) {
      const role = up.role?.value ?? '';
      if (role === 'RootWebArea') break;
      if (!up.ignored && (up.name?.value || ['Legend', 'main'].includes(role))) path.unshift(role);
    }
    out.push(path.join(' > '));
  }
  return out;
}

const TEXT_ROLES = ['StaticText', 'InlineTextBox'];

describe('options page', () => {
  // What Chromium gives a screen reader: "Language" was a region, a heading and a group, read three times. The group
  // takes its name from its legend, whose only content is the heading: one text, and no aria-label, aria-labelledby
  // or region naming it again. Read line by line, NVDA says the heading; the group's name it says on entering the
  // group by Tab or quick navigation, where the heading is not read (nvaccess/nvda#7435).
  it('names the language choice once: a group whose legend is the heading, and no region', async () => {
    const page = await h.openExtensionPage('options.html');
    await page.getByRole('radio', { name: 'English' }).waitFor();
    expect(await namedInTree(page, 'Taal')).toEqual(['main > group', 'main > group > Legend > heading']);
    await page.close();
  });

  it('names the language choice once in English too, and passes axe', async () => {
    const page = await openOptions();
    // The same two nodes, one text: the legend's heading names its group, and nothing names it again.
    expect(await namedInTree(page, 'Language')).toEqual(['main > group', 'main > group > Legend > heading']);
    const group = page.getByRole('group', { name: 'Language', exact: true });
    expect(await group.count()).toBe(1);
    expect(await group.getByRole('radio').count()).toBe(3);
    expect(await group.getByRole('heading', { name: 'Language', exact: true, level: 2 }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Language' }).count()).toBe(0);
    expect(await page.getByText('Language', { exact: true }).count()).toBe(1);
    expect(await axeViolationsOfPage(page)).toEqual([]);
    await page.close();
  });

  it('imports an Excel CSV in Windows-1252, keeps the focus on Delete, and passes axe with its notices', async () => {
    const page = await openOptions();
    const file = page.locator('#kl-glossary-import');
    const ansi = Buffer.from(
      'afkorting;betekenis\r\nFIN;Ministerie van Financiën\r\nCOÖ;Coördinatiecentrum\r\nEU;Europese Unie, de\r\n',
      'latin1',
    );
    await file.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: ansi });
    await expect.poll(() => page.locator('tbody th').allInnerTexts()).toEqual(['FIN', 'COÖ', 'EU']);
    expect(await page.locator('tbody td').first().innerText()).toBe('Ministerie van Financiën');

    await page.getByRole('button', { name: 'Delete COÖ' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tbody th').allInnerTexts()).toEqual(['FIN', 'EU']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Delete EU');

    await file.setInputFiles({
      name: 'dups.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('abbr,expansion\nABC,First\nABC,Second\n'),
    });
    await expect
      .poll(() => page.locator('.kl-import-errors li').innerText())
      .toBe('Line 3: ABC is already defined on line 2 of this file.');
    expect(await axeViolationsOfPage(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import only the one valid acronym' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kl-glossary-import');
    await expect.poll(() => page.locator('caption').innerText()).toBe('3 acronyms of your own');
  });

  it('turns the pages of a long glossary by keyboard, stores a switch on page 2, and passes axe', async () => {
    // The first test left FIN, EU and ABC; 250 more make three pages.
    const page = await openOptions();
    const csv = ['abbr,expansion', ...Array.from({ length: 250 }, (_, i) => `A${i},Afkorting ${i}`)].join(
      '\n',
    );
    await page
      .locator('#kl-glossary-import')
      .setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–100 of 253');
    expect(await page.locator('tbody tr').count()).toBe(100);
    expect(await axeViolationsOfPage(page)).toEqual([]);
    // The pager above the table and its repetition below, each a group of its own name.
    const above = page.getByRole('group', { name: 'Browse your acronyms', exact: true });
    const below = page.getByRole('group', { name: 'Browse your acronyms (below the table)' });

    // Search field, First and Previous (at the first page, still in the Tab order), Next.
    await page.locator('#kl-glossary-search').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 101–200 of 253');
    expect(await page.locator('tbody th').first().innerText()).toBe('A97');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toBe('Rows 101–200 of 253');

    await page.getByRole('checkbox', { name: 'Enable A150' }).press('Space');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toBe('Disabled A150.');
    await above.getByRole('button', { name: 'Next' }).press('Enter');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(53);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');

    // Stored: a fresh page shows it switched off.
    await page.reload();
    await above.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Enable A150' }).isChecked()).toBe(false);

    // From the pager below the table, the reader goes on at the first row of the page chosen.
    await below.getByRole('button', { name: 'First' }).press('Enter');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–100 of 253');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('FIN');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Enable FIN');
    // Last from above keeps the focus on Last.
    await above.getByRole('button', { name: 'Last' }).press('Enter');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 201–253 of 253');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Last');
    // A page's number typed in the pager's field, and Enter: that page, kept within the pages there
    // are (the browser does not refuse 99 of 3), said, with the focus left in the field.
    const field = above.getByRole('spinbutton', { name: 'Page' });
    await field.fill('2');
    await field.press('Enter');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 101–200 of 253');
    await expect.poll(() => page.locator('[role="status"]').innerText()).toBe('Rows 101–200 of 253');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kl-glossary-page');
    await field.fill('99');
    await field.press('Enter');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 201–253 of 253');
    expect(await field.inputValue()).toBe('3');
    await expect
      .poll(() => page.locator('[role="status"]').innerText())
      .toBe('There are 3 pages; showing page 3. Rows 201–253 of 253');
    // An arrow key changes the number only; left with Tab, the field says the page shown again.
    await field.press('ArrowDown');
    expect(await field.inputValue()).toBe('2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go');
    expect(await field.inputValue()).toBe('2');
    await page.keyboard.press('Tab');
    expect(await field.inputValue()).toBe('3');
    expect(await page.locator('#kl-glossary-range').innerText()).toBe('Rows 201–253 of 253');
    expect(await axeViolationsOfPage(page)).toEqual([]);

    // A search cleared with Escape returns to the page the reader was on.
    await page.locator('#kl-glossary-search').fill('A150');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–1 of 1 found');
    await page.locator('#kl-glossary-search').press('Escape');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 201–253 of 253');
    await page.close();
  });

  it('reflows the glossary at 320 px (400 % zoom): whole words, the pager and its page field in the window', async () => {
    // The glossary of the tests above (253 acronyms, three pages), and one with a long meaning.
    const page = await openOptions();
    await page.locator('#kl-glossary-import').setInputFiles({
      name: 'bzk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('abbr,expansion\nBZK,Binnenlandse Zaken en Koninkrijksrelaties\n'),
    });
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–100 of 254');
    await page.setViewportSize({ width: 320, height: 800 });
    // Nothing wider than the window: the pagers (with the page field) and the table.
    const overflow = () =>
      page.evaluate(() => ({
        page: document.scrollingElement?.scrollWidth ?? 0,
        widest: Math.max(
          ...[...document.querySelectorAll('.kl-pager *, .kl-glossary-table *')].map((e) =>
            Math.ceil(e.getBoundingClientRect().right),
          ),
        ),
      }));
    expect(await overflow()).toEqual({ page: 320, widest: expect.any(Number) });
    expect((await overflow()).widest).toBeLessThanOrEqual(320);
    await page.locator('#kl-glossary-search').fill('BZK');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–1 of 1 found');
    // Each word of the row on one line: none is cut into pieces (they were: B/Z/K, Ko/nin/krijks…).
    const pieces = await linesPerWord(page);
    expect(pieces).toEqual({
      BZK: 1,
      Binnenlandse: 1,
      Zaken: 1,
      en: 1,
      Koninkrijksrelaties: 1,
      Edit: 1,
      Delete: 1,
    });
    expect((await overflow()).widest).toBeLessThanOrEqual(320);
    expect(await axeViolationsOfPage(page)).toEqual([]);
    await page.close();
  });

  it('keeps whole words in the glossary table from 320 px up, in English and Dutch (481–550 px cut them)', async () => {
    // The BZK row of the test above. 481–550 px is 1280 px at some 250 % zoom: just too wide for
    // the stacked rows, where the table cut "Afk/orti/ng", "Acro/nym" and "Koninkrijks/relaties".
    const page = await openOptions();
    await page.locator('#kl-glossary-search').fill('BZK');
    await expect.poll(() => page.locator('#kl-glossary-range').innerText()).toBe('Rows 1–1 of 1 found');
    const whole = { BZK: 1, Binnenlandse: 1, Zaken: 1, en: 1, Koninkrijksrelaties: 1 };
    for (const [language, heads, buttons] of [
      ['English', { Acronym: 1, Meaning: 1, On: 1, Actions: 1 }, { Edit: 1, Delete: 1 }],
      ['Nederlands', { Afkorting: 1, Betekenis: 1, Aan: 1, Acties: 1 }, { Bewerken: 1, Verwijderen: 1 }],
    ] as const) {
      await page.getByRole('radio', { name: language }).check();
      await expect
        .poll(() => page.locator('tr[data-abbr="BZK"] button').first().innerText())
        .toBe(Object.keys(buttons)[0]);
      for (const width of [320, 400, 481, 500, 520, 550, 600, 800]) {
        await page.setViewportSize({ width, height: 800 });
        const stacked = width <= 480;
        expect({ width, words: await linesPerWord(page) }).toEqual({
          width,
          words: { ...(stacked ? {} : heads), ...whole, ...buttons },
        });
        expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBe(width);
      }
    }
    await page.getByRole('radio', { name: 'English' }).check();
    await page.close();
  });

  it('names the setting whose save failed, and shows the stored value again', async () => {
    const page = await openOptions();
    await page.evaluate(() => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Record<string, unknown> } } })
        .chrome.storage.local;
      local.set = () => Promise.reject(new Error('IO error'));
    });
    const lookups = page.getByRole('checkbox', { name: 'Look up the titles of cited papers' });
    expect(await lookups.isChecked()).toBe(true);
    await lookups.press('Space');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe(
        'Turning off “Look up the titles of cited papers” could not be saved. The setting is still on. Please try again.',
      );
    expect(await lookups.isChecked()).toBe(true);
    expect(await axeViolationsOfPage(page)).toEqual([]);
    await page.close();
  });
});

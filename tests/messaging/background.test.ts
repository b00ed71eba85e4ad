import { nl } from '../../src/i18n/messages';
import { POPOVER_CSS } from '../../src/ui/popover/styles';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/styles';
import { describe, expect, it, vi } from 'vitest';
import { browserLocale, resolveLanguage } from '../../src/i18n';
import {
  BADGE_COLOR,
  badgeText,
  createBackground,
  type ActionApi,
  type BackgroundDeps,
  type CommandsApi,
  type TabLike,
  type TabsApi,
} from '../../src/messaging/background';
import type { TitleLookupAnswer } from '../../src/messaging/protocol';
import { sendToBackground, type MessageSender } from '../../src/messaging/runtime';
import { memoryPaperTabStore, sessionPaperTabStore } from '../../src/messaging/tab-state';
import { createTextPartStore } from '../../src/messaging/text-parts';
import type { TitleLookupPort } from '../../src/messaging/title-lookup-port';
import { FakeRuntime, FakeTabs } from './fake-runtime';
import { CITED } from './cited-paper';

// The fixture letter 01 page (it cites CITED).
const PAPER_URL = 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html';

function listenerSet<L>() {
  const listeners = new Set<L>();
  return {
    listeners,
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
  };
}

/** A toolbar that remembers what each tab shows: its popup, badge (text and colour) and title. */
function fakeAction() {
  const popup = new Map<number, string>();
  const badge = new Map<number, string>();
  const badgeColor = new Map<number, string>();
  const title = new Map<number, string>();
  const onClicked = listenerSet<(tab: TabLike) => void>();
  const action: ActionApi = {
    setPopup: async ({ tabId, popup: p }) => void popup.set(tabId, p),
    setBadgeText: async ({ tabId, text }) => void badge.set(tabId, text),
    setBadgeBackgroundColor: async ({ tabId, color }) => void badgeColor.set(tabId, color),
    setTitle: async ({ tabId, title: t }) => void title.set(tabId, t),
    onClicked,
  };
  return {
    action,
    popup,
    badge,
    badgeColor,
    title,
    click: (tab: TabLike) => onClicked.listeners.forEach((l) => l(tab)),
  };
}

/** A session-storage paper tab store over a plain object (`data`), as `browser.storage.session` keeps it. */
function sessionStore() {
  const data: Record<string, unknown> = {};
  const store = sessionPaperTabStore({
    get: async (key) => ({ [key]: data[key] }),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  });
  return { data, store };
}

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const runtime = new FakeRuntime();
  const fakeTabs = new FakeTabs();
  const onUpdated = listenerSet<(tabId: number, info: { status?: string; url?: string }) => void>();
  const onRemoved = listenerSet<(tabId: number) => void>();
  let activeTab: number | undefined = 1;
  const tabs: TabsApi = {
    sendMessage: (tabId, message) => fakeTabs.sendMessage(tabId, message),
    query: async () => (activeTab === undefined ? [] : [{ id: activeTab }]),
    onUpdated,
    onRemoved,
  };
  const onCommand = listenerSet<(command: string, tab?: TabLike) => void>();
  const commands: CommandsApi = { onCommand };
  const { action, popup, badge, badgeColor, title, click } = fakeAction();
  const paperTabs = memoryPaperTabStore();
  const deps: BackgroundDeps = {
    runtime,
    tabs,
    action,
    commands,
    paperTabs,
    titleLookupsEnabled: async () => true,
    loadTitleLookup: async () => null,
    analyzePage: async () => ({ state: 'refused', reason: 'failed' }),
    textParts: createTextPartStore(),
    popup: 'popup.html',
    title: 'Kamerlens',
    ...overrides,
  };
  const background = createBackground(deps);

  /** A content script in `tabId` on `url`, counting the toggles it receives. */
  function contentScript(tabId: number) {
    const content = new FakeRuntime();
    const received: string[] = [];
    content.onMessage.addListener((m) => {
      const { type, via } = m as { type: string; via?: string };
      received.push(via ? `${type} via ${via}` : type);
      return Promise.resolve();
    });
    fakeTabs.contentScripts.set(tabId, content);
    return received;
  }

  function report(tabId: number, isPaper: boolean, findings: number, url = PAPER_URL, frameId = 0) {
    runtime.sender = { tab: { id: tabId, url }, url, frameId } satisfies MessageSender;
    return sendToBackground({ type: 'paper-status', isPaper, findings }, runtime);
  }

  const settled = () => new Promise((r) => setTimeout(r, 0));
  return {
    background,
    runtime,
    fakeTabs,
    popup,
    badge,
    badgeColor,
    title,
    click,
    paperTabs,
    contentScript,
    report,
    settled,
    command: (name: string, tab?: TabLike) => onCommand.listeners.forEach((l) => l(name, tab)),
    navigate: (tabId: number, info: { status?: string; url?: string }) =>
      onUpdated.listeners.forEach((l) => l(tabId, info)),
    closeTab: (tabId: number) => onRemoved.listeners.forEach((l) => l(tabId)),
    setActiveTab: (id: number | undefined) => {
      activeTab = id;
    },
  };
}

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [7, '7'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%d findings → %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('warm-up', () => {
  it('runs the warm-up when a page asks, and answers the page at once', async () => {
    let warmed = 0;
    const { runtime } = setup({ warmUp: () => void warmed++ });
    // No tab (the test's page): nothing was clicked there.
    await expect(sendToBackground({ type: 'warm-up' }, runtime)).resolves.toBe(false);
    expect(warmed).toBe(1);
  });

  it('answers a warm-up without a warm-up to run (nothing breaks)', async () => {
    const { runtime } = setup();
    // No tab (the test's page): nothing was clicked there.
    await expect(sendToBackground({ type: 'warm-up' }, runtime)).resolves.toBe(false);
  });
});

describe('page strings', () => {
  it("gives a page the pages' strings in the language it asks for", async () => {
    const { runtime } = setup();
    const english = await sendToBackground({ type: 'page-strings', language: 'en' }, runtime);
    expect(english.sidebarClose).toBe('Close sidebar');
    expect(Object.keys(english).sort()).toEqual(Object.keys(nl).sort());
    const dutch = await sendToBackground({ type: 'page-strings', language: 'nl' }, runtime);
    expect(dutch.sidebarClose).toBe('Zijbalk sluiten');
  });
});

describe('page styles', () => {
  it("gives a page the sidebar's and the popovers' stylesheets, the extension's own", async () => {
    const { runtime } = setup();
    const styles = await sendToBackground({ type: 'page-styles' }, runtime);
    expect(styles).toEqual({ sidebar: SIDEBAR_CSS, popover: POPOVER_CSS });
    expect(styles.sidebar).toContain('.kl-sidebar');
    expect(styles.popover).toContain('.kl-layer');
  });
});

describe('toolbar button', () => {
  it('on a paper: no popup, a badge with the findings, and a click toggles the sidebar', async () => {
    const b = setup();
    const received = b.contentScript(4);
    await b.report(4, true, 23);
    expect(b.popup.get(4)).toBe('');
    expect(b.badge.get(4)).toBe('23');

    b.click({ id: 4 });
    await b.settled();
    expect(received).toEqual(['toggle-sidebar']);
  });

  it('elsewhere: the popup stays, no badge', async () => {
    const b = setup();
    await b.report(5, false, 0, 'https://www.tweedekamer.nl/nieuws');
    expect(b.popup.get(5)).toBe('popup.html');
    expect(b.badge.get(5)).toBe('');
    expect(await b.paperTabs.get(5)).toBeUndefined();
  });

  it('a paper that stops being one gets its popup back', async () => {
    const b = setup();
    await b.report(4, true, 3);
    await b.report(4, false, 0);
    expect(b.popup.get(4)).toBe('popup.html');
    expect(b.badge.get(4)).toBe('');
  });

  it('when the content script is gone, a click restores the popup for the next one', async () => {
    const b = setup();
    await b.report(4, true, 3);
    b.click({ id: 4 }); // no content script listening in tab 4
    await vi.waitFor(() => expect(b.popup.get(4)).toBe('popup.html'));
    expect(b.badge.get(4)).toBe('');
  });

  it('ignores reports from frames and from pages without a tab', async () => {
    const b = setup();
    await b.report(4, true, 3, PAPER_URL, 2);
    expect(b.popup.has(4)).toBe(false);
    b.runtime.sender = { url: 'chrome-extension://kamerlens/popup.html' };
    await sendToBackground({ type: 'paper-status', isPaper: true, findings: 1 }, b.runtime);
    expect(b.popup.size).toBe(0);
  });
});

describe('toolbar button on a paper whose text is still coming', () => {
  // A tweedekamer.nl paper: the page is there, its text comes later (client-side), so no reader has reported.
  const TK_PAPER =
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18783&did=2022D39493';

  /** A content script's `warm-up` from the top frame of `tabId` (document_start, or the reader's boot). */
  function opening(b: ReturnType<typeof setup>, tabId: number, url = TK_PAPER) {
    b.runtime.sender = { tab: { id: tabId, url }, url, frameId: 0 } satisfies MessageSender;
    return sendToBackground({ type: 'warm-up' }, b.runtime);
  }

  it("is the sidebar's from the moment the address opens: no popup, no badge yet", async () => {
    const b = setup();
    await expect(opening(b, 4)).resolves.toBe(false);
    expect(b.popup.get(4)).toBe('');
    expect(b.badge.get(4)).toBe('');
  });

  it('a click with the reader listening goes to the reader (which opens the sidebar once the text is read)', async () => {
    const b = setup();
    const received = b.contentScript(4);
    await opening(b, 4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar']));
    expect(b.popup.get(4)).toBe('');
  });

  it("a click before the reader's script is there is kept, told to the reader when it comes, then forgotten", async () => {
    const b = setup();
    await opening(b, 4); // document_start: the reader's script (document_idle) not there yet
    b.click({ id: 4 });
    await vi.waitFor(async () => expect((await b.paperTabs.get(4))?.clicked).toBe(true));
    // The button keeps no popup: the next click is the sidebar's too.
    expect(b.popup.get(4)).toBe('');
    b.contentScript(4);
    await expect(opening(b, 4)).resolves.toBe(true);
    await expect(opening(b, 4)).resolves.toBe(false);
  });

  it('the keyboard command is kept the same way; the marks command is not', async () => {
    const b = setup();
    await opening(b, 1);
    b.command('toggle-marks');
    await b.settled();
    await b.settled();
    expect((await b.paperTabs.get(1))?.clicked).toBeUndefined();
    b.command('toggle-sidebar');
    await vi.waitFor(async () => expect((await b.paperTabs.get(1))?.clicked).toBe(true));
  });

  it('a click kept for one page is not told to the next address in the tab', async () => {
    const b = setup();
    await opening(b, 4);
    b.click({ id: 4 });
    await vi.waitFor(async () => expect((await b.paperTabs.get(4))?.clicked).toBe(true));
    b.navigate(4, { status: 'loading', url: `${TK_PAPER}&other=1` });
    await vi.waitFor(() => expect(b.popup.get(4)).toBe('popup.html'));
    await expect(opening(b, 4, `${TK_PAPER}&other=1`)).resolves.toBe(false);
  });

  it('once the reader reports, the badge counts, and a click that finds no one gives the popup back', async () => {
    const b = setup();
    await opening(b, 4);
    await b.report(4, true, 12, TK_PAPER);
    expect(b.badge.get(4)).toBe('12');
    expect((await b.paperTabs.get(4))?.reading).toBeUndefined();
    b.click({ id: 4 }); // nobody listens any more (the extension was reloaded under the page)
    await vi.waitFor(() => expect(b.popup.get(4)).toBe('popup.html'));
  });

  it('an address that holds no paper after all (or that the page left) gives the popup back', async () => {
    const b = setup();
    await opening(b, 4);
    await b.report(4, false, 0, TK_PAPER);
    expect(b.popup.get(4)).toBe('popup.html');
    expect(await b.paperTabs.get(4)).toBeUndefined();
  });

  it("a click that misses the reader's script as it comes is not lost: it reaches the script or its warm-up", async () => {
    for (const delay of [0, 1, 2, 3, 5, 8]) {
      const b = setup();
      await opening(b, 4); // document_start
      b.click({ id: 4 }); // nobody listens yet
      // The reader's script comes: it listens, then says so.
      for (let i = 0; i < delay; i++) await Promise.resolve();
      const received = b.contentScript(4);
      const told = await opening(b, 4);
      await b.settled();
      await b.settled();
      // Exactly once: the sidebar is asked for, never toggled twice (open, then closed again).
      expect(received.length + (told ? 1 : 0)).toBe(1);
    }
  });

  it('remembers a kept click across a restart of the service worker (session storage)', async () => {
    const { store: paperTabs } = sessionStore();
    const first = setup({ paperTabs });
    await opening(first, 4);
    first.click({ id: 4 });
    await vi.waitFor(async () => expect((await paperTabs.get(4))?.clicked).toBe(true));
    first.background.stop();
    const restarted = setup({ paperTabs });
    await expect(opening(restarted, 4)).resolves.toBe(true);
  });
});

describe('the toolbar button while a click waits for the paper to be read', () => {
  // A tweedekamer.nl paper whose text the page fetches after load (the NAVO letter's page).
  const TK_PAPER =
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18783&did=2022D39493';
  const WAITING_NL =
    'Kamerlens leest het stuk en opent de zijbalk zodra het gelezen is. Klik nogmaals om te annuleren.';
  const WAITING_EN =
    'Kamerlens is reading the paper and opens the sidebar when it is done. Click again to cancel.';

  function from(b: ReturnType<typeof setup>, tabId: number, frameId = 0, url = TK_PAPER) {
    b.runtime.sender = { tab: { id: tabId, url }, url, frameId } satisfies MessageSender;
  }
  /** The page's `warm-up` (document_start, then the reader's script once it listens, and at each new paper address). */
  function opening(b: ReturnType<typeof setup>, tabId: number, url = TK_PAPER) {
    from(b, tabId, 0, url);
    return sendToBackground({ type: 'warm-up' }, b.runtime);
  }
  /** The reader says it keeps a click for the sidebar (true) or no longer does (false). */
  function asked(b: ReturnType<typeof setup>, tabId: number, waiting: boolean, frameId = 0, url = TK_PAPER) {
    from(b, tabId, frameId, url);
    return sendToBackground({ type: 'sidebar-asked', waiting }, b.runtime);
  }
  /** What the reader sees on the tab's button. */
  const button = (b: ReturnType<typeof setup>, tabId: number) => ({
    popup: b.popup.get(tabId),
    badge: b.badge.get(tabId),
    title: b.title.get(tabId),
  });
  const waitingButton = { popup: '', badge: '…', title: WAITING_NL };
  /** Clicked with the reader's script not there: the background keeps the click. */
  async function keptHere(b: ReturnType<typeof setup>, tabId: number) {
    await opening(b, tabId);
    b.click({ id: tabId });
    await vi.waitFor(() => expect(button(b, tabId)).toEqual(waitingButton));
  }
  /** Clicked with the reader listening, its text not read: the reader keeps the click and says so. */
  async function keptByReader(b: ReturnType<typeof setup>, tabId: number) {
    const received = b.contentScript(tabId);
    await opening(b, tabId);
    b.click({ id: tabId });
    await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar']));
    await asked(b, tabId, true);
    expect(button(b, tabId)).toEqual(waitingButton);
  }

  it('kept by the background, handed to the reader, then opened: `…` until the sidebar is there, then the count', async () => {
    const b = setup();
    await keptHere(b, 4);
    // In the findings' colour, so it reads as Kamerlens's badge.
    expect(b.badgeColor.get(4)).toBe(BADGE_COLOR);
    b.contentScript(4);
    await expect(opening(b, 4)).resolves.toBe(true);
    // Handed over: the reader keeps it now; the button goes on showing the wait, without a blink.
    expect(button(b, 4)).toEqual(waitingButton);
    await asked(b, 4, true);
    expect(button(b, 4)).toEqual(waitingButton);
    // Read, the sidebar opens: the findings count and the usual title.
    await b.report(4, true, 12, TK_PAPER);
    expect(button(b, 4)).toEqual({ popup: '', badge: '12', title: 'Kamerlens' });
    await asked(b, 4, false);
    expect(button(b, 4)).toEqual({ popup: '', badge: '12', title: 'Kamerlens' });
  });

  it('kept by the reader (its text still coming), then opened', async () => {
    const b = setup();
    await keptByReader(b, 4);
    await asked(b, 4, false); // the sidebar opened: the reader says so first…
    await b.report(4, true, 7, TK_PAPER); // …and reports its findings
    expect(button(b, 4)).toEqual({ popup: '', badge: '7', title: 'Kamerlens' });
  });

  it('a paper without findings: the badge is empty again once the sidebar opens', async () => {
    const b = setup();
    await keptByReader(b, 4);
    await b.report(4, true, 0, TK_PAPER);
    expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
  });

  it('says it in English for a reader whose interface is English', async () => {
    const b = setup({ interfaceLanguage: async () => 'en' });
    await opening(b, 4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(b.title.get(4)).toBe(WAITING_EN));
    expect(b.badge.get(4)).toBe('…');
  });

  it('says it in Dutch when the language setting cannot be read', async () => {
    const b = setup({ interfaceLanguage: () => Promise.reject(new Error('storage gone')) });
    await opening(b, 4);
    b.click({ id: 4 });
    // The test runs with no English browser locale: the default, Dutch.
    await vi.waitFor(() => expect(b.badge.get(4)).toBe('…'));
    expect(b.title.get(4)).toBe(resolveLanguage('auto', browserLocale()) === 'en' ? WAITING_EN : WAITING_NL);
  });

  it('a second click while the background keeps one cancels it: the wait goes, the reader is told nothing', async () => {
    const b = setup();
    await keptHere(b, 4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' }));
    // The button is still the sidebar's; the reader, when it comes, has no click to answer.
    b.contentScript(4);
    await expect(opening(b, 4)).resolves.toBe(false);
    expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    // A third click is a new request, kept again.
    b.fakeTabs.contentScripts.delete(4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(button(b, 4)).toEqual(waitingButton));
  });

  it('a second click while the reader keeps one: the reader cancels it and says so, and the wait goes', async () => {
    const b = setup();
    await keptByReader(b, 4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(b.fakeTabs.sent).toHaveLength(2));
    await asked(b, 4, false);
    expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
  });

  it('a kept click and a second one that reached the reader before it was handed over cancel out', async () => {
    const b = setup();
    await keptHere(b, 4);
    // The reader's script listens; the second click reaches it before its `warm-up` does the background.
    const received = b.contentScript(4);
    b.click({ id: 4 });
    await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar']));
    await asked(b, 4, true);
    // Handed the first, the reader takes it as one more request: the two cancel out, as it will say.
    await expect(opening(b, 4)).resolves.toBe(true);
    expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    await asked(b, 4, false);
    expect(button(b, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
  });

  it.each([
    ['kept by the background', keptHere],
    ['kept by the reader', keptByReader],
  ])('not a paper after all (%s): the popup, no badge, the usual title', async (_how, keep) => {
    const b = setup();
    await keep(b, 4);
    await b.report(4, false, 0, TK_PAPER);
    expect(button(b, 4)).toEqual({ popup: 'popup.html', badge: '', title: 'Kamerlens' });
    expect(await b.paperTabs.get(4)).toBeUndefined();
  });

  it.each([
    ['kept by the background', keptHere],
    ['kept by the reader', keptByReader],
  ])('the tab goes to another page (%s): the wait goes with the page', async (_how, keep) => {
    const b = setup();
    await keep(b, 4);
    b.navigate(4, { status: 'loading', url: 'https://www.tweedekamer.nl/nieuws' });
    await vi.waitFor(() =>
      expect(button(b, 4)).toEqual({ popup: 'popup.html', badge: '', title: 'Kamerlens' }),
    );
    // The page that was left says it keeps nothing any more: no badge on the page that is there now.
    await asked(b, 4, false);
    expect(button(b, 4)).toEqual({ popup: 'popup.html', badge: '', title: 'Kamerlens' });
  });

  // Another tweedekamer.nl paper's address, which the page's own script may show in place of the first.
  const TK_OTHER =
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633';
  const paperButton = { popup: '', badge: '', title: 'Kamerlens' };

  it.each([
    // Chromium tells a history navigation as `loading` with the new address, before the page's reader sees it.
    ['as Chromium tells it: the tab loading first', true],
    // A browser that tells it without `loading` (or not at all): the reader's messages alone move the button on.
    ['told by the reader alone', false],
  ])(
    "a client-side navigation to another paper while the reader keeps a click (%s): the wait goes, the button is the new paper's",
    async (_how, loading) => {
      const b = setup();
      const received = b.contentScript(4);
      await opening(b, 4);
      b.click({ id: 4 });
      await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar']));
      await asked(b, 4, true);
      expect(button(b, 4)).toEqual(waitingButton);
      if (loading) {
        b.navigate(4, { status: 'loading', url: TK_OTHER });
        await vi.waitFor(() => expect(button(b, 4)).toEqual({ ...paperButton, popup: 'popup.html' }));
      }
      // The reader drops the click with the paper it was made on, and announces the new paper.
      await asked(b, 4, false, 0, TK_OTHER);
      await expect(opening(b, 4, TK_OTHER)).resolves.toBe(false);
      expect(button(b, 4)).toEqual(paperButton);
      // The tab's address event after the reader's news (never seen so, but in turn all the same) changes nothing.
      b.navigate(4, { status: 'loading', url: TK_OTHER });
      await b.settled();
      expect(button(b, 4)).toEqual(paperButton);
      // A click is the new paper's: it goes to the reader, which keeps it and says so.
      b.click({ id: 4 });
      await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar', 'toggle-sidebar']));
      await asked(b, 4, true, 0, TK_OTHER);
      expect(button(b, 4)).toEqual(waitingButton);
      // Back to the first paper: the wait goes again, and none of the first click comes back.
      b.navigate(4, { status: 'loading', url: TK_PAPER });
      await asked(b, 4, false);
      await expect(opening(b, 4)).resolves.toBe(false);
      expect(button(b, 4)).toEqual(paperButton);
      await b.report(4, true, 12, TK_PAPER);
      expect(button(b, 4)).toEqual({ ...paperButton, badge: '12' });
    },
  );

  it.each([
    ['the tab loading after the reader told', true],
    ['the tab loading before the reader told', false],
  ])(
    "back on a paper in place, the page's own address counts, not the sender's, which may still be the one before (%s)",
    async (_how, readerFirst) => {
      const b = setup();
      b.contentScript(4);
      await opening(b, 4);
      b.navigate(4, { status: 'loading', url: TK_OTHER });
      await opening(b, 4, TK_OTHER);
      expect(button(b, 4)).toEqual(paperButton);
      // `history.back()`: the reader sees the first paper's address and says so, but its message is told the
      // address before (Chromium commits the navigation and delivers the message on separate channels).
      from(b, 4, 0, TK_OTHER);
      const back = () => sendToBackground({ type: 'warm-up', url: `${TK_PAPER}#p2` }, b.runtime);
      if (readerFirst) await back();
      b.navigate(4, { status: 'loading', url: TK_PAPER });
      await b.settled();
      if (!readerFirst) await back();
      await b.settled();
      expect(button(b, 4)).toEqual(paperButton);
      expect((await b.paperTabs.get(4))?.url).toBe(TK_PAPER);
      // Its count goes on the same address, whichever the sender's.
      from(b, 4, 0, TK_OTHER);
      await sendToBackground({ type: 'paper-status', isPaper: true, findings: 7, url: TK_PAPER }, b.runtime);
      b.navigate(4, { status: 'loading', url: TK_PAPER });
      await b.settled();
      expect(button(b, 4)).toEqual({ ...paperButton, badge: '7' });
    },
  );

  it("an address on another site than the sender is not taken: the sender's own counts", async () => {
    const b = setup();
    from(b, 4, 0, TK_PAPER);
    await sendToBackground({ type: 'warm-up', url: 'https://example.org/kamerstuk' }, b.runtime);
    expect((await b.paperTabs.get(4))?.url).toBe(TK_PAPER);
    await sendToBackground({ type: 'warm-up', url: 'geen adres' }, b.runtime);
    expect((await b.paperTabs.get(4))?.url).toBe(TK_PAPER);
  });

  it('a fragment of the paper (a note, a heading) keeps the wait', async () => {
    const b = setup();
    await keptByReader(b, 4);
    b.navigate(4, { status: 'loading', url: `${TK_PAPER}#p2` });
    await b.settled();
    await b.settled();
    expect(button(b, 4)).toEqual(waitingButton);
    b.navigate(4, { status: 'complete' });
    await b.settled();
    expect(button(b, 4)).toEqual(waitingButton);
  });

  it('a reader that says it keeps a click on a tab not known to show a paper, or from a frame, changes nothing', async () => {
    const b = setup();
    await asked(b, 4, true);
    expect(button(b, 4)).toEqual({ popup: undefined, badge: undefined, title: undefined });
    await b.report(5, true, 3, TK_PAPER);
    await asked(b, 5, true, 2);
    expect(button(b, 5)).toEqual({ popup: '', badge: '3', title: 'Kamerlens' });
  });

  it('a restarted service worker keeps the wait (session storage): a second click cancels, a reader takes over', async () => {
    const { store: paperTabs } = sessionStore();
    const first = setup({ paperTabs });
    await keptHere(first, 4);
    await keptHere(first, 5);
    first.background.stop();
    // The badges are the browser's; the new worker's toolbar starts as the old one left it.
    const restarted = setup({ paperTabs });
    restarted.click({ id: 4 });
    await vi.waitFor(() =>
      expect(button(restarted, 4)).toEqual({ popup: '', badge: '', title: 'Kamerlens' }),
    );
    await expect(opening(restarted, 4)).resolves.toBe(false);
    // Tab 5's click is handed over after the restart, and the wait ends when the reader opens the sidebar.
    restarted.contentScript(5);
    await expect(opening(restarted, 5)).resolves.toBe(true);
    expect(button(restarted, 5)).toEqual(waitingButton);
    await asked(restarted, 5, true);
    restarted.background.stop();
    const again = setup({ paperTabs });
    await asked(again, 5, false);
    expect(button(again, 5)).toEqual({ popup: '', badge: '', title: 'Kamerlens' });
    expect(await paperTabs.get(5)).toEqual({ url: TK_PAPER, findings: 0, reading: true });
  });
});

describe('navigation', () => {
  it('a new document in the tab resets the button; a fragment change does not', async () => {
    const b = setup();
    await b.report(4, true, 3, PAPER_URL + '#p1');
    b.navigate(4, { status: 'loading', url: PAPER_URL + '#p2' });
    await b.settled();
    expect(b.popup.get(4)).toBe('');

    b.navigate(4, { status: 'complete' });
    await b.settled();
    expect(b.popup.get(4)).toBe('');

    // Leaving for a host we have no access to: the URL is not told, but it is another page.
    b.navigate(4, { status: 'loading' });
    await vi.waitFor(() => expect(b.popup.get(4)).toBe('popup.html'));
    expect(b.badge.get(4)).toBe('');
  });

  it('forgets closed tabs', async () => {
    const b = setup();
    await b.report(4, true, 3);
    b.closeTab(4);
    await b.settled();
    expect(await b.paperTabs.get(4)).toBeUndefined();
  });
});

describe('keyboard command', () => {
  it('toggles the sidebar of the active paper tab', async () => {
    const b = setup();
    const received = b.contentScript(1);
    await b.report(1, true, 3);
    b.command('toggle-sidebar');
    // The command says it comes from the keyboard (the toolbar button's click does not: see above).
    await vi.waitFor(() => expect(received).toEqual(['toggle-sidebar via keyboard']));
    b.command('toggle-sidebar', { id: 1 });
    await vi.waitFor(() =>
      expect(received).toEqual(['toggle-sidebar via keyboard', 'toggle-sidebar via keyboard']),
    );
  });

  it('sends nothing to a tab that is not a paper, or for an unknown command', async () => {
    const b = setup();
    b.contentScript(1);
    b.command('toggle-sidebar');
    await b.report(2, true, 1);
    b.command('open-everything', { id: 2 });
    b.setActiveTab(undefined);
    b.command('toggle-sidebar');
    await b.settled();
    await b.settled();
    expect(b.fakeTabs.sent).toEqual([]);
  });
});

describe('lookup-title', () => {
  // What the src/api client resolves with: the paper's details, or a failure with a message.
  const details = {
    title: 'Motie van het lid Dik-Faber over gezonde voeding',
    kind: 'Motie',
    date: '2015-06-30',
    dossierTitle: 'Preventief gezondheidsbeleid',
    source: 'tk-odata',
  };
  const found: TitleLookupAnswer = { state: 'found', ...details, kindEn: 'Motion' };
  const ask = (b: ReturnType<typeof setup>) =>
    sendToBackground({ type: 'lookup-title', paper: CITED }, b.runtime);

  it('answers disabled without loading the lookup when the setting is off', async () => {
    const loadTitleLookup = vi.fn(async () => null);
    const b = setup({ titleLookupsEnabled: async () => false, loadTitleLookup });
    await expect(ask(b)).resolves.toEqual({ state: 'disabled' });
    expect(loadTitleLookup).not.toHaveBeenCalled();
  });

  it('answers disabled when the setting cannot be read', async () => {
    const b = setup({ titleLookupsEnabled: () => Promise.reject(new Error('storage gone')) });
    await expect(ask(b)).resolves.toEqual({ state: 'disabled' });
  });

  it('answers unavailable when the build has no lookup service', async () => {
    const b = setup();
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable' });
  });

  it('passes the paper to the service, loaded once', async () => {
    const lookup = vi.fn(async () => details);
    const loadTitleLookup = vi.fn(async (): Promise<TitleLookupPort> => ({ lookup }));
    const b = setup({ loadTitleLookup });
    await expect(ask(b)).resolves.toEqual(found);
    await ask(b);
    expect(lookup).toHaveBeenCalledWith(CITED);
    expect(loadTitleLookup).toHaveBeenCalledTimes(1);
  });

  it('never passes a failure or an odd answer on to the page', async () => {
    const answers: Array<() => unknown> = [
      () => {
        throw new Error('offline');
      },
      () => ({ state: 'timeout', message: 'No answer within 5 s' }),
      () => ({ state: 'not-found', message: 'No such paper' }),
      () => ({ title: '   ' }),
      () => 'found',
    ];
    const b = setup({ loadTitleLookup: async () => ({ lookup: async () => answers.shift()?.() }) });
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable' });
    // The failure's kind passes, its message (service wording) does not.
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable', reason: 'timeout' });
    await expect(ask(b)).resolves.toEqual({ state: 'not-found' });
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable' });
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable' });
  });

  it('retries a lookup service that failed to load', async () => {
    let attempts = 0;
    const loadTitleLookup = async (): Promise<TitleLookupPort> => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed');
      return { lookup: async () => details };
    };
    const b = setup({ loadTitleLookup });
    await expect(ask(b)).resolves.toEqual({ state: 'unavailable' });
    await expect(ask(b)).resolves.toEqual(found);
  });

  it('stop() removes every listener', async () => {
    const b = setup();
    b.background.stop();
    expect(b.runtime.listeners.size).toBe(0);
  });
});

describe('sessionPaperTabStore', () => {
  it('keeps one key per tab in session storage', async () => {
    const { data, store: store } = sessionStore();
    await store.set(4, { url: PAPER_URL, findings: 3 });
    await store.set(9, { url: PAPER_URL, findings: 1 });
    expect(await store.get(4)).toEqual({ url: PAPER_URL, findings: 3 });
    await store.delete(4);
    expect(await store.get(4)).toBeUndefined();
    expect(await store.get(9)).toEqual({ url: PAPER_URL, findings: 1 });
    data['kamerlens.paperTab.5'] = 'garbage';
    expect(await store.get(5)).toBeUndefined();
  });
});

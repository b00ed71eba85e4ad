/**
 * The background's behaviour, apart from the browser: the message server (title lookups,
 * paper status, page analysis and its warm-up, timeline exports) and the toolbar button. On a tab that
 * shows a paper, or opens an address that is one (`warm-up`: its text may come long after the page), the
 * button has no popup, so a click reaches `action.onClicked` and toggles the sidebar; a click before the
 * sidebar is there opens it as soon as it is, so the reader never meets a popup saying the paper is none;
 * while such a click waits, the button shows it (a `…` badge, a title saying the sidebar opens once the
 * paper is read), and a second click cancels it. Elsewhere the button opens the popup saying where
 * Kamerlens works. The badge shows the number of findings on papers. `extension/background.ts` only
 * builds the dependencies and calls this.
 */
import type { AnalyzeService } from './analyze-service';
import { formatTimelineExport } from './export-service';
import { browserLocale, registerMessages, resolveLanguage, translate, type Language } from '../i18n';
import { en, nl } from '../i18n/messages';
import { POPUP_MESSAGES } from '../i18n/messages-popup';
import { POPOVER_CSS } from '../ui/popover/styles';
import { SIDEBAR_CSS } from '../ui/sidebar/styles';
import type { BackgroundToContent, PaperRef, TitleLookupAnswer } from './protocol';
import {
  onMessageFromContent,
  sendToTab,
  type ContentToBackgroundHandlers,
  type ListenerSet,
  type MessageSender,
  type RuntimeMessagingApi,
  type TabsMessagingApi,
} from './runtime';
import { documentUrl, type PaperTab, type PaperTabStore } from './tab-state';
import type { TextPartStore } from './text-parts';
import { answerFromLookup, type TitleLookupLoader, type TitleLookupPort } from './title-lookup-port';

export interface TabLike {
  id?: number;
  url?: string;
}

/** The part of `browser.action` the background uses. */
export interface ActionApi {
  setPopup(details: { tabId: number; popup: string }): Promise<void>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  onClicked: ListenerSet<(tab: TabLike) => void>;
}

/** The part of `browser.tabs` the background uses. */
export interface TabsApi extends TabsMessagingApi {
  query(query: { active: true; currentWindow: true }): Promise<TabLike[]>;
  onUpdated: ListenerSet<(tabId: number, changeInfo: { status?: string; url?: string }) => void>;
  onRemoved: ListenerSet<(tabId: number) => void>;
}

/** The part of `browser.commands` the background uses (absent on Firefox for Android). */
export interface CommandsApi {
  onCommand: ListenerSet<(command: string, tab?: TabLike) => void>;
}

export interface BackgroundDeps {
  runtime: RuntimeMessagingApi;
  tabs: TabsApi;
  action: ActionApi;
  commands?: CommandsApi;
  /** Where the background remembers which tabs show a paper. */
  paperTabs: PaperTabStore;
  /** The reader's title-lookup setting, read at each lookup so a change applies at once. */
  titleLookupsEnabled(): Promise<boolean>;
  loadTitleLookup: TitleLookupLoader;
  /** Answers `analyze` (see `./analyze-service`): the core runs here, not on the page's main thread. */
  analyzePage: AnalyzeService;
  /** Keeps the parts of texts sent ahead (`analyze-part`), the store `analyzePage` takes them from. */
  textParts: TextPartStore;
  /** Runs the core once before a paper's text arrives (`warm-up`, see `./warm-up`); optional. */
  warmUp?: () => void;
  /** The manifest's popup page (`popup.html`), put back on tabs that stop showing a paper. */
  popup: string;
  /** The manifest's title of the button (`Kamerlens`), put back once no click for the sidebar waits. */
  title: string;
  /**
   * The interface language (the setting, `auto` following the browser), for the button's title while a
   * click waits; default: the browser's (Dutch unless it speaks English).
   */
  interfaceLanguage?(): Promise<Language>;
}

export interface Background {
  /** The message handlers (also registered on `runtime.onMessage`). */
  handlers: ContentToBackgroundHandlers;
  /** Sends `toggle-sidebar` to a tab; when nothing there answers, gives the tab its popup back. */
  toggleSidebar(tabId: number): Promise<void>;
  /** Removes every listener this background added. */
  stop(): void;
}

/** Keyboard commands (wxt.config.ts `commands`) and the message each sends to the active tab. */
const COMMAND_MESSAGES: Readonly<Record<string, BackgroundToContent>> = {
  'toggle-sidebar': { type: 'toggle-sidebar', via: 'keyboard' },
  'toggle-marks': { type: 'toggle-marks' },
};

export const BADGE_COLOR = '#154273';

/** The badge while a click for the sidebar waits for the paper's text (in the findings' colour). */
export const WAITING_BADGE = '…';

// The button's title while a click waits is the popup table's (`toolbarWaiting`).
registerMessages(POPUP_MESSAGES);

/** A click for the sidebar waits on this tab: kept here (the reader's script not there yet) or by the reader. */
function waits(tab: PaperTab): boolean {
  return tab.clicked === true || tab.waiting === true;
}

/** Badge text for a number of findings: empty for none, capped so it fits the badge's four characters. */
export function badgeText(findings: number): string {
  if (!Number.isFinite(findings) || findings <= 0) return '';
  return findings > 999 ? '999+' : String(Math.floor(findings));
}

/** The address of the document a message came from, without its fragment. */
function senderUrl(sender: MessageSender): string {
  return documentUrl(sender.url ?? sender.tab?.url);
}

/**
 * The address of the document a message came from, as its page said it was (`url`) when that is on the
 * sender's own origin: the sender's address may lag behind a client-side navigation. Anything else is
 * the sender's address.
 */
function pageUrl(claimed: string | undefined, sender: MessageSender): string {
  const known = senderUrl(sender);
  const said = documentUrl(claimed);
  return said && known && new URL(said).origin === new URL(known).origin ? said : known;
}

/** The tab and frame a message came from: the texts sent ahead by two pages never mix. */
function senderKey(sender: MessageSender): string {
  return `${sender.tab?.id ?? 'no-tab'}/${sender.frameId ?? 0}`;
}

// Toolbar calls fail when the tab closed meanwhile; nothing is left to update then.
function settle<T>(p: Promise<T>): Promise<T | undefined> {
  return p.then(
    (v) => v,
    () => undefined,
  );
}

/** The tab of a message from a tab's top frame, which alone speaks for the tab (the popup and options pages have none). */
function topFrameTab(sender: MessageSender): number | undefined {
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && (sender.frameId ?? 0) === 0 ? tabId : undefined;
}

/** Wires the background. Registers every listener synchronously, as an MV3 service worker must. */
export function createBackground(deps: BackgroundDeps): Background {
  const { action, tabs, paperTabs } = deps;
  let lookup: Promise<TitleLookupPort | null> | null = null;

  function titleLookup(): Promise<TitleLookupPort | null> {
    // Loaded once, on the first lookup; a failed load is retried on the next one.
    lookup ??= deps.loadTitleLookup().catch(() => {
      lookup = null;
      return null;
    });
    return lookup;
  }

  async function lookupTitle(paper: PaperRef): Promise<TitleLookupAnswer> {
    let enabled: boolean;
    try {
      enabled = await deps.titleLookupsEnabled();
    } catch {
      enabled = false;
    }
    if (!enabled) return { state: 'disabled' };
    const port = await titleLookup();
    if (!port) return { state: 'unavailable' };
    try {
      return answerFromLookup(await port.lookup(paper));
    } catch {
      return { state: 'unavailable' };
    }
  }

  // A tab's state is read and written by one task at a time: a click, the page's reports and a navigation
  // arriving together (each waits for storage) would otherwise write over one another.
  const queues = new Map<number, Promise<unknown>>();
  function inTurn<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task);
    queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  async function language(): Promise<Language> {
    const fallback = () => resolveLanguage('auto', browserLocale());
    return (await deps.interfaceLanguage?.().catch(fallback)) ?? fallback();
  }

  /**
   * Remembers a paper tab and shows it on the button: no popup, and the findings count, or while a click
   * for the sidebar waits a `…` badge and a title that says the sidebar opens once the paper is read.
   */
  async function markPaper(tabId: number, tab: PaperTab): Promise<void> {
    await paperTabs.set(tabId, tab);
    const waiting = waits(tab);
    const title = waiting ? translate(await language(), 'toolbarWaiting') : deps.title;
    await Promise.all([
      settle(action.setPopup({ tabId, popup: '' })),
      settle(action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })),
      settle(action.setBadgeText({ tabId, text: waiting ? WAITING_BADGE : badgeText(tab.findings) })),
      settle(action.setTitle({ tabId, title })),
    ]);
  }

  /**
   * A paper's address opens in the tab (its text not read yet): the button is the sidebar's from now on.
   * True when it was clicked before the page's reader was there to hear it: the reader opens the sidebar.
   */
  async function opening(tabId: number, url: string): Promise<boolean> {
    const known = await settle(paperTabs.get(tabId));
    const same = known?.url === url;
    const handed = same && known.clicked === true;
    // A click handed over waits in the reader now, which says so (`sidebar-asked`); meanwhile the button shows
    // what it will say: the reader takes the click as one more request, so one that reached it meanwhile
    // (a second click) and this one cancel out.
    const waiting = same && (handed ? known.waiting !== true : known.waiting === true);
    await markPaper(
      tabId,
      waiting ? { url, findings: 0, reading: true, waiting } : { url, findings: 0, reading: true },
    );
    return handed;
  }

  async function resetTab(tabId: number): Promise<void> {
    await settle(paperTabs.delete(tabId));
    await Promise.all([
      settle(action.setPopup({ tabId, popup: deps.popup })),
      settle(action.setBadgeText({ tabId, text: '' })),
      settle(action.setTitle({ tabId, title: deps.title })),
    ]);
  }

  const handlers: ContentToBackgroundHandlers = {
    'lookup-title': (message) => lookupTitle(message.paper),
    analyze: (message, sender) => deps.analyzePage(message.input, senderKey(sender)),
    'analyze-part': (message, sender) => {
      const { stream, index, text } = message.part;
      return deps.textParts.add(senderKey(sender), stream, index, text);
    },
    'format-export': (message) => formatTimelineExport(message.input),
    'warm-up': (message, sender) => {
      deps.warmUp?.();
      const tabId = topFrameTab(sender);
      return tabId === undefined ? false : inTurn(tabId, () => opening(tabId, pageUrl(message.url, sender)));
    },
    'page-strings': (message) => (message.language === 'en' ? en : nl),
    'page-styles': () => ({ sidebar: SIDEBAR_CSS, popover: POPOVER_CSS }),
    'paper-status': (message, sender) => {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return;
      return inTurn(tabId, () =>
        // Read, the sidebar is there: whatever click waited is its now (or, no paper, nobody's).
        message.isPaper
          ? markPaper(tabId, { url: pageUrl(message.url, sender), findings: message.findings })
          : resetTab(tabId),
      );
    },
    'sidebar-asked': (message, sender) => {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return;
      return inTurn(tabId, async () => {
        const known = await settle(paperTabs.get(tabId));
        // A tab whose button is not the sidebar's (the page left the paper meanwhile) shows no wait.
        if (!known) return;
        const next: PaperTab = { ...known };
        if (message.waiting) next.waiting = true;
        else delete next.waiting;
        await markPaper(tabId, next);
      });
    },
  };

  async function send(tabId: number, message: BackgroundToContent): Promise<void> {
    try {
      await sendToTab(tabId, message, tabs);
    } catch {
      await inTurn(tabId, async () => {
        const known = await settle(paperTabs.get(tabId));
        // A paper's address still loading: its reader's script was not there yet. Asked once more, in turn:
        // a script that came meanwhile listens before it says so (`warm-up`), so a second miss means its
        // `warm-up` is still to come, and finds the click kept (`opening`): the sidebar opens once it is there.
        if (known?.reading) {
          if (message.type === 'toggle-sidebar')
            await sendToTab(tabId, message, tabs).catch(() => {
              // A second click while one waits cancels it, as it does in the reader: the badge and title
              // go back, and the sidebar will not open for it (it is as the reader's setting has it).
              // The `…` badge says the first click was taken, so another one is meant: clicked again,
              // the reader wants the wait gone (a sidebar that opened later, unasked, would surprise).
              const next: PaperTab = { ...known };
              if (known.clicked) delete next.clicked;
              else next.clicked = true;
              return settle(markPaper(tabId, next));
            });
          return;
        }
        // Nobody listens there (the page changed, or the extension was reloaded under it):
        // give the button its popup back, so the next click says where Kamerlens works.
        await resetTab(tabId);
      });
    }
  }

  const onClicked = (tab: TabLike) => {
    if (typeof tab.id === 'number') void send(tab.id, { type: 'toggle-sidebar' });
  };

  const onCommand = (command: string, tab?: TabLike) => {
    const message = COMMAND_MESSAGES[command];
    if (!message) return;
    void (async () => {
      const tabId =
        tab?.id ?? (await tabs.query({ active: true, currentWindow: true }).catch(() => []))[0]?.id;
      if (typeof tabId !== 'number') return;
      // Only a tab known to show a paper has a content script listening.
      if (await paperTabs.get(tabId)) await send(tabId, message);
    })();
  };

  const onUpdated = (tabId: number, changeInfo: { status?: string; url?: string }) => {
    // A navigation starts with `loading`; its `url` is only told for hosts we may access.
    if (changeInfo.status !== 'loading') return;
    void inTurn(tabId, async () => {
      const known = await paperTabs.get(tabId);
      if (!known) return;
      // Same document (a fragment or history change): its content script is still there.
      // No URL means a page outside our hosts: certainly another document.
      if (changeInfo.url !== undefined && documentUrl(changeInfo.url) === known.url) return;
      await resetTab(tabId);
    }).catch(() => undefined);
  };

  const onRemoved = (tabId: number) => {
    void settle(inTurn(tabId, () => paperTabs.delete(tabId))).then(() => queues.delete(tabId));
  };

  const stopMessages = onMessageFromContent(handlers, deps.runtime);
  action.onClicked.addListener(onClicked);
  deps.commands?.onCommand.addListener(onCommand);
  tabs.onUpdated.addListener(onUpdated);
  tabs.onRemoved.addListener(onRemoved);

  return {
    handlers,
    toggleSidebar: (tabId) => send(tabId, { type: 'toggle-sidebar' }),
    stop() {
      stopMessages();
      action.onClicked.removeListener(onClicked);
      deps.commands?.onCommand.removeListener(onCommand);
      tabs.onUpdated.removeListener(onUpdated);
      tabs.onRemoved.removeListener(onRemoved);
    },
  };
}

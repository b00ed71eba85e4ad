/**
 * Which tabs show a paper, kept where the background's service worker can find it again:
 * an MV3 service worker is stopped after half a minute idle, and its memory with it, while the
 * per-tab toolbar state it set (no popup, a badge) stays. One storage key per tab, so reports
 * from two tabs at once never overwrite each other.
 */

/** What the background remembers of a tab showing a paper. */
export interface PaperTab {
  /** The paper's address without its fragment: a later address of the same document keeps the state. */
  url: string;
  findings: number;
  /**
   * A paper by its address whose reader has not reported yet (its text still coming, or its content
   * script not there yet): the toolbar button is the sidebar's already.
   */
  reading?: boolean;
  /** Clicked while `reading` and before the content script was there to hear it: it opens the sidebar then. */
  clicked?: boolean;
  /**
   * The reader keeps a click for the sidebar until the paper is read (it said so: `sidebar-asked`). With
   * `clicked`, what makes the button show the wait. Both are this `url`'s: the page going to another address
   * drops them (the tab's `loading`, or the reader's `sidebar-asked` and `warm-up` for the new one).
   */
  waiting?: boolean;
}

export interface PaperTabStore {
  get(tabId: number): Promise<PaperTab | undefined>;
  set(tabId: number, info: PaperTab): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** The part of `browser.storage.session` the store uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'kamerlens.paperTab.';

function isPaperTab(v: unknown): v is PaperTab {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.url === 'string' &&
    typeof r.findings === 'number' &&
    (r.reading === undefined || typeof r.reading === 'boolean') &&
    (r.clicked === undefined || typeof r.clicked === 'boolean') &&
    (r.waiting === undefined || typeof r.waiting === 'boolean')
  );
}

/** A store in session storage (cleared when the browser closes, as tab ids are). */
export function sessionPaperTabStore(area: SessionArea): PaperTabStore {
  return {
    async get(tabId) {
      const key = PREFIX + tabId;
      const v = (await area.get(key))[key];
      return isPaperTab(v) ? v : undefined;
    },
    async set(tabId, info) {
      await area.set({ [PREFIX + tabId]: info });
    },
    async delete(tabId) {
      await area.remove(PREFIX + tabId);
    },
  };
}

/** A store in memory: for tests, and for browsers without `storage.session`. */
export function memoryPaperTabStore(): PaperTabStore {
  const tabs = new Map<number, PaperTab>();
  return {
    async get(tabId) {
      return tabs.get(tabId);
    },
    async set(tabId, info) {
      tabs.set(tabId, info);
    },
    async delete(tabId) {
      tabs.delete(tabId);
    },
  };
}

/** The address without its fragment, or '' for something that is not a URL. */
export function documentUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return '';
  }
}

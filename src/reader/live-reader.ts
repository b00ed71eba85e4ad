/**
 * Keeps the reader in step with a page that changes after load: tweedekamer.nl fills its document
 * modal and tabs after the first paint, and a client-side navigation swaps the paper without a new
 * page load. One MutationObserver, debounced, decides what a batch of changes means:
 * - the paper's text arrives (or changes): read and analyse it, once per distinct text;
 * - the address changes (history navigation): start over for the new address, or leave the page
 *   clean when it is no longer a paper;
 * - the container goes away: remove everything Kamerlens added to it.
 * Anything else (our own marks and sidebar, attribute changes, the rest of the page) costs one
 * cheap test per mutation record and never a rescan.
 */
import { holdsText, yieldToMain } from '../dom/extract';
import { sameText, snapshotHasText, snapshotText, type TextSnapshot } from '../dom/text-snapshot';
import { addressKey, watchAddressChanges, type Every } from './address-watch';
import { HOST_TAG } from './sidebar-controller';
import { POPOVER_HOST_TAG } from './host-element';

export interface LiveReaderDeps {
  /** Starts (or restarts: a new start replaces the running one) the reader on the page as it is now. */
  start(): Promise<unknown>;
  /** Stops the running reader and removes everything it added. */
  stop(): void;
  /** Is this address one the reader runs on (URL and head metadata, as at load)? */
  isPaperAddress(url: string): boolean;
  /** The paper's container for the current address, or null while there is none. */
  findContainer(): Element | null;
  /**
   * The page shows a new address (fragments aside), told at once rather than once the page has settled:
   * an address shown and left again within that wait is never seen by `isPaperAddress`.
   */
  addressChanged?(url: string): void;
}

export interface LiveReaderOptions {
  /** Quiet time after the last change before acting. */
  debounceMs?: number;
  /** A page that never stops changing is still acted on this often. */
  maxWaitMs?: number;
  /** How the address is looked at where the Navigation API is missing (tests; default once a second). */
  every?: Every;
}

export interface LiveReader {
  /** Acts on the changes seen so far without waiting for the debounce (tests). */
  flush(): Promise<void>;
  /** How many times the reader was (re)started for new text or a new address. */
  readonly starts: number;
  stop(): void;
}

function isOwnNode(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === HOST_TAG || name === POPOVER_HOST_TAG;
}

/**
 * Watches `doc` for the changes above. `initial.text` is the container's text the first reader run
 * saw (null when it found no container), so the first observed batch does not read it again.
 */
export function keepReaderLive(
  doc: Document,
  deps: LiveReaderDeps,
  initial: { container: Element | null; text: TextSnapshot | null },
  options: LiveReaderOptions = {},
): LiveReader {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2_000;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  let address = addressKey(doc.location.href);
  let container = initial.container;
  let text = initial.text;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt = 0;
  let busy: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let starts = 0;
  /** Batches of changes that mattered, so far. */
  let changes = 0;

  /** Could this record change the paper's text or where it lives? */
  const relevant = (record: MutationRecord): boolean => {
    if (record.type === 'characterData') return container !== null && container.contains(record.target);
    // childList: our own hosts coming and going never matter.
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes.length > 0 && nodes.every(isOwnNode)) return false;
    if (container === null) return record.addedNodes.length > 0;
    // Inside the container: its text changed. Elsewhere: only the container's own removal matters
    // (a replaced modal); additions elsewhere are checked cheaply by the next address test only.
    return container.contains(record.target) || !container.isConnected;
  };

  // The document's own constructor: the page's window, or a test's DOM.
  const Observer = win?.MutationObserver ?? globalThis.MutationObserver;
  // The address last told to `addressChanged`.
  let told = address;
  const tellAddress = (href = doc.location.href, key = addressKey(href)) => {
    if (key === told) return;
    told = key;
    deps.addressChanged?.(href);
  };
  const observer = new Observer((records) => {
    if (stopped) return;
    // Read once per batch of records: the address is told at once, and compared with the one read for.
    const href = doc.location.href;
    const key = addressKey(href);
    tellAddress(href, key);
    const urlChanged = key !== address;
    if (urlChanged || records.some(relevant)) {
      changes++;
      schedule();
    }
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  // Back and forward within a client-side app change the address without always touching the DOM.
  const onPopState = () => {
    tellAddress();
    schedule();
  };
  win?.addEventListener('popstate', onPopState);
  // A `pushState` that touches nothing on the page is heard only by the Navigation API, or where the browser lacks
  // it (Firefox ESR) by a look at the address once a second: the new address is told and read as above.
  const stopNavigationWatch = win ? watchAddressChanges(win, onPopState, options.every) : () => {};

  function schedule(): void {
    const now = Date.now();
    if (timer === null) firstChangeAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = null;
      void settle();
    }, wait);
  }

  /** Runs `check` once at a time; changes seen while it runs are acted on right after. */
  function settle(): Promise<void> {
    if (busy) {
      again = true;
      return busy;
    }
    busy = (async () => {
      do {
        again = false;
        await check();
      } while (again && !stopped);
      busy = null;
    })();
    return busy;
  }

  async function check(): Promise<void> {
    if (stopped) return;
    const href = doc.location.href;
    if (addressKey(href) !== address) {
      address = addressKey(href);
      container = null;
      text = null;
      if (!deps.isPaperAddress(href)) {
        // Navigated away from the paper within the page: leave it as it was.
        deps.stop();
        return;
      }
    }
    if (!deps.isPaperAddress(href)) return;
    const found = deps.findContainer();
    if (!found) {
      if (container) deps.stop();
      container = null;
      text = null;
      return;
    }
    if (found !== container) {
      // A container not seen before (the first run, a filled modal, a new page of an app): start
      // the reader at once, so the paper's opening goes to the background without waiting for a
      // read of all its text, and take that text for later comparisons in the next task.
      container = found;
      if (!holdsText(found)) {
        text = snapshotText(found);
        deps.stop();
        return;
      }
      text = null;
      starts++;
      const changesBefore = changes;
      await deps.start();
      // The text for later comparisons, kept once the reader has painted (see `snapshotText`: no
      // copy of it is made). Changed meanwhile: no text to compare with, so the next batch reads
      // the paper again.
      if (!stopped && container === found && changes === changesBefore) {
        await yieldToMain();
        if (!stopped && container === found) text = changes === changesBefore ? snapshotText(found) : null;
      }
      return;
    }
    // The text as `textContent` would give it; our marks and hosts never change it.
    if (text !== null && sameText(found, text)) return;
    text = snapshotText(found);
    // Whitespace-only text is no paper yet: a loading modal, an empty tab.
    if (!snapshotHasText(text)) {
      deps.stop();
      return;
    }
    starts++;
    // The comparison above walked all of a long paper's nodes: the reader starts in the next task.
    await yieldToMain();
    if (stopped) return;
    await deps.start();
  }

  return {
    flush() {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      // Records not yet delivered are covered by this check.
      observer.takeRecords();
      return settle();
    },
    get starts() {
      return starts;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      win?.removeEventListener('popstate', onPopState);
      stopNavigationWatch();
      if (timer !== null) clearTimeout(timer);
    },
  };
}

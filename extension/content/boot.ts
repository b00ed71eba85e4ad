/**
 * The content script's first steps on every page of the two sites: decide from the URL and the
 * head metadata whether this is a paper, and only then start the reader (which reads the text
 * and has the background analyse it, with the glossary that lives there).
 * Pages that are not papers stop here, before the body is read or any message is sent.
 */
import { holdsText, yieldToMain } from '../../src/dom/extract';
import { readMeta } from '../../src/dom/page-context';
import { releaseSpace } from '../../src/dom/reserved-space';
import { decideActivation } from '../../src/reader/activation';
import { addressKey, watchAddressChanges } from '../../src/reader/address-watch';
import { keepReaderLive, type LiveReader } from '../../src/reader/live-reader';
import { undoReserveAtStart } from '../../src/reader/reserve-at-start';
import { locate } from '../../src/reader/page-input';
import { onMessageFromBackground, sendToBackground } from '../../src/messaging/runtime';
import { stopReaderOn, type Reader, type ReaderContext } from '../../src/reader/start-reader';

export interface BootDeps {
  /** The reader proper: reads the page, analyses it, shows what it found. */
  startReader(ctx: ReaderContext, doc: Document): Promise<Reader | null>;
  /** Stops the reader on `doc` (default: the running reader's own stop). */
  stopReader?(doc: Document): void;
}

/** What runs on a paper: the reader (once the text is there) and the watch that keeps it current. */
export interface BootedReader {
  /** The latest reader run, or null while the paper's text has not arrived. */
  reader(): Reader | null;
  live: LiveReader;
}

/** User Timing measure from the content script's first line to `kamerlens:painted` (benchmarks, DevTools). */
export const CONTENT_SCRIPT_MEASURE = 'kamerlens:content-script';
const PAINTED = 'kamerlens:painted';

export async function bootReader(
  ctx: ReaderContext,
  doc: Document,
  deps: BootDeps,
): Promise<BootedReader | null> {
  const startedAt = performance.now();
  if (!decideActivation(doc.location.href, () => readMeta(doc))) return null;
  // A paper: the rest in tasks of its own, not in the one that evaluated this script.
  await yieldToMain();
  let reader: Reader | null = null;
  // The address (`addressKey`) the running reader was started on: a client-side navigation leaves it on the
  // page until the watch has looked at the new address.
  let readerAt = '';
  let measured = false;
  const stopReader = deps.stopReader ?? stopReaderOn;
  const here = () => addressKey(doc.location.href);
  // The toolbar button and the keyboard commands are answered from now on, not only once the paper's text
  // has arrived and been read: the sidebar asked for before it is there opens as soon as it is
  // (`openOnly`: the one the reader's setting opened stays open). A second request while one waits cancels
  // it: the button shows the wait (`sidebar-asked`), so a click more means the reader wants it gone.
  // A request is the paper's it was made on (`askedAt`): a client-side navigation to another address drops it,
  // so no sidebar opens on a paper the reader did not ask it for; a new fragment keeps it.
  let asked: boolean | 'keyboard' = false;
  let askedAt = '';
  const ask = (next: boolean | 'keyboard', at = here()) => {
    if (!next !== !asked) sendToBackground({ type: 'sidebar-asked', waiting: !!next }).catch(() => undefined);
    if (next && !asked) askedAt = at;
    asked = next;
  };
  // `done`: a reading finished; with no sidebar (no paper after all) nothing is left to open. Only a reader of
  // the address the request was made on answers it.
  const answerAsked = (done?: boolean) => {
    if (!asked || readerAt !== askedAt) return;
    if (reader?.sidebar) reader.sidebar.toggle(asked === 'keyboard', true);
    if (done || reader?.sidebar) ask(false);
  };
  // Which paper address the background was told of (`warm-up`: the toolbar button is the sidebar's even before
  // the text is read), or null once the page left it or holds none (`paper-status`). Each new paper address is
  // told anew: the background gives the button back its popup when the tab's address changes.
  let announced: string | null = null;
  const announce = (isPaper: boolean, url = doc.location.href) => {
    const key = isPaper ? addressKey(url) : null;
    if (key === announced) return;
    announced = key;
    if (asked && askedAt !== key) {
      // The page left the paper the request was made on: it goes with it. Off the papers the background resets
      // the button itself (`paper-status`); on another paper it is told the wait ended.
      if (key === null) asked = false;
      else ask(false);
    }
    (key !== null
      ? sendToBackground({ type: 'warm-up', url }).then((clicked) => {
          // Clicked before this script was here (the page still loading): the background kept it. One more
          // request, as one that came here: a second click that reached this script meanwhile cancels both.
          // The address it was kept for only: the page may have moved on while the background answered.
          if (clicked && announced === key) ask(!asked, key);
          answerAsked();
        })
      : sendToBackground({ type: 'paper-status', isPaper, findings: 0 })
    ).catch(() => undefined);
  };
  /** The URL and head metadata test, as at load; the background is told when the answer is a new one. */
  const follow = (url: string): boolean => {
    const paper = decideActivation(url, () => readMeta(doc)) !== null;
    announce(paper, url);
    return paper;
  };
  const stopCommands = onMessageFromBackground({
    'toggle-sidebar': (m) => {
      // The page's address changed since the watch last looked (it waits for the page to settle): a request
      // waiting is dropped, a new one is the new address's, on a paper only. A sidebar still on the page is the
      // one the reader sees, and toggles as ever.
      if (here() !== announced && !follow(doc.location.href)) return;
      if (reader?.sidebar) reader.sidebar.toggle(m.via === 'keyboard');
      else ask(asked ? false : (m.via ?? true));
    },
    'toggle-marks': () => reader?.marks.toggleMarks(),
  });
  announce(true);
  const leave = () => {
    live.stop();
    stopCommands();
    announce(false);
  };
  // The first start runs through the watch too, so changes made while it reads are not missed.
  const live = keepReaderLive(
    doc,
    {
      start: async () => {
        const at = here();
        reader = await deps.startReader(ctx, doc);
        readerAt = at;
        answerAsked(true);
        if (reader && !measured) {
          measured = true;
          measureWhenPainted(startedAt);
        }
      },
      stop: () => {
        reader = null;
        stopReader(doc);
        releaseSpace(doc);
      },
      // A client-side navigation out of the paper, to another one, or back into one.
      isPaperAddress: follow,
      // Told at once too: the tab's own address event gives the button its popup back on another address, and
      // an address left again before the watch settles would leave it so (the announced one never changed).
      addressChanged: follow,
      findContainer: () => locate(doc, doc.location.href)?.container ?? null,
    },
    { container: null, text: null },
  );
  // The extension went away (updated, removed): the reader stops itself (see startReader); the
  // room reserved at document_start goes too, so the page is as it was.
  ctx.onInvalidated(() => {
    live.stop();
    stopCommands();
    undoReserveAtStart(doc);
  });
  try {
    await live.flush();
  } catch (error) {
    leave();
    throw error;
  }
  // No reader yet (the text has not arrived): the page keeps its width until there is one.
  if (!reader) releaseSpace(doc);
  const container = locate(doc, doc.location.href)?.container;
  if (!reader && container && holdsText(container)) {
    // The text is there and it is no paper (a notice the address could not rule out), or it could
    // not be analysed: nothing will change that, so stop watching; the toolbar button gets its popup back.
    leave();
    return null;
  }
  return { reader: () => reader, live };
}

export interface FollowHooks {
  /**
   * A reader runs (or waits for its text) on the paper; `invalidate` stops it and leaves the page
   * clean (call it when the extension goes away).
   */
  booted(reader: BootedReader, invalidate: () => void): void;
  /**
   * The page is no paper (now): nothing runs but the address watch, and nothing needs `ctx` any
   * more (release it: the first boot's context is not used again).
   */
  notPaper(): void;
  failed(error: unknown): void;
}

export interface FollowDeps extends BootDeps {
  /** Calls back after each client-side change of the address (default `watchAddressChanges`). */
  watchAddress?(win: Window, onChange: (href: string) => void): () => void;
  /** Is the extension still there? A removed one boots nothing. */
  alive?(): boolean;
}

/** A reader context of our own, for a reader booted after `ctx` was released. */
function ownContext(): ReaderContext & { invalidate(): void } {
  const callbacks: (() => void)[] = [];
  let invalid = false;
  return {
    onInvalidated(cb) {
      if (invalid) cb();
      else callbacks.push(cb);
    },
    invalidate() {
      if (invalid) return;
      invalid = true;
      for (const cb of callbacks.splice(0)) cb();
    },
  };
}

/**
 * The content script's whole course on a page of the two sites: boot the reader if the page is a
 * paper; if it is not, watch only its address (no body read, no message sent, no listener on the
 * document or window), so a client-side navigation into a paper boots the reader then, with a
 * context of its own. Once a reader runs, its own watch (`keepReaderLive`) follows the address.
 * Returns the function that stops the address watch.
 */
export function followPapers(
  ctx: ReaderContext & { notifyInvalidated(): void },
  doc: Document,
  deps: FollowDeps,
  hooks: FollowHooks,
): () => void {
  const win = doc.defaultView;
  const watch = deps.watchAddress ?? watchAddressChanges;
  let stopWatch: (() => void) | null = null;
  let booting = false;
  let stopped = false;
  const attempt = (context: ReaderContext, invalidate: () => void) => {
    booting = true;
    bootReader(context, doc, deps).then(
      (booted) => {
        booting = false;
        if (stopped) {
          booted?.live.stop();
          return;
        }
        if (booted) {
          stopWatch?.();
          stopWatch = null;
          hooks.booted(booted, invalidate);
          return;
        }
        if (stopWatch) return;
        hooks.notPaper();
        if (win)
          stopWatch = watch(win, (href) => {
            if (stopped || booting) return;
            if (deps.alive && !deps.alive()) {
              // The extension went away under this page: nothing to boot, ever.
              stopWatch?.();
              stopWatch = null;
              return;
            }
            // The URL and head metadata test only, as at load.
            if (!decideActivation(href, () => readMeta(doc))) return;
            const context = ownContext();
            attempt(context, () => context.invalidate());
          });
      },
      (error: unknown) => {
        booting = false;
        hooks.failed(error);
      },
    );
  };
  attempt(ctx, () => ctx.notifyInvalidated());
  return () => {
    stopped = true;
    stopWatch?.();
    stopWatch = null;
  };
}

/** Records the measure once the reader marks `kamerlens:painted` (it does so a frame later). */
function measureWhenPainted(startedAt: number): void {
  const record = (paintedAt: number) => {
    try {
      performance.measure(CONTENT_SCRIPT_MEASURE, { start: startedAt, end: paintedAt });
    } catch {
      // Timing is a nicety: never let it disturb the page.
    }
  };
  const already = performance.getEntriesByName(PAINTED, 'mark')[0];
  if (already) return record(already.startTime);
  if (typeof PerformanceObserver !== 'function') return;
  const observer = new PerformanceObserver((list) => {
    const painted = list.getEntriesByName(PAINTED)[0];
    if (!painted) return;
    observer.disconnect();
    record(painted.startTime);
  });
  observer.observe({ type: 'mark' });
}

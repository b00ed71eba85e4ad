import type { AnalysisResult } from '../core/types';
import { yieldToMain } from '../dom/extract';
import { createHighlighter, highlightApi, type Highlighter } from '../dom/highlight';
import { textAroundViewport, watchViewport } from '../dom/highlight/viewport-window';
import { createRangeIndex } from '../dom/range-index';
import { browserLocale, resolveLanguage } from '../i18n';
import { readMeta } from '../dom/page-context';
import { analyzeInBackground, startTextStream } from '../messaging/analyze-client';
import type { AnalyzeRequestInput } from '../messaging/protocol';
import { sendToBackground } from '../messaging/runtime';
import { loadSettings, setSetting, watchSettings, type Settings } from '../settings/settings';
import { watchUserGlossaryChanges } from '../settings/user-glossary-item';
import { decideActivation } from './activation';
import { addressKey } from './address-watch';
import { buildTargets } from './finding-targets';
import { underlineFirstScreens } from './forced-underlines';
import { requestFrameAtLoad } from './frame-at-load';
import {
  answerFor,
  earlyOr,
  FIRST_SCREENS_CHARS,
  firstScreensInput,
  takeEarlyAsks,
  type EarlyAsks,
} from './early-asks';
import { askStrings, loadInterfaceStrings } from './interface-strings';
import { askStyles, loadPageStyles } from './page-styles';
import { startMarks, type MarksController } from './marks-controller';
import { readPageInSlices, readPagePrefix, type PageInput } from './page-input';
import { findingSpans, shownCategories } from './paint-plan';
import { startSidebar, type SidebarController } from './sidebar-controller';
import { createTitleLookups, type TitleLookups } from './title-lookups';

export { HOST_TAG } from './sidebar-controller';

/** What WXT's content-script context gives the reader: a signal for when the extension goes away. */
export interface ReaderContext {
  onInvalidated(cb: () => void): void;
}

/** A running reader, for tests and for stopping it. */
export interface Reader {
  result: AnalysisResult;
  /** The marks and popovers in the page. */
  marks: MarksController;
  /**
   * The sidebar, once it is on the page (and while the next reading of the same page takes it over); null
   * before, and once the reader stopped.
   */
  readonly sidebar: SidebarController | null;
  stop(): void;
  /**
   * Stops all but the sidebar (when there is one yet) and the marks' listeners and popover, which are
   * returned (detached: see `SidebarController.detach`, `MarksController.detach`) for the next reading of
   * the same page to take over.
   */
  handOver(): Kept | null;
}

/** What a reader hands over to the next reading of the same address (see `Reader.handOver`). */
interface Kept {
  sidebar: SidebarController | null;
  marks: MarksController;
}

function stopKept(kept: Kept | null | undefined): void {
  kept?.sidebar?.stop();
  kept?.marks.stop();
}

export interface StartReaderOptions {
  /**
   * Analyses the page's text (default: the background's `analyze`, off the page's main thread);
   * null when there is nothing to show.
   */
  analyzePage?(input: AnalyzeRequestInput): Promise<AnalysisResult | null>;
  /** Calls back when the reader's own glossary changes (default: the storage item's watcher). */
  watchUserGlossary?(cb: () => void): () => void;
  /** This start follows a change of the reader's own glossary: the analysis must read it afresh. */
  glossaryChanged?: boolean;
  /** What was asked ahead for this start (default: what the document_start script asked, see `early-asks.ts`). */
  early?: EarlyAsks;
}

/**
 * The reader running on each document, so a second start replaces it instead of doubling it. `kept`:
 * the sidebar and marks a replaced reader of the same address handed over, until the start that replaced it
 * takes it (or gives up, and removes it). `address`: the address (`addressKey`) of the latest start.
 * `titles`: the title lookups of that address, which a kept sidebar and the new popovers share.
 */
interface Running {
  generation: number;
  reader: Reader | null;
  kept: Kept | null;
  address: string;
  titles?: TitleLookups;
}
const running = new WeakMap<Document, Running>();

/** Stops the reader running on `doc`, if any, and removes everything it added. */
export function stopReaderOn(doc: Document): void {
  const entry = running.get(doc);
  if (!entry) return;
  // A start still reading or waiting for the analysis sees a newer generation and gives up.
  running.set(doc, { generation: entry.generation + 1, reader: null, kept: null, address: entry.address });
  entry.reader?.stop();
  stopKept(entry.kept);
}

/**
 * The sidebar and marks a new start on `doc` for `address` may keep: the running reader's, handed over,
 * when the address is the same (the page's text changed or was rendered anew, the reader's glossary
 * changed); otherwise everything of the previous reader is removed. The sidebar and an open popover then
 * stay on the page, as the reader left them, while the text is read again: no second layout of the
 * page, no lost filter, popover or focus.
 */
function takeOverFrom(previous: Running | undefined, address: string): Kept | null {
  if (!previous) return null;
  const sameAddress = previous.address === address;
  let kept = previous.kept;
  if (previous.reader) {
    const handed = sameAddress ? previous.reader.handOver() : (previous.reader.stop(), null);
    kept = handed ?? kept;
  }
  if (sameAddress) return kept;
  stopKept(kept);
  return null;
}

/**
 * The content script's work on one page: decide from URL and head metadata (nothing else is
 * touched on pages that are not papers), read the container's text, analyse it, show the
 * sidebar and mark the findings in the text. Marks `kamerlens:start` when it begins on a paper
 * and `kamerlens:painted` once the marks and the sidebar are on screen.
 */
export async function startReader(
  ctx: ReaderContext,
  doc: Document = document,
  options: StartReaderOptions = {},
): Promise<Reader | null> {
  const url = doc.location.href;
  const activation = decideActivation(url, () => readMeta(doc));
  if (!activation) return null;

  // Running twice on one page (a re-injected script, a test) replaces the first run: its marks
  // are removed before the text is read again, so nothing is doubled or read from our own marks.
  // Its sidebar (skipped by the text's reading) stays while this start reads, when the address is the same.
  const address = addressKey(url);
  const previous = running.get(doc);
  const generation = (previous?.generation ?? 0) + 1;
  const keptTitles = previous?.address === address ? previous.titles : undefined;
  running.set(doc, {
    generation,
    reader: null,
    kept: takeOverFrom(previous, address),
    address,
    titles: keptTitles,
  });
  let invalidated = false;
  let stopReader: (() => void) | null = null;
  ctx.onInvalidated(() => {
    invalidated = true;
    stopReader?.();
    // A sidebar kept for a start still reading goes with the extension too.
    const entry = running.get(doc);
    if (entry?.generation === generation) stopReaderOn(doc);
  });
  // A newer start took over, or the extension went away, while we waited.
  const superseded = () => invalidated || running.get(doc)?.generation !== generation;
  /** The sidebar and marks kept for this start, now taken (null when superseded: the newer start has them). */
  const takeKept = (): Kept | null => {
    const entry = running.get(doc);
    if (!entry || entry.generation !== generation) return null;
    const kept = entry.kept;
    entry.kept = null;
    return kept;
  };

  performance.mark('kamerlens:start');
  requestFrameAtLoad(doc);
  // The strings come from the background (`interface-strings.ts`): asked first, so the answer, a small
  // one, is not queued behind the analysis there. Dutch always (where English lacks a key).
  // What the document_start script asked while the page was parsed (`early-asks.ts`) is taken first.
  const early = options.early ?? takeEarlyAsks();
  const dutch = loadInterfaceStrings('nl', (l) => earlyOr(early.dutch, () => askStrings(l)));
  // The sidebar's and popovers' stylesheets come from the background too (`src/ui/page-styles.ts`).
  const styles = loadPageStyles(() => earlyOr(early.styles, askStyles));
  const flagged = (input: AnalyzeRequestInput): AnalyzeRequestInput =>
    options.glossaryChanged ? { ...input, glossaryChanged: true } : input;
  const analyze = options.analyzePage ?? ((input: AnalyzeRequestInput) => analyzeInBackground(input));
  const analyzePage = (input: AnalyzeRequestInput) => answerFor(early.opening, flagged(input), analyze);
  // The settings, and the strings of the interface's language with them: nothing is shown before both.
  const settingsLoad = earlyOr(early.settings, loadSettings).then(async (settings) => {
    await Promise.all([
      dutch,
      styles,
      loadInterfaceStrings(resolveLanguage(settings.language, browserLocale())),
    ]);
    return settings;
  });
  // A long paper's opening is read at once and analysed on its own, so the first screens are
  // painted while the rest is still being read and analysed (`paintFirstScreens`).
  // The reading made for the opening's ask ahead serves, while the page has not changed since.
  const head = early.opening?.reading?.take(url) ?? readPagePrefix(doc, url, FIRST_SCREENS_CHARS);
  let finalStarted = false;
  const firstScreens =
    head && !head.complete
      ? paintFirstScreens(doc, head.page, analyzePage, settingsLoad, () => !finalStarted && !superseded())
      : Promise.resolve(null);
  // The rest is read in slices and analysed in the background: the page's main thread is never
  // held long. Reading starts once the first screens are painted: the slices' continuations would
  // otherwise keep the background's answer waiting until all is read.
  if (!head?.complete) await firstScreens;
  // A long paper's text goes to the background slice by slice while it is read (`startTextStream`):
  // sent in one message, a megabyte held the page's main thread for 50–60 ms. A caller's own
  // `analyzePage` (tests) gets the text whole.
  const stream = head?.complete || options.analyzePage ? null : startTextStream();
  const page = head?.complete ? head.page : await readPageInSlices(doc, url, { onText: stream?.push });
  // The answer's work on this thread (its arrival, the marks) not in the task that read the last slice.
  if (page && !head?.complete) await yieldToMain();
  const analyzed = !page ? null : stream ? stream.analyze(flagged(page.input)) : analyzePage(page.input);
  const [result, settings] = page
    ? await Promise.all([analyzed?.catch(() => null) ?? null, settingsLoad])
    : [null, null];
  finalStarted = true;
  // A long paper's answer (some hundred KB the browser turns back into objects) arrives in a task
  // of its own; the marks are made in the next: together they were a task of 70 ms on 1 MB.
  if (result && !head?.complete) await yieldToMain();
  const preview = await firstScreens;
  if (!page || !result?.isParliamentary || !settings || superseded()) {
    // The URL promised a paper but the page holds none (an error page, a paper not yet published),
    // or the analysis could not be had: leave no trace.
    preview?.highlighter.dispose();
    preview?.underlines.stop();
    if (!superseded()) stopKept(takeKept());
    performance.clearMarks('kamerlens:start');
    return null;
  }
  // The full paint below replaces the first screens' highlights category by category.

  const highlighter = createHighlighter(doc, page.extracted, createRangeIndex(page.extracted), {
    // Thousands of ranges made over several frames, then registered in one go (the first screens are
    // painted already).
    progressive: {
      window: {
        threshold: HUGE_PAPER_FINDINGS,
        around: () => textAroundViewport(doc, page.extracted.segments),
        watch: (cb) => watchViewport(doc, cb),
      },
    },
  });
  // One answer per cited paper for the sidebar and the popovers, kept for a new reading of the same address.
  const titles =
    keptTitles ??
    createTitleLookups((paper) => sendToBackground({ type: 'lookup-title', paper }), settings.titleLookups);
  const current = running.get(doc);
  if (current) current.titles = titles;
  // Kept, it follows a change of the setting made while no reader was watching.
  titles.setEnabled(settings.titleLookups);
  // The marks first (their ranges are made while the sidebar opens), the sidebar in a task of its own.
  // A previous reading of this address hands over its sidebar and marks: an open popover stays on its finding.
  const kept = takeKept();
  let sidebar = kept?.sidebar ?? null;
  const marksReading = {
    result,
    text: page.extracted.text,
    highlighter,
    container: page.container,
    makeRoom: () => sidebar?.makeRoom(),
  };
  kept?.marks.adopt(marksReading);
  const marks: MarksController =
    kept?.marks ??
    startMarks({
      doc,
      site: activation.site,
      settings,
      titles,
      saveMarksVisible: (visible) => setSetting('marksVisible', visible),
      watchSettings,
      ...marksReading,
    });
  // In forced colours the marks draw their underlines from their first frame: the first screens' go now.
  preview?.underlines.stop();

  let stopped = false;
  /** Stops this reader; its sidebar and marks too unless `keep` (then they are returned, detached). */
  const release = (keep: boolean): Kept | null => {
    if (stopped) return null;
    stopped = true;
    const handed = { sidebar, marks };
    stopGlossaryWatch();
    highlighter.dispose();
    preview?.highlighter.dispose();
    const entry = running.get(doc);
    if (entry?.reader === reader) entry.reader = null;
    if (keep) {
      marks.detach();
      sidebar?.detach();
    } else {
      stopKept(handed);
      sidebar = null;
    }
    return handed;
  };
  const stop = () => void release(false);
  const reader: Reader = {
    result,
    marks,
    get sidebar() {
      return sidebar;
    },
    stop,
    handOver: () => release(true),
  };
  const entry = running.get(doc);
  if (entry) entry.reader = reader;
  stopReader = stop;
  // The reader's own glossary changes meanings everywhere (marks, popovers, sidebar): when it is
  // edited on the options page, this tab reads the page again with it. A new start replaces
  // this one, so nothing doubles.
  const stopGlossaryWatch = (options.watchUserGlossary ?? watchUserGlossaryChanges)(() => {
    if (!stopped) void startReader(ctx, doc, { ...options, glossaryChanged: true });
  });

  // The whole paper's highlights in a frame of their own, the sidebar in the next. Together they made one frame of
  // 29 ms on the 100 KB paper (its 392 ranges painted, and the sidebar laid out and painted); apart, two of about 15.
  // A hidden tab draws no frames until it is shown: there the sidebar and the toolbar's count do not wait for one.
  if (doc.visibilityState === 'hidden') await yieldToMain();
  else {
    await highlighter.whenPainted();
    await afterFrame(doc.defaultView ?? window);
  }
  if (stopped) return reader;
  const reading = {
    result,
    text: page.extracted.text,
    index: highlighter.index,
    container: page.container,
    // A sidebar entry that is a marked finding opens its popover; any other (a heading, an unmarked
    // date) is where `]` and `[` go on from, not the mark stepped to before, maybe far away.
    showFinding: async (start: number) => {
      if (await marks.showFindingAt(start)) return true;
      marks.setStepCursor(start);
      return false;
    },
  };
  sidebar?.adopt(reading);
  const openSidebar = (sidebar ??= startSidebar({
    doc,
    site: activation.site,
    settings,
    titles,
    ...reading,
  }));
  const findings = result.acronyms.length + result.citations.length;
  // Read for an address the page has left meanwhile (a client-side navigation while it read): the toolbar
  // button is the new address's now, and this count would stand on it (and end a click's wait there).
  if (addressKey(doc.location.href) === address)
    sendToBackground({ type: 'paper-status', isPaper: true, findings, url: doc.location.href }).catch(() => {
      // The background may be restarting; the toolbar then keeps its popup, nothing else depends on it.
    });

  await Promise.all([highlighter.whenPainted(), openSidebar.ready]);
  // The whole paper's marks stand in the first screens' place now. Their highlighter goes, with its
  // forced-colours listener, which would register the first screens' marks again when high contrast is
  // turned off (over marks the reader hid, or outside the window a huge paper paints).
  preview?.highlighter.dispose();
  // Painted: after the browser has laid out and drawn the frame that holds the marks and the sidebar.
  if (!stopped) {
    if (!preview) void markAfterFrame(FIRST_PAINT);
    void markAfterFrame('kamerlens:painted');
  }
  return reader;
}

/** Above this many findings, only those around the viewport are highlighted (see `ProgressivePaint.window`). */
const HUGE_PAPER_FINDINGS = 1_000;

/** User Timing mark: the first findings are on screen (the first screens, or all of a short paper). */
export const FIRST_PAINT = 'kamerlens:first-paint';

/** Resolves once `view` has drawn its next frame (a timeout set in an animation-frame callback runs after it). */
function afterFrame(view: Window = window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Marks `name` once the browser has drawn the next frame; resolves then. */
async function markAfterFrame(name: string): Promise<void> {
  await afterFrame();
  performance.mark(name);
}

/**
 * Paints the findings of the paper's opening (where the browser has the Custom Highlight API:
 * without it nothing would show, so nothing is analysed ahead), in forced colours as underlines
 * (`underlineFirstScreens`). Resolves to its highlighter and those underlines, or null when nothing
 * was painted (`stillWanted()` said no, the analysis failed, no paper).
 */
async function paintFirstScreens(
  doc: Document,
  page: PageInput,
  analyzePage: (input: AnalyzeRequestInput) => Promise<AnalysisResult | null>,
  settingsLoad: Promise<Settings>,
  stillWanted: () => boolean,
): Promise<{ highlighter: Highlighter; underlines: { stop(): void } } | null> {
  if (!highlightApi(doc.defaultView)) return null;
  // Only what is painted now: the timeline, commitments and outline come with the whole paper.
  const [result, settings] = await Promise.all([
    analyzePage(firstScreensInput(page.input)).catch(() => null),
    settingsLoad,
  ]);
  if (!result?.isParliamentary || !stillWanted()) return null;
  const { extracted, container } = page;
  const highlighter = createHighlighter(doc, extracted, createRangeIndex(extracted));
  const shown = shownCategories(settings, settings.marksVisible);
  for (const category of shown) highlighter.paint(category, findingSpans(result, category));
  // In forced colours the highlights are not shown (`custom-highlighter.ts`): the marks are underlined.
  const underlines = underlineFirstScreens(
    doc,
    container,
    () => buildTargets(result, new Set(shown)),
    (t) => highlighter.index.toRange(t.start, t.end, doc),
  );
  // The rest of the paper is read once this frame is on screen: its slices would delay it.
  await markAfterFrame(FIRST_PAINT);
  return { highlighter, underlines };
}

/**
 * What the document_start script asks ahead for the reader. Once a page starts loading, every message and
 * storage read of the reader's script waits on the browser's busy main thread: at the 1 MB bench paper's
 * load event the settings took 25–70 ms to come, the background's answer for the opening 45–120 ms, most of
 * the first screens' time. The document_start script is there hundreds of milliseconds earlier (the page is
 * parsed between): it asks for the settings, the Dutch strings and the stylesheets at once, and has the
 * paper's opening analysed as soon as the page is parsed (`DOMContentLoaded`), under the same activation
 * rule as the reader (the URL, then the head metadata; the body of a page that is no paper is never read).
 *
 * The two scripts share one isolated world (the page never sees it), so the asks wait in a slot on its
 * global for the reader to take, once. The reader uses an answer only for exactly what it would have asked:
 * the opening's analysis only for the same input (the page's text may change between the two moments), the
 * settings only while no setting changed meanwhile, the opening's reading (its text nodes) only while nothing
 * in the page changed. Anything missing, stale or failed is asked or read as before.
 */
import type { AnalysisResult } from '../core/types';
import { highlightApi } from '../dom/highlight/highlighter';
import { readMeta } from '../dom/page-context';
import type { AnalyzeRequestInput } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { decideActivation } from './activation';
import { readPagePrefix, type PagePrefix } from './page-input';

/** Text read and analysed ahead of the rest: a few screens of a letter (the reader's first screens). */
export const FIRST_SCREENS_CHARS = 6_000;

/** The opening's analysis asked ahead, with the input it was asked for. */
export interface EarlyOpening {
  /** `openingKey` of the input sent. */
  key: string;
  answer: Promise<AnalysisResult | null>;
  /** The reading the input was made from, for the reader while the page stays as it was read. */
  reading?: EarlyReading;
}

/**
 * The opening read ahead, kept for the reader: read again at its start, it cost 1.3–5.2 ms of the first
 * screens on the 1 MB bench paper (median 1.5 ms), only to find the same text. The page is watched from
 * the reading on, and the first change of anything in it (a node, a character, an attribute, anywhere in
 * the document) makes the reading stale: the reader then reads the page as it is.
 */
export interface EarlyReading {
  /**
   * The reading, when `url` is still the address it was read at and nothing in the page changed; else
   * null. Once: the watch stops, and a later call returns null.
   */
  take(url: string): PagePrefix | null;
  /** Stops the watch (the reading goes unused). */
  drop(): void;
}

/** Answers asked ahead for the reader; each is taken once. */
export interface EarlyAsks {
  /** Each of these resolves to undefined when its ask failed. */
  settings?: Promise<Settings | undefined>;
  /** The Dutch interface strings (`page-strings`). */
  dutch?: Promise<unknown>;
  /** The sidebar's and popovers' stylesheets (`page-styles`). */
  styles?: Promise<unknown>;
  opening?: EarlyOpening;
}

/** What asking ahead needs (the browser's, or tests'). */
export interface AskAheadDeps {
  loadSettings(): Promise<Settings>;
  /** Calls back on any change of a setting; returns the function that stops watching. */
  watchSettings(cb: () => void): () => void;
  askDutch(): Promise<unknown>;
  askStyles(): Promise<unknown>;
  analyze(input: AnalyzeRequestInput): Promise<AnalysisResult | null>;
}

/** User Timing measure: the opening read and sent ahead (its main-thread time). */
export const OPENING_AHEAD_MEASURE = 'kamerlens:opening-ahead';

/** User Timing measure: the reader took the opening's answer asked ahead (the e2e tests check the path by it). */
export const OPENING_TAKEN = 'kamerlens:opening-taken';

/** User Timing measure: the reader took the opening's reading made ahead (the page had not changed since). */
export const OPENING_READ_TAKEN = 'kamerlens:opening-read-taken';

/** A key for a symbol on the isolated world's global: the same in both scripts, unseen by the page. */
const SLOT = Symbol.for('kamerlens.early-asks');

interface Slot {
  asks: EarlyAsks;
  /** Stops what keeps the asks current (the settings' watch): called when they are taken or dropped. */
  release(): void;
}

type Scope = { [SLOT]?: Slot };

/**
 * The key an opening's input is compared by: its text, address, metadata and headings, as sent. The
 * opening is a few KB, so the key costs a fraction of a millisecond.
 */
export function openingKey(input: AnalyzeRequestInput): string {
  return JSON.stringify(input);
}

/**
 * On a paper by its address (the caller checked), at document_start: asks for the settings, strings and
 * stylesheets now, and for the opening's analysis once `doc` is parsed. Each ask's failure is the reader's
 * to meet (it asks again), so none rejects here unhandled.
 */
export function askAhead(doc: Document, deps: AskAheadDeps, scope: object = globalThis): void {
  const asks: EarlyAsks = {
    settings: quiet(deps.loadSettings()),
    dutch: quiet(deps.askDutch()),
    styles: quiet(deps.askStyles()),
  };
  // A setting changed before the reader took them: what was read is stale, and the reader reads anew.
  const stopWatch = deps.watchSettings(() => {
    delete asks.settings;
    stopWatch();
  });
  const slot: Slot = { asks, release: stopWatch };
  (scope as Scope)[SLOT] = slot;
  const askOpening = () => {
    // Taken already (the reader started first, on a page parsed in one go): the reader asked for itself.
    if ((scope as Scope)[SLOT] !== slot) return;
    const from = performance.now();
    const read = readOpeningHead(doc);
    if (!read) return;
    const { input: opening, head } = read;
    asks.opening = {
      key: openingKey(opening),
      answer: deps.analyze(opening).catch(() => null),
      reading: keepReading(doc, head),
    };
    // This script's work on the page's main thread, apart from the reader's (the benchmark reports it).
    measure(OPENING_AHEAD_MEASURE, from);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', askOpening, { once: true });
  else askOpening();
}

/**
 * What the reader asks first on a parsed page: the opening's findings to paint (a long paper), or the
 * whole paper's analysis when the opening is all of it; null on a page that is no paper by its address
 * and head metadata, or holds no text yet (a tweedekamer.nl paper's text arrives after the load), and for a long
 * paper in a browser without the Highlight API.
 */
export function readOpening(doc: Document): AnalyzeRequestInput | null {
  return readOpeningHead(doc)?.input ?? null;
}

/** `readOpening`, with the reading its input was made from. */
function readOpeningHead(doc: Document): { input: AnalyzeRequestInput; head: PagePrefix } | null {
  const url = doc.location.href;
  if (!decideActivation(url, () => readMeta(doc))) return null;
  const head = readPagePrefix(doc, url, FIRST_SCREENS_CHARS);
  if (!head || !head.page.input.text.trim()) return null;
  if (head.complete) return { input: head.page.input, head };
  // Without the Highlight API the reader paints no first screens (`paintFirstScreens`): nothing to ask for.
  return highlightApi(doc.defaultView) ? { input: firstScreensInput(head.page.input), head } : null;
}

/**
 * Keeps `head`, read at `doc`'s address, for the reader while nothing in the document changes. The watch
 * is one MutationObserver on the whole document that stops at the first change it is told of, so a page
 * that keeps changing costs one batch of records; without MutationObserver nothing is kept.
 */
function keepReading(doc: Document, head: PagePrefix): EarlyReading | undefined {
  const Observer = doc.defaultView?.MutationObserver;
  if (typeof Observer !== 'function') return undefined;
  const readAt = doc.location.href;
  // Also set once the reading was taken or dropped: it serves one reader, and the watch is over.
  let changed = false;
  const observer = new Observer(() => {
    changed = true;
    observer.disconnect();
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  /** True when the page is as it was read; ends the watch. */
  const unchanged = (): boolean => {
    // Changes made since the last delivery are still queued: they count.
    const still = !changed && observer.takeRecords().length === 0;
    changed = true;
    observer.disconnect();
    return still;
  };
  return {
    take(url) {
      if (!unchanged() || url !== readAt) return null;
      // From the navigation's start, as `OPENING_TAKEN`.
      measure(OPENING_READ_TAKEN, 0);
      return head;
    },
    drop: () => void unchanged(),
  };
}

/**
 * What the reader asks for a long paper's opening: only what is painted (the timeline, commitments and outline come
 * with the whole paper). One function for both scripts, so the answer asked ahead is for the very input the reader's.
 */
export function firstScreensInput(input: AnalyzeRequestInput): AnalyzeRequestInput {
  return { ...input, only: 'marks' };
}

/**
 * Takes what was asked ahead on this page (once: a later reading, after a client-side navigation or a
 * change, asks for itself); an empty record when nothing was.
 */
export function takeEarlyAsks(scope: object = globalThis): EarlyAsks {
  const slot = (scope as Scope)[SLOT];
  if (!slot) return {};
  delete (scope as Scope)[SLOT];
  slot.release();
  return slot.asks;
}

/** Takes what was asked ahead and lets it go unused (a page that is no paper after all, or a failed start). */
export function dropEarlyAsks(scope: object = globalThis): void {
  takeEarlyAsks(scope).opening?.reading?.drop();
}

/**
 * The early answer for `input` when the opening was asked ahead for exactly it; otherwise (or when that
 * ask had no answer) `ask(input)`.
 */
export function answerFor(
  opening: EarlyOpening | undefined,
  input: AnalyzeRequestInput,
  ask: (input: AnalyzeRequestInput) => Promise<AnalysisResult | null>,
): Promise<AnalysisResult | null> {
  if (!opening || opening.key !== openingKey(input)) return ask(input);
  const answer = opening.answer.then((result) => {
    // From the navigation's start (a measure, not a mark: the reader's marks are the reading's steps).
    if (result) measure(OPENING_TAKEN, 0);
    return result;
  });
  return earlyOr(answer, () => ask(input));
}

function measure(name: string, from: number): void {
  try {
    performance.measure(name, { start: from, end: performance.now() });
  } catch {
    // Timing is a nicety: never let it disturb the page.
  }
}

/** The answer asked ahead, or `ask()`'s when there was none or it failed (undefined or null). */
export function earlyOr<T>(
  early: Promise<T | null | undefined> | undefined,
  ask: () => Promise<T>,
): Promise<T> {
  return early ? early.then((answer) => answer ?? ask()) : ask();
}

/** The promise, with a rejection turned into `undefined` (handled now: the reader may never take it). */
function quiet<T>(p: Promise<T>): Promise<T | undefined> {
  return p.catch(() => undefined);
}

import { findAcronyms } from '../core/acronyms';
import { analyze } from '../core/analyze';
import { normalizeText } from '../core/text/normalize';
import type { AnalysisResult } from '../core/types';
import { createHighlighter } from '../dom/highlight';
import { createRangeIndex } from '../dom/range-index';
import { readMeta } from '../dom/page-context';
import { onMessageFromBackground, sendToBackground } from '../messaging/runtime';
import { loadSettings, setSetting, watchSettings } from '../settings/settings';
import { loadUserGlossary } from '../settings/user-glossary-item';
import { decideActivation } from './activation';
import { startMarks, type MarksController } from './marks-controller';
import { readPage } from './page-input';
import { startSidebar } from './sidebar-controller';

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
  stop(): void;
}

/** The reader running on each document, so a second start replaces it instead of doubling it. */
const running = new WeakMap<Document, { generation: number; reader: Reader | null }>();

/**
 * The content script's work on one page: decide from URL and head metadata (nothing else is
 * touched on pages that are not papers), read the container's text, analyse it, show the
 * sidebar and mark the findings in the text. Marks `kamerlens:start` when it begins on a paper
 * and `kamerlens:painted` once the marks and the sidebar are on screen.
 */
export async function startReader(ctx: ReaderContext, doc: Document = document): Promise<Reader | null> {
  const url = doc.location.href;
  const activation = decideActivation(url, () => readMeta(doc));
  if (!activation) return null;

  // Running twice on one page (a re-injected script, a test) replaces the first run: its marks
  // are removed before the text is read again, so nothing is doubled or read from our own marks.
  const previous = running.get(doc);
  previous?.reader?.stop();
  const generation = (previous?.generation ?? 0) + 1;
  running.set(doc, { generation, reader: null });

  performance.mark('kamerlens:start');
  const page = readPage(doc, url);
  const result = page ? analyze(page.input) : null;
  if (!page || !result?.isParliamentary) {
    // The URL promised a paper but the page holds none (an error page, a paper not yet published):
    // leave no trace.
    performance.clearMarks('kamerlens:start');
    return null;
  }

  const [settings, userGlossary] = await Promise.all([loadSettings(), loadUserGlossary().catch(() => [])]);
  // A newer start took over while the settings loaded.
  if (running.get(doc)?.generation !== generation) return null;
  if (userGlossary.length > 0) {
    // The reader's own glossary changes meanings (and hides abbreviations): find them again with it.
    result.acronyms = findAcronyms(normalizeText(page.input.text), { userGlossary });
  }

  const highlighter = createHighlighter(doc, page.extracted, createRangeIndex(page.extracted));
  // Bound once the marks exist: a sidebar entry that is a marked finding opens its popover.
  let marks: MarksController | null = null;
  const sidebar = startSidebar({
    doc,
    site: activation.site,
    result,
    text: page.extracted.text,
    // The highlighter's index: the `<mark>` fallback splits Text nodes while it paints.
    index: highlighter.index,
    container: page.container,
    settings,
    showFinding: (start) => marks?.showFindingAt(start) ?? Promise.resolve(false),
  });
  marks = startMarks({
    doc,
    site: activation.site,
    container: page.container,
    result,
    highlighter,
    settings,
    lookupTitle: (paper) => sendToBackground({ type: 'lookup-title', paper }),
    saveMarksVisible: (visible) => setSetting('marksVisible', visible),
    watchSettings,
  });

  const stopMessages = onMessageFromBackground({
    'toggle-sidebar': () => sidebar.toggle(),
    'toggle-marks': () => marks.toggleMarks(),
  });
  const findings = result.acronyms.length + result.citations.length;
  sendToBackground({ type: 'paper-status', isPaper: true, findings }).catch(() => {
    // The background may be restarting; the toolbar then keeps its popup, nothing else depends on it.
  });

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopMessages();
    marks?.stop();
    sidebar.stop();
    highlighter.dispose();
    const entry = running.get(doc);
    if (entry?.reader === reader) entry.reader = null;
  };
  const reader: Reader = { result, marks, stop };
  running.set(doc, { generation, reader });
  ctx.onInvalidated(stop);

  // Painted: after the browser has laid out and drawn the frame that holds the marks and the sidebar.
  requestAnimationFrame(() => setTimeout(() => performance.mark('kamerlens:painted'), 0));
  return reader;
}

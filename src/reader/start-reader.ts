import { analyze } from '../core/analyze';
import type { AnalysisResult } from '../core/types';
import { createRangeIndex } from '../dom/range-index';
import { readMeta } from '../dom/page-context';
import { onMessageFromBackground, sendToBackground } from '../messaging/runtime';
import { loadSettings } from '../settings/settings';
import { decideActivation } from './activation';
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
  stop(): void;
}

/**
 * The content script's work on one page: decide from URL and head metadata (nothing else is
 * touched on pages that are not papers), read the container's text, analyse it, and show the
 * sidebar. Marks `kamerlens:start` when it begins on a paper and `kamerlens:painted` once
 * everything it shows is on screen.
 */
export async function startReader(ctx: ReaderContext, doc: Document = document): Promise<Reader | null> {
  const url = doc.location.href;
  const activation = decideActivation(url, () => readMeta(doc));
  if (!activation) return null;

  performance.mark('kamerlens:start');
  const page = readPage(doc, url);
  const result = page ? analyze(page.input) : null;
  if (!page || !result?.isParliamentary) {
    // The URL promised a paper but the page holds none (an error page, a paper not yet published):
    // leave no trace.
    performance.clearMarks('kamerlens:start');
    return null;
  }

  const settings = await loadSettings();
  const sidebar = startSidebar({
    doc,
    site: activation.site,
    result,
    text: page.extracted.text,
    index: createRangeIndex(page.extracted),
    container: page.container,
    settings,
  });

  const stopMessages = onMessageFromBackground({ 'toggle-sidebar': () => sidebar.toggle() });
  const findings = result.acronyms.length + result.citations.length;
  sendToBackground({ type: 'paper-status', isPaper: true, findings }).catch(() => {
    // The background may be restarting; the toolbar then keeps its popup, nothing else depends on it.
  });

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopMessages();
    sidebar.stop();
  };
  ctx.onInvalidated(stop);

  // Painted: after the browser has laid out and drawn the frame that holds the sidebar.
  requestAnimationFrame(() => setTimeout(() => performance.mark('kamerlens:painted'), 0));
  return { result, stop };
}

import { analyze } from '../core/analyze';
import type { AnalysisResult } from '../core/types';
import { createRangeIndex } from '../dom/range-index';
import { readMeta } from '../dom/page-context';
import { resolveLanguage, browserLocale } from '../i18n';
import { onMessageFromBackground, sendToBackground } from '../messaging/runtime';
import { loadSettings, setSidebarOpen, sidebarShouldOpen, watchSettings } from '../settings/settings';
import { mountSidebar, type SidebarHandle } from '../ui/sidebar';
import { decideActivation } from './activation';
import { readPage } from './page-input';
import { revealOffset } from './reveal';

/** The tag of the element that hosts Kamerlens's shadow root; marked so our text extraction skips it. */
export const HOST_TAG = 'kamerlens-root';

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
 * sidebar. Marks `kamerlens:start` when it begins on a paper and `kamerlens:painted` once the
 * sidebar is on screen.
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

  const { site } = activation;
  const settings = await loadSettings();
  let language = resolveLanguage(settings.language, browserLocale());
  let open = sidebarShouldOpen(settings, site.id);
  const index = createRangeIndex(page.extracted);

  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-kamerlens', 'sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);

  const setOpen = (next: boolean) => {
    open = next;
    sidebar.update({ open });
    void setSidebarOpen(site.id, next);
  };
  const sidebar: SidebarHandle = mountSidebar(shadow, {
    result,
    language,
    open,
    onNavigate: (start) => void revealOffset(index, page.extracted.text, start, page.site, page.container),
    onClose: () => setOpen(false),
  });

  const stopMessages = onMessageFromBackground({
    'toggle-sidebar': () => {
      setOpen(!open);
      if (open) sidebar.focus();
    },
  });
  const stopWatching = watchSettings((next, changed) => {
    if (changed.includes('language')) {
      language = resolveLanguage(next.language, browserLocale());
      sidebar.update({ language });
    }
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
    stopWatching();
    sidebar.unmount();
    host.remove();
  };
  ctx.onInvalidated(stop);

  // Painted: after the browser has laid out and drawn the frame that holds the sidebar.
  requestAnimationFrame(() => setTimeout(() => performance.mark('kamerlens:painted'), 0));
  return { result, stop };
}

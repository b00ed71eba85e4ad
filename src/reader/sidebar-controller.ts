import type { AnalysisResult } from '../core/types';
import type { RangeIndex } from '../dom/range-index';
import { browserLocale, resolveLanguage } from '../i18n';
import { setSidebarOpen, sidebarShouldOpen, watchSettings, type Settings } from '../settings/settings';
import type { Site } from '../sites/types';
import { mountSidebar, type SidebarHandle } from '../ui/sidebar';
import { revealOffset } from './reveal';

/** The tag of the element that hosts the sidebar's shadow root; marked so our text extraction skips it. */
export const HOST_TAG = 'kamerlens-root';

export interface SidebarControllerOptions {
  doc: Document;
  site: Site;
  result: AnalysisResult;
  /** The extracted text and its index, to scroll to findings. */
  text: string;
  index: RangeIndex;
  container: Element;
  settings: Settings;
}

export interface SidebarController {
  /** Opens or closes the sidebar (toolbar action, keyboard command) and remembers it per site. */
  toggle(): void;
  stop(): void;
}

/**
 * The sidebar on a paper: a shadow root on its own host element, open as the reader last left
 * it on this site (open on the first paper), following the language setting live.
 */
export function startSidebar(o: SidebarControllerOptions): SidebarController {
  let language = resolveLanguage(o.settings.language, browserLocale());
  let open = sidebarShouldOpen(o.settings, o.site.id);

  const host = o.doc.createElement(HOST_TAG);
  host.setAttribute('data-kamerlens', 'sidebar');
  const shadow = host.attachShadow({ mode: 'open' });
  o.doc.documentElement.append(host);

  const setOpen = (next: boolean) => {
    open = next;
    sidebar.update({ open });
    void setSidebarOpen(o.site.id, next);
  };
  const sidebar: SidebarHandle = mountSidebar(shadow, {
    result: o.result,
    language,
    open,
    onNavigate: (start) => void revealOffset(o.index, o.text, start, o.site, o.container),
    onClose: () => setOpen(false),
  });

  const stopWatching = watchSettings((next, changed) => {
    if (changed.includes('language')) {
      language = resolveLanguage(next.language, browserLocale());
      sidebar.update({ language });
    }
  });

  return {
    toggle() {
      setOpen(!open);
      if (open) sidebar.focus();
    },
    stop() {
      stopWatching();
      sidebar.unmount();
      host.remove();
    },
  };
}

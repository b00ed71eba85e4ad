import { reserveAtStart } from '../src/reader/reserve-at-start';
import { getSetting, sidebarShouldOpen } from '../src/settings/settings';
import { loadSidebarWidth } from '../src/settings/sidebar-width-item';
import { SITE_MATCHES } from '../src/sites/matches';
import type { SiteId } from '../src/sites/types';

export default defineContentScript({
  // The same pages as the reader, before the page is parsed.
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    void reserveAtStart(document, {
      sidebarOpen: async (site) =>
        sidebarShouldOpen({ sidebarOpen: await getSetting('sidebarOpen') }, site as SiteId),
      sidebarWidth: loadSidebarWidth,
    })
      .catch(() => null)
      // Nothing to listen for: release the listener WXT's context adds, on every page.
      .finally(() => ctx.notifyInvalidated());
  },
});

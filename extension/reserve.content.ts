// The extension's own stylesheet for the two sites' pages (highlight colours, the hosts' display):
// imported here, WXT lists it in this script's manifest entry, and `wxt.config.ts` gives it an entry
// of its own on every page of the sites at document_start, before the page is parsed; it matches
// nothing until Kamerlens paints.
import '../src/dom/highlight/page.css';
import { analyzeInBackground } from '../src/messaging/analyze-client';
import { sendToBackground } from '../src/messaging/runtime';
import { extensionAlive } from '../src/reader/content-script-context';
import { askAhead } from '../src/reader/early-asks';
import { releaseAtLoadIfGone } from '../src/reader/extension-alive';
import { reserveAtStart, undoReserveAtStart } from '../src/reader/reserve-at-start';
import { getSetting, loadSettings, sidebarShouldOpen, watchSettings } from '../src/settings/settings';
import { loadSidebarWidth } from '../src/settings/sidebar-width-item';
import { PAPER_ADDRESS_MATCHES, SITE_EXCLUDES } from '../src/sites/matches';
import type { SiteId } from '../src/sites/types';

export default defineContentScript({
  // Before the page is parsed, on the addresses that may be papers by their URL alone: elsewhere it has nothing to do.
  matches: [...PAPER_ADDRESS_MATCHES],
  // Not where the address alone says no paper, on a site that never loads one in place (see SITE_EXCLUDES).
  excludeMatches: [...SITE_EXCLUDES],
  runAt: 'document_start',
  main(ctx) {
    const reserving = reserveAtStart(document, {
      sidebarOpen: async (site) =>
        sidebarShouldOpen({ sidebarOpen: await getSetting('sidebarOpen') }, site as SiteId),
      sidebarWidth: loadSidebarWidth,
    });
    // Nothing to listen for: release the listener WXT's context adds, on every page.
    if (!reserving) return ctx.notifyInvalidated();
    // A paper by its address: the background warms its analysis up while the page is parsed
    // (src/messaging/warm-up.ts). Nothing of the page goes with it but its address; a background that
    // cannot be reached is the reader's to report.
    sendToBackground({ type: 'warm-up', url: location.href }).catch(() => undefined);
    // What the reader's script will ask first, asked now, while the browser is not yet busy with the
    // page's load; the opening's analysis once the page is parsed (src/reader/early-asks.ts).
    askAhead(document, {
      loadSettings,
      watchSettings,
      askDutch: () => sendToBackground({ type: 'page-strings', language: 'nl' }),
      askStyles: () => sendToBackground({ type: 'page-styles' }),
      analyze: (input) => analyzeInBackground(input),
    });
    void reserving.catch(() => null).finally(() => ctx.notifyInvalidated());
    // A paper: should the extension go away while the page loads, the reader's script never
    // comes to give back what was added here.
    releaseAtLoadIfGone(window, extensionAlive, () => {
      void reserving.catch(() => null).finally(() => undoReserveAtStart(document));
    });
  },
});

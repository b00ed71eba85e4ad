import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  createBackground,
  type ActionApi,
  type CommandsApi,
  type TabsApi,
} from '../src/messaging/background';
import type { RuntimeMessagingApi } from '../src/messaging/runtime';
import { memoryPaperTabStore, sessionPaperTabStore, type SessionArea } from '../src/messaging/tab-state';
import { apiTitleLookupLoader, type CacheStorageArea } from '../src/messaging/title-lookup-port';
import { DEV_API_BASE_URLS_KEY } from '../src/api/dev-override';
import { getSetting } from '../src/settings/settings';
import { createAnalyzeService } from '../src/messaging/analyze-service';
import { createTextPartStore } from '../src/messaging/text-parts';
import { createWarmUp } from '../src/messaging/warm-up';
import { analyze } from '../src/core/analyze';
import { cachedUserGlossary } from '../src/settings/user-glossary-item';
import { browserLocale, resolveLanguage } from '../src/i18n';

// Wiring only; the behaviour lives in src/messaging/background.ts. The casts go from the
// Chrome-typed `wxt/browser` (aliased to webextension-polyfill in the build) to the small
// structural interfaces the background is written against.
export default defineBackground(() => {
  const session = browser.storage.session as unknown as SessionArea | undefined;
  const local = browser.storage.local as unknown as CacheStorageArea;
  const titleLookupsEnabled = () => getSetting('titleLookups');
  const textParts = createTextPartStore();
  createBackground({
    runtime: browser.runtime as unknown as RuntimeMessagingApi,
    tabs: browser.tabs as unknown as TabsApi,
    action: browser.action as unknown as ActionApi,
    commands: browser.commands as unknown as CommandsApi | undefined,
    paperTabs: session ? sessionPaperTabStore(session) : memoryPaperTabStore(),
    titleLookupsEnabled,
    loadTitleLookup: apiTitleLookupLoader({
      storage: local,
      lookupsEnabled: titleLookupsEnabled,
      // Developer/test hook: `devApiBaseUrls` ({ tkOData?, sru?, timeoutMs? }) in storage.local
      // points the lookups at other servers (the e2e tests' local stubs); validated in
      // src/api/dev-override.ts (http only on 127.0.0.1/localhost), read at each lookup.
      devApiBaseUrls: async () => (await local.get(DEV_API_BASE_URLS_KEY))[DEV_API_BASE_URLS_KEY],
    }),
    // The core and the built-in glossary are bundled here: pages send their text to be analysed
    // off their main thread, and the content script stays small.
    analyzePage: createAnalyzeService({ userGlossary: cachedUserGlossary(), textParts }),
    textParts,
    // The core's marks, run once on a letter of its own when a paper's address opens: compiled
    // before the page's text arrives.
    warmUp: createWarmUp(analyze),
    popup: browser.runtime.getManifest().action?.default_popup ?? 'popup.html',
    title: browser.runtime.getManifest().action?.default_title ?? 'Kamerlens',
    interfaceLanguage: async () => resolveLanguage(await getSetting('language'), browserLocale()),
  });
});

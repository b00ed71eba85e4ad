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
import { getSetting } from '../src/settings/settings';

// Wiring only; the behaviour lives in src/messaging/background.ts. The casts go from the
// Chrome-typed `wxt/browser` (aliased to webextension-polyfill in the build) to the small
// structural interfaces the background is written against.
export default defineBackground(() => {
  const session = browser.storage.session as unknown as SessionArea | undefined;
  const titleLookupsEnabled = () => getSetting('titleLookups');
  createBackground({
    runtime: browser.runtime as unknown as RuntimeMessagingApi,
    tabs: browser.tabs as unknown as TabsApi,
    action: browser.action as unknown as ActionApi,
    commands: browser.commands as unknown as CommandsApi | undefined,
    paperTabs: session ? sessionPaperTabStore(session) : memoryPaperTabStore(),
    titleLookupsEnabled,
    loadTitleLookup: apiTitleLookupLoader({
      storage: browser.storage.local as unknown as CacheStorageArea,
      lookupsEnabled: titleLookupsEnabled,
    }),
    popup: browser.runtime.getManifest().action?.default_popup ?? 'popup.html',
  });
});

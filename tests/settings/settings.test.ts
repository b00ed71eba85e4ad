import { beforeEach, describe, expect, it, vi } from 'vitest';

// The storage module picks its `browser` when first imported, so the fake must be in place
// before the settings module (and `wxt/browser` with it) is loaded.
const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));

import {
  DEFAULT_SETTINGS,
  getSetting,
  loadSettings,
  migrateSettings,
  saveSettings,
  setSetting,
  setSidebarOpen,
  sidebarShouldOpen,
  watchSettings,
  type Settings,
} from '../../src/settings/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('reads the defaults from empty storage', async () => {
    const s = await loadSettings();
    expect(s).toEqual({
      categories: { acronyms: true, citations: true, dates: false, outline: true },
      titleLookups: true,
      language: 'auto',
      sidebarOpen: {},
      marksVisible: true,
    });
  });

  it('opens the sidebar on a first paper, then as the reader left it on that site', async () => {
    expect(sidebarShouldOpen(await loadSettings(), 'tweedekamer')).toBe(true);
    await setSidebarOpen('tweedekamer', false);
    const s = await loadSettings();
    expect(sidebarShouldOpen(s, 'tweedekamer')).toBe(false);
    // The other site keeps its own state: still never set, so open.
    expect(sidebarShouldOpen(s, 'officielebekendmakingen')).toBe(true);
    await setSidebarOpen('tweedekamer', true);
    expect(sidebarShouldOpen(await loadSettings(), 'tweedekamer')).toBe(true);
  });
});

describe('storing', () => {
  it('stores and reads back each setting', async () => {
    const changed: Settings = {
      categories: { acronyms: false, citations: true, dates: true, outline: false },
      titleLookups: false,
      language: 'en',
      sidebarOpen: { officielebekendmakingen: false },
      marksVisible: false,
    };
    await saveSettings(changed);
    expect(await loadSettings()).toEqual(changed);
    expect(await getSetting('titleLookups')).toBe(false);
  });

  it('keeps per-site sidebar states apart', async () => {
    await setSidebarOpen('officielebekendmakingen', false);
    await setSidebarOpen('tweedekamer', true);
    expect(await getSetting('sidebarOpen')).toEqual({ officielebekendmakingen: false, tweedekamer: true });
  });

  it('reads malformed stored values as their defaults', async () => {
    await fakeBrowser.storage.local.set({
      categories: 'yes',
      titleLookups: 'off',
      language: 'fr',
      sidebarOpen: { tweedekamer: 'open', elsewhere: true },
      marksVisible: 0,
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sidebarOpen: {} });
  });

  it('never writes a malformed value', async () => {
    // A caller outside the type system (e.g. an imported file) passing junk.
    await setSetting('language', 'klingon' as never);
    expect((await fakeBrowser.storage.local.get('language')).language).toBe('auto');
  });
});

describe('watchSettings', () => {
  it('reports changes with all settings and the changed key', async () => {
    const seen: Array<[Settings, readonly string[]]> = [];
    const stop = watchSettings((s, keys) => seen.push([s, keys]));
    await setSetting('language', 'en');
    await vi.waitFor(() => expect(seen.length).toBe(1));
    expect(seen[0]?.[0].language).toBe('en');
    expect(seen[0]?.[1]).toEqual(['language']);

    stop();
    await setSetting('language', 'nl');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(1);
  });
});

describe('migrateSettings', () => {
  it('brings an older, partial shape up to date', () => {
    // What a build from before `outline`, `marksVisible` and per-site sidebar state could
    // have stored, with a locale-style language and a key that no longer exists.
    const old = {
      categories: { acronyms: false, citations: true },
      titleLookups: false,
      language: 'en-GB',
      sidebarOpen: { tweedekamer: false, 'www.tweedekamer.nl': true },
      highlightColour: 'yellow',
    };
    expect(migrateSettings(old)).toEqual({
      categories: { acronyms: false, citations: true, dates: false, outline: true },
      titleLookups: false,
      language: 'en',
      sidebarOpen: { tweedekamer: false },
      marksVisible: true,
    });
  });

  it.each([null, undefined, 42, 'settings', [], { categories: [] }])('reads %j as the defaults', (raw) => {
    expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a current shape unchanged', () => {
    const current: Settings = {
      categories: { acronyms: true, citations: false, dates: true, outline: true },
      titleLookups: true,
      language: 'nl',
      sidebarOpen: { officielebekendmakingen: true, tweedekamer: false },
      marksVisible: false,
    };
    expect(migrateSettings(current)).toEqual(current);
  });
});

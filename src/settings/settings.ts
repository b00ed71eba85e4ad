import type { LanguageSetting } from '../i18n';
import type { SiteId } from '../sites/types';
import { defineStorageItem, getValues, type StorageItem } from './storage-item';

/** Which kinds of findings the reader marks in the page and lists in the sidebar. */
export interface CategorySettings {
  acronyms: boolean;
  citations: boolean;
  /** Off by default: dates are everywhere in a letter, and marking all of them is noisy. */
  dates: boolean;
  outline: boolean;
}

/** Sidebar open (true) or closed (false) per site; absent = never set, so it opens on the first paper. */
export type SidebarOpenBySite = Partial<Record<SiteId, boolean>>;

export interface Settings {
  categories: CategorySettings;
  /** Ask the Tweede Kamer / KOOP open-data APIs for the titles of cited papers. */
  titleLookups: boolean;
  language: LanguageSetting;
  sidebarOpen: SidebarOpenBySite;
  /** Findings marked in the page's text (the toolbar's "toggle marks"). */
  marksVisible: boolean;
}

export type SettingKey = keyof Settings;

export const SETTING_KEYS: readonly SettingKey[] = [
  'categories',
  'titleLookups',
  'language',
  'sidebarOpen',
  'marksVisible',
];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  categories: Object.freeze({ acronyms: true, citations: true, dates: false, outline: true }),
  titleLookups: true,
  language: 'auto',
  sidebarOpen: Object.freeze({}),
  marksVisible: true,
});

const SITE_IDS: readonly SiteId[] = ['officielebekendmakingen', 'tweedekamer'];
const CATEGORY_KEYS: readonly (keyof CategorySettings)[] = ['acronyms', 'citations', 'dates', 'outline'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function boolOr(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/*
 * Normalizers: what was stored, in whatever shape an older version (or a hand-edited profile)
 * left it, made into a valid value. Missing keys take their default, so adding a category or a
 * site later needs no storage migration; values of the wrong type are dropped, never thrown on.
 */

export function normalizeCategories(raw: unknown): CategorySettings {
  const r = isRecord(raw) ? raw : {};
  const out = { ...DEFAULT_SETTINGS.categories };
  for (const key of CATEGORY_KEYS) out[key] = boolOr(r[key], out[key]);
  return out;
}

export function normalizeLanguage(raw: unknown): LanguageSetting {
  if (typeof raw !== 'string') return DEFAULT_SETTINGS.language;
  const v = raw.trim().toLowerCase();
  if (v === 'nl' || v === 'en' || v === 'auto') return v;
  // Locale-style values (`nl-NL`, `en_GB`), as an imported settings file may hold them.
  if (/^nl(?:[-_]|$)/.test(v)) return 'nl';
  if (/^en(?:[-_]|$)/.test(v)) return 'en';
  return DEFAULT_SETTINGS.language;
}

export function normalizeSidebarOpen(raw: unknown): SidebarOpenBySite {
  if (!isRecord(raw)) return {};
  const out: SidebarOpenBySite = {};
  for (const site of SITE_IDS) {
    const v = raw[site];
    if (typeof v === 'boolean') out[site] = v;
  }
  return out;
}

/**
 * Pure migration of a stored settings snapshot, of any age, to the current shape: what an
 * older build stored before a key existed, a partial object, or wrong types. Keys the current
 * version does not know are dropped; missing or malformed ones take their default.
 */
export function migrateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const out = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) out[key] = normalizeSetting(key, r[key]);
  return out as unknown as Settings;
}

/** Normalizes one setting's stored value. */
export function normalizeSetting<K extends SettingKey>(key: K, raw: unknown): Settings[K] {
  const normalizers: { [P in SettingKey]: (v: unknown) => Settings[P] } = {
    categories: normalizeCategories,
    titleLookups: (v) => boolOr(v, DEFAULT_SETTINGS.titleLookups),
    language: normalizeLanguage,
    sidebarOpen: normalizeSidebarOpen,
    marksVisible: (v) => boolOr(v, DEFAULT_SETTINGS.marksVisible),
  };
  return normalizers[key](raw);
}

/**
 * Should the sidebar open on a paper of this site? As the reader last left it; when never
 * set, open, so a reader discovers it on their first paper.
 */
export function sidebarShouldOpen(
  settings: Pick<Settings, 'sidebarOpen'>,
  site: SiteId | null | undefined,
): boolean {
  if (!site) return true;
  return settings.sidebarOpen[site] ?? true;
}

/** The storage version of every item; bump it together with a `migrations[n]` entry. */
export const SETTINGS_VERSION = 1;

/*
 * One storage item per setting, not one object for all: the sidebar state is written by every
 * tab and the rest by the options page, and separate keys keep those writes from overwriting
 * each other. `storage.local` (not `sync`) keeps the per-site sidebar state on this device.
 * The keys are the ones WXT's `local:<name>` items used, so stored settings carry over.
 *
 * Version 1 has no migrations. A later shape change bumps SETTINGS_VERSION and adds
 * `migrations: { 2: (v1) => v2 }` to the item; values read are normalized either way.
 */
function settingItem<K extends SettingKey>(key: K): StorageItem<Settings[K]> {
  return defineStorageItem<Settings[K]>(key, { fallback: DEFAULT_SETTINGS[key], version: SETTINGS_VERSION });
}

const items: { readonly [K in SettingKey]: StorageItem<Settings[K]> } = {
  categories: settingItem('categories'),
  titleLookups: settingItem('titleLookups'),
  language: settingItem('language'),
  sidebarOpen: settingItem('sidebarOpen'),
  marksVisible: settingItem('marksVisible'),
};

/** One setting, normalized (a missing or malformed value reads as its default). */
export async function getSetting<K extends SettingKey>(key: K): Promise<Settings[K]> {
  return normalizeSetting(key, await items[key].getValue());
}

/** All settings, normalized. */
export async function loadSettings(): Promise<Settings> {
  const values = await getValues(SETTING_KEYS.map((key) => items[key] as StorageItem<unknown>));
  const out = {} as Record<SettingKey, unknown>;
  SETTING_KEYS.forEach((key, i) => {
    out[key] = normalizeSetting(key, values[i]);
  });
  return out as unknown as Settings;
}

/** Stores one setting (normalized first, so nothing malformed is ever written). */
export async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await items[key].setValue(normalizeSetting(key, value));
}

/** Stores several settings at once. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const keys = SETTING_KEYS.filter((key) => patch[key] !== undefined);
  await Promise.all(keys.map((key) => setSetting(key, patch[key] as Settings[typeof key])));
}

/** Remembers whether the reader left the sidebar open on this site. */
export async function setSidebarOpen(site: SiteId, open: boolean): Promise<void> {
  const current = await getSetting('sidebarOpen');
  if (current[site] === open) return;
  await setSetting('sidebarOpen', { ...current, [site]: open });
}

export type SettingsListener = (settings: Settings, changed: readonly SettingKey[]) => void;

/**
 * Calls `cb` with all settings whenever any of them changes (in any tab or the options page),
 * with the keys that changed. Returns the function that stops watching.
 */
export function watchSettings(cb: SettingsListener): () => void {
  let stopped = false;
  const onChange = (key: SettingKey) => {
    void loadSettings().then(
      (settings) => {
        if (!stopped) cb(settings, [key]);
      },
      () => undefined,
    );
  };
  const unwatchers = SETTING_KEYS.map((key) => items[key].watch(() => onChange(key)));
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

import { describe, expect, it } from 'vitest';
import { memoryStorageArea } from '../helpers/memory-storage-area';
import { MAX_TITLE_ENTRIES, PRUNED_AT_KEY, pruneTitleCache } from '../../src/api/prune-title-cache';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 3, 12);

const found = (savedAt: number) => ({
  v: 1,
  savedAt,
  result: {
    title: 'Nederlandse deelname aan vredesmissies',
    kind: null,
    date: null,
    dossierTitle: null,
    source: 'tk-odata',
  },
});
const notFound = (savedAt: number) => ({ v: 1, savedAt, result: { state: 'not-found', message: 'none' } });

describe('pruneTitleCache', () => {
  it.each([
    ['a title found six days ago', found(NOW - 6 * DAY), true],
    ['a title found eight days ago', found(NOW - 8 * DAY), false],
    ['a paper not found an hour ago', notFound(NOW - 3600_000), true],
    ['a paper not found two days ago', notFound(NOW - 2 * DAY), false],
    ['an entry from the future (a clock set back)', found(NOW + DAY), false],
    ['an entry of an unknown shape', { v: 2, title: 'x' }, false],
  ])('keeps %s: %s', async (_name, entry, kept) => {
    const storage = memoryStorageArea({ 'kamerlens:title:kst-29521-446': entry });
    await pruneTitleCache(storage, NOW);
    expect(storage.data.has('kamerlens:title:kst-29521-446')).toBe(kept);
  });

  it('leaves everything that is not a cached title alone: settings, the glossary, a test server’s titles are titles', async () => {
    const storage = memoryStorageArea({
      userGlossary: [{ abbr: 'UDCG', expansion: 'Ukraine Defense Contact Group' }],
      settings: { titleLookups: true },
      'kamerlens:title@http://127.0.0.1:1/|:kst-1-1': found(NOW - 30 * DAY),
    });
    expect(await pruneTitleCache(storage, NOW)).toBe(1);
    expect([...storage.data.keys()].sort()).toEqual([PRUNED_AT_KEY, 'settings', 'userGlossary']);
  });

  it('keeps the most recent titles when there are more than it keeps', async () => {
    const items: Record<string, unknown> = {};
    for (let i = 0; i < MAX_TITLE_ENTRIES + 10; i++)
      items[`kamerlens:title:kst-1-${i}`] = found(NOW - i * 1000);
    const storage = memoryStorageArea(items);
    expect(await pruneTitleCache(storage, NOW)).toBe(10);
    expect(storage.data.has('kamerlens:title:kst-1-0')).toBe(true);
    expect(storage.data.has(`kamerlens:title:kst-1-${MAX_TITLE_ENTRIES - 1}`)).toBe(true);
    expect(storage.data.has(`kamerlens:title:kst-1-${MAX_TITLE_ENTRIES}`)).toBe(false);
  });

  it('prunes at most once a day, however often the service worker starts', async () => {
    const storage = memoryStorageArea({ 'kamerlens:title:kst-1-1': found(NOW - 8 * DAY) });
    expect(await pruneTitleCache(storage, NOW)).toBe(1);
    storage.data.set('kamerlens:title:kst-1-2', found(NOW - 8 * DAY));
    expect(await pruneTitleCache(storage, NOW + DAY / 2)).toBe(0);
    expect(storage.data.has('kamerlens:title:kst-1-2')).toBe(true);
    expect(await pruneTitleCache(storage, NOW + DAY)).toBe(1);
  });

  it('never rejects when the storage fails', async () => {
    const broken = {
      get: async () => {
        throw new Error('storage unavailable');
      },
      set: async () => undefined,
      remove: async () => undefined,
    };
    expect(await pruneTitleCache(broken, NOW)).toBe(0);
  });
});

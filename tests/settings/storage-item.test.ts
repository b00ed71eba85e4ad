import { beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` picks its `browser` when first imported: the fake must be in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));

// WXT's own storage, which earlier builds used: the reference for the stored format.
import { storage as wxtStorage } from 'wxt/utils/storage';
import { defineStorageItem, getValues, sameStoredValue } from '../../src/settings/storage-item';

beforeEach(() => {
  fakeBrowser.reset();
});

const snapshot = () => fakeBrowser.storage.local.get(null);

describe('sameStoredValue', () => {
  it.each([
    [true, true, true],
    [380, 380, true],
    [380, 381, false],
    ['auto', 'auto', true],
    [null, null, true],
    [null, undefined, false],
    [false, null, false],
    [{}, {}, true],
    [{ tweedekamer: false }, { tweedekamer: false }, true],
    [{ tweedekamer: false }, { tweedekamer: true }, false],
    [{ tweedekamer: false }, { tweedekamer: false, officielebekendmakingen: true }, false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: undefined }, { b: undefined }, false],
    [[], [], true],
    [[], {}, false],
    [[{ abbr: 'AO', long: 'Algemeen overleg' }], [{ abbr: 'AO', long: 'Algemeen overleg' }], true],
    [[{ abbr: 'AO' }], [{ abbr: 'AO' }, { abbr: 'WGO' }], false],
    [{ categories: { dates: true } }, { categories: { dates: false } }, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameStoredValue(a, b)).toBe(same);
    expect(sameStoredValue(b, a)).toBe(same);
  });
});

describe('defineStorageItem', () => {
  it('reads the fallback when nothing is stored, and what is stored under the bare key', async () => {
    const item = defineStorageItem('sidebarWidth', { fallback: 380, version: 1 });
    expect(await item.getValue()).toBe(380);
    await fakeBrowser.storage.local.set({ sidebarWidth: 500 });
    expect(await item.getValue()).toBe(500);
  });

  it('writes under the bare key, without a version key, and removes on null', async () => {
    const item = defineStorageItem('language', { fallback: 'auto', version: 1 });
    await item.setValue('en');
    expect(await snapshot()).toEqual({ language: 'en' });
    await item.setValue(null);
    expect(await snapshot()).toEqual({});
  });

  it('tells watchers of real changes only, with the fallback for a removed value', async () => {
    const item = defineStorageItem<Record<string, boolean>>('sidebarOpen', { fallback: {}, version: 1 });
    const seen: unknown[] = [];
    const stop = item.watch((next, prev) => seen.push([next, prev]));
    await item.setValue({ tweedekamer: false });
    await item.setValue({ tweedekamer: false }); // same value: not a change
    await fakeBrowser.storage.local.set({ other: 1 }); // another key
    await item.setValue(null);
    expect(seen).toEqual([
      [{ tweedekamer: false }, {}],
      [{}, { tweedekamer: false }],
    ]);
    stop();
    await item.setValue({ tweedekamer: true });
    expect(seen).toHaveLength(2);
  });

  it('migrates an older stored value once, recording the version under `<key>$`', async () => {
    await fakeBrowser.storage.local.set({ width: '400' });
    const migrations = { 2: vi.fn((v: unknown) => Number(v)), 3: vi.fn((v: unknown) => (v as number) + 1) };
    const item = defineStorageItem<number>('width', { fallback: 380, version: 3, migrations });
    expect(await item.getValue()).toBe(401);
    expect(await item.getValue()).toBe(401);
    expect(migrations[2]).toHaveBeenCalledTimes(1);
    expect(await snapshot()).toEqual({ width: 401, width$: { v: 3 } });
  });

  it('records the version with the first value of an item that had none', async () => {
    const item = defineStorageItem<number>('width', {
      fallback: 380,
      version: 2,
      migrations: { 2: (v) => v },
    });
    await item.setValue(500);
    expect(await snapshot()).toEqual({ width: 500, width$: { v: 2 } });
  });

  it('reads a value from a newer version as it is, after reporting it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ width: 500, width$: { v: 3 } });
    const item = defineStorageItem<number>('width', {
      fallback: 380,
      version: 2,
      migrations: { 2: (v) => v },
    });
    expect(await item.getValue()).toBe(500);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

/*
 * The same steps through WXT's `storage.defineItem('local:<key>')` and through ours must leave
 * storage byte-for-byte the same, so settings written by earlier builds read the same and a
 * later build could go back to WXT's storage.
 */
describe('getValues', () => {
  it('reads several items in one storage read, each as getValue would (fallbacks, migrations)', async () => {
    await fakeBrowser.storage.local.set({ width: '400', open: true });
    const width = defineStorageItem<number>('width', {
      fallback: 380,
      version: 2,
      migrations: { 2: (v: unknown) => Number(v) },
    });
    const open = defineStorageItem<boolean>('open', { fallback: false, version: 1 });
    const lang = defineStorageItem<string>('lang', { fallback: 'auto', version: 1 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const values = await getValues([width, open, lang] as never[]);
    expect(values).toEqual([400, true, 'auto']);
    expect(values).toEqual([await width.getValue(), await open.getValue(), await lang.getValue()]);
    // The migration's own read, then one read for all three.
    const reads = get.mock.calls.map((c) => c[0]);
    expect(reads.slice(0, 2)).toEqual([
      ['width', 'width$'],
      ['width', 'open', 'lang'],
    ]);
  });
});

describe('same stored format as WXT storage', () => {
  type Step = (item: { setValue(v: unknown): Promise<void> }) => Promise<unknown>;
  const cases: Array<{
    name: string;
    before: Record<string, unknown>;
    version: number;
    migrate: boolean;
    steps: Step[];
  }> = [
    {
      name: 'first write',
      before: {},
      version: 1,
      migrate: false,
      steps: [(i) => i.setValue({ dates: true })],
    },
    {
      name: 'overwrite and remove',
      before: { k: 1 },
      version: 1,
      migrate: false,
      steps: [(i) => i.setValue(2), (i) => i.setValue(null)],
    },
    { name: 'first write, versioned', before: {}, version: 2, migrate: true, steps: [(i) => i.setValue(5)] },
    { name: 'migration of a v1 value', before: { k: 1 }, version: 3, migrate: true, steps: [] },
    { name: 'migration from v2', before: { k: 1, k$: { v: 2 } }, version: 3, migrate: true, steps: [] },
    { name: 'current version', before: { k: 1, k$: { v: 3 } }, version: 3, migrate: true, steps: [] },
  ];

  it.each(cases)('$name', async ({ before, version, migrate, steps }) => {
    const migrations = migrate ? { 2: (v: unknown) => [v], 3: (v: unknown) => ({ wrapped: v }) } : undefined;
    const run = async (item: { getValue(): Promise<unknown>; setValue(v: unknown): Promise<void> }) => {
      const values = [await item.getValue()];
      for (const step of steps) {
        await step(item);
        values.push(await item.getValue());
      }
      return { values, stored: await snapshot() };
    };

    await fakeBrowser.storage.local.set(before);
    const theirs = await run(
      wxtStorage.defineItem<unknown>('local:k', {
        fallback: 'none',
        version,
        ...(migrations ? { migrations } : {}),
      }),
    );
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(before);
    const ours = await run(defineStorageItem<unknown>('k', { fallback: 'none', version, migrations }));
    expect(ours).toEqual(theirs);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` picks its `browser` when first imported: the fake must be in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../install-fake-browser'));

import {
  cachedUserGlossary,
  loadUserGlossary,
  saveUserGlossary,
  UserGlossarySaveError,
  watchUserGlossary,
  watchUserGlossaryChanges,
} from '../../src/settings/user-glossary-item';

beforeEach(() => {
  fakeBrowser.reset();
});

const AO = { abbr: 'AO', expansion: 'algemeen overleg' };
const WGO = { abbr: 'WGO', expansion: 'wetgevingsoverleg' };

describe('user glossary item', () => {
  it('stores plain entries under `userGlossary` and reads them back', async () => {
    expect(await loadUserGlossary()).toEqual([]);
    await saveUserGlossary([AO, WGO]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ userGlossary: [AO, WGO] });
    expect(await loadUserGlossary()).toEqual([AO, WGO]);
  });

  it('refuses more than 5000 entries rather than storing the first 5000', async () => {
    await saveUserGlossary([AO]);
    const many = Array.from({ length: 5001 }, (_, i) => ({ abbr: `A${i}`, expansion: 'x' }));
    await expect(saveUserGlossary(many)).rejects.toMatchObject({ reason: 'too-many' });
    expect(await loadUserGlossary()).toEqual([AO]);
    await saveUserGlossary(many.slice(0, 5000));
    expect(await loadUserGlossary()).toHaveLength(5000);
  });

  it('names a full storage (the quota) as such', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'))
      .mockRejectedValueOnce(new Error('IO error'));
    try {
      const full = saveUserGlossary([AO]);
      await expect(full).rejects.toBeInstanceOf(UserGlossarySaveError);
      await expect(full).rejects.toMatchObject({ reason: 'quota' });
      await expect(saveUserGlossary([AO])).rejects.toThrow('IO error');
    } finally {
      set.mockRestore();
    }
  });

  it('reads a malformed stored value as valid entries only', async () => {
    await fakeBrowser.storage.local.set({ userGlossary: [AO, { abbr: 42 }, 'WGO'] });
    expect(await loadUserGlossary()).toEqual([AO]);
    await fakeBrowser.storage.local.set({ userGlossary: { AO: 'algemeen overleg' } });
    expect(await loadUserGlossary()).toEqual([]);
  });

  it('tells watchers of changes: with the entries, or only that they changed', async () => {
    const entries: unknown[] = [];
    let changes = 0;
    const stopEntries = watchUserGlossary((e) => entries.push(e));
    const stopChanges = watchUserGlossaryChanges(() => changes++);
    await saveUserGlossary([AO]);
    await saveUserGlossary([AO]); // same entries: not a change
    await saveUserGlossary([AO, WGO]);
    expect(entries).toEqual([[AO], [AO, WGO]]);
    expect(changes).toBe(2);
    stopEntries();
    stopChanges();
    await saveUserGlossary([]);
    expect(entries).toHaveLength(2);
    expect(changes).toBe(2);
  });

  describe('cachedUserGlossary (the background keeps the entries between pages)', () => {
    it('reads storage once for many analyses, and again after a change', async () => {
      await saveUserGlossary([AO]);
      const load = vi.fn(loadUserGlossary);
      const glossary = cachedUserGlossary(load);
      expect(await glossary()).toEqual([AO]);
      expect(await glossary()).toEqual([AO]);
      expect(load).toHaveBeenCalledTimes(1);
      await saveUserGlossary([AO, WGO]);
      expect(await glossary()).toEqual([AO, WGO]);
      expect(load).toHaveBeenCalledTimes(2);
    });

    it('reads afresh when asked, even before it heard of the change', async () => {
      await saveUserGlossary([AO]);
      const glossary = cachedUserGlossary(loadUserGlossary, () => () => undefined);
      expect(await glossary()).toEqual([AO]);
      await saveUserGlossary([WGO]);
      expect(await glossary()).toEqual([AO]); // not told: still the kept entries
      expect(await glossary(true)).toEqual([WGO]);
      expect(await glossary()).toEqual([WGO]);
    });

    it('does not keep a failed read', async () => {
      const load = vi
        .fn<() => Promise<(typeof AO)[]>>()
        .mockRejectedValueOnce(new Error('storage gone'))
        .mockResolvedValue([AO]);
      const glossary = cachedUserGlossary(load, () => () => undefined);
      await expect(glossary()).rejects.toThrow('storage gone');
      expect(await glossary()).toEqual([AO]);
      expect(load).toHaveBeenCalledTimes(2);
    });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test has fresh modules: the tables of `src/i18n` without the English page strings that the
// unit tests' setup registers, as a content script starts, and the loader without its memory.
type I18n = typeof import('../../src/i18n');
type Loader = typeof import('../../src/reader/interface-strings');
let i18n: I18n;
let loader: Loader;
let english: typeof import('../../src/i18n/messages').en;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/i18n');
  loader = await import('../../src/reader/interface-strings');
  english = (await import('../../src/i18n/messages')).en;
});
afterEach(() => vi.resetModules());

describe('interface strings', () => {
  it('reads in Dutch until the English strings are here, then in English', async () => {
    expect(i18n.translate('en', 'sidebarClose')).toBe('Zijbalk sluiten');
    const ask = vi.fn(async () => english);
    await loader.loadInterfaceStrings('en', ask);
    expect(ask).toHaveBeenCalledWith('en');
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close sidebar');
    expect(i18n.translate('en', 'acronymCount', { count: 3 })).toBe('3× in the text');
  });

  it('asks nothing for Dutch, and asks for English once', async () => {
    const ask = vi.fn(async () => english);
    await loader.loadInterfaceStrings('nl', ask);
    expect(ask).not.toHaveBeenCalled();
    await Promise.all([loader.loadInterfaceStrings('en', ask), loader.loadInterfaceStrings('en', ask)]);
    await loader.loadInterfaceStrings('en', ask);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'a rejected request (extension gone)',
      () => Promise.reject(new Error('Extension context invalidated.')),
    ],
    [
      'a request that throws at once',
      () => {
        throw new Error('no runtime');
      },
    ],
    ['no answer', async () => undefined],
    ['an answer that is not a table', async () => 'Close sidebar'],
    ['a table without one string', async () => ({ sidebarClose: 42, factKind: null })],
  ])('stays in Dutch after %s, and asks again next time', async (_, failing) => {
    await expect(loader.loadInterfaceStrings('en', failing)).resolves.toBeUndefined();
    expect(i18n.translate('en', 'sidebarClose')).toBe('Zijbalk sluiten');
    const ask = vi.fn(async () => english);
    await loader.loadInterfaceStrings('en', ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close sidebar');
  });

  it('takes only known keys with string values from the answer', async () => {
    await loader.loadInterfaceStrings('en', async () => ({
      sidebarClose: 'Close',
      factKind: 7,
      notAKey: 'ignored',
    }));
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close');
    // A key the answer lacks or gives as no string reads in Dutch.
    expect(i18n.translate('en', 'factKind')).toBe('Soort');
    expect(i18n.translate('en', 'notAKey' as never)).toBe('notAKey');
  });
});

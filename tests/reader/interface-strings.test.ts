// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeHighlights } from '../helpers/fake-highlights';

// Each test has fresh modules: the tables of `src/i18n` without the page strings that the unit tests'
// setup registers, as a content script starts (it carries none), and the loader without its memory.
type I18n = typeof import('../../src/i18n');
type Loader = typeof import('../../src/reader/interface-strings');
let i18n: I18n;
let loader: Loader;
let dutch: typeof import('../../src/i18n/messages').nl;
let english: typeof import('../../src/i18n/messages').en;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/i18n');
  loader = await import('../../src/reader/interface-strings');
  ({ nl: dutch, en: english } = await import('../../src/i18n/messages'));
});
afterEach(() => {
  vi.doUnmock('../../src/messaging/runtime');
  vi.resetModules();
});

/** The background's answer: each language's table. */
const background = () => vi.fn(async (language: 'nl' | 'en') => (language === 'en' ? english : dutch));

describe('interface strings', () => {
  it('has no strings until the background sends them: the content script carries none', async () => {
    expect(i18n.translate('nl', 'sidebarClose')).toBe('sidebarClose');
    const ask = background();
    await loader.loadInterfaceStrings('nl', ask);
    expect(ask).toHaveBeenCalledWith('nl');
    expect(i18n.translate('nl', 'sidebarClose')).toBe('Zijbalk sluiten');
    expect(i18n.translate('nl', 'acronymCount', { count: 3 })).toBe('3× in dit stuk');
  });

  it('reads in Dutch until the English strings are here, then in English', async () => {
    const ask = background();
    await loader.loadInterfaceStrings('nl', ask);
    expect(i18n.translate('en', 'sidebarClose')).toBe('Zijbalk sluiten');
    await loader.loadInterfaceStrings('en', ask);
    expect(ask).toHaveBeenCalledWith('en');
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close sidebar');
    expect(i18n.translate('en', 'acronymCount', { count: 3 })).toBe('3× in this paper');
  });

  it('asks for each language once', async () => {
    const ask = background();
    await Promise.all([loader.loadInterfaceStrings('nl', ask), loader.loadInterfaceStrings('nl', ask)]);
    await Promise.all([loader.loadInterfaceStrings('en', ask), loader.loadInterfaceStrings('en', ask)]);
    await loader.loadInterfaceStrings('en', ask);
    expect(ask.mock.calls).toEqual([['nl'], ['en']]);
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
    await loader.loadInterfaceStrings('nl', background());
    await expect(loader.loadInterfaceStrings('en', failing)).resolves.toBeUndefined();
    expect(i18n.translate('en', 'sidebarClose')).toBe('Zijbalk sluiten');
    const ask = background();
    await loader.loadInterfaceStrings('en', ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close sidebar');
  });

  it('takes only the string values of the answer', async () => {
    await loader.loadInterfaceStrings('nl', background());
    await loader.loadInterfaceStrings('en', async () => ({
      sidebarClose: 'Close',
      factKind: 7,
      toString: null,
    }));
    expect(i18n.translate('en', 'sidebarClose')).toBe('Close');
    // A key the answer lacks or gives as no string reads in Dutch.
    expect(i18n.translate('en', 'factKind')).toBe('Soort');
  });
});

/** A load of each language's strings that the test lets arrive (Dutch is here at once, as in the script). */
function controlledLoad() {
  const arrive = new Map<string, () => void>();
  const load = vi.fn((language: 'nl' | 'en') =>
    language === 'nl' ? Promise.resolve() : new Promise<void>((resolve) => arrive.set(language, resolve)),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { load, arrive: async (language: string) => (arrive.get(language)?.(), settle()), settle };
}

describe('followLanguage', () => {
  it.each([
    ['English, once its strings are here', ['en'], ['en'], ['en']],
    ['English, then Dutch before the English strings arrive: Dutch stays', ['en', 'nl'], ['en'], ['nl']],
    ['Dutch, then English at once: only English, once here', ['nl', 'en'], ['en'], ['en']],
    ['English, whose strings never arrive: nothing changes', ['en'], [], []],
  ])('%s', async (_, chosen, arriving, shown) => {
    const { load, arrive, settle } = controlledLoad();
    const seen: string[] = [];
    const choose = loader.followLanguage((language) => seen.push(language), load);
    for (const language of chosen) choose(language as 'nl' | 'en');
    await settle();
    // Nothing in a language whose strings are still on their way.
    expect(seen.filter((l) => l === 'en')).toEqual([]);
    for (const language of arriving) await arrive(language);
    expect(seen).toEqual(shown);
  });
});

describe('a language change under an open page (happy-dom)', () => {
  it('a popover opened while the English strings are on their way reads in Dutch, then all in English', async () => {
    // The background's answer to `page-strings`, held until the test lets it arrive.
    let answer: (table: unknown) => void = () => undefined;
    vi.doMock('../../src/messaging/runtime', () => ({
      sendToBackground: () => new Promise((resolve) => (answer = resolve)),
    }));
    vi.resetModules();
    const { startMarks } = await import('../../src/reader/marks-controller');
    const { createTitleLookups } = await import('../../src/reader/title-lookups');
    const { analyze } = await import('../../src/core/analyze');
    const { extractText } = await import('../../src/dom/extract');
    const { createHighlighter } = await import('../../src/dom/highlight');
    const { createRangeIndex } = await import('../../src/dom/range-index');
    const { DEFAULT_SETTINGS } = await import('../../src/settings/settings');
    type Listener = import('../../src/settings/settings').SettingsListener;
    // The Dutch strings, as the reader has them once started (`start-reader.ts` asks for them first).
    (await import('../../src/i18n')).registerMessages({ nl: dutch, en: {} });

    const page = new Browser().newPage();
    page.content = readFileSync(join(process.cwd(), 'tests/fixtures/pages/obk-kst-navo.html'), 'utf8');
    const doc = page.mainFrame.document as unknown as Document;
    installFakeHighlights(doc.defaultView as object);
    const container = doc.querySelector('#broodtekst') as Element;
    const extracted = extractText(container);
    const settings = {
      ...DEFAULT_SETTINGS,
      language: 'nl' as const,
      categories: { acronyms: false, citations: false, dates: true, outline: true },
    };
    let listener: Listener | null = null;
    const marks = startMarks({
      doc,
      site: null,
      container,
      result: analyze({ text: extracted.text }),
      text: extracted.text,
      highlighter: createHighlighter(doc, extracted, createRangeIndex(extracted)),
      settings,
      titles: createTitleLookups(async () => ({ state: 'not-found' }), true),
      saveMarksVisible: async () => undefined,
      watchSettings: (cb) => {
        listener = cb;
        return () => (listener = null);
      },
    });
    const popover = () => doc.querySelector('kamerlens-popover')?.shadowRoot;
    const shown = () => ({
      kicker: popover()?.querySelector('.kl-pop-kicker')?.textContent,
      date: popover()?.querySelector('time')?.textContent,
    });
    try {
      (listener as Listener | null)?.({ ...settings, language: 'en' }, ['language']);
      // The first date of the letter (kst-28676-409), its popover opened before the strings arrive.
      await marks.step(1);
      expect(shown()).toEqual({ kicker: 'Datum', date: '30 september 2022' });
      answer(english);
      await vi.waitFor(() => expect(shown()).toEqual({ kicker: 'Date', date: '30 September 2022' }));
    } finally {
      marks.stop();
    }
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { AcronymDetail } from '../../src/core/acronyms';
import { extractText } from '../../src/dom/extract';
import { createHighlighter } from '../../src/dom/highlight';
import { createRangeIndex } from '../../src/dom/range-index';
import type { TitleLookupAnswer } from '../../src/messaging/protocol';
import { startMarks, type MarksController } from '../../src/reader/marks-controller';
import { createTitleLookups } from '../../src/reader/title-lookups';
import { DEFAULT_SETTINGS, type Settings, type SettingsListener } from '../../src/settings/settings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'happy-dom';
import { highlightTexts, installFakeHighlights, rangeCount } from '../helpers/fake-highlights';
import { countObserved } from '../helpers/observed-sizes';
import { fakeForcedColors, type FakeForcedColors } from '../helpers/fake-forced-colors';
import { NAVO_CITED_PAPER } from '../helpers/navo-lookup';

// The happy-dom environment gives `import.meta.url` a http: address, so read from the project root.
function loadDocument(file: string): Document {
  const page = new Browser().newPage();
  page.content = readFileSync(join(process.cwd(), 'tests/fixtures/pages', file), 'utf8');
  return page.mainFrame.document as unknown as Document;
}

let running: MarksController[] = [];
afterEach(() => {
  for (const m of running) m.stop();
  running = [];
});

/** The reader's marks on the officielebekendmakingen NAVO fixture page (happy-dom, a stand-in Highlight API). */
function setup(
  overrides: Partial<Settings> = {},
  lookup?: (paper: unknown) => Promise<TitleLookupAnswer>,
  timing: { dwellMs?: number; abandonMs?: number } = {},
  forcedColors?: FakeForcedColors,
) {
  const doc = loadDocument('obk-kst-navo.html');
  if (forcedColors) {
    const win = doc.defaultView as unknown as { matchMedia(q: string): unknown };
    const asked = win.matchMedia.bind(win);
    win.matchMedia = (q) => (q === '(forced-colors: active)' ? forcedColors.mql : asked(q));
  }
  const container = doc.querySelector('#broodtekst') as Element;
  const extracted = extractText(container);
  const result = analyze({ text: extracted.text });
  const registry = installFakeHighlights(doc.defaultView as object);
  const highlighter = createHighlighter(doc, extracted, createRangeIndex(extracted));
  let listener: SettingsListener | null = null;
  const settings: Settings = { ...DEFAULT_SETTINGS, language: 'nl', ...overrides };
  const saved: boolean[] = [];
  const lookupTitle = vi.fn(lookup ?? (async (): Promise<TitleLookupAnswer> => ({ state: 'not-found' })));
  const marks = startMarks({
    doc,
    site: null,
    container,
    result,
    text: extracted.text,
    highlighter,
    settings,
    titles: createTitleLookups(lookupTitle, settings.titleLookups),
    saveMarksVisible: async (v) => void saved.push(v),
    watchSettings: (cb) => {
      listener = cb;
      return () => (listener = null);
    },
    ...timing,
  });
  running.push(marks);
  const popoverText = () =>
    doc.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('.kl-pop')?.textContent ?? null;
  const key = (key: string, init: KeyboardEventInit = {}) =>
    doc.body.dispatchEvent(
      new (doc.defaultView as unknown as typeof window).KeyboardEvent('keydown', {
        key,
        bubbles: true,
        ...init,
      }),
    );
  const marksOf = (kind: string) => highlightTexts(registry, `kamerlens-${kind}`);
  return {
    doc,
    container,
    result,
    marks,
    saved,
    lookupTitle,
    popoverText,
    key,
    marksOf,
    registry,
    change: (next: Partial<Settings>, changed: (keyof Settings)[]) =>
      listener?.({ ...settings, ...next }, changed),
  };
}

const CITED_PAPER = NAVO_CITED_PAPER;
describe('marks and popovers (happy-dom)', () => {
  it('paints acronyms and citations, not dates, by default', () => {
    const { marksOf, result } = setup();
    expect(marksOf('acronym').filter((t) => t === 'NAVO')).toHaveLength(
      result.acronyms.find((a) => a.abbr === 'NAVO')?.occurrences.length ?? -1,
    );
    expect(marksOf('citation').map((t) => t?.replace(/\s+/g, ' '))).toContain('Kamerstuk 29 521, nr. 446');
    expect(marksOf('date')).toEqual([]);
  });

  it('steps in reading order with ], shows the current finding and its popover; Escape closes', async () => {
    const { key, popoverText, marks, marksOf, doc } = setup();
    key(']');
    await vi.waitFor(() => expect(popoverText()).not.toBeNull());
    // The first finding of the letter: NAVO in the dossier heading `28 676 NAVO`.
    expect(marks.state.open).toMatchObject({ kind: 'acronym', abbr: 'NAVO', occurrence: 1 });
    expect(popoverText()).toContain('Noord-Atlantische Verdragsorganisatie');
    expect(marksOf('current')).toEqual(['NAVO']);
    key(']');
    await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 2 }));
    key('[');
    await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 1 }));
    key('Escape');
    expect(marks.state.open).toBeNull();
    expect(popoverText()).toBeNull();
    expect(marksOf('current')).toEqual([]);
    // Typing in a field is left alone.
    const input = doc.createElement('input');
    doc.body.append(input);
    input.dispatchEvent(
      new (doc.defaultView as unknown as typeof window).KeyboardEvent('keydown', { key: ']', bubbles: true }),
    );
    expect(marks.state.open).toBeNull();
  });

  it('opens a citation popover from the sidebar path and shows the lookup answer', async () => {
    const { marks, result, popoverText, lookupTitle } = setup({}, async () => CITED_PAPER);
    const citation = result.citations[0];
    expect(await marks.showFindingAt(citation?.start ?? -1)).toBe(true);
    await vi.waitFor(() => expect(popoverText()).toContain('Verslag NAVO-top'));
    expect(lookupTitle).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'kst-29521-446', dossier: '29521', number: '446' }),
    );
  });

  it('shows a kept answer with the kind of the language chosen since, without asking again', async () => {
    const { marks, result, popoverText, lookupTitle, change } = setup({}, async () => CITED_PAPER);
    const start = result.citations[0]?.start ?? -1;
    expect(await marks.showFindingAt(start)).toBe(true);
    await vi.waitFor(() => expect(popoverText()).toContain('Brief regering'));
    // Open: the popover follows the switch.
    change({ language: 'en' }, ['language']);
    await vi.waitFor(() => expect(popoverText()).toContain('Letter from the government'));
    expect(popoverText()).not.toContain('Brief regering');
    // Opened again: from the answer the page keeps.
    marks.close();
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(popoverText()).toContain('Letter from the government');
    change({ language: 'nl' }, ['language']);
    await vi.waitFor(() => expect(popoverText()).toContain('Brief regering'));
    expect(lookupTitle).toHaveBeenCalledTimes(1);
  });

  it('says a failed lookup failed when opened again, while it asks again; a later answer replaces it', async () => {
    // Offline: the background answers `unavailable` (the first two times), then the service is back.
    const answers: ((a: TitleLookupAnswer) => void)[] = [];
    const { marks, result, popoverText, lookupTitle } = setup(
      {},
      () => new Promise<TitleLookupAnswer>((resolve) => answers.push(resolve)),
    );
    const start = result.citations[0]?.start ?? -1;
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(popoverText()).toContain('Titel wordt opgehaald…');
    answers[0]?.({ state: 'unavailable', reason: 'offline' });
    await vi.waitFor(() => expect(popoverText()).toContain('De titel kon nu niet worden opgehaald.'));
    // Opened again: what it knows, not "being retrieved", though it asks again.
    marks.close();
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(popoverText()).toContain('De titel kon nu niet worden opgehaald.');
    expect(popoverText()).not.toContain('opgehaald…');
    expect(lookupTitle).toHaveBeenCalledTimes(2);
    answers[1]?.({ state: 'unavailable', reason: 'timeout' });
    // Its answer taken in (no longer in flight).
    await new Promise((r) => setTimeout(r, 0));
    marks.close();
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(popoverText()).toContain('De titel kon nu niet worden opgehaald.');
    // The service is back: the open popover shows the title.
    await vi.waitFor(() => expect(lookupTitle).toHaveBeenCalledTimes(3));
    answers[2]?.(CITED_PAPER);
    await vi.waitFor(() => expect(popoverText()).toContain('Verslag NAVO-top'));
    expect(popoverText()).not.toContain('niet worden opgehaald');
    // Known now: opened again, it asks no more.
    marks.close();
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(popoverText()).toContain('Verslag NAVO-top');
    expect(lookupTitle).toHaveBeenCalledTimes(3);
  });

  it('gives focus back to the sidebar entry that opened the popover (Escape, the close button)', async () => {
    const { marks, result, key, doc } = setup();
    // A stand-in for a sidebar entry: a button in another host's shadow root.
    const host = doc.createElement('kamerlens-root');
    const entry = doc.createElement('button');
    host.attachShadow({ mode: 'open' }).append(entry);
    doc.body.append(host);
    const popoverRoot = () => doc.querySelector('kamerlens-popover')?.shadowRoot;
    const start = result.citations[0]?.start ?? -1;
    entry.focus();
    expect(await marks.showFindingAt(start)).toBe(true);
    expect(doc.activeElement?.localName).toBe('kamerlens-popover');
    key('Escape');
    expect(host.shadowRoot?.activeElement).toBe(entry);
    await marks.showFindingAt(start);
    (popoverRoot()?.querySelector('.kl-pop-close') as HTMLElement).click();
    expect(marks.state.open).toBeNull();
    expect(host.shadowRoot?.activeElement).toBe(entry);
  });

  it('keeps focus on the next-occurrence button, so Enter steps on and on', async () => {
    const { marks, result, doc } = setup();
    const navo = result.acronyms.find((a) => a.abbr === 'NAVO');
    await marks.showFindingAt(navo?.occurrences[0]?.start ?? -1);
    const root = doc.querySelector('kamerlens-popover')?.shadowRoot;
    const next = root?.querySelector('.kl-pop-step:last-child') as HTMLElement;
    next.focus();
    for (const occurrence of [2, 3]) {
      (root?.activeElement as HTMLElement).click();
      await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence }));
      expect(root?.activeElement).toBe(next);
    }
  });

  it('steps on from a place the sidebar went to, not from the mark stepped to before', async () => {
    const { marks, result, key } = setup();
    /** Where the open popover's finding starts (acronyms and citations are marked by default). */
    const openStart = () => {
      const open = marks.state.open;
      if (open?.kind === 'acronym')
        return result.acronyms.find((a) => a.abbr === open.abbr)?.occurrences[open.occurrence - 1]?.start;
      return result.citations.find((c) => open?.kind === 'citation' && c.text === open.text)?.start;
    };
    const starts = [...result.acronyms.flatMap((a) => a.occurrences), ...result.citations]
      .map((f) => f.start)
      .sort((a, b) => a - b);
    const heading = result.outline.find((e) => e.title === 'Missies en operaties')?.start ?? -1;
    key(']');
    key(']');
    await vi.waitFor(() => expect(openStart()).toBe(starts[1]));
    key('Escape');
    marks.setStepCursor(heading);
    key(']');
    await vi.waitFor(() => expect(openStart()).toBe(starts.find((s) => s >= heading)));
    // Backwards from the place too, and a popover still open there closes when the sidebar moves on.
    marks.setStepCursor(heading);
    expect(marks.state.open).toBeNull();
    key('[');
    await vi.waitFor(() => expect(openStart()).toBe(starts.findLast((s) => s < heading)));
  });

  it('"show the definition" gives focus back to the sidebar entry, and ] goes on from the definition', async () => {
    const { marks, result, key, doc } = setup();
    const host = doc.createElement('kamerlens-root');
    const entry = doc.createElement('button');
    host.attachShadow({ mode: 'open' }).append(entry);
    doc.body.append(host);
    const nar = result.acronyms.find((a) => a.abbr === 'NAR') as AcronymDetail;
    const definition = nar.definition?.start ?? -1;
    entry.focus();
    // NAR's second occurrence, below its definition.
    await marks.showFindingAt(nar.occurrences[1]?.start ?? -1);
    const root = doc.querySelector('kamerlens-popover')?.shadowRoot;
    const button = root?.querySelector('.kl-pop-link-button') as HTMLElement;
    button.focus();
    button.click();
    expect(marks.state.open).toBeNull();
    expect(host.shadowRoot?.activeElement).toBe(entry);
    key(']');
    const next = [...result.acronyms.flatMap((a) => a.occurrences), ...result.citations]
      .map((f) => f.start)
      .filter((s) => s >= definition)
      .sort((a, b) => a - b)[0];
    await vi.waitFor(() => expect(marks.state.open).not.toBeNull());
    const open = marks.state.open;
    const start =
      open?.kind === 'acronym'
        ? result.acronyms.find((a) => a.abbr === open.abbr)?.occurrences[open.occurrence - 1]?.start
        : null;
    expect(start).toBe(next);
  });

  it('opens no hover popover while a mouse button is held (selecting text)', async () => {
    const { marks, doc, container } = setup({}, undefined, { dwellMs: 10 });
    const win = doc.defaultView as unknown as typeof window;
    // happy-dom lays nothing out: the pointer is over NAVO's first occurrence, whose box is everywhere.
    const walker = doc.createTreeWalker(container, 4);
    let node = walker.nextNode();
    while (node && !node.textContent?.includes('NAVO')) node = walker.nextNode();
    const offset = (node?.textContent?.indexOf('NAVO') ?? 0) + 1;
    Object.assign(doc, { caretPositionFromPoint: () => ({ offsetNode: node, offset }) });
    const box = { left: 0, top: 0, right: 1000, bottom: 1000, width: 1000, height: 1000 };
    win.Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
    const move = (buttons: number) =>
      node?.parentElement?.dispatchEvent(
        new win.MouseEvent('mousemove', { bubbles: true, clientX: 20, clientY: 20, buttons }),
      );
    const settle = () => new Promise((r) => setTimeout(r, 80));
    move(1);
    await settle();
    move(1);
    await settle();
    expect(marks.state.open).toBeNull();
    // Released: hover opens it as usual.
    move(0);
    await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 1 }));
  });

  it('asks nothing and says so when title lookups are off', async () => {
    const { marks, result, popoverText, lookupTitle } = setup({ titleLookups: false });
    await marks.showFindingAt(result.citations[0]?.start ?? -1);
    expect(popoverText()).toContain('Titels opzoeken staat uit');
    expect(lookupTitle).not.toHaveBeenCalled();
  });

  it('toggles every mark and remembers it; follows the category settings live', () => {
    const { marks, marksOf, saved, change, registry } = setup();
    marks.toggleMarks();
    expect(rangeCount(registry)).toBe(0);
    expect(saved).toEqual([false]);
    marks.toggleMarks();
    expect(marksOf('acronym').length).toBeGreaterThan(30);
    change({ categories: { acronyms: false, citations: true, dates: true, outline: true } }, ['categories']);
    expect(marksOf('acronym')).toEqual([]);
    expect(marksOf('date')).toContain('30 september 2022');
  });

  it('stop removes the popover, its host and every listener', async () => {
    const { marks, key, doc, result } = setup();
    await marks.showFindingAt(result.acronyms[0]?.occurrences[0]?.start ?? -1);
    expect(doc.querySelectorAll('kamerlens-popover')).toHaveLength(1);
    marks.stop();
    expect(doc.querySelectorAll('kamerlens-popover')).toHaveLength(0);
    key(']');
    await new Promise((r) => setTimeout(r, 20));
    expect(doc.querySelectorAll('kamerlens-popover')).toHaveLength(0);
    expect(marks.state.open).toBeNull();
  });
});

describe('forced colours (high contrast): the marks underlined in the popover host', () => {
  /** The scroll listeners added to `doc` and not removed since. */
  function countScrollListeners(doc: Document) {
    let count = 0;
    const add = doc.addEventListener.bind(doc);
    const remove = doc.removeEventListener.bind(doc);
    doc.addEventListener = ((type: string, ...rest: [EventListener, AddEventListenerOptions]) => {
      if (type === 'scroll') count++;
      add(type, ...rest);
    }) as typeof doc.addEventListener;
    doc.removeEventListener = ((type: string, ...rest: [EventListener, EventListenerOptions]) => {
      if (type === 'scroll') count--;
      remove(type, ...rest);
    }) as typeof doc.removeEventListener;
    return () => count;
  }
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  /** The layer the underlines are drawn in (the host's last child, skipped by screen readers), or null. */
  const layer = (doc: Document) =>
    doc.querySelector('kamerlens-popover')?.shadowRoot?.querySelector('div[aria-hidden="true"]') ?? null;

  it('adds nothing, not even a listener, while they are off', () => {
    const forced = fakeForcedColors(false);
    const observed = countObserved();
    const { doc, registry } = setup({}, undefined, {}, forced);
    const win = doc.defaultView as unknown as typeof window;
    const raf = vi.spyOn(win, 'requestAnimationFrame');
    // Scrolled with no popover open: the popover's listener asks for no frame.
    doc.dispatchEvent(new win.Event('scroll'));
    win.dispatchEvent(new win.Event('resize'));
    expect(raf).not.toHaveBeenCalled();
    expect(observed.length).toBe(0);
    expect(doc.querySelector('kamerlens-popover')).toBeNull();
    expect(rangeCount(registry)).toBeGreaterThan(30);
  });

  it('draws in a layer of the popover host while on, removed when they go off and when the reader stops', async () => {
    const forced = fakeForcedColors(true);
    const observed = countObserved();
    const { doc, container, marks, registry } = setup({}, undefined, {}, forced);
    const frame = () => new Promise((r) => doc.defaultView?.requestAnimationFrame(() => setTimeout(r, 0)));
    // The highlights are held back (they would look selected); the layer comes with the first frame.
    expect(rangeCount(registry)).toBe(0);
    await frame();
    expect(layer(doc)).not.toBeNull();
    // They follow the page's and the paper's size, and its scrolling through the popover's listener.
    expect([...observed]).toEqual([doc.documentElement, container]);
    const scrolls = countScrollListeners(doc);
    forced.set(false);
    expect(layer(doc)).toBeNull();
    expect(observed.length).toBe(0);
    expect(scrolls()).toBe(0);
    expect(rangeCount(registry)).toBeGreaterThan(30);
    forced.set(true);
    expect(scrolls()).toBe(0);
    await frame();
    expect(layer(doc)).not.toBeNull();
    marks.stop();
    expect(doc.querySelector('kamerlens-popover')).toBeNull();
    // The one scroll listener, shared with the open popover's following; no size observed.
    expect(scrolls()).toBe(-1);
    expect(observed.length).toBe(0);
    expect(forced.listeners.size).toBe(1); // the highlighter's, which its caller disposes
  });

  describe('a new reading of the page (content arrived or changed)', () => {
    /** The page read again after `edit`, as the reader does (a new analysis and highlighter), handed to the marks. */
    function readAgain(env: ReturnType<typeof setup>, edit: (container: Element) => void) {
      const { marks, doc, container } = env;
      marks.detach();
      edit(container);
      const extracted = extractText(container);
      marks.adopt({
        result: analyze({ text: extracted.text }),
        text: extracted.text,
        highlighter: createHighlighter(doc, extracted, createRangeIndex(extracted)),
        container,
      });
    }
    const paragraph = (doc: Document, text: string) => {
      const p = doc.createElement('p');
      p.textContent = text;
      return p;
    };

    it('keeps the popover on its finding and ] going on from it, its place refreshed', async () => {
      const env = setup();
      const { key, marks, doc, popoverText } = env;
      key(']');
      key(']');
      await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 2 }));
      const total = (marks.state.open as { occurrences?: number } | null)?.occurrences ?? -1;
      // A paragraph with one NAVO more arrives before all the text.
      readAgain(env, (c) => c.prepend(paragraph(doc, 'Vooraf: de NAVO vergadert.')));
      expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 3 });
      expect(marks.state.open).toMatchObject({ occurrences: total + 1 });
      expect(popoverText()).toContain('Noord-Atlantische Verdragsorganisatie');
      key(']');
      await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 4 }));
    });

    it('closes a popover whose finding is gone; ] then goes on from its place in the new text', async () => {
      const env = setup();
      const { key, marks, doc, popoverText } = env;
      key(']');
      await vi.waitFor(() => expect(marks.state.open).toMatchObject({ abbr: 'NAVO', occurrence: 1 }));
      // The letter again without NAVO (written out, as an edited version of it might): that finding is gone.
      readAgain(env, (c) => {
        const walker = doc.createTreeWalker(c, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          (n as Text).data = (n as Text).data.replaceAll('NAVO', 'Noord-Atlantische Verdragsorganisatie');
      });
      expect(marks.state.open).toBeNull();
      expect(popoverText()).toBeNull();
      key(']');
      await vi.waitFor(() => expect(marks.state.open).toMatchObject({ kind: 'acronym' }));
    });

    it('opens nothing while the page is being read again', async () => {
      const { key, marks } = setup();
      marks.detach();
      key(']');
      await new Promise((r) => setTimeout(r, 10));
      expect(marks.state.open).toBeNull();
    });
  });
});

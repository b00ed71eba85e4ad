// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { AnalysisResult, CitationFinding, TimelineEntry } from '../../../src/core/types';
import {
  mountSidebar,
  type ExportFile,
  type SidebarHandle,
  type SidebarProps,
  type TitleState,
} from '../../../src/ui/sidebar';

// The real NAVO letter of 30 September 2022 (kst-28676-409) as PDF text, analysed by the real core.
const NAVO_TEXT = readFileSync(
  join(process.cwd(), 'tests/fixtures/navo-defensieministers-2022-09-30.txt'),
  'utf8',
)
  .split('\n')
  .slice(2)
  .join('\n');
// Its address tells the core it is a paper (the plain text has no page head).
const NAVO: AnalysisResult = analyze({
  text: NAVO_TEXT,
  page: { url: 'https://zoek.officielebekendmakingen.nl/kst-28676-409.html' },
});

/** A timeline entry's sentence on one line, as the reader gives it (src/reader/sentence-text.ts, without its cut). */
const realSentence = (e: TimelineEntry) =>
  e.sentence ? NAVO_TEXT.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim() : null;

const mounted: SidebarHandle[] = [];

function mount(overrides: Partial<SidebarProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const onNavigate = vi.fn();
  const onClose = vi.fn();
  let handle!: SidebarHandle;
  act(() => {
    handle = mountSidebar(shadow, {
      result: NAVO,
      language: 'nl',
      open: true,
      onNavigate,
      onClose,
      ...overrides,
    });
  });
  mounted.push(handle);
  return { shadow, handle, onNavigate };
}

const section = (shadow: ShadowRoot, id: string) =>
  shadow.querySelector<HTMLElement>(`[data-section="${id}"]`);
const entries = (shadow: ShadowRoot, id: string) =>
  Array.from(section(shadow, id)?.querySelectorAll<HTMLButtonElement>('button[data-entry]') ?? []);
const counts = (shadow: ShadowRoot): Record<string, number> =>
  Object.fromEntries(
    ['outline', 'timeline', 'citations', 'acronyms'].map((id) => [id, entries(shadow, id).length]),
  );

function typeFilter(shadow: ShadowRoot, value: string) {
  const input = shadow.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no filter box');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** `count` different papers of dossier 29 521 (nr. 100, 101, …), cited as the NAVO letter cites nr. 446. */
function papersOfOneDossier(count: number): CitationFinding[] {
  const first = NAVO.citations.find((c) => c.number === '446');
  if (!first) throw new Error('the NAVO letter cites 29 521, nr. 446');
  return Array.from({ length: count }, (_, i) => ({
    ...first,
    number: String(100 + i),
    text: `Kamerstuk 29 521, nr. ${100 + i}`,
    url: `https://zoek.officielebekendmakingen.nl/kst-29521-${100 + i}.html`,
    start: i * 500,
    end: i * 500 + 25,
  }));
}

afterEach(() => {
  while (mounted.length) mounted.pop()?.unmount();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('sections', () => {
  it('has a heading per section inside the complementary landmark', () => {
    const { shadow } = mount();
    const headings = Array.from(shadow.querySelectorAll('aside h3 .kl-section-title')).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['Over dit stuk', 'Inhoud', 'Tijdlijn', 'Verwijzingen', 'Afkortingen']);
    for (const s of shadow.querySelectorAll('[data-section]')) {
      const labelled = s.getAttribute('aria-labelledby');
      expect(labelled && shadow.getElementById(labelled)?.tagName).toBe('H3');
    }
  });

  it('splits the timeline around the letter date and marks the commitment due in November 2022', () => {
    const { shadow, onNavigate } = mount();
    const groups = Array.from(section(shadow, 'timeline')?.querySelectorAll('[data-group]') ?? []).map((g) =>
      g.getAttribute('data-group'),
    );
    // No same-day group: the letter's own dateline is no entry, its date is the letter-date line.
    expect(groups.slice(0, 3)).toEqual(['past', 'letter-date', 'future']);
    expect(section(shadow, 'timeline')?.querySelector('.kl-letter-date')?.textContent).toBe(
      'Datum van de brief: 30 september 2022',
    );
    const past = section(shadow, 'timeline')?.querySelector('[data-group="past"]');
    expect(past?.textContent).toContain('17 juni 2022');
    const commitment = entries(shadow, 'timeline').find(
      (b) => b.dataset.kind === 'commitment' && b.textContent?.includes('november 2022'),
    );
    expect(commitment?.closest('[data-group]')?.getAttribute('data-group')).toBe('future');
    expect(commitment?.querySelector('.kl-kind')?.textContent).toBe('Toezegging');
    commitment?.click();
    const start = onNavigate.mock.calls[0]?.[0] as number;
    expect(NAVO_TEXT.slice(start)).toMatch(/^Het kabinet streeft ernaar om in november 2022/);
  });

  it.each([
    [
      'a label cut short (…)',
      'Het kabinet heeft aangekondigd',
      /^Het kabinet heeft in juni 2022 aangekondigd .* 17 juni 2022\)\.$/,
    ],
    [
      'a label that leaves the sentence around a citation out',
      '…inzet in Irak te verplaatsen',
      /^Het kabinet heeft in juni 2022 aangekondigd/,
    ],
    ['a whole label', 'Op 12 en 13 oktober komen', null],
  ])('gives %s its whole sentence as tooltip only when it says more', (_what, labelStart, tooltip) => {
    const { shadow } = mount({ sentenceOf: realSentence });
    const button = entries(shadow, 'timeline').find((b) =>
      b.querySelector('.kl-entry-title')?.textContent?.startsWith(labelStart),
    );
    expect(button).toBeDefined();
    if (tooltip === null) {
      expect(button?.hasAttribute('title')).toBe(false);
      expect(button?.querySelector('.kl-entry-sentence')).toBeNull();
      return;
    }
    expect(button?.title).toMatch(tooltip);
    // Shown in place of the label when focused (CSS), hidden from the accessibility tree: the label names the button.
    const shown = button?.querySelector('.kl-entry-sentence');
    expect(shown?.getAttribute('aria-hidden')).toBe('true');
    expect(shown?.textContent).toBe(button?.title);
    // Read out in Dutch, as the paper's sentence it is; the date and kind in the interface's language.
    expect(button?.lang).toBe('nl');
    expect(button?.querySelector('.kl-entry-head')?.getAttribute('lang')).toBe('nl');
  });

  it('in English, reads a tooltip sentence in Dutch and the date beside it in English', () => {
    const { shadow } = mount({
      language: 'en',
      sentenceOf: (e) => `${e.label} en de rest van de zin, die langer is`,
    });
    const shortened = entries(shadow, 'timeline').find((b) =>
      b.textContent?.includes('Het kabinet heeft aangekondigd'),
    );
    expect(shortened?.lang).toBe('nl');
    expect(shortened?.querySelector('.kl-entry-head')?.getAttribute('lang')).toBe('en');
    expect(shortened?.querySelector('time')?.textContent).toBe('June 2022');
  });

  it('in English, names a footnote block in English and marks it so; headings stay Dutch', () => {
    const { shadow } = mount({ language: 'en' });
    const titles = entries(shadow, 'outline').map((b) => b.querySelector('.kl-entry-title'));
    const note = titles.find((s) => s?.textContent === 'Footnote 1');
    expect(note?.getAttribute('lang')).toBe('en');
    const heading = titles.find((s) => s?.textContent === 'Oekraïne');
    expect(heading?.getAttribute('lang')).toBe('nl');
  });

  it('in Dutch, names a footnote block in Dutch', () => {
    const { shadow } = mount();
    const note = entries(shadow, 'outline')
      .map((b) => b.querySelector('.kl-entry-title'))
      .find((s) => s?.textContent === 'Voetnoot 1');
    expect(note?.getAttribute('lang')).toBe('nl');
  });

  it('gives no tooltip that says no more than the shortened label', () => {
    const { shadow } = mount({ sentenceOf: () => 'Het kabinet' });
    expect(entries(shadow, 'timeline').some((b) => b.hasAttribute('title'))).toBe(false);
  });

  it('lists commitments without a date after the timeline', () => {
    const { shadow } = mount();
    const undated = section(shadow, 'timeline')?.querySelector('[data-group="undated-commitments"]');
    expect(undated?.querySelector('h4')?.textContent).toBe('Toezeggingen zonder datum');
    expect(undated?.textContent).toContain('Het kabinet zal de Kamer hierover nadere voorstellen doen.');
  });

  it('shows thirty undated commitments of a long paper, then all on request', async () => {
    const commitments = Array.from({ length: 45 }, (_, i) => ({
      text: `Het kabinet zal de Kamer informeren over punt ${i + 1}.`,
      start: 1000 + i * 100,
      end: 1050 + i * 100,
      due: null,
    }));
    const { shadow } = mount({ result: { ...NAVO, timeline: [], commitments } });
    const undated = () =>
      section(shadow, 'timeline')?.querySelectorAll(
        '[data-group="undated-commitments"] button[data-entry]',
      ) ?? [];
    expect(undated().length).toBe(30);
    const more = section(shadow, 'timeline')?.querySelector<HTMLButtonElement>('button.kl-show-all');
    expect(more?.textContent).toBe('Toon alle 45');
    act(() => more?.click());
    await vi.waitFor(() => expect(undated().length).toBe(45));
    expect(undated()[44]?.textContent).toContain('punt 45.');
  });

  it('groups citations by dossier, one entry per paper with its further mentions', () => {
    const { shadow, onNavigate } = mount();
    const group = section(shadow, 'citations')?.querySelector('[data-dossier="29521"]');
    // The dossier's groups and `nr.` with its number each stay on one line (no-break spaces).
    expect(group?.querySelector('h4')?.textContent).toBe('Dossier 29\u00a0521');
    const [paper] = entries(shadow, 'citations');
    expect(paper?.textContent).toContain('Kamerstuk 29\u00a0521, nr.\u00a0446');
    const mention = section(shadow, 'citations')?.querySelector<HTMLButtonElement>('.kl-mention');
    expect(mention?.getAttribute('aria-label')).toBe('Vermelding 2 van 2');
    mention?.click();
    const starts = NAVO.citations.filter((c) => c.number === '446').map((c) => c.start);
    expect(onNavigate).toHaveBeenLastCalledWith(starts[1]);
  });

  it('shows eight further mentions of a paper cited twenty times, then all on request', async () => {
    const first = NAVO.citations.find((c) => c.number === '446');
    if (!first) throw new Error('the NAVO letter cites 29 521, nr. 446');
    const citations = Array.from({ length: 20 }, (_, i) => ({ ...first, start: i * 500, end: i * 500 + 25 }));
    const { shadow, onNavigate } = mount({ result: { ...NAVO, citations } });
    const mentions = () => [
      ...(section(shadow, 'citations')?.querySelectorAll<HTMLButtonElement>('.kl-mention') ?? []),
    ];
    expect(mentions().map((b) => b.textContent)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '+11']);
    const more = mentions()[8]!;
    expect(more.getAttribute('aria-label')).toBe('Alle 20 vermeldingen tonen');
    act(() => more.click());
    await vi.waitFor(() => expect(mentions()).toHaveLength(19));
    expect(shadow.activeElement?.textContent).toBe('10');
    expect(mentions()[18]?.getAttribute('aria-label')).toBe('Vermelding 20 van 20');
    mentions()[18]?.click();
    expect(onNavigate).toHaveBeenLastCalledWith(19 * 500);
  });

  it('shows thirty papers of a dossier cited forty-five times over, then all on request', async () => {
    // Forty-five different papers of one dossier, as a budget paper cites its own dossier's letters.
    const citations = papersOfOneDossier(45);
    const { shadow } = mount({ result: { ...NAVO, citations } });
    expect(entries(shadow, 'citations')).toHaveLength(30);
    const more = section(shadow, 'citations')?.querySelector<HTMLButtonElement>('button.kl-show-all');
    expect(more?.textContent).toContain('45');
    act(() => more?.click());
    await vi.waitFor(() => expect(entries(shadow, 'citations')).toHaveLength(45));
    // The focus is on the first paper that was not shown.
    expect(shadow.activeElement?.textContent).toMatch(/nr\.\s130$/);
  });

  it('shows each cited title as its lookup stands, then each later answer; stops following it when closed', async () => {
    const shows: ((state: TitleState) => void)[] = [];
    const stop = vi.fn();
    const watchTitle = vi.fn((_c: CitationFinding, show: (state: TitleState) => void) => {
      show({ state: 'loading' });
      shows.push(show);
      return stop;
    });
    const { shadow, handle } = mount({ watchTitle });
    // The same paper cited twice is followed once.
    expect(watchTitle).toHaveBeenCalledTimes(1);
    expect(watchTitle.mock.calls[0]?.[0].number).toBe('446');
    expect(entries(shadow, 'citations')[0]?.textContent).toContain('Titel wordt opgehaald…');
    await act(async () => {
      shows[0]?.({
        state: 'found',
        title: 'Kennisgevingsbrief bijdrage aan EUFOR Althea',
        kind: 'Brief regering',
        date: '2022-06-17',
        dossierTitle: 'Vredesoperaties',
      });
    });
    await vi.waitFor(() =>
      expect(entries(shadow, 'citations')[0]?.textContent).toContain(
        'Kennisgevingsbrief bijdrage aan EUFOR Althea · 17 juni 2022',
      ),
    );
    expect(section(shadow, 'citations')?.querySelector('h4')?.textContent).toBe(
      'Dossier 29\u00a0521Vredesoperaties',
    );
    // A later answer (the lookup setting switched, and the paper asked again) replaces it.
    await act(async () => shows[0]?.({ state: 'not-found' }));
    await vi.waitFor(() =>
      expect(entries(shadow, 'citations')[0]?.textContent).toContain('Geen titel van dit stuk gevonden.'),
    );
    act(() => handle.unmount());
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('shows a failure already known (a popover asked first) from the first render, not "being retrieved"', () => {
    const watchTitle = (_c: CitationFinding, show: (state: TitleState) => void) => {
      show({ state: 'unavailable' });
      return () => undefined;
    };
    const { shadow } = mount({ watchTitle });
    const text = entries(shadow, 'citations')[0]?.textContent;
    expect(text).toContain('De titel kon nu niet worden opgehaald.');
    expect(text).not.toContain('opgehaald…');
  });

  it('shows the titles of many cited papers in one render when their answers arrive together', async () => {
    // Twenty different papers of one dossier, each asked once.
    const citations = papersOfOneDossier(20);
    const answers: (() => void)[] = [];
    const watchTitle = vi.fn((c: CitationFinding, show: (state: TitleState) => void) => {
      answers.push(() =>
        show({
          state: 'found',
          title: `Brief nr. ${c.number}`,
          kind: null,
          date: null,
          dossierTitle: null,
        }),
      );
      return () => undefined;
    });
    const { shadow } = mount({ result: { ...NAVO, citations }, watchTitle });
    expect(watchTitle).toHaveBeenCalledTimes(20);
    const titled = () =>
      entries(shadow, 'citations').filter((b) => b.textContent?.includes('Brief nr.')).length;
    const section = shadow.querySelector('[data-section="citations"]');
    let renders = 0;
    const observer = new MutationObserver(() => renders++);
    if (section) observer.observe(section, { subtree: true, childList: true, characterData: true });
    // Answers arriving one after another, as messages from the background do.
    for (const answer of answers) {
      answer();
      await Promise.resolve();
    }
    await vi.waitFor(() => expect(titled()).toBe(20));
    observer.disconnect();
    // One batch of DOM changes, not twenty.
    expect(renders).toBe(1);
  });

  it('lists acronyms with meaning, source and count, and goes to the first occurrence', () => {
    const { shadow, onNavigate } = mount();
    const udcg = entries(shadow, 'acronyms').find((b) => b.dataset.abbr === 'UDCG');
    expect(udcg?.textContent).toContain('Ukraine Defense Contact Group');
    expect(udcg?.textContent).toContain('uitgelegd in de brief · 1× in dit stuk');
    // An English expansion is marked English for screen readers.
    expect(udcg?.querySelector('.kl-entry-title')?.getAttribute('lang')).toBe('en');
    udcg?.click();
    expect(NAVO_TEXT.slice(onNavigate.mock.calls[0]?.[0] as number)).toMatch(/^UDCG/);
  });

  it('marks each expansion with the language of its meaning: Dutch, English, or another the glossary gives', () => {
    const first = NAVO.acronyms[0] as (typeof NAVO.acronyms)[number];
    const result = {
      ...NAVO,
      acronyms: [
        { ...first, abbr: 'NAVO', expansion: 'Noord-Atlantische Verdragsorganisatie', lang: 'nl' },
        { ...first, abbr: 'BND', expansion: 'Bundesnachrichtendienst', lang: 'de' },
        { ...first, abbr: 'XYZ', expansion: 'Zonder taal', lang: undefined },
      ],
    };
    const { shadow } = mount({ result });
    const langOf = (abbr: string) =>
      entries(shadow, 'acronyms')
        .find((b) => b.dataset.abbr === abbr)
        ?.querySelector('.kl-entry-title')
        ?.getAttribute('lang');
    expect(langOf('NAVO')).toBe('nl');
    expect(langOf('BND')).toBe('de');
    expect(langOf('XYZ')).toBe('nl');
  });

  it('narrows every section with one filter, ignoring case and accents', () => {
    const { shadow } = mount();
    const before = counts(shadow);
    expect(section(shadow, 'acronyms')?.querySelector('.kl-count .kl-visually-hidden')?.textContent).toMatch(
      /^\d+ onderdelen$/,
    );
    expect(before.outline).toBeGreaterThan(1);
    expect(before.timeline).toBeGreaterThan(1);
    expect(before.acronyms).toBeGreaterThan(1);
    typeFilter(shadow, 'oekraine');
    const after = counts(shadow);
    for (const id of Object.keys(before)) expect(after[id]).toBeLessThanOrEqual(before[id] as number);
    expect(entries(shadow, 'outline').map((b) => b.textContent)).toEqual(['Oekraïne']);
    // UDCG stays: its glossary explanation says Oekraïne.
    expect(entries(shadow, 'acronyms').map((b) => b.dataset.abbr)).toContain('UDCG');
    expect(after.citations).toBe(0);
    expect(section(shadow, 'citations')?.textContent).toContain('Niets gevonden voor dit filter.');
    // The section headings count what the filter left, and say one in the singular.
    const outlineCount = section(shadow, 'outline')?.querySelector('.kl-count');
    expect(outlineCount?.getAttribute('data-count')).toBe('1');
    expect(outlineCount?.querySelector('.kl-visually-hidden')?.textContent).toBe('1 onderdeel');
    typeFilter(shadow, '29 521');
    expect(counts(shadow).citations).toBe(1);
    expect(counts(shadow).outline).toBe(0);
    typeFilter(shadow, '');
    expect(counts(shadow)).toEqual(before);
  });

  it('finds a timeline entry by the words of its sentence that its label leaves out', () => {
    // The NAVO letter: `Het kabinet heeft in juni 2022 aangekondigd het zwaartepunt van de Nederlandse inzet in
    // Irak te verplaatsen …` is labelled `Het kabinet heeft aangekondigd…`; a label may also write a ministry
    // short (`Minister van BZK`) where its sentence names it whole.
    const { shadow } = mount({ sentenceOf: realSentence });
    const label = NAVO.timeline.find((e) => e.iso === '2022-06')?.label ?? '';
    expect(label).not.toContain('Irak');
    typeFilter(shadow, 'irak');
    expect(entries(shadow, 'timeline').some((b) => b.textContent?.includes(label))).toBe(true);
  });

  it('writes a range with what its ends share once, and finds it by either end written in full', () => {
    // The NAVO letter's `op 29 en 30 juni 2022` (the NAVO-Top in Madrid) and `Op 12 en 13 oktober`.
    const { shadow } = mount();
    const dates = entries(shadow, 'timeline').map((b) => b.querySelector('.kl-date')?.textContent);
    expect(dates).toContain('29–30 juni 2022');
    expect(dates).toContain('12–13 oktober 2022');
    expect(dates.join(' ')).not.toContain('29 juni 2022 –');
    for (const end of ['30 juni', '29 juni 2022', '29–30 juni']) {
      typeFilter(shadow, end);
      expect(entries(shadow, 'timeline').map((b) => b.querySelector('.kl-date')?.textContent)).toEqual([
        '29–30 juni 2022',
      ]);
    }
  });

  it('clearing the filter with its button keeps the focus in the filter box (the button goes away)', () => {
    const { shadow } = mount();
    typeFilter(shadow, 'NAVO');
    const clear = shadow.querySelector<HTMLButtonElement>('.kl-filter-clear');
    expect(clear).not.toBeNull();
    clear?.focus();
    act(() => clear?.click());
    expect(shadow.querySelector('.kl-filter-clear')).toBeNull();
    expect(shadow.activeElement).toBe(shadow.querySelector('.kl-filter-input'));
    expect(shadow.querySelector<HTMLInputElement>('.kl-filter-input')?.value).toBe('');
  });

  it('announces the number of filter results politely', () => {
    vi.useFakeTimers();
    const { shadow } = mount();
    typeFilter(shadow, 'DPCR');
    act(() => {
      vi.advanceTimersByTime(600);
    });
    const status = shadow.querySelector('aside > [role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    const shown = Object.values(counts(shadow)).reduce((a, b) => a + b, 0);
    expect(shown).toBeGreaterThan(1);
    expect(status?.textContent).toBe(`${shown} resultaten voor “DPCR”`);
  });

  it('clears the filter on Escape before closing', () => {
    const { shadow, handle } = mount();
    const onClose = vi.fn();
    act(() => handle.update({ onClose }));
    typeFilter(shadow, 'NAVO');
    const input = shadow.querySelector<HTMLInputElement>('input[type="search"]');
    act(() => {
      input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(onClose).not.toHaveBeenCalled();
    expect(input?.value).toBe('');
    act(() => {
      input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('collapses a section with its heading button and announces it', () => {
    const { shadow } = mount();
    const toggle = section(shadow, 'acronyms')?.querySelector<HTMLButtonElement>('.kl-section-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle?.click());
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    const body = shadow.getElementById(toggle?.getAttribute('aria-controls') ?? '');
    expect(body?.hasAttribute('hidden')).toBe(true);
    expect(shadow.querySelector('aside > [role="status"]')?.textContent).toBe('Afkortingen ingeklapt');
  });

  it('follows the category settings, and always keeps the timeline', () => {
    const { shadow, handle } = mount({ sections: { acronyms: false, citations: false } });
    expect(section(shadow, 'acronyms')).toBeNull();
    expect(section(shadow, 'citations')).toBeNull();
    expect(section(shadow, 'outline')).not.toBeNull();
    act(() => handle.update({ sections: { outline: false, acronyms: true, citations: true } }));
    expect(section(shadow, 'outline')).toBeNull();
    expect(section(shadow, 'acronyms')).not.toBeNull();
    expect(section(shadow, 'timeline')).not.toBeNull();
  });

  it('downloads an export, written elsewhere, through a[download] inside its shadow root', async () => {
    const file: ExportFile = {
      filename: 'kamerlens-kst-28676-409-timeline.csv',
      mime: 'text/csv',
      text: 'iso\r\n',
    };
    // The reader has the background write the file: an answer that comes later.
    const makeExport = vi.fn(async () => file);
    const clicked: Array<{ a: HTMLAnchorElement; root: Node }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ a: this, root: this.getRootNode() });
    });
    const { shadow } = mount({ makeExport });
    const button = section(shadow, 'timeline')?.querySelector<HTMLButtonElement>('[data-export="csv"]');
    expect(button?.textContent).toBe('Tabel (CSV)');
    await act(async () => {
      button?.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(makeExport).toHaveBeenCalledWith('csv');
    expect(clicked[0]?.a.download).toBe(file.filename);
    expect(clicked[0]?.a.href).toMatch(/^blob:/);
    // Made inside the sidebar's shadow root, never in the page's DOM.
    expect(clicked[0]?.root).toBe(shadow);
    // Removed again after the click; nothing left in the page.
    expect(shadow.querySelector('a[download]')).toBeNull();
    expect(document.querySelector('a[download]')).toBeNull();
    expect(shadow.querySelector('aside > [role="status"]')?.textContent).toBe(`${file.filename} gedownload`);
    click.mockRestore();
  });

  it('speaks of the letter on a letter, and of the paper on an answer, a motie or a verslag', () => {
    const texts = (kind: AnalysisResult['document']['kind'], language: 'nl' | 'en' = 'nl') => {
      const { shadow } = mount({ result: { ...NAVO, document: { ...NAVO.document, kind } }, language });
      return {
        groups: Array.from(section(shadow, 'timeline')?.querySelectorAll('h4') ?? []).map(
          (h) => h.textContent,
        ),
        date: section(shadow, 'timeline')?.querySelector('.kl-letter-date')?.textContent,
        acronyms: section(shadow, 'acronyms')?.textContent ?? '',
      };
    };
    const letter = texts('brief regering');
    expect(letter.groups).toContain('Vóór de brief');
    expect(letter.date).toBe('Datum van de brief: 30 september 2022');
    expect(letter.acronyms).toContain('uitgelegd in de brief');
    const answer = texts('antwoord schriftelijke vragen');
    expect(answer.groups).toContain('Vóór het stuk');
    expect(answer.groups.join(' ')).not.toContain('brief');
    expect(answer.date).toBe('Datum van het stuk: 30 september 2022');
    expect(answer.acronyms).toContain('uitgelegd in het stuk');
    expect(answer.acronyms).not.toContain('in de brief');
    expect(texts('motie', 'en').groups).toContain('Before the paper');
  });

  it('calls the dates of a paper without a date of its own "Datums": "Data" reads as gegevens', () => {
    // The NAVO letter without its date (a page whose date line the core could not read): the core relates no
    // date to it, and they are one group.
    const undated = NAVO.timeline.map((e) => ({ ...e, relation: null }));
    const { shadow } = mount({
      result: { ...NAVO, document: { ...NAVO.document, letterDate: null }, timeline: undated },
    });
    const groups = Array.from(section(shadow, 'timeline')?.querySelectorAll('h4') ?? []).map(
      (h) => h.textContent,
    );
    expect(groups).toEqual(['Datums', 'Toezeggingen zonder datum']);
    const empty = mount({ result: { ...NAVO, timeline: [], commitments: [] } }).shadow;
    expect(section(empty, 'timeline')?.querySelector('.kl-empty')?.textContent).toBe('Geen datums gevonden.');
  });

  it('offers the commitments checklist (Markdown) only when the paper makes commitments', () => {
    const formats = (result: AnalysisResult) =>
      Array.from(
        section(mount({ result, makeExport: () => null }).shadow, 'timeline')?.querySelectorAll(
          '[data-export]',
        ) ?? [],
      ).map((b) => b.getAttribute('data-export'));
    expect(NAVO.commitments.length).toBeGreaterThan(0);
    expect(formats(NAVO)).toEqual(['ics', 'csv', 'md']);
    // An answer to written questions without a promise: a Markdown file of just a title was offered.
    expect(formats({ ...NAVO, commitments: [] })).toEqual(['ics', 'csv']);
  });

  it('says when an export could not be made, and saves nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const makeExport = vi.fn(() => Promise.reject(new Error('background gone')));
    const { shadow } = mount({ makeExport });
    const button = section(shadow, 'timeline')?.querySelector<HTMLButtonElement>('[data-export="ics"]');
    await act(async () => {
      button?.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(makeExport).toHaveBeenCalledWith('ics');
    expect(click).not.toHaveBeenCalled();
    expect(shadow.querySelector('aside > [role="status"]')?.textContent).toBe(
      'Exporteren is niet gelukt. Probeer het opnieuw.',
    );
    click.mockRestore();
  });

  it('resizes from the keyboard through a named separator within its bounds', () => {
    const onResize = vi.fn();
    const { shadow } = mount({ width: 380, minWidth: 320, maxWidth: 720, onResize });
    const handle = shadow.querySelector<HTMLElement>('[role="separator"]');
    expect(handle?.getAttribute('aria-label')).toBe('Breedte van de zijbalk');
    expect(handle?.getAttribute('aria-valuenow')).toBe('380');
    expect(handle?.tabIndex).toBe(0);
    const key = (k: string) =>
      act(() => {
        handle?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    key('ArrowLeft');
    expect(onResize).toHaveBeenLastCalledWith(396, true);
    key('ArrowRight');
    expect(onResize).toHaveBeenLastCalledWith(364, true);
    key('Home');
    expect(onResize).toHaveBeenLastCalledWith(320, true);
    key('End');
    expect(onResize).toHaveBeenLastCalledWith(720, true);
    expect(shadow.querySelector<HTMLElement>('aside')?.style.width).toBe('380px');
  });

  it('moves through timeline entries with the arrow keys, across its periods', () => {
    const { shadow } = mount();
    const key = (key: string) =>
      act(() => {
        shadow.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    const list = section(shadow, 'timeline')?.querySelector('[data-group="past"] ol');
    const buttons = Array.from(list?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const all = entries(shadow, 'timeline');
    buttons[0]?.focus();
    key('ArrowDown');
    expect(shadow.activeElement).toBe(buttons[1]);
    // The last entry of a period is followed by the first of the next one (the keys used to stop there).
    (buttons[buttons.length - 1] as HTMLButtonElement).focus();
    key('ArrowDown');
    expect(shadow.activeElement).toBe(all[buttons.length]);
    expect(all[buttons.length]?.closest('[data-group]')?.getAttribute('data-group')).not.toBe('past');
    key('End');
    expect(shadow.activeElement).toBe(all[all.length - 1]);
    key('Home');
    expect(shadow.activeElement).toBe(all[0]);
  });

  it('gives each section one Tab stop: its first entry, then the one last focused', async () => {
    const { shadow } = mount();
    // The entries are given their stop when the section is laid out, and again when they change.
    await vi.waitFor(() => expect(entries(shadow, 'acronyms')[0]?.tabIndex).toBe(0));
    for (const id of ['outline', 'timeline', 'acronyms']) {
      const stops = entries(shadow, id).filter((b) => b.tabIndex === 0);
      expect(stops).toEqual([entries(shadow, id)[0]]);
    }
    const acronyms = entries(shadow, 'acronyms');
    act(() => acronyms[3]?.focus());
    expect(acronyms.map((b) => b.tabIndex).indexOf(0)).toBe(3);
    expect(acronyms.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    // The filter takes the focused entry away: the first entry left is the stop.
    typeFilter(shadow, 'UDCG');
    await vi.waitFor(() => expect(entries(shadow, 'acronyms')[0]?.tabIndex).toBe(0));
  });

  it('speaks English throughout with language "en"', () => {
    const { shadow } = mount({ language: 'en', makeExport: () => null });
    const headings = Array.from(shadow.querySelectorAll('aside h3 .kl-section-title')).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['About this paper', 'Contents', 'Timeline', 'Citations', 'Acronyms']);
    expect(shadow.querySelector('.kl-letter-date')?.textContent).toBe(
      'Date of the letter: 30 September 2022',
    );
    expect(shadow.querySelector('input[type="search"]')?.getAttribute('aria-label')).toBe(
      'Filter the sidebar',
    );
    expect(section(shadow, 'timeline')?.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Export the timeline',
    );
  });
});

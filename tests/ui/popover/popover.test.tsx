// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/i18n';
import {
  announcement,
  citationCopyText,
  dossierUrl,
  leadsHere,
  mountPopover,
  placePopover,
  safeGovernmentUrl,
  type AcronymPopoverData,
  type CitationPopoverData,
  type CitedPaperView,
  type DatePopoverData,
  type PopoverActions,
  type PopoverData,
  type PopoverHandle,
} from '../../../src/ui/popover';
import { answerFromLookup } from '../../../src/messaging/title-lookup-port';
import { detailsFromAnswer } from '../../../src/reader/popover-data';

let handles: { handle: PopoverHandle; host: HTMLElement }[] = [];
/** The address of the page the tests run on (happy-dom's window), as the reader's tab has its own. */
const setPageUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const TEST_PAGE = location.href;
afterEach(() => {
  setPageUrl(TEST_PAGE);
  for (const { handle, host } of handles) {
    handle.unmount();
    host.remove();
  }
  handles = [];
});

function actions(overrides: Partial<PopoverActions> = {}): PopoverActions {
  return {
    close: vi.fn(),
    previousOccurrence: vi.fn(),
    nextOccurrence: vi.fn(),
    showDefinition: vi.fn(),
    copy: vi.fn(async () => true),
    ...overrides,
  };
}

function show(data: PopoverData, language: Language = 'nl', acts: PopoverActions = actions()) {
  const host = document.createElement('kamerlens-popover');
  const shadow = host.attachShadow({ mode: 'open' });
  document.body.append(host);
  const handle = mountPopover(shadow, { language, actions: acts });
  handle.show(data, { anchor: [{ top: 100, left: 50, bottom: 118, right: 90 }], focus: false });
  handles.push({ handle, host });
  const panel = shadow.querySelector('.kl-pop') as HTMLElement;
  return { handle, shadow, panel, text: () => panel?.textContent ?? '', acts };
}

// NAVO as the built-in glossary explains it in the NAVO letter of 30 September 2022 (26 times).
const NAVO: AcronymPopoverData = {
  kind: 'acronym',
  abbr: 'NAVO',
  expansion: 'Noord-Atlantische Verdragsorganisatie',
  explanation: 'Militair bondgenootschap van Europese en Noord-Amerikaanse landen.',
  category: 'nato-defence',
  source: 'glossary',
  alternatives: [],
  hasDefinition: false,
  occurrence: 4,
  occurrences: 26,
};

// NDPP as the same letter defines it, where the glossary knows another wording.
const NDPP: AcronymPopoverData = {
  kind: 'acronym',
  abbr: 'NDPP',
  expansion: 'NAVO-defensieplanningscyclus',
  source: 'document',
  standardExpansion: 'NATO Defence Planning Process',
  alternatives: [{ expansion: 'Nationaal Defensie Plan', source: 'glossary' }],
  hasDefinition: true,
  occurrence: 1,
  occurrences: 2,
};

const PAPER: CitedPaperView = {
  type: 'kamerstuk',
  chamber: 'II',
  dossier: '29521',
  number: '446',
  year: null,
  url: 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
  self: false,
  date: '2022-06-17',
  details: { state: 'loading' },
};

const citation = (
  details: CitedPaperView['details'],
  paper: Partial<CitedPaperView> = {},
): CitationPopoverData => ({
  kind: 'citation',
  text: 'Kamerstuk 29 521, nr. 446',
  papers: [{ ...PAPER, ...paper, details }],
});

describe('acronym popover', () => {
  it.each([
    [
      'nl',
      [
        'Noord-Atlantische Verdragsorganisatie',
        'Militair bondgenootschap',
        'Uit de woordenlijst van Kamerlens',
        'NAVO en defensie',
        'Vermelding 4 van 26 in dit stuk',
      ],
    ],
    [
      'en',
      [
        'Noord-Atlantische Verdragsorganisatie',
        'Militair bondgenootschap',
        'From the Kamerlens glossary',
        'NATO and defence',
        'Mention 4 of 26 in this paper',
      ],
    ],
  ] as const)('shows meaning, explanation, source and count (%s)', (lang, expected) => {
    const { text, panel } = show(NAVO, lang);
    for (const s of expected) expect(text()).toContain(s);
    expect(panel.getAttribute('role')).toBe('dialog');
    // The sidebar's section, the options page and the popup speak of acronyms: so does the popover.
    expect(panel.getAttribute('aria-label')).toBe(lang === 'nl' ? 'Afkorting NAVO' : 'Acronym NAVO');
    expect(panel.querySelector('.kl-pop-kicker')?.textContent).toBe(lang === 'nl' ? 'Afkorting' : 'Acronym');
  });

  it('says where the paper defines it, offers the definition, the usual meaning and other meanings', () => {
    const acts = actions();
    const { text, shadow } = show(NDPP, 'nl', acts);
    expect(text()).toContain('Uitgelegd in dit stuk');
    expect(text()).toContain('Gebruikelijke betekenis: NATO Defence Planning Process');
    expect(text()).toContain('Andere betekenissen');
    expect(text()).toContain('Nationaal Defensie Plan');
    const buttons = [...shadow.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Toon de uitleg in de tekst')?.click();
    expect(acts.showDefinition).toHaveBeenCalledOnce();
    buttons.find((b) => b.getAttribute('aria-label') === 'Volgende vermelding van NDPP')?.click();
    buttons.find((b) => b.getAttribute('aria-label') === 'Vorige vermelding van NDPP')?.click();
    expect(acts.nextOccurrence).toHaveBeenCalledOnce();
    expect(acts.previousOccurrence).toHaveBeenCalledOnce();
    buttons.find((b) => b.getAttribute('aria-label') === 'Sluiten')?.click();
    expect(acts.close).toHaveBeenCalledOnce();
  });

  it('shows your glossary as the source, and one occurrence without step buttons', () => {
    const { text, shadow } = show({ ...NAVO, source: 'user', occurrences: 1, occurrence: 1 }, 'en');
    expect(text()).toContain('From your glossary');
    expect(text()).toContain('Mentioned once in this paper');
    expect(shadow.querySelectorAll('.kl-pop-step')).toHaveLength(0);
  });

  it('renders hostile page text as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { text, shadow } = show({
      ...NAVO,
      abbr: evil,
      expansion: `${evil}<script>alert(2)</script>`,
      explanation: '<b>bold</b>',
      alternatives: [{ expansion: '<a href="javascript:alert(3)">x</a>', source: 'user' }],
    });
    expect(shadow.querySelectorAll('img, script, b, a')).toHaveLength(0);
    expect(text()).toContain(evil);
    expect(text()).toContain('<b>bold</b>');
  });
});

describe('citation popover', () => {
  it('prints a budget chapter as the paper does: dossier 35 925 XVI, nr. 163', () => {
    // 1393-verslag-vws-2021-wgo-sport cites `(Kamerstuk 35 925 XVI)`; the popover said `35 925-XVI`.
    const { text } = show(
      citation({ state: 'loading' }, { dossier: '35925-XVI', number: '163', url: null, date: null }),
    );
    expect(text()).toContain('Kamerstuk · Tweede Kamer · dossier 35\u00a0925\u00a0XVI, nr.\u00a0163');
    const { text: only } = show(
      citation({ state: 'loading' }, { dossier: '35925-XVI', number: null, url: null }),
      'en',
    );
    expect(only()).toContain('dossier 35\u00a0925\u00a0XVI');
    expect(only()).not.toContain('925-XVI');
  });

  it('shows a loading state, then title, kind, date and dossier title', () => {
    const { handle, text, shadow } = show(citation({ state: 'loading' }));
    expect(text()).toContain('Titel wordt opgehaald…');
    // The dossier's groups, and `nr.` and its number, stay on one line (no-break spaces): the popover's width
    // broke `nr. / 446`.
    expect(text()).toContain('Kamerstuk · Tweede Kamer · dossier 29\u00a0521, nr.\u00a0446');
    expect(text()).toContain('Gedateerd 17 juni 2022 (volgens de tekst)');
    handle.update(
      citation({
        state: 'found',
        title: 'Verslag NAVO-top Madrid',
        kind: 'Brief regering',
        kindEn: 'Letter from the government',
        date: '2022-06-17',
        dossierTitle: 'Vrede en veiligheid',
      }),
    );
    expect(text()).not.toContain('Titel wordt opgehaald');
    for (const s of ['Verslag NAVO-top Madrid', 'Brief regering', '17 juni 2022', 'Vrede en veiligheid']) {
      expect(text()).toContain(s);
    }
    const links = [...shadow.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['Open het stuk', 'https://zoek.officielebekendmakingen.nl/kst-29521-446.html', 'noopener noreferrer'],
      ['Open het dossier', 'https://zoek.officielebekendmakingen.nl/dossier/29521', 'noopener noreferrer'],
    ]);
  });

  it.each([
    ['not-found', 'nl', 'Geen titel van dit stuk gevonden.'],
    ['unavailable', 'nl', 'De titel kon nu niet worden opgehaald.'],
    ['disabled', 'nl', 'Titels opzoeken staat uit in de instellingen van Kamerlens.'],
    ['not-found', 'en', 'No title found for this paper.'],
    ['unavailable', 'en', 'The title could not be retrieved right now.'],
    ['disabled', 'en', 'Title lookups are turned off in the Kamerlens settings.'],
  ] as const)('has a clean %s state (%s)', (state, lang, message) => {
    const { text } = show(citation({ state }), lang);
    expect(text()).toContain(message);
  });

  it('copies the citation with its title and address', async () => {
    const copy = vi.fn(async () => true);
    const found = citation({
      state: 'found',
      title: 'Verslag NAVO-top',
      kind: null,
      kindEn: null,
      date: null,
      dossierTitle: null,
    });
    const { shadow, text } = show(found, 'nl', actions({ copy }));
    [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Verwijzing kopiëren')?.click();
    await vi.waitFor(() => expect(text()).toContain('Gekopieerd'));
    expect(copy).toHaveBeenCalledWith(
      'Kamerstuk 29 521, nr. 446, “Verslag NAVO-top” (https://zoek.officielebekendmakingen.nl/kst-29521-446.html)',
    );
  });

  it('builds links only to https government hosts, whatever the data says', () => {
    const { shadow } = show(
      citation({ state: 'not-found' }, { url: 'javascript:alert(1)', dossier: '29521"><script>' }),
    );
    expect(shadow.querySelectorAll('a')).toHaveLength(0);
    expect(shadow.querySelectorAll('script')).toHaveLength(0);
  });

  /** The kind row of a found paper: its text, and the language it is marked with. */
  const kindRow = (shadow: ShadowRoot) => {
    const dd = [...shadow.querySelectorAll('.kl-pop-facts dt')].find((dt) =>
      ['Soort', 'Type'].includes(dt.textContent ?? ''),
    )?.nextElementSibling;
    return dd ? [dd.textContent, dd.getAttribute('lang')] : null;
  };
  /** A found paper as the background answers it, the kind as the service gave it. */
  const foundWithKind = (kind: string) =>
    citation(
      detailsFromAnswer(
        answerFromLookup({ title: 'Verslag NAVO-top', kind, date: '2022-06-17', source: 'tk-odata' }),
      ),
    );

  // Kinds as the Tweede Kamer OData (Soort) and KOOP SRU (subrubriek, type) really return them.
  it.each([
    ['Brief regering', 'en', 'Letter from the government', 'en'],
    ['Motie', 'en', 'Motion', 'en'],
    ['Amendement', 'en', 'Amendment', 'en'],
    ['Verslag van een schriftelijk overleg', 'en', 'Report of a written consultation', 'en'],
    ['Kamervragen (Aanhangsel)', 'en', 'Parliamentary questions (Appendix to the Proceedings)', 'en'],
    ['Brief', 'en', 'Letter', 'en'],
    // A kind Kamerlens has no English for: as given, marked Dutch for a screen reader.
    ['omgevingsvergunning', 'en', 'omgevingsvergunning', 'nl'],
    // The Dutch interface shows the services' Dutch, as before.
    ['Brief regering', 'nl', 'Brief regering', 'nl'],
    ['Verslag van een schriftelijk overleg', 'nl', 'Verslag van een schriftelijk overleg', 'nl'],
  ] as const)('shows the kind %j in the %s interface as %j (lang %s)', (kind, lang, shown, marked) => {
    const { shadow, panel } = show(foundWithKind(kind), lang);
    expect(panel.getAttribute('lang')).toBe(lang);
    expect(kindRow(shadow)).toEqual([shown, marked]);
  });

  it('switches the kind with the interface language, from the answer it already has', () => {
    const { handle, shadow } = show(foundWithKind('Motie (gewijzigd/nader)'), 'nl');
    expect(kindRow(shadow)).toEqual(['Motie (gewijzigd/nader)', 'nl']);
    handle.setLanguage('en');
    // Marked English itself: a `lang` taken away by a re-render would be left empty (language unknown).
    expect(kindRow(shadow)).toEqual(['Motion (amended or further amended)', 'en']);
    handle.setLanguage('nl');
    expect(kindRow(shadow)).toEqual(['Motie (gewijzigd/nader)', 'nl']);
  });

  it('renders a hostile title from an API as text', () => {
    const { shadow, text } = show(
      citation({
        state: 'found',
        title: '<img src=x onerror=alert(1)>',
        kind: '<b>x</b>',
        kindEn: null,
        date: 'not a date',
        dossierTitle: null,
      }),
    );
    expect(shadow.querySelectorAll('img, b')).toHaveLength(0);
    expect(text()).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('announcements and hiding', () => {
  it('announces what opened in a polite live region, and clears it on hide', () => {
    const { handle, shadow } = show(NAVO);
    const live = shadow.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(
      'NAVO: Noord-Atlantische Verdragsorganisatie: Militair bondgenootschap van Europese en Noord-Amerikaanse landen.',
    );
    handle.hide();
    expect(shadow.querySelector('.kl-pop')).toBeNull();
    expect(live?.textContent).toBe('');
    expect(handle.isOpen).toBe(false);
  });

  it('announces an English meaning in English, between the paper’s Dutch words, as the panel marks them', () => {
    // NATO in the NAVO letter of 30 September 2022: the glossary's meaning is English, its explanation Dutch.
    const { shadow, panel } = show(
      {
        ...NAVO,
        abbr: 'NATO',
        expansion: 'North Atlantic Treaty Organization',
        lang: 'en',
        explanation: 'Noord-Atlantische Verdragsorganisatie (NAVO).',
      },
      'nl',
    );
    const live = shadow.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(
      'NATO: North Atlantic Treaty Organization: Noord-Atlantische Verdragsorganisatie (NAVO).',
    );
    const parts = (root: Element | null | undefined) =>
      [...(root?.querySelectorAll('[lang]') ?? [])].map((e) => [e.getAttribute('lang'), e.textContent]);
    expect(parts(live)).toEqual([
      ['nl', 'NATO'],
      ['en', 'North Atlantic Treaty Organization'],
      ['nl', 'Noord-Atlantische Verdragsorganisatie (NAVO).'],
    ]);
    // As the panel says them.
    for (const part of parts(live)) expect(parts(panel)).toContainEqual(part);
  });

  it.each([
    ['en', 'UDCG: Meaning unknown', 'Meaning unknown'],
    ['nl', 'UDCG: Betekenis onbekend', 'Betekenis onbekend'],
  ] as const)(
    'announces an acronym it cannot explain in %s, what it says in that language',
    (lang, said, part) => {
      const { shadow } = show({ ...NAVO, abbr: 'UDCG', expansion: null, explanation: undefined }, lang);
      const live = shadow.querySelector('[aria-live="polite"]');
      expect(live?.textContent).toBe(said);
      expect([...(live?.querySelectorAll('span') ?? [])].map((e) => [e.lang, e.textContent])).toEqual([
        ['nl', 'UDCG'],
        [lang, part],
      ]);
    },
  );

  it('announces a citation with its title once known', () => {
    const data = citation({
      state: 'found',
      title: 'Verslag',
      kind: null,
      kindEn: null,
      date: null,
      dossierTitle: null,
    });
    expect(announcement(data, 'en')).toEqual([['Kamerstuk 29 521, nr. 446: Verslag', 'nl']]);
  });

  it('gives focus back into the shadow root it came from (a sidebar entry), not to its host', () => {
    // A stand-in for the sidebar: a button inside another host's shadow root.
    const sidebar = document.createElement('kamerlens-root');
    const sidebarRoot = sidebar.attachShadow({ mode: 'open' });
    const entry = document.createElement('button');
    sidebarRoot.append(entry);
    document.body.append(sidebar);
    try {
      entry.focus();
      const { handle, shadow } = show(NAVO);
      handle.show({ ...NAVO, occurrence: 5 }, { anchor: [], focus: true });
      expect(shadow.activeElement?.classList.contains('kl-pop')).toBe(true);
      // Opened again from the keyboard while focus is inside, even on a button the new finding
      // has not ("show the definition"): it still returns to the entry.
      handle.show(NDPP, { anchor: [], focus: true });
      (shadow.querySelector('.kl-pop-link-button') as HTMLElement).focus();
      handle.show(citation({ state: 'loading' }), { anchor: [], focus: true });
      expect(shadow.activeElement?.classList.contains('kl-pop')).toBe(true);
      handle.hide(true);
      expect(document.activeElement).toBe(sidebar);
      expect(sidebarRoot.activeElement).toBe(entry);
    } finally {
      sidebar.remove();
    }
  });

  it('keeps focus on a button pressed inside when asked (the occurrence buttons), else takes it to the panel', () => {
    const { handle, shadow } = show(NAVO);
    handle.show(NAVO, { anchor: [], focus: true });
    const next = shadow.querySelector('.kl-pop-step:last-child') as HTMLElement;
    next.focus();
    handle.show({ ...NAVO, occurrence: 5 }, { anchor: [], focus: true, keepFocus: true });
    expect(shadow.activeElement).toBe(next);
    expect(next.isConnected).toBe(true);
    handle.show({ ...NAVO, occurrence: 6 }, { anchor: [], focus: true });
    expect(shadow.activeElement?.classList.contains('kl-pop')).toBe(true);
  });

  it('gives the focus to the text instead when the place it came from is out of sight', () => {
    const link = document.createElement('a');
    link.href = '#top';
    document.body.append(link);
    const elsewhere = vi.fn();
    try {
      // Scrolled far away by ] steps.
      link.getBoundingClientRect = () => new DOMRect(0, -12_965, 120, 20);
      link.focus();
      const { handle } = show(NAVO);
      handle.show(NAVO, { anchor: [], focus: true });
      handle.hide(true, elsewhere);
      expect(elsewhere).toHaveBeenCalledTimes(1);
      // In view: back to it, as before.
      link.getBoundingClientRect = () => new DOMRect(0, 40, 120, 20);
      link.focus();
      handle.show(NAVO, { anchor: [], focus: true });
      handle.hide(true, elsewhere);
      expect(document.activeElement).toBe(link);
      expect(elsewhere).toHaveBeenCalledTimes(1);
      // Nothing had the focus (the page's body): the text too.
      link.blur();
      handle.show(NAVO, { anchor: [], focus: true });
      handle.hide(true, elsewhere);
      expect(elsewhere).toHaveBeenCalledTimes(2);
    } finally {
      link.remove();
    }
  });

  it('closes on Tab past its last control and on Shift+Tab before its first, not inside', () => {
    const { handle, shadow, acts } = show(NAVO);
    handle.show(NAVO, { anchor: [], focus: true });
    const tab = (el: Element, shiftKey = false) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true }));
    const stops = [...shadow.querySelectorAll<HTMLElement>('button, a[href]')];
    const panel = shadow.querySelector('.kl-pop') as HTMLElement;
    expect(stops.length).toBeGreaterThan(1);
    // The panel (where the focus starts) forward, and a middle button either way: no.
    tab(panel);
    (stops[1] as HTMLElement).focus();
    tab(stops[1] as HTMLElement);
    tab(stops[1] as HTMLElement, true);
    expect(acts.close).not.toHaveBeenCalled();
    (stops.at(-1) as HTMLElement).focus();
    tab(stops.at(-1) as HTMLElement);
    expect(acts.close).toHaveBeenCalledTimes(1);
    panel.focus();
    tab(panel, true);
    (stops[0] as HTMLElement).focus();
    tab(stops[0] as HTMLElement, true);
    expect(acts.close).toHaveBeenCalledTimes(3);
  });

  it('switches language live', () => {
    const { handle, text, shadow } = show(NAVO, 'nl');
    handle.setLanguage('en');
    expect(text()).toContain('Mention 4 of 26 in this paper');
    expect(shadow.querySelector('.kl-pop')?.getAttribute('lang')).toBe('en');
  });
});

describe('languages of what it shows', () => {
  // The host is in the page, whose <html lang="nl"> the popover would inherit: the English
  // interface was read out by a screen reader with Dutch rules.
  it.each(['nl', 'en'] as const)(
    'speaks the interface language (%s), with the paper’s own words marked Dutch',
    (lang) => {
      document.documentElement.lang = 'nl';
      for (const data of [NAVO, citation({ state: 'unavailable' }), DATE_RANGE]) {
        const { panel } = show(data, lang);
        expect(panel.getAttribute('lang')).toBe(lang);
        expect(panel.querySelector('.kl-pop-title')?.getAttribute('lang')).toBe('nl');
      }
      const { panel } = show(NAVO, lang);
      expect(panel.querySelector('.kl-pop-expansion')?.getAttribute('lang')).toBe('nl');
      expect(panel.querySelector('.kl-pop-explanation')?.getAttribute('lang')).toBe('nl');
    },
  );

  // Papers of each type as corpus letters cite them. In English the type's Dutch name follows in brackets, in
  // an element marked Dutch: a screen reader read `(Kamerstuk)` as an English word.
  it.each([
    // The NAVO letter of 30 September 2022: `(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)`.
    [
      'Kamerstuk',
      {},
      'Parliamentary paper (Kamerstuk) · House of Representatives · dossier 29\u00a0521, no.\u00a0446',
      'Kamerstuk · Tweede Kamer · dossier 29\u00a0521, nr.\u00a0446',
    ],
    // 1193-vws-2014-shared-savings: `Handelingen II 2013/14, nr. 17, item 7`.
    [
      'Handelingen',
      { type: 'handelingen', dossier: null, number: '17', year: '2013/14' },
      'Proceedings (Handelingen) · House of Representatives · no.\u00a017, 2013/14',
      'Handelingen · Tweede Kamer · nr.\u00a017, 2013/14',
    ],
    // 07-fin-2021-kinderopvangtoeslag: `Aanhangsel Handelingen II 2020/21, nr. 2275`.
    [
      'Aanhangsel',
      { type: 'aanhangsel', dossier: null, number: '2275', year: '2020/21' },
      'Appendix to the Proceedings (Aanhangsel) · House of Representatives · no.\u00a02275, 2020/21',
      'Aanhangsel Handelingen · Tweede Kamer · nr.\u00a02275, 2020/21',
    ],
    // 133-neg-stcrt-2017-8699-legger-terschelling: `Staatscourant 2017, 8699`.
    [
      'Staatscourant',
      { type: 'staatscourant', chamber: null, dossier: null, number: '8699', year: '2017' },
      'Government Gazette (Staatscourant) · no.\u00a08699, 2017',
      'Staatscourant · nr.\u00a08699, 2017',
    ],
    // 1234-neg-stb-2008-267: `Staatsblad 2008, 267`.
    [
      'Staatsblad',
      { type: 'staatsblad', chamber: null, dossier: null, number: '267', year: '2008' },
      'Bulletin of Acts and Decrees (Staatsblad) · no.\u00a0267, 2008',
      'Staatsblad · nr.\u00a0267, 2008',
    ],
  ] as const)('names a cited %s in English with its Dutch name marked Dutch', (dutch, paper, en, nl) => {
    const view: Partial<CitedPaperView> = { ...paper, url: null, date: null };
    const marked = (root: Element | null | undefined) =>
      [...(root?.querySelectorAll('[lang]') ?? [])].map((e) => [e.getAttribute('lang'), e.textContent]);
    const meta = show(citation({ state: 'loading' }, view), 'en').shadow.querySelector('.kl-pop-meta');
    expect(meta?.textContent).toBe(en);
    expect(marked(meta)).toEqual([['nl', dutch]]);
    // In the Dutch interface the Dutch name is all there is, in the panel's own language.
    const nlMeta = show(citation({ state: 'loading' }, view), 'nl').shadow.querySelector('.kl-pop-meta');
    expect(nlMeta?.textContent).toBe(nl);
    expect(marked(nlMeta)).toEqual([]);
  });
});

// Dates of the NAVO letter of 30 September 2022 as the date finder gives them.
const DATE_RANGE: DatePopoverData = {
  kind: 'date',
  text: '12 en 13 oktober',
  iso: '2022-10-12',
  endIso: '2022-10-13',
  precision: 'day',
};
const DATE_APPROXIMATE: DatePopoverData = {
  kind: 'date',
  text: 'Begin 2023',
  iso: '2023-01',
  endIso: null,
  precision: 'approximate',
};
const DATE_DAY: DatePopoverData = {
  kind: 'date',
  text: '17 juni 2022',
  iso: '2022-06-17',
  endIso: null,
  precision: 'day',
};

describe('date popover', () => {
  // What opens on hover is announced, not focused: a screen reader hears the announcement only,
  // which said the first day of a range and left out "about".
  it.each([
    [DATE_RANGE, 'en', '12 to 13 October 2022', '12 en 13 oktober: 12 to 13 October 2022'],
    [DATE_RANGE, 'nl', '12 tot 13 oktober 2022', '12 en 13 oktober: 12 tot 13 oktober 2022'],
    [DATE_APPROXIMATE, 'en', 'about January 2023', 'Begin 2023: about January 2023'],
    [DATE_APPROXIMATE, 'nl', 'ongeveer januari 2023', 'Begin 2023: ongeveer januari 2023'],
    [DATE_DAY, 'en', '17 June 2022', '17 juni 2022: 17 June 2022'],
    // The paper writes it as it is shown: said once.
    [DATE_DAY, 'nl', '17 juni 2022', '17 juni 2022'],
  ] as const)('%o in %s shows %s and announces the same', (data, lang, shown, said) => {
    const { panel, shadow } = show(data, lang);
    expect(panel.querySelector('.kl-pop-body')?.textContent).toBe(shown);
    expect(panel.querySelector('time')?.getAttribute('datetime')).toBe(data.iso);
    const live = shadow.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(said);
    expect(
      announcement(data, lang)
        .map(([text]) => text)
        .join(': '),
    ).toBe(said);
    // What the interface says (the date as shown) in its own language; the paper's words in Dutch.
    const parts = [...(live?.querySelectorAll('span') ?? [])].map((e) => [e.lang, e.textContent]);
    expect(parts).toEqual(
      said === shown
        ? [[lang, shown]]
        : [
            ['nl', data.text],
            [lang, shown],
          ],
    );
  });
});

describe('the frame around its text (shown in forced colours only, by its styles)', () => {
  it('frames each line of the anchor while open, follows it, and goes on hide', () => {
    const { handle, shadow } = show(NAVO);
    const frames = () =>
      [...shadow.querySelectorAll<HTMLElement>('.kl-frame')].map((f) =>
        ['top', 'left', 'width', 'height'].map((k) => f.style.getPropertyValue(k)),
      );
    expect(frames()).toEqual([['100px', '50px', '40px', '18px']]);
    // A citation over two lines, after a scroll: one frame per line.
    handle.reposition([
      { top: 600, left: 900, bottom: 618, right: 990 },
      { top: 620, left: 10, bottom: 638, right: 60 },
    ]);
    expect(frames()).toEqual([
      ['600px', '900px', '90px', '18px'],
      ['620px', '10px', '50px', '18px'],
    ]);
    handle.hide();
    expect(frames()).toEqual([]);
  });
});

describe('the marks’ underlines (forced colours, drawn for the reader)', () => {
  it('draws one per line in its own layer that screen readers skip, replaces them, and removes the layer', () => {
    const { handle, shadow } = show(NAVO);
    handle.hide();
    const drawn = () =>
      [...shadow.querySelectorAll<HTMLElement>('.kl-u')].map((u) => [
        u.className,
        ...['top', 'left', 'width'].map((k) => u.style.getPropertyValue(k)),
      ]);
    handle.underline([
      { kind: 'acronym', top: 730.5, left: 210, width: 44 },
      { kind: 'citation', top: 766.5, left: 400, width: 90 },
      { kind: 'citation', top: 784.5, left: 8, width: 60 },
    ]);
    expect(drawn()).toEqual([
      ['kl-u acronym', '730.5px', '210px', '44px'],
      ['kl-u citation', '766.5px', '400px', '90px'],
      ['kl-u citation', '784.5px', '8px', '60px'],
    ]);
    const layer = shadow.querySelector('.kl-u')?.parentElement;
    expect(layer?.getAttribute('aria-hidden')).toBe('true');
    // Scrolled: the same layer, other lines.
    handle.underline([{ kind: 'date', top: 100, left: 20, width: 130 }]);
    expect(drawn()).toEqual([['kl-u date', '100px', '20px', '130px']]);
    expect(shadow.querySelector('.kl-u')?.parentElement).toBe(layer);
    handle.underline(null);
    expect(drawn()).toEqual([]);
    expect(layer?.isConnected).toBe(false);
    // The popover still works without it.
    handle.show(NAVO, { anchor: [{ top: 100, left: 50, bottom: 118, right: 90 }], focus: false });
    expect(shadow.querySelector('.kl-pop')).not.toBeNull();
  });
});

describe('placement beside the mark', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };

  it('goes below the mark when there is room', () => {
    const p = placePopover({ anchor: [{ top: 100, left: 50, bottom: 118, right: 90 }], size, viewport });
    expect(p).toEqual({ top: 124, left: 50, side: 'below', maxHeight: null });
  });

  it('flips above at the bottom edge, never covering the mark', () => {
    const p = placePopover({ anchor: [{ top: 700, left: 50, bottom: 718, right: 90 }], size, viewport });
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(700);
  });

  it('stays clear of every line of a mark that wraps', () => {
    const anchor = [
      { top: 600, left: 900, bottom: 618, right: 990 },
      { top: 620, left: 10, bottom: 638, right: 60 },
    ];
    const p = placePopover({ anchor, size, viewport });
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(600);
    // Shifted left at the right edge.
    expect(p.left + size.width).toBeLessThanOrEqual(992);
  });

  it('stays in the viewport, at the edge its mark left by, when the mark is scrolled out of view', () => {
    const above = placePopover({
      anchor: [{ top: -1100, left: 50, bottom: -1082, right: 90 }],
      size,
      viewport,
    });
    expect(above).toEqual({ top: 8, left: 50, side: 'below', maxHeight: null });
    const below = placePopover({
      anchor: [{ top: 2000, left: 50, bottom: 2018, right: 90 }],
      size,
      viewport,
    });
    expect(below).toEqual({ top: 800 - 8 - 200, left: 50, side: 'above', maxHeight: null });
    // Taller than the viewport's room: limited to it.
    const tall = placePopover({
      anchor: [{ top: -400, left: 50, bottom: -382, right: 90 }],
      size: { width: 300, height: 900 },
      viewport,
    });
    expect(tall).toEqual({ top: 8, left: 50, side: 'below', maxHeight: 800 - 16 });
  });

  it('limits its height on the roomier side when neither side fits', () => {
    const p = placePopover({
      anchor: [{ top: 300, left: 0, bottom: 318, right: 40 }],
      size: { width: 300, height: 700 },
      viewport,
    });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 318 - 6 - 8);
    expect(p.left).toBe(8);
  });
});

describe('a paper citing itself on its own page', () => {
  // Letter 1003, the motie of the member Karabulut, kst-29453-362: its metadata line says `29453 nr. 362`.
  const motie = citation(
    { state: 'not-found' },
    {
      dossier: '29453',
      number: '362',
      self: true,
      url: 'https://zoek.officielebekendmakingen.nl/kst-29453-362.html',
    },
  );
  const links = (shadow: ShadowRoot) =>
    [...shadow.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

  it.each([
    'https://zoek.officielebekendmakingen.nl/kst-29453-362.html',
    'https://zoek.officielebekendmakingen.nl/kst-29453-362.html?resultIndex=0&sorttype=1',
    'https://zoek.officielebekendmakingen.nl/dossier/29453/kst-29453-362',
  ])('offers no link to the page it is on (%s), only its dossier', (here) => {
    setPageUrl(here);
    const { shadow } = show(motie);
    expect(links(shadow)).toEqual([
      ['Open het dossier', 'https://zoek.officielebekendmakingen.nl/dossier/29453'],
    ]);
  });

  it('links it from another page (the motie on tweedekamer.nl)', () => {
    setPageUrl('https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2014Z22802&did=2014D45371');
    const { shadow } = show(motie);
    expect(links(shadow)).toEqual([
      ['Open het stuk', 'https://zoek.officielebekendmakingen.nl/kst-29453-362.html'],
      ['Open het dossier', 'https://zoek.officielebekendmakingen.nl/dossier/29453'],
    ]);
  });
});

describe('a panel taller than the room it has', () => {
  /** Gives the panel a laid-out height (happy-dom lays nothing out) and a scroll position. */
  function layout(
    panel: HTMLElement,
    box: { scrollHeight: number; clientHeight: number; scrollTop: number },
  ) {
    for (const [name, value] of Object.entries(box))
      Object.defineProperty(panel, name, { configurable: true, get: () => value });
  }

  it('says there is more below until it is scrolled to the end, and nothing when all of it fits', () => {
    // NDPP with its other meaning, in a window 350 px high: 270 px of content in 194 px of room.
    const { handle, panel } = show(NDPP);
    expect(panel.hasAttribute('data-more')).toBe(false);
    layout(panel, { scrollHeight: 270, clientHeight: 194, scrollTop: 0 });
    handle.reposition([{ top: 100, left: 50, bottom: 118, right: 90 }]);
    expect(panel.hasAttribute('data-more')).toBe(true);
    layout(panel, { scrollHeight: 270, clientHeight: 194, scrollTop: 40 });
    panel.dispatchEvent(new Event('scroll'));
    expect(panel.hasAttribute('data-more')).toBe(true);
    // At the end (a fraction of a pixel short of it, as a zoomed page scrolls).
    layout(panel, { scrollHeight: 270, clientHeight: 194, scrollTop: 75.5 });
    panel.dispatchEvent(new Event('scroll'));
    expect(panel.hasAttribute('data-more')).toBe(false);
    // The window grew: it all fits.
    layout(panel, { scrollHeight: 270, clientHeight: 270, scrollTop: 0 });
    handle.reposition([{ top: 100, left: 50, bottom: 118, right: 90 }]);
    expect(panel.hasAttribute('data-more')).toBe(false);
  });

  it('fades its foot while there is more, and draws a dashed line there in forced colours', () => {
    const { shadow } = show(NDPP);
    const css = shadow.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(
      /\.kl-pop\[data-more\]::after \{[^}]*position: sticky;[^}]*linear-gradient\(transparent, var\(--kl-bg\)/,
    );
    expect(css).toMatch(
      /@media \(forced-colors: active\) \{\s*\.kl-pop\[data-more\]::after \{[^}]*border-bottom: 3px dashed CanvasText/,
    );
  });
});

describe('links', () => {
  it.each([
    [
      'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
      'https://zoek.officielebekendmakingen.nl/kst-29521-446.html',
    ],
    [
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970',
      'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970',
    ],
    ['http://zoek.officielebekendmakingen.nl/kst-1-2.html', null],
    ['https://evil.example/kst-1-2.html', null],
    ['https://zoek.officielebekendmakingen.nl.evil.example/', null],
    ['https://user:pw@zoek.officielebekendmakingen.nl/', null],
    ['javascript:alert(1)', null],
    ['', null],
    [null, null],
  ])('%s → %s', (raw, expected) => {
    expect(safeGovernmentUrl(raw)).toBe(expected);
  });

  it.each([
    ['29521', 'https://zoek.officielebekendmakingen.nl/dossier/29521'],
    ['36200-X', 'https://zoek.officielebekendmakingen.nl/dossier/36200-X'],
    ['21501-02', 'https://zoek.officielebekendmakingen.nl/dossier/21501-02'],
    ['29521/../x', null],
    [null, null],
  ])('dossier %s → %s', (dossier, expected) => {
    expect(dossierUrl(dossier)).toBe(expected);
  });

  // The addresses one KOOP page is reached by (the e2e tests serve it over http), and pages that are others.
  it.each([
    ['https://zoek.officielebekendmakingen.nl/kst-28676-409.html', true],
    ['http://zoek.officielebekendmakingen.nl/kst-28676-409.html', true],
    ['https://zoek.officielebekendmakingen.nl/kst-28676-409.html?resultIndex=3&sorttype=1#p2', true],
    ['https://zoek.officielebekendmakingen.nl/kst-28676-409', true],
    ['https://zoek.officielebekendmakingen.nl/dossier/28676/kst-28676-409.html', true],
    ['https://www.officielebekendmakingen.nl/kst-28676-409.html', true],
    ['https://zoek.officielebekendmakingen.nl/kst-28676-4090.html', false],
    ['https://zoek.officielebekendmakingen.nl/kst-28676-409.pdf', false],
    ['https://zoek.officielebekendmakingen.nl/dossier/28676', false],
    ['https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18970&did=2022D39633', false],
    ['https://evil.example/kst-28676-409.html', false],
  ])('on %s, kst-28676-409.html leads here: %s', (here, expected) => {
    setPageUrl(here);
    expect(leadsHere('https://zoek.officielebekendmakingen.nl/kst-28676-409.html')).toBe(expected);
  });

  it('copies only a checked address', () => {
    expect(citationCopyText('Kamerstuk\n29 521,  nr. 446', { ...PAPER, url: 'javascript:x' })).toBe(
      'Kamerstuk 29 521, nr. 446',
    );
  });
});

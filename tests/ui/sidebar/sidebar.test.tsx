// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { SCHEMA_VERSION, type AnalysisResult, type OutlineEntry } from '../../../src/core/types';
import { mountSidebar, paperPageUrl, type SidebarHandle, type SidebarProps } from '../../../src/ui/sidebar';
import { LIST_LIMIT } from '../../../src/ui/sidebar/list-limit';
import { ENTRIES_PER_TURN, FIRST_ENTRIES } from '../../../src/ui/sidebar/staging';

// The happy-dom environment gives `import.meta.url` a http: address, so resolve from the project root.
const FIXTURES = join(process.cwd(), 'tests/fixtures/letters/letters');

/** A fixture letter's text without its `URL:` line and the blank line after it. */
function letter(name: string): string {
  const raw = readFileSync(join(FIXTURES, name), 'utf8');
  return raw.split('\n').slice(2).join('\n');
}

/** The offset of `needle` in `text`; fails the test when the fixture does not contain it. */
function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture lacks ${JSON.stringify(needle)}`);
  return i;
}

function result(document: Partial<AnalysisResult['document']>, outline: OutlineEntry[]): AnalysisResult {
  return {
    schema: SCHEMA_VERSION,
    isParliamentary: true,
    document: {
      kind: null,
      letterDate: null,
      dossier: null,
      number: null,
      title: null,
      sender: null,
      addressee: null,
      askers: [],
      ...document,
    },
    acronyms: [],
    citations: [],
    dates: [],
    timeline: [],
    commitments: [],
    outline,
  };
}

// Fixture letter 01: kst-32793-205, a letter of the Minister of VWS of 17 December 2015.
const LETTER_01 = letter('01-vws-2015-productsamenstelling.txt');
const VWS = result(
  {
    kind: 'brief regering',
    letterDate: '2015-12-17',
    dossier: '32793',
    number: '205',
    title: 'Preventief gezondheidsbeleid',
    sender: 'de Minister van Volksgezondheid, Welzijn en Sport',
    addressee: 'de Voorzitter van de Tweede Kamer der Staten-Generaal',
  },
  [
    { level: 1, title: '32 793 Preventief gezondheidsbeleid', start: 0, kind: 'header' },
    {
      level: 2,
      title: 'In januari 2014 heb ik het Akkoord gesloten',
      start: at(LETTER_01, 'In januari 2014'),
      kind: 'heading',
    },
  ],
);

// Fixture letter 14: answers to written questions, received 31 January 2025 (no Kamerstuk number).
const LETTER_14 = letter('14-antwoord-jenv-2025-nctv-adr.txt');
const ANSWERS = result({ kind: 'antwoord schriftelijke vragen', letterDate: '2025-01-31' }, [
  { level: 1, title: 'Vraag 1', start: at(LETTER_14, 'Vraag 1'), kind: 'question' },
  { level: 1, title: 'Antwoord 1', start: at(LETTER_14, 'Antwoord 1'), kind: 'answer' },
  {
    level: 1,
    title: 'De Minister van Justitie en Veiligheid,',
    start: LETTER_14.length - 1,
    kind: 'signature',
  },
]);

const mounted: SidebarHandle[] = [];

function mount(overrides: Partial<SidebarProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const onNavigate = vi.fn();
  const onClose = vi.fn();
  const handle = mountSidebar(shadow, {
    result: VWS,
    language: 'nl',
    open: true,
    onNavigate,
    onClose,
    ...overrides,
  });
  mounted.push(handle);
  const aside = () => shadow.querySelector('aside');
  return { host, shadow, handle, onNavigate, onClose, aside };
}

function facts(shadow: ShadowRoot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const div of shadow.querySelectorAll('.kl-fact')) {
    out[div.querySelector('dt')?.textContent ?? ''] = div.querySelector('dd')?.textContent ?? '';
  }
  return out;
}

function outlineButtons(shadow: ShadowRoot): HTMLButtonElement[] {
  return Array.from(shadow.querySelectorAll<HTMLButtonElement>('nav button[data-entry]'));
}

afterEach(() => {
  while (mounted.length) mounted.pop()?.unmount();
  document.body.replaceChildren();
});

describe('sidebar', () => {
  it('is a labelled complementary landmark inside the shadow root, and adds nothing to the page', () => {
    const { shadow, aside } = mount();
    expect(aside()?.getAttribute('role')).toBe('complementary');
    expect(aside()?.getAttribute('aria-label')).toBe('Kamerlens');
    expect(shadow.querySelector('h2')?.textContent).toBe('Kamerlens');
    expect(shadow.querySelector('style')?.textContent).toContain('.kl-sidebar');
    // Nothing outside the shadow root: no global style, no element but the caller's host.
    expect(document.head.querySelectorAll('style').length).toBe(0);
    expect(document.querySelectorAll('aside').length).toBe(0);
  });

  it('shows the document facts in Dutch, with a link to the paper', () => {
    const { shadow } = mount();
    expect(facts(shadow)).toEqual({
      Soort: 'Brief regering',
      Datum: '17 december 2015',
      // Its numbers on one line: no-break spaces in the dossier and after `nr.`.
      Kamerstuk: '32\u00a0793, nr.\u00a0205',
      Titel: 'Preventief gezondheidsbeleid',
      Afzender: 'de Minister van Volksgezondheid, Welzijn en Sport',
      Geadresseerde: 'de Voorzitter van de Tweede Kamer der Staten-Generaal',
    });
    const link = shadow.querySelector<HTMLAnchorElement>('.kl-fact a');
    expect(link?.getAttribute('href')).toBe('https://zoek.officielebekendmakingen.nl/kst-32793-205.html');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(shadow.querySelector('time')?.getAttribute('datetime')).toBe('2015-12-17');
  });

  it.each([
    ['nl', 'Ingediend door'],
    ['en', 'Submitted by'],
  ] as const)("names a motie's members as who submitted it, not as its sender (%s)", (language, label) => {
    // Fixture letter 1009: `MOTIE VAN HET LID SCHOUW`.
    const motie = result({ kind: 'motie', sender: 'Het lid Schouw' }, []);
    const { shadow } = mount({ result: motie, language });
    expect(facts(shadow)[label]).toBe('Het lid Schouw');
    expect(Object.keys(facts(shadow))).not.toContain(language === 'nl' ? 'Afzender' : 'From');
  });

  it.each([
    ['nl', 'Vragenstellers'],
    ['en', 'Asked by'],
  ] as const)('names who asked the written questions an answer answers (%s)', (language, label) => {
    // Fixture letter 14: `Vragen van de leden Six Dijkstra (Nieuw Sociaal Contract) en Mutluer (GroenLinks-PvdA) aan
    // de Minister-President en de Minister van Justitie en Veiligheid …`, answered by Minister Van Weel.
    const answers = result(
      {
        ...ANSWERS.document,
        sender: 'Minister Van Weel (Justitie en Veiligheid)',
        askers: ['Six Dijkstra (Nieuw Sociaal Contract)', 'Mutluer (GroenLinks-PvdA)'],
      },
      [],
    );
    const { shadow } = mount({ result: answers, language });
    expect(facts(shadow)[label]).toBe('Six Dijkstra (Nieuw Sociaal Contract), Mutluer (GroenLinks-PvdA)');
    // Quoted from the paper: read out in Dutch on an English screen too.
    const row = shadow.querySelector('.kl-fact[data-fact="askers"]');
    expect(row?.querySelector('dd')?.getAttribute('lang')).toBe('nl');
    // Before the minister who answers them.
    const keys = Array.from(shadow.querySelectorAll<HTMLElement>('.kl-fact')).map((f) => f.dataset.fact);
    expect(keys.indexOf('askers')).toBe(keys.indexOf('sender') - 1);
  });

  it('names one asker in the singular', () => {
    // Fixture letter 45: `Vragen van het lid Beckerman (SP) aan de Minister van Economische Zaken en Klimaat …`.
    const answers = result({ kind: 'antwoord schriftelijke vragen', askers: ['Beckerman (SP)'] }, []);
    const { shadow } = mount({ result: answers });
    expect(facts(shadow)['Vragensteller']).toBe('Beckerman (SP)');
    expect(Object.keys(facts(shadow))).not.toContain('Vragenstellers');
  });

  it('shows no asker row for a letter', () => {
    const { shadow } = mount();
    expect(shadow.querySelector('.kl-fact[data-fact="askers"]')).toBeNull();
    expect(Object.keys(facts(shadow))).not.toContain('Vragensteller');
  });

  it('shows the outline as buttons, indented by level, that navigate to their start', () => {
    const { shadow, onNavigate } = mount();
    const buttons = outlineButtons(shadow);
    expect(buttons.map((b) => b.textContent)).toEqual([
      '32\u00a0793 Preventief gezondheidsbeleid',
      'In januari 2014 heb ik het Akkoord gesloten',
    ]);
    expect(buttons.map((b) => b.dataset.level)).toEqual(['1', '2']);
    buttons[1]?.click();
    expect(onNavigate).toHaveBeenCalledWith(at(LETTER_01, 'In januari 2014'));
    expect(LETTER_01.slice(onNavigate.mock.calls[0]?.[0] as number).startsWith('In januari 2014')).toBe(true);
    expect(shadow.querySelector('nav h3 .kl-section-title')?.textContent).toBe('Inhoud');
  });

  it('labels questions, answers and signatures, without repeating a label the title already says', () => {
    const { shadow, onNavigate } = mount({ result: ANSWERS });
    const buttons = outlineButtons(shadow);
    expect(buttons.map((b) => b.querySelector('.kl-kind')?.textContent ?? null)).toEqual([
      null,
      null,
      'Ondertekening',
    ]);
    expect(buttons.map((b) => b.dataset.kind)).toEqual(['question', 'answer', 'signature']);
    buttons[1]?.click();
    expect(LETTER_14.slice(onNavigate.mock.calls[0]?.[0] as number)).toMatch(/^Antwoord 1\nZoals u/);
    // No dossier and number for answers to questions: no Kamerstuk line, no link.
    expect(facts(shadow)).toEqual({ Soort: 'Antwoord op schriftelijke vragen', Datum: '31 januari 2025' });
    expect(shadow.querySelector('.kl-fact a')).toBeNull();
  });

  it('shows the kind labels in English where the title is Dutch', () => {
    const { shadow } = mount({ result: ANSWERS, language: 'en' });
    expect(outlineButtons(shadow).map((b) => b.querySelector('.kl-kind')?.textContent ?? null)).toEqual([
      'Question',
      'Answer',
      'Signature',
    ]);
  });

  it('speaks English with language "en"', () => {
    const { shadow } = mount({ language: 'en' });
    expect(facts(shadow)).toMatchObject({
      Type: 'Letter from the government',
      Date: '17 December 2015',
      'Parliamentary paper': '32\u00a0793, no.\u00a0205',
    });
    expect(shadow.querySelector('nav h3 .kl-section-title')?.textContent).toBe('Contents');
    expect(shadow.querySelector('.kl-close')?.getAttribute('aria-label')).toBe('Close sidebar');
    // Quoted page text stays marked as Dutch for screen readers.
    expect(shadow.querySelector('[data-fact="title"] dd')?.getAttribute('lang')).toBe('nl');
  });

  it('prints a budget chapter’s dossier one way in the facts, the outline head and the citations, as the paper does', () => {
    // 1393-verslag-vws-2021-wgo-sport (kst-35925-XVI-163) heads `35 925 XVI Vaststelling …` and cites
    // `(Kamerstuk 35 925 XVI)`; the sidebar said `35 925-XVI` in its facts and citations.
    const text = letter('1393-verslag-vws-2021-wgo-sport.txt');
    const analysed = analyze({
      text,
      page: { url: 'https://zoek.officielebekendmakingen.nl/kst-35925-XVI-163.html' },
    });
    const { shadow } = mount({ result: analysed });
    expect(facts(shadow)['Kamerstuk']).toBe('35\u00a0925\u00a0XVI, nr.\u00a0163');
    expect(outlineButtons(shadow)[0]?.textContent).toMatch(/^35\u00a0925\u00a0XVI Vaststelling/);
    const group = shadow.querySelector('[data-dossier="35925-XVI"] h4');
    expect(group?.textContent).toBe('Dossier 35\u00a0925\u00a0XVI');
    expect(text).toContain('(Kamerstuk 35 925 XVI)');
  });

  it('closes with its named close button', () => {
    const { shadow, onClose } = mount();
    const close = shadow.querySelector<HTMLButtonElement>('.kl-close');
    expect(close?.getAttribute('aria-label')).toBe('Zijbalk sluiten');
    close?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape inside it, and keeps that Escape from the page', () => {
    const { shadow, onClose } = mount();
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    const button = outlineButtons(shadow)[0];
    button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pageSaw).not.toHaveBeenCalled();
    // Other keys pass.
    button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageSaw);
  });

  it('moves between outline entries with the arrow keys', () => {
    const { shadow } = mount({ result: ANSWERS });
    const buttons = outlineButtons(shadow);
    buttons[0]?.focus();
    buttons[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(shadow.activeElement).toBe(buttons[1]);
    buttons[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(shadow.activeElement).toBe(buttons[2]);
    buttons[2]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(shadow.activeElement).toBe(buttons[0]);
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { shadow } = mount({
      result: result({ kind: 'brief', title: evil, sender: evil, dossier: '"><script>', number: '1' }, [
        { level: 1, title: evil, start: 0, kind: 'heading' },
      ]),
    });
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('script')).toBeNull();
    expect(shadow.querySelector('[data-fact="title"] dd')?.textContent).toBe(evil);
    expect(outlineButtons(shadow)[0]?.textContent).toBe(evil);
    // A dossier that is not one gets no link.
    expect(shadow.querySelector('.kl-fact a')).toBeNull();
  });

  it('renders nothing when closed, and opens and closes through update', () => {
    const { shadow, handle, aside } = mount({ open: false });
    expect(aside()).toBeNull();
    handle.update({ open: true });
    expect(aside()).not.toBeNull();
    handle.update({ language: 'en' });
    expect(shadow.querySelector('nav h3 .kl-section-title')?.textContent).toBe('Contents');
    handle.update({ open: false });
    expect(aside()).toBeNull();
  });

  it('says it is reading while there is no result yet, then shows it', () => {
    const { shadow, handle } = mount({ result: null });
    expect(shadow.querySelector('.kl-body [role="status"]')?.textContent).toBe('Het stuk wordt gelezen…');
    handle.update({ result: VWS });
    expect(outlineButtons(shadow).length).toBe(2);
  });

  it('says so when there are no facts or outline', () => {
    const { shadow } = mount({ result: result({}, []) });
    expect(shadow.querySelector('.kl-body')?.textContent).toContain('Geen gegevens over dit stuk gevonden.');
    expect(shadow.querySelector('.kl-body')?.textContent).toContain('Geen inhoudsopgave gevonden.');
  });

  it('copes with a huge outline and odd levels: thirty entries, then all on request with focus on the first new one', async () => {
    const entries: OutlineEntry[] = Array.from({ length: 400 }, (_, i) => ({
      level: [0, 1, 3, 9, Number.NaN][i % 5] as number,
      title: `Kop ${i}\n  vervolg`,
      start: i * 10,
      kind: 'heading',
    }));
    const { shadow } = mount({ result: result({}, entries) });
    // A megabyte paper's lists never make one long task: the first thirty, and a button.
    expect(outlineButtons(shadow).length).toBe(30);
    const showAll = [...shadow.querySelectorAll<HTMLButtonElement>('button.kl-show-all')];
    expect(showAll.map((b) => b.textContent)).toEqual(['Toon alle 400']);
    showAll[0]!.click();
    await vi.waitFor(() => expect(outlineButtons(shadow).length).toBe(400));
    const buttons = outlineButtons(shadow);
    expect(shadow.activeElement).toBe(buttons[30]);
    expect(shadow.querySelector('button.kl-show-all')).toBeNull();
    expect(buttons.slice(0, 5).map((b) => b.dataset.level)).toEqual(['1', '1', '3', '6', '1']);
    expect(buttons[7]?.textContent).toBe('Kop 7 vervolg');
  });

  it('staged: shows the facts at once, then one section per task, and says when all are there', async () => {
    const onSectionsReady = vi.fn();
    const { shadow, handle } = mount({ staged: true, onSectionsReady, open: false });
    const headings = () => [...shadow.querySelectorAll('h3[id]')].map((h) => h.id);
    // Closed: nothing is drawn, so the stages wait for it to open.
    await new Promise((r) => setTimeout(r, 5));
    expect(onSectionsReady).not.toHaveBeenCalled();
    handle.update({ open: true });
    expect(headings()).toEqual(['kl-facts-heading']);
    await vi.waitFor(() => expect(onSectionsReady).toHaveBeenCalledTimes(1));
    expect(headings()).toEqual([
      'kl-facts-heading',
      'kl-outline-heading',
      'kl-timeline-heading',
      'kl-citations-heading',
      'kl-acronyms-heading',
    ]);
    expect(outlineButtons(shadow).length).toBe(2);
    // Later renders keep every section, and do not tell again.
    handle.update({ language: 'en' });
    await new Promise((r) => setTimeout(r, 5));
    expect(onSectionsReady).toHaveBeenCalledTimes(1);
    expect(headings()).toHaveLength(5);
  });

  it('staged on a long paper: each frame adds what it has room for, lists grow to their limit, then it says ready', async () => {
    // A long paper: the NAVO letter, then the first forty corpus letters.
    const parts = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 40)
      .map(letter);
    const long = analyze({
      text: [readFileSync('tests/fixtures/navo-defensieministers-2022-09-30.txt', 'utf8'), ...parts].join(
        '\n\n',
      ),
    });
    const entries = (shadow: ShadowRoot) => shadow.querySelectorAll('[data-entry]').length;
    let atReady = -1;
    const onSectionsReady = vi.fn(() => void (atReady = entries(shadow)));
    const { shadow, handle } = mount({ result: long, staged: true, onSectionsReady, open: false });
    // Each render of a turn is one batch of mutation records: the entries it added.
    const added: number[] = [];
    let before = 0;
    new MutationObserver(() => {
      added.push(entries(shadow) - before);
      before = entries(shadow);
    }).observe(shadow, { childList: true, subtree: true });
    handle.update({ open: true });
    await vi.waitFor(() => expect(onSectionsReady).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    // A turn adds its room's worth, or a section whose lists each show their first few (the timeline: up to 4 lists
    // here).
    const sectionLists = 4;
    expect(Math.max(...added)).toBeLessThanOrEqual(ENTRIES_PER_TURN + sectionLists * FIRST_ENTRIES);
    expect(added.filter((n) => n > 0).length).toBeGreaterThan(4);
    // Nothing came after the sidebar said it was ready.
    expect(entries(shadow)).toBe(atReady);
    // In the end, what an unstaged sidebar shows at once: every list at its limit, with its button.
    const whole = mount({ result: long });
    expect(shadow.querySelector('.kl-body')?.textContent).toBe(
      whole.shadow.querySelector('.kl-body')?.textContent,
    );
    const timeline = shadow.querySelector('[data-group="past"] ol');
    expect(timeline?.children.length).toBe(LIST_LIMIT);
    expect(shadow.querySelectorAll('button.kl-show-all').length).toBeGreaterThan(0);
  });

  it('unstaged: every section at once, and says so', () => {
    const onSectionsReady = vi.fn();
    const { shadow } = mount({ onSectionsReady });
    expect(shadow.querySelectorAll('h3[id]')).toHaveLength(5);
    expect(onSectionsReady).toHaveBeenCalledTimes(1);
  });
  it('focuses its heading on request, and unmount removes all it added', () => {
    const { shadow, handle } = mount();
    handle.focus();
    expect(shadow.activeElement?.tagName).toBe('H2');
    handle.unmount();
    expect(shadow.childNodes.length).toBe(0);
    handle.update({ open: true });
    expect(shadow.childNodes.length).toBe(0);
  });

  it('styles for dark mode, print and narrow windows', () => {
    const { shadow } = mount();
    const css = shadow.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(css).toMatch(/@media print[^}]*\{[^}]*display: none !important/);
    expect(css).toContain('max-width: 100vw');
    expect(css).toContain('z-index: 2147483646');
  });
});

describe('paperPageUrl', () => {
  it.each([
    ['32793', '205', 'https://zoek.officielebekendmakingen.nl/kst-32793-205.html'],
    ['36200-X', '5', 'https://zoek.officielebekendmakingen.nl/kst-36200-X-5.html'],
    ['21501-28', '255', 'https://zoek.officielebekendmakingen.nl/kst-21501-28-255.html'],
    ['35261', 'B', 'https://zoek.officielebekendmakingen.nl/kst-35261-B.html'],
    ['32793', null, null],
    [null, '205', null],
    ['32 793', '205', null],
    ['32793/../x', '1', null],
    ['-', '1', null],
  ])('%s / %s → %s', (dossier, number, url) => {
    expect(paperPageUrl(dossier, number)).toBe(url);
  });
});

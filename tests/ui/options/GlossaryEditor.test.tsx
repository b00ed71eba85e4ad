// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import type { UserGlossaryEntry } from '../../../src/ui/options/glossary-edit';
import { flush, mount } from './options-harness';

// The reader's own glossary in pages of 100 rows: what a reader with a long list sees and does.

registerMessages(OPTIONS_MESSAGES);

afterEach(() => {
  vi.useRealTimers();
  render(null, document.body);
  document.body.replaceChildren();
});

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const rows = () => Array.from(document.querySelectorAll('tbody th')).map((th) => th.textContent);
const range = () => $('#kl-glossary-range')?.textContent;
const status = () => $('[role="status"]')?.textContent;
/** The focused element: a button by its name, a row by its header, a field by its id. */
function focused() {
  const el = document.activeElement;
  if (el?.tagName === 'BUTTON') return el.getAttribute('aria-label') ?? el.textContent;
  if (el?.tagName === 'TH') return `row ${el.textContent}`;
  return el?.id;
}
const list = (n: number): UserGlossaryEntry[] =>
  Array.from({ length: n }, (_, i) => ({ abbr: `A${i}`, expansion: `Afkorting ${i}` }));

function button(name: string, within: ParentNode = document): HTMLButtonElement {
  const found = Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** The pager above the table, and the one below it. */
const pagers = () => Array.from(document.querySelectorAll<HTMLElement>('.kl-pager'));
const below = () => pagers()[1] ?? document.createElement('div');

/** Focuses the button and activates it, as Enter on it does. */
async function press(name: string, within: ParentNode = document) {
  const b = button(name, within);
  b.focus();
  act(() => b.click());
  await flush();
}

function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('a glossary longer than a page', () => {
  it('shows 100 rows at a time, and says which of how many', async () => {
    mount('nl', list(250));
    expect(rows()).toHaveLength(100);
    expect(rows()[0]).toBe('A0');
    expect(range()).toBe('Rijen 1–100 van 250');
    expect($('caption')?.textContent).toBe('250 eigen afkortingen');
    const pager = $('[role="group"]');
    expect(pager?.getAttribute('aria-label')).toBe('Bladeren door je afkortingen');
    // At the first page Previous says it does nothing, and stays in the Tab order.
    expect(button('Vorige').getAttribute('aria-disabled')).toBe('true');
    expect(button('Vorige').disabled).toBe(false);
    expect(button('Volgende').getAttribute('aria-describedby')).toBe('kl-glossary-range');

    await press('Volgende');
    expect(rows()).toHaveLength(100);
    expect(rows()[0]).toBe('A100');
    expect(range()).toBe('Rijen 101–200 van 250');
    expect(status()).toBe('Rijen 101–200 van 250');
    expect(focused()).toBe('Volgende');

    await press('Volgende');
    expect(rows()).toHaveLength(50);
    expect(range()).toBe('Rijen 201–250 van 250');
    // The focus stays on Next at the last page, which now says it does nothing.
    expect(focused()).toBe('Volgende');
    expect(button('Volgende').getAttribute('aria-disabled')).toBe('true');
    await press('Volgende');
    expect(range()).toBe('Rijen 201–250 van 250');

    await press('Vorige');
    expect(range()).toBe('Rijen 101–200 van 250');
    expect(rows()[0]).toBe('A100');

    // A list of one page has neither pages nor a search.
    render(null, document.body);
    mount('nl', list(100));
    expect(rows()).toHaveLength(100);
    expect($('#kl-glossary-range')).toBeNull();
    expect($('#kl-glossary-search')).toBeNull();
  });

  it('writes the numbers of a list of 5,000 the way each language does', async () => {
    mount('nl', list(5000));
    expect(rows()).toHaveLength(100);
    expect(range()).toBe('Rijen 1–100 van 5.000');
    expect($('caption')?.textContent).toBe('5.000 eigen afkortingen');
    render(null, document.body);
    mount('en', list(5000));
    await press('Next');
    expect(range()).toBe('Rows 101–200 of 5,000');
    expect(button('Previous').getAttribute('aria-disabled')).toBeNull();
  });

  it('repeats the pager below the table, with First and Last, each pager a group of its own name', async () => {
    mount('nl', list(250));
    const [above, under] = pagers();
    expect(pagers().map((p) => [p.getAttribute('role'), p.getAttribute('aria-label')])).toEqual([
      ['group', 'Bladeren door je afkortingen'],
      ['group', 'Bladeren door je afkortingen (onder de tabel)'],
    ]);
    const table = $('table');
    expect(
      table && above && table.compareDocumentPosition(above) & Node.DOCUMENT_POSITION_PRECEDING,
    ).toBeTruthy();
    expect(
      table && under && table.compareDocumentPosition(under) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    for (const pager of pagers()) {
      expect(Array.from(pager.querySelectorAll('button')).map((b) => b.textContent)).toEqual([
        'Eerste',
        'Vorige',
        'Volgende',
        'Laatste',
        'Ga',
      ]);
      expect(pager.querySelector('p')?.textContent).toBe('Rijen 1–100 van 250');
      // Each pager's buttons are described by its own range.
      for (const b of pager.querySelectorAll('button')) {
        expect(pager.querySelector(`#${b.getAttribute('aria-describedby')}`)).not.toBeNull();
      }
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(button('Eerste').getAttribute('aria-disabled')).toBe('true');
    expect(button('Laatste').getAttribute('aria-disabled')).toBeNull();

    // Last, from above: the last page, the focus stays on Last, which now does nothing.
    await press('Laatste');
    expect(range()).toBe('Rijen 201–250 van 250');
    expect(status()).toBe('Rijen 201–250 van 250');
    expect(focused()).toBe('Laatste');
    expect(button('Laatste').getAttribute('aria-disabled')).toBe('true');
    expect(button('Volgende').getAttribute('aria-disabled')).toBe('true');
    expect(button('Eerste').getAttribute('aria-disabled')).toBeNull();

    // First, from below: the first page, and the reader goes on at its first row.
    await press('Eerste', below());
    expect(range()).toBe('Rijen 1–100 van 250');
    expect(below().querySelector('p')?.textContent).toBe('Rijen 1–100 van 250');
    expect(status()).toBe('Rijen 1–100 van 250');
    expect(focused()).toBe('row A0');
    // Next from below likewise.
    await press('Volgende', below());
    expect(range()).toBe('Rijen 101–200 van 250');
    expect(focused()).toBe('row A100');

    // A list of one page has no pager below its table; a search that finds one page neither.
    render(null, document.body);
    mount('en', list(150));
    expect(pagers()).toHaveLength(2);
    expect(Array.from(below().querySelectorAll('button')).map((b) => b.textContent)).toEqual([
      'First',
      'Previous',
      'Next',
      'Last',
      'Go',
    ]);
    expect(below().getAttribute('aria-label')).toBe('Browse your acronyms (below the table)');
    type('#kl-glossary-search', 'A1');
    expect(pagers()).toHaveLength(1);
  });

  /** Types `value` in a pager's page field and presses Enter there (the form's submission). */
  async function jump(value: string, within: ParentNode = pagers()[0] ?? document) {
    const input = within.querySelector<HTMLInputElement>('input[type="number"]');
    if (!input) throw new Error('no page field');
    input.focus();
    act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => input.form?.requestSubmit());
    await flush();
  }
  const pageField = (within: ParentNode = pagers()[0] ?? document) =>
    within.querySelector<HTMLInputElement>('input[type="number"]');

  it('has a field in each pager to type a page number in, named "Pagina" and described "van 3"', () => {
    mount('nl', list(250));
    for (const [pager, id] of [
      [pagers()[0], 'kl-glossary-page'],
      [below(), 'kl-glossary-page-below'],
    ] as const) {
      const input = pager?.querySelector<HTMLInputElement>(`#${id}`);
      expect(pager?.querySelector(`label[for="${id}"]`)?.textContent).toBe('Pagina');
      expect(input?.value).toBe('1');
      expect([input?.min, input?.max, input?.step]).toEqual(['1', '3', '1']);
      expect(pager?.querySelector(`#${input?.getAttribute('aria-describedby')}`)?.textContent).toBe('van 3');
    }
    render(null, document.body);
    mount('en', list(5000));
    expect($('label[for="kl-glossary-page"]')?.textContent).toBe('Page');
    expect($(`#${pageField()?.getAttribute('aria-describedby')}`)?.textContent).toBe('of 50');
    // A list of one page has no pager, and so no field.
    render(null, document.body);
    mount('nl', list(100));
    expect(pageField()).toBeNull();
  });

  it.each([
    ['3', 'Rijen 201–250 van 250', '3', ''],
    ['2', 'Rijen 101–200 van 250', '2', ''],
    // Kept within the pages there are, the field says where it went, and that 99 is not a page.
    ['99', 'Rijen 201–250 van 250', '3', "Er zijn 3 pagina's; pagina 3 wordt getoond. "],
    ['1e1', 'Rijen 201–250 van 250', '3', "Er zijn 3 pagina's; pagina 3 wordt getoond. "],
    ['0', 'Rijen 1–100 van 250', '1', "Er zijn 3 pagina's; pagina 1 wordt getoond. "],
    ['-4', 'Rijen 1–100 van 250', '1', "Er zijn 3 pagina's; pagina 1 wordt getoond. "],
    ['2.5', 'Rijen 101–200 van 250', '2', ''],
    // No number (what a number field gives for text it cannot read): the page stays, and is said.
    ['', 'Rijen 1–100 van 250', '1', ''],
  ])(
    'typed %j and Enter: shows %j, the field says page %j, and says %j first',
    async (typed, shown, page, first) => {
      mount('nl', list(250));
      await jump(typed);
      expect(range()).toBe(shown);
      expect(status()).toBe(first + shown);
      expect(pageField()?.value).toBe(page);
      expect(pageField(below())?.value).toBe(page);
      // Turned from above, the reader stays in the field.
      expect(focused()).toBe('kl-glossary-page');
    },
  );

  it('says a page past the last in English too, also when it is the page already shown', async () => {
    mount('en', list(250));
    await press('Last');
    await jump('99');
    expect(range()).toBe('Rows 201–250 of 250');
    expect(status()).toBe('There are 3 pages; showing page 3. Rows 201–250 of 250');
    expect(pageField()?.value).toBe('3');
  });

  it('shows the page shown again when the field is left without Enter or Go', async () => {
    mount('nl', list(250));
    const input = pageField();
    if (!input) throw new Error('no page field');
    // The arrow keys (or typing) change the number only; then Tab to the next control.
    input.focus();
    act(() => {
      input.value = '2';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(input.value).toBe('2');
    act(() => button('Volgende', below()).focus());
    await flush();
    expect(range()).toBe('Rijen 1–100 van 250');
    expect(input.value).toBe('1');

    // Moving from the field to its Go keeps the number, and Go uses it.
    input.focus();
    act(() => {
      input.value = '3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const go = button('Ga', pagers()[0]);
    act(() => go.focus());
    await flush();
    expect(input.value).toBe('3');
    act(() => go.click());
    await flush();
    expect(range()).toBe('Rijen 201–250 van 250');
    expect(input.value).toBe('3');

    // Left from Go without using it: the page shown again.
    input.focus();
    act(() => {
      input.value = '1';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => go.focus());
    act(() => button('Eerste', pagers()[0]).focus());
    await flush();
    expect(range()).toBe('Rijen 201–250 van 250');
    expect(input.value).toBe('3');
  });

  it('turns with Go too; from below the reader goes on at the first row; a button turn shows in the field', async () => {
    mount('nl', list(250));
    const input = pageField();
    act(() => {
      if (input) input.value = '2';
      input?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('Ga');
    expect(range()).toBe('Rijen 101–200 van 250');

    await jump('3', below());
    expect(range()).toBe('Rijen 201–250 van 250');
    expect(focused()).toBe('row A200');

    await press('Eerste');
    expect(pageField()?.value).toBe('1');
    expect(pageField(below())?.value).toBe('1');
    // A number typed but not used gives way to the page turned to.
    act(() => {
      if (input) input.value = '3';
      input?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press('Volgende');
    expect(pageField()?.value).toBe('2');
  });

  it('names its new controls', () => {
    mount('en', list(150));
    expect($<HTMLLabelElement>('label[for="kl-glossary-search"]')?.textContent).toBe('Search your acronyms');
    expect($<HTMLInputElement>('#kl-glossary-search')?.type).toBe('search');
    expect(button('Previous').type).toBe('button');
    expect(button('Next').type).toBe('button');
  });

  it('stores a switch and an edit made on page 2, and stays there', async () => {
    const { entries } = mount('nl', list(250));
    await press('Volgende');
    act(() => $<HTMLInputElement>('input[aria-label="A120 inschakelen"]')?.click());
    await flush();
    expect(entries()[120]).toEqual({ abbr: 'A120', expansion: 'Afkorting 120', disabled: true });
    expect(status()).toBe('A120 uitgeschakeld.');

    await press('A150 bewerken');
    expect(focused()).toBe('kl-glossary-abbr');
    type('#kl-glossary-expansion', 'Andere betekenis');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect(entries()[150]).toEqual({ abbr: 'A150', expansion: 'Andere betekenis' });
    expect(entries()).toHaveLength(250);
    expect(status()).toBe('A150 bijgewerkt.');
    // Back at the row that was edited, on its page.
    expect(range()).toBe('Rijen 101–200 van 250');
    expect(focused()).toBe('A150 bewerken');
    expect($('tr[data-abbr="A150"] td')?.textContent).toBe('Andere betekenis');
  });

  it('shows a row just added on its page, and focuses it', async () => {
    const { entries } = mount('en', list(250));
    type('#kl-glossary-abbr', 'UDCG');
    type('#kl-glossary-expansion', 'Ukraine Defense Contact Group');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect(entries()).toHaveLength(251);
    expect(range()).toBe('Rows 201–251 of 251');
    expect(rows().at(-1)).toBe('UDCG');
    expect(focused()).toBe('row UDCG');
  });

  it('after deleting the only row of the last page, shows the page before, focus on its last Delete', async () => {
    const { entries } = mount('en', list(201));
    await press('Next');
    await press('Next');
    expect(rows()).toEqual(['A200']);
    await press('Delete A200');
    expect(entries()).toHaveLength(200);
    expect(range()).toBe('Rows 101–200 of 200');
    expect(rows()).toHaveLength(100);
    expect(focused()).toBe('Delete A199');
    expect(button('Next').getAttribute('aria-disabled')).toBe('true');
  });

  it('after deleting the last row of a page, focuses the row that moved up from the next page', async () => {
    mount('en', list(250));
    await press('Delete A99');
    expect(rows()).toHaveLength(100);
    expect(rows().at(-1)).toBe('A100');
    expect(range()).toBe('Rows 1–100 of 249');
    expect(focused()).toBe('Delete A100');
  });
});

describe('searching the glossary', () => {
  const entries: UserGlossaryEntry[] = [
    ...list(150),
    { abbr: 'COÖ', expansion: 'Coördinatiecentrum' },
    { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
  ];

  it('shows the rows that match, says how many, and says when none do', () => {
    vi.useFakeTimers();
    mount('nl', entries);
    const pause = () =>
      act(() => {
        vi.advanceTimersByTime(500);
      });
    type('#kl-glossary-search', 'coordinatie');
    expect(rows()).toEqual(['COÖ']);
    expect(range()).toBe('Rijen 1–1 van 1 gevonden');
    pause();
    expect(status()).toBe('Rijen 1–1 van 1 gevonden');
    type('#kl-glossary-search', 'a12');
    expect(rows()).toEqual(['A12', ...Array.from({ length: 10 }, (_, i) => `A12${i}`)]);
    type('#kl-glossary-search', 'xyz');
    expect(rows()).toEqual([]);
    expect($('.kl-empty')?.textContent).toBe('Geen afkortingen gevonden voor “xyz”.');
    pause();
    expect(status()).toBe('Geen afkortingen gevonden voor “xyz”.');
    type('#kl-glossary-search', '');
    expect(range()).toBe('Rijen 1–100 van 152');
  });

  it('says what it found once the reader pauses typing, not after every letter', () => {
    vi.useFakeTimers();
    mount('en', entries);
    const wait = (ms: number) =>
      act(() => {
        vi.advanceTimersByTime(ms);
      });
    let typed = '';
    for (const letter of 'coordinatie') {
      typed += letter;
      type('#kl-glossary-search', typed);
      wait(150);
      // The table follows every letter; the live region stays quiet while the reader types.
      expect(status(), typed).toBe('');
    }
    expect(rows()).toEqual(['COÖ']);
    wait(350);
    expect(status()).toBe('Rows 1–1 of 1 found');
  });

  it('returns to the page the reader was on when the search is cleared', async () => {
    mount('en', entries);
    await press('Next');
    expect(range()).toBe('Rows 101–152 of 152');
    type('#kl-glossary-search', 'n');
    type('#kl-glossary-search', 'na');
    type('#kl-glossary-search', 'nar');
    expect(rows()).toEqual(['NAR']);
    type('#kl-glossary-search', '');
    expect(range()).toBe('Rows 101–152 of 152');
    expect(rows()[0]).toBe('A100');
    // Turning pages within a search does not change the page to return to.
    type('#kl-glossary-search', 'afkorting');
    await press('Next');
    expect(range()).toBe('Rows 101–150 of 150 found');
    await press('First');
    type('#kl-glossary-search', '');
    expect(range()).toBe('Rows 101–152 of 152');
    await new Promise((r) => setTimeout(r, 550));
    expect(status()).toBe('Rows 101–152 of 152');
  });

  it('starts a search at its first page, and clears it for a new row it would hide', async () => {
    mount('en', entries);
    await press('Next');
    type('#kl-glossary-search', 'afkorting');
    expect(range()).toBe('Rows 1–100 of 150 found');
    type('#kl-glossary-abbr', 'UDCG');
    type('#kl-glossary-expansion', 'Ukraine Defense Contact Group');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect($<HTMLInputElement>('#kl-glossary-search')?.value).toBe('');
    expect(range()).toBe('Rows 101–153 of 153');
    expect(focused()).toBe('row UDCG');
  });

  it('after deleting the last row a search found, focuses the search field', async () => {
    mount('en', entries);
    type('#kl-glossary-search', 'NAR');
    await press('Delete NAR');
    expect($('.kl-empty')?.textContent).toBe('No acronyms found for “NAR”.');
    expect(focused()).toBe('kl-glossary-search');
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages, type Language } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import type { UserGlossaryEntry } from '../../../src/ui/options/glossary-edit';
import { OptionsPage, type OptionsValues } from '../../../src/ui/options/OptionsPage';

const DEFAULTS: OptionsValues = {
  categories: { acronyms: true, citations: true, dates: false, outline: true },
  titleLookups: true,
  language: 'auto',
};

/** Renders the page the way the extension wires it: changes are stored, then shown. */
function mount(language: Language = 'nl', glossary: UserGlossaryEntry[] = []) {
  let values = DEFAULTS;
  let entries = glossary;
  const onChange = vi.fn(async (patch: Partial<OptionsValues>) => {
    values = { ...values, ...patch };
    draw();
  });
  const onGlossaryChange = vi.fn(async (next: UserGlossaryEntry[]) => {
    entries = next;
    draw();
  });
  const draw = () =>
    render(
      <OptionsPage
        language={language}
        values={values}
        onChange={onChange}
        glossary={entries}
        onGlossaryChange={onGlossaryChange}
      />,
      document.body,
    );
  act(draw);
  return { onChange, onGlossaryChange, entries: () => entries };
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const status = () => $('[role="status"]')?.textContent;

async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

// As the options page's entry does at its start: its strings are not in the shared table.
registerMessages(OPTIONS_MESSAGES);

describe('options page', () => {
  it('names every control (label or aria-label)', () => {
    mount('nl', [{ abbr: 'DPCR', expansion: 'Defence Planning Capability Review' }]);
    for (const el of document.querySelectorAll<HTMLElement>('input, button')) {
      const named =
        !!el.getAttribute('aria-label') ||
        !!el.closest('label') ||
        (el.id && !!document.querySelector(`label[for="${el.id}"]`)) ||
        (el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '');
      expect(named, `${el.tagName} ${el.id} ${el.className}`).toBe(true);
    }
    expect(Array.from(document.querySelectorAll('h1, h2')).map((h) => h.textContent)).toEqual([
      'Kamerlens – instellingen',
      'Wat Kamerlens toont',
      'Titels opzoeken',
      'Taal',
      'Eigen woordenlijst',
    ]);
  });

  it('stores a category switch at once and announces it politely', async () => {
    const { onChange } = mount();
    const box = $<HTMLInputElement>('input[name="category-acronyms"]');
    act(() => box?.click());
    expect(onChange).toHaveBeenCalledWith({
      categories: { acronyms: false, citations: true, dates: false, outline: true },
    });
    await flush();
    expect($('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(status()).toBe('Afkortingen markeren en uitleggen: uit');
  });

  it('switches title lookups and the language', async () => {
    const { onChange } = mount('en');
    act(() => $<HTMLInputElement>('input[name="titleLookups"]')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ titleLookups: false });
    await flush();
    expect(status()).toBe('Look up the titles of cited papers: off');
    act(() => $<HTMLInputElement>('input[name="language"][value="nl"]')?.click());
    expect(onChange).toHaveBeenLastCalledWith({ language: 'nl' });
    // The English option is labelled in English whatever the interface language.
    expect($('input[value="en"]')?.closest('label')?.querySelector('[lang="en"]')?.textContent).toBe(
      'English',
    );
  });

  it('says so when storing fails', async () => {
    const { onChange } = mount();
    onChange.mockRejectedValueOnce(new Error('quota'));
    act(() => $<HTMLInputElement>('input[name="category-dates"]')?.click());
    await flush();
    expect(status()).toBe('Opslaan is niet gelukt. Probeer het opnieuw.');
  });
});

describe('glossary editor', () => {
  it('adds an entry, and shows field errors tied to their input', async () => {
    const { entries } = mount();
    const abbr = $<HTMLInputElement>('#kl-glossary-abbr');
    const expansion = $<HTMLInputElement>('#kl-glossary-expansion');
    type(abbr, 'UDCG');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    expect(expansion?.getAttribute('aria-invalid')).toBe('true');
    const errorId = expansion?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('De betekenis ontbreekt.');
    type(expansion, 'Ukraine Defense Contact Group');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect(entries()).toEqual([{ abbr: 'UDCG', expansion: 'Ukraine Defense Contact Group' }]);
    expect(status()).toBe('UDCG toegevoegd.');
    expect($<HTMLInputElement>('#kl-glossary-abbr')?.value).toBe('');
    expect($('tbody th')?.textContent).toBe('UDCG');
  });

  it('edits, disables and deletes an entry', async () => {
    const { entries } = mount('nl', [
      { abbr: 'DPCR', expansion: 'Defence Planning Capability Review' },
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
    ]);
    act(() => $<HTMLButtonElement>('button[aria-label="DPCR bewerken"]')?.click());
    expect($('form h3')?.textContent).toBe('DPCR bewerken');
    expect($<HTMLInputElement>('#kl-glossary-abbr')?.value).toBe('DPCR');
    type($<HTMLInputElement>('#kl-glossary-expansion'), 'Defence Planning and Capability Review');
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect(entries()[0]).toEqual({ abbr: 'DPCR', expansion: 'Defence Planning and Capability Review' });
    expect(status()).toBe('DPCR bijgewerkt.');

    const enable = $<HTMLInputElement>('input[aria-label="NAR inschakelen"]');
    expect(enable?.checked).toBe(true);
    act(() => enable?.click());
    await flush();
    expect(entries()[1]).toEqual({ abbr: 'NAR', expansion: 'Noord-Atlantische Raad', disabled: true });
    expect(status()).toBe('NAR uitgeschakeld.');

    act(() => $<HTMLButtonElement>('button[aria-label="DPCR verwijderen"]')?.click());
    await flush();
    expect(entries().map((e) => e.abbr)).toEqual(['NAR']);
    expect(status()).toBe('DPCR verwijderd.');
  });

  async function importFile(name: string, text: string) {
    const input = $<HTMLInputElement>('#kl-glossary-import');
    if (!input) throw new Error('no file input');
    const file = new File([text], name, { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
  }

  it('imports a good CSV file and merges it into the list', async () => {
    const { entries } = mount('nl', [{ abbr: 'EU', expansion: 'Eurpese Unie' }]);
    await importFile('mijn-lijst.csv', 'afkorting;betekenis\nEU;Europese Unie\nNAR;Noord-Atlantische Raad\n');
    expect(entries()).toEqual([
      { abbr: 'EU', expansion: 'Europese Unie' },
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
    ]);
    expect(status()).toBe('2 afkortingen geïmporteerd uit mijn-lijst.csv.');
  });

  it('refuses a bad file with clear errors, and offers to import the good rows', async () => {
    const { onGlossaryChange, entries } = mount();
    await importFile('lijst.csv', 'abbr,expansion\nNAR,Noord-Atlantische Raad\nNoord Atlantisch,x\n');
    expect(onGlossaryChange).not.toHaveBeenCalled();
    const alert = $('[role="alert"]');
    expect(alert?.textContent).toContain('lijst.csv is niet geïmporteerd:');
    expect(alert?.querySelector('li')?.textContent).toBe(
      'Regel 3: Dit is geen afkorting: één woord van hoogstens 20 tekens.',
    );
    const partial = Array.from(alert?.querySelectorAll('button') ?? []).find((b) =>
      b.textContent?.startsWith('Alleen de 1'),
    );
    act(() => partial?.click());
    await flush();
    expect(entries()).toEqual([{ abbr: 'NAR', expansion: 'Noord-Atlantische Raad' }]);
    expect($('[role="alert"]')).toBeNull();
  });

  it('explains a file that is not JSON at all', async () => {
    mount('en');
    await importFile('glossary.json', '{ "entries": [ { "abbr": "NAR", ');
    expect($('[role="alert"] li')?.textContent).toBe('This is not valid JSON.');
    expect($('[role="alert"]')?.textContent).not.toContain('Import only');
  });

  it('exports the list as CSV and JSON downloads', () => {
    mount('nl', [{ abbr: 'NAR', expansion: 'Noord-Atlantische Raad' }]);
    const downloads: Array<{ name: string; href: string }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, href: this.href });
    });
    const buttons = Array.from(document.querySelectorAll('button'));
    act(() => buttons.find((b) => b.textContent === 'Exporteren als CSV')?.click());
    act(() => buttons.find((b) => b.textContent === 'Exporteren als JSON')?.click());
    expect(downloads.map((d) => d.name)).toEqual(['kamerlens-glossary.csv', 'kamerlens-glossary.json']);
    expect(downloads.every((d) => d.href.startsWith('blob:'))).toBe(true);
    click.mockRestore();
  });
});

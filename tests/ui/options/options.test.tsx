// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import { GlossaryEditor } from '../../../src/ui/options/GlossaryEditor';
import type { UserGlossaryEntry } from '../../../src/ui/options/glossary-edit';
import { flush, importFile, mount } from './options-harness';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const status = () => $('[role="status"]')?.textContent;

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

  // A screen reader said "Taal" three times: a region named by the heading, the heading, and the group's
  // hidden legend. The heading is now the group's legend: one name, still a heading and still the group's.
  it.each([
    ['nl', 'Taal'],
    ['en', 'Language'],
  ] as const)('names the language choice once (%s): its heading is its group’s legend', (lang, name) => {
    mount(lang);
    const group = $('input[name="language"]')?.closest('fieldset');
    const legend = group?.querySelector(':scope > legend');
    expect(legend?.textContent).toBe(name);
    expect(legend?.querySelector('h2')?.textContent).toBe(name);
    expect(legend?.closest('.kl-visually-hidden')).toBeNull();
    // Nothing else says it: no copy, no region or label naming the choice again.
    const said = [...document.querySelectorAll('main *')].filter(
      (el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim() === name) ||
        el.getAttribute('aria-label') === name,
    );
    expect(said).toEqual([legend?.querySelector('h2')]);
    expect(group?.closest('[aria-labelledby], [aria-label]')).toBeNull();
    expect(group?.querySelectorAll('input[type="radio"]')).toHaveLength(3);
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

  it('says so where everyone sees it when storing fails, until a change is stored', async () => {
    const { failNextSettingsSave } = mount();
    failNextSettingsSave(new Error('IO error'));
    act(() => $<HTMLInputElement>('input[name="category-dates"]')?.click());
    await flush();
    // Not only in the visually hidden status: an alert on the page itself.
    const alert = $('[role="alert"]');
    expect(alert?.textContent).toBe(
      '“Data in de tekst markeren (de tijdlijn staat altijd in de zijbalk)” aanzetten is niet opgeslagen. De instelling staat nog uit. Probeer het opnieuw.',
    );
    expect(alert?.closest('.kl-visually-hidden')).toBeNull();
    expect($<HTMLInputElement>('input[name="category-dates"]')?.checked).toBe(false);
    act(() => $<HTMLInputElement>('input[name="category-dates"]')?.click());
    await flush();
    expect($('[role="alert"]')).toBeNull();
  });

  it('names the setting a failed save was for, and shows the stored value again', async () => {
    const { failNextSettingsSave, values } = mount('en');
    const lookups = () => $<HTMLInputElement>('input[name="titleLookups"]');
    failNextSettingsSave(new Error('IO error'));
    act(() => lookups()?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      'Turning off “Look up the titles of cited papers” could not be saved. The setting is still on. Please try again.',
    );
    expect(lookups()?.checked).toBe(true);
    expect(values().titleLookups).toBe(true);
    expect(status()).toBe('');
  });

  it('says when a setting was not saved because the browser’s storage is full', async () => {
    mount('nl').failNextSettingsSave(
      Object.assign(new Error('Resource::kQuotaBytes quota exceeded'), { reason: 'quota' }),
    );
    act(() => $<HTMLInputElement>('input[name="category-acronyms"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      '“Afkortingen markeren en uitleggen” uitzetten is niet opgeslagen. De instelling staat nog aan. De opslag die de browser Kamerlens geeft, is vol; maak je eigen woordenlijst kleiner.',
    );
    expect($<HTMLInputElement>('input[name="category-acronyms"]')?.checked).toBe(true);
  });

  it('confirms a language choice in the language chosen', async () => {
    mount('nl');
    act(() => $<HTMLInputElement>('input[name="language"][value="en"]')?.click());
    await flush();
    expect($('main')?.getAttribute('lang')).toBe('en');
    expect(status()).toBe('Saved.');
    act(() => $<HTMLInputElement>('input[name="language"][value="nl"]')?.click());
    await flush();
    expect($('main')?.getAttribute('lang')).toBe('nl');
    expect(status()).toBe('Opgeslagen.');
    // A switch after it is confirmed in the language now shown.
    act(() => $<HTMLInputElement>('input[name="titleLookups"]')?.click());
    await flush();
    expect(status()).toBe('Titels van aangehaalde stukken opzoeken: uit');
  });

  it('takes away the last "saved" when a setting’s save fails', async () => {
    const { failNextSettingsSave } = mount('en');
    act(() => $<HTMLInputElement>('input[name="category-outline"]')?.click());
    await flush();
    expect(status()).toBe('Table of contents in the sidebar: off');
    failNextSettingsSave(new Error('IO error'));
    act(() => $<HTMLInputElement>('input[name="titleLookups"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      'Turning off “Look up the titles of cited papers” could not be saved. The setting is still on. Please try again.',
    );
    expect(status()).toBe('');
  });

  it('says which language was not saved, in the language the page is still in', async () => {
    const { failNextSettingsSave } = mount('nl');
    failNextSettingsSave(new Error('IO error'));
    act(() => $<HTMLInputElement>('input[name="language"][value="en"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      'De taal “English” is niet opgeslagen. De taal blijft “Automatisch (taal van de browser)”. Probeer het opnieuw.',
    );
    expect($<HTMLInputElement>('input[name="language"][value="auto"]')?.checked).toBe(true);
    expect($<HTMLInputElement>('input[name="language"][value="en"]')?.checked).toBe(false);
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

  // A screen reader says the other language's words in theirs: the Dutch names in the English page, the
  // English column names in the Dutch one.
  it.each([
    [
      'en',
      ['nl', 'Tweede Kamer'],
      ['nl', 'afkorting, betekenis, uitleg, categorie, uitgeschakeld'],
      [
        ['nl', 'afkorting'],
        ['nl', 'betekenis'],
      ],
      'Line 1: The header row needs the columns "abbr" and "expansion" (or "afkorting" and "betekenis").',
    ],
    [
      'nl',
      null,
      ['en', 'abbr, expansion, explanation, category, disabled'],
      [
        ['en', 'abbr'],
        ['en', 'expansion'],
      ],
      'Regel 1: De kopregel moet de kolommen "afkorting" en "betekenis" (of "abbr" en "expansion") hebben.',
    ],
  ] as const)(
    'marks the other language’s words in the %s page: lookups hint, import hint, a bad header',
    async (lang, lookups, hint, header, said) => {
      mount(lang);
      const marked = (el: Element | null) =>
        [...(el?.querySelectorAll('[lang]') ?? [])].map((e) => [e.getAttribute('lang'), e.textContent]);
      expect(marked($('#kl-opt-lookups-hint'))).toEqual(lookups ? [lookups] : []);
      expect(marked($('#kl-glossary-import-hint'))).toEqual([hint]);
      // A header the parser does not know (`waarde` is no column of it).
      await importFile('lijst.csv', 'abbr,waarde\nVDL,x\n');
      const error = $('.kl-import-errors li');
      expect(error?.textContent).toBe(said);
      expect(marked(error)).toEqual(header);
      // No mark is left as written in the tables.
      expect(document.body.textContent).not.toMatch(/\{(?:nl|en):/);
    },
  );

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
      b.textContent?.startsWith('Alleen de'),
    );
    // One good row: in the singular.
    expect(partial?.textContent).toBe('Alleen de ene goede afkorting importeren');
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

  it('says "1 acronym" in the singular: caption, import message and partial import button', async () => {
    mount('en');
    await importFile('one.csv', 'abbr,expansion\nNAR,Noord-Atlantische Raad\n');
    expect(status()).toBe('Imported 1 acronym from one.csv.');
    expect($('caption')?.textContent).toBe('1 acronym of your own');
    await importFile('two.csv', 'abbr,expansion\nEU,Europese Unie\nV D L,x\n');
    expect($('.kl-import-errors button')?.textContent).toBe('Import only the one valid acronym');
    render(null, document.body);
    mount('nl', [{ abbr: 'NAR', expansion: 'Noord-Atlantische Raad' }]);
    expect($('caption')?.textContent).toBe('1 eigen afkorting');
    await importFile('een.csv', 'abbr,expansion\nEU,Europese Unie\n');
    expect(status()).toBe('1 afkorting geïmporteerd uit een.csv.');
    expect($('caption')?.textContent).toBe('2 eigen afkortingen');
  });

  it('says which line of the file an abbreviation it repeats was first defined on', async () => {
    mount('en');
    await importFile('dups.csv', 'abbr,expansion\nABC,First\nABC,Second\n');
    expect($('.kl-import-errors li')?.textContent).toBe(
      'Line 3: ABC is already defined on line 2 of this file.',
    );
  });

  it('reads a CSV file Excel saved in Windows-1252, and one in UTF-16', async () => {
    const { entries } = mount('nl');
    // "FIN;Ministerie van Financiën" and "COÖ;Coördinatiecentrum", one byte per letter.
    const ansi = Uint8Array.from(
      Array.from('afkorting;betekenis\r\nFIN;Ministerie van Financiën\r\nCOÖ;Coördinatiecentrum\r\n', (c) =>
        c.charCodeAt(0),
      ),
    );
    await importFile('excel.csv', ansi);
    expect(entries()).toEqual([
      { abbr: 'FIN', expansion: 'Ministerie van Financiën' },
      { abbr: 'COÖ', expansion: 'Coördinatiecentrum' },
    ]);
    const text = 'afkorting\tbetekenis\r\nOCW\tOnderwijs, Cultuur en Wetenschap\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    await importFile('unicode.txt', utf16);
    expect(entries()[2]).toEqual({ abbr: 'OCW', expansion: 'Onderwijs, Cultuur en Wetenschap' });
  });

  it('shows a glossary save that failed for want of room, in words that say so', async () => {
    const { onGlossaryChange, entries } = mount('en', [{ abbr: 'NAR', expansion: 'Noord-Atlantische Raad' }]);
    onGlossaryChange.mockRejectedValueOnce(
      Object.assign(new Error('Resource::kQuotaBytes quota exceeded'), { reason: 'quota' }),
    );
    await importFile('big.csv', 'abbr,expansion\nEU,Europese Unie\n');
    expect(entries()).toHaveLength(1);
    expect($('[role="alert"]')?.textContent).toBe(
      'The acronyms from big.csv could not be saved. Your glossary is too large for the storage the browser gives Kamerlens (about 10 MB). Your list has not changed; make it smaller, with fewer acronyms or shorter texts.',
    );
    expect(status()).not.toContain('Imported');
  });

  it('names the change and the abbreviation a failed save was for, and drops the last "saved"', async () => {
    const { onGlossaryChange, entries } = mount('nl', [
      { abbr: 'DPCR', expansion: 'Defence Planning Capability Review' },
      { abbr: 'NAR', expansion: 'Noord-Atlantische Raad' },
    ]);
    const add = (abbr: string) => {
      type($<HTMLInputElement>('#kl-glossary-abbr'), abbr);
      type($<HTMLInputElement>('#kl-glossary-expansion'), `${abbr} voluit`);
      act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    };
    add('UDCG');
    await flush();
    expect(status()).toBe('UDCG toegevoegd.');

    onGlossaryChange.mockRejectedValueOnce(new Error('IO error'));
    add('ABCX');
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      '“ABCX” toevoegen is niet opgeslagen. Probeer het opnieuw.',
    );
    // No "UDCG toegevoegd." left beside it.
    expect(status()).toBe('');
    expect(entries().map((e) => e.abbr)).toEqual(['DPCR', 'NAR', 'UDCG']);

    onGlossaryChange.mockRejectedValueOnce(new Error('IO error'));
    act(() => $<HTMLInputElement>('input[aria-label="NAR inschakelen"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      '“NAR” uitschakelen is niet opgeslagen. Probeer het opnieuw.',
    );

    onGlossaryChange.mockRejectedValueOnce(new Error('IO error'));
    act(() => $<HTMLButtonElement>('button[aria-label="DPCR verwijderen"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      '“DPCR” verwijderen is niet opgeslagen. Probeer het opnieuw.',
    );

    // An edit is named by the abbreviation the row still has, renamed or not.
    act(() => $<HTMLButtonElement>('button[aria-label="DPCR bewerken"]')?.click());
    type($<HTMLInputElement>('#kl-glossary-abbr'), 'DPCRX');
    onGlossaryChange.mockRejectedValueOnce(
      Object.assign(new Error('Resource::kQuotaBytes quota exceeded'), { reason: 'quota' }),
    );
    act(() => $<HTMLButtonElement>('form button[type="submit"]')?.click());
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(
      'De wijziging van “DPCR” is niet opgeslagen. Je woordenlijst is te groot voor de opslag die de browser Kamerlens geeft (ongeveer 10 MB). Je lijst is niet veranderd; maak hem kleiner, met minder afkortingen of kortere teksten.',
    );
  });

  it('writes the number of acronyms imported the way the language does', async () => {
    const csv = (n: number) =>
      ['abbr,expansion', ...Array.from({ length: n }, (_, i) => `B${i},Betekenis ${i}`)].join('\n');
    mount('nl');
    await importFile('lang.csv', csv(1200));
    expect(status()).toBe('1.200 afkortingen geïmporteerd uit lang.csv.');
    expect($('caption')?.textContent).toBe('1.200 eigen afkortingen');
    render(null, document.body);
    mount('en');
    await importFile('long.csv', csv(1200));
    expect(status()).toBe('Imported 1,200 acronyms from long.csv.');
  });

  describe('keyboard focus stays where the reader was', () => {
    const LIST = ['AAA', 'BBB', 'CCC'].map((abbr) => ({ abbr, expansion: `${abbr} voluit` }));
    const press = async (selector: string) => {
      const button = $<HTMLButtonElement>(selector);
      if (!button) throw new Error(`no ${selector}`);
      button.focus();
      act(() => button.click());
      await flush();
    };
    const focused = () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id;

    it('after Delete: the next row’s Delete, the previous one at the end, the add field when empty', async () => {
      mount('en', LIST);
      await press('button[aria-label="Delete BBB"]');
      expect(focused()).toBe('Delete CCC');
      await press('button[aria-label="Delete CCC"]');
      expect(focused()).toBe('Delete AAA');
      await press('button[aria-label="Delete AAA"]');
      expect(focused()).toBe('kl-glossary-abbr');
    });

    it('after Cancel: the Edit button of the row that was being edited', async () => {
      mount('en', LIST);
      await press('button[aria-label="Edit BBB"]');
      expect(focused()).toBe('kl-glossary-abbr');
      const cancel = Array.from(document.querySelectorAll('form button')).find(
        (b) => b.textContent === 'Cancel',
      );
      cancel?.setAttribute('data-test', 'cancel');
      await press('button[data-test="cancel"]');
      expect(focused()).toBe('Edit BBB');
    });

    it('after Close or a partial import of a bad file: the file field', async () => {
      mount('en');
      await importFile('bad.csv', 'abbr,expansion\nEU,Europese Unie\nV D L,x\n');
      const [partial, close] = Array.from(
        document.querySelectorAll<HTMLButtonElement>('.kl-import-errors button'),
      );
      close?.setAttribute('data-test', 'close');
      await press('button[data-test="close"]');
      expect(focused()).toBe('kl-glossary-import');
      await importFile('bad.csv', 'abbr,expansion\nEU,Europese Unie\nV D L,x\n');
      expect(partial?.textContent).toBe('Import only the one valid acronym');
      $('.kl-import-errors button')?.setAttribute('data-test', 'partial');
      ($('#kl-glossary-abbr') as HTMLInputElement).focus();
      await press('button[data-test="partial"]');
      expect(focused()).toBe('kl-glossary-import');
      expect($('tbody th')?.textContent).toBe('EU');
    });
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

describe('a long glossary', () => {
  it('draws only the row that changed when one is switched off or deleted', async () => {
    let entries: UserGlossaryEntry[] = Array.from({ length: 200 }, (_, i) => ({
      abbr: `A${i}`,
      expansion: `Afkorting ${i}`,
    }));
    const t = vi.fn(translator('en'));
    const draw = () =>
      render(
        <GlossaryEditor
          language="en"
          t={t}
          entries={entries}
          onChange={async (next) => {
            entries = next;
            draw();
          }}
          announce={() => undefined}
          alert={() => undefined}
        />,
        document.body,
      );
    act(draw);
    // Every shown row's labels are translated when the table is first drawn (a page of 100)…
    expect(t.mock.calls.length).toBeGreaterThan(300);
    t.mockClear();
    act(() => $<HTMLInputElement>('input[aria-label="Enable A50"]')?.click());
    await flush();
    expect(entries[50]?.disabled).toBe(true);
    // …but not again for a toggle or a delete: every row drawn again per change froze the page.
    expect(t.mock.calls.length).toBeLessThan(60);
    t.mockClear();
    act(() => $<HTMLButtonElement>('button[aria-label="Delete A40"]')?.click());
    await flush();
    expect(entries).toHaveLength(199);
    // The first row of the next page moved up: that one row is drawn, not the page (the pagers
    // above and below the table are drawn again, a few labels each).
    expect(t.mock.calls.length).toBeLessThan(100);
  });
});

// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';

// `wxt/browser` picks its `browser` when first imported: the fake must be in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../../install-fake-browser'));

import { loadSettings } from '../../../src/settings/settings';
import { loadUserGlossary, saveUserGlossary } from '../../../src/settings/user-glossary-item';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
  expect(check()).toBe(true);
}

describe('options page entry (extension/options/main.tsx)', () => {
  it('after a failed save, shows what is stored and says why, visibly', async () => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
    await saveUserGlossary([{ abbr: 'NAR', expansion: 'Noord-Atlantische Raad' }]);
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    await import('../../../extension/options/main');
    await until(() => $('tbody th')?.textContent === 'NAR');

    // Storage is full: the import is shown at once, then taken back when it is not stored.
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const input = $<HTMLInputElement>('#kl-glossary-import');
    const file = new File(['abbr,expansion\nEU,Europese Unie\nOCW,Onderwijs\n'], 'more.csv');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => !!$('[role="alert"]'));
    expect($('[role="alert"]')?.textContent).toMatch(
      /^The acronyms from more\.csv could not be saved\. Your glossary is too large/,
    );
    expect($('[role="alert"]')?.closest('.kl-visually-hidden')).toBeNull();
    await until(() => document.querySelectorAll('tbody tr').length === 1);
    expect($('caption')?.textContent).toBe('1 acronym of your own');
    expect(await loadUserGlossary()).toHaveLength(1);

    // A setting that is not stored goes back to its stored state.
    const dates = $<HTMLInputElement>('input[name="category-dates"]');
    const stored = (await loadSettings()).categories.dates;
    expect(dates?.checked).toBe(stored);
    set.mockRejectedValue(new Error('IO error'));
    act(() => dates?.click());
    // The alert names the setting and what is stored (off, the default).
    expect(stored).toBe(false);
    await until(
      () =>
        $('[role="alert"]')?.textContent ===
        'Turning on “Mark dates in the text (the timeline is always in the sidebar)” could not be saved. The setting is still off. Please try again.',
    );
    await until(() => $<HTMLInputElement>('input[name="category-dates"]')?.checked === stored);
    set.mockRestore();
  });

  it('confirms a language choice in the language just chosen', async () => {
    // The page above is in English (the browser's language); Dutch chosen, Dutch it confirms in.
    act(() => $<HTMLInputElement>('input[name="language"][value="nl"]')?.click());
    await until(() => document.documentElement.lang === 'nl');
    await until(() => $('[role="status"]')?.textContent === 'Opgeslagen.');
    act(() => $<HTMLInputElement>('input[name="language"][value="en"]')?.click());
    await until(() => document.documentElement.lang === 'en');
    await until(() => $('[role="status"]')?.textContent === 'Saved.');
  });
});

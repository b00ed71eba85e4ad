// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserGlossaryError } from '../../../src/core/acronyms/user-glossary';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import { ImportErrors, type FailedImport } from '../../../src/ui/options/ImportErrors';

registerMessages(OPTIONS_MESSAGES);

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

const t = translator('nl');
const missing = (line: number): UserGlossaryError => ({
  code: 'missing-abbr',
  line,
  message: 'no abbreviation',
});
const good = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ abbr: `A${i}`, expansion: `Afkorting ${i}` }));

function show(failed: FailedImport) {
  const onImportGood = vi.fn();
  const onDismiss = vi.fn();
  act(() =>
    render(
      <ImportErrors failed={failed} t={t} onImportGood={onImportGood} onDismiss={onDismiss} />,
      document.body,
    ),
  );
  const box = document.querySelector<HTMLElement>('.kl-import-errors');
  const items = Array.from(document.querySelectorAll('li')).map((li) => li.textContent ?? '');
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button'));
  return { box, items, buttons, onImportGood, onDismiss };
}

describe('ImportErrors', () => {
  it("is an alert naming the file, each error with its line, and offers to import the file's good entries", () => {
    const { box, items, buttons, onImportGood, onDismiss } = show({
      file: 'mijn-lijst.csv',
      unit: 'line',
      entries: good(3),
      errors: [missing(2), missing(5)],
    });
    expect(box?.getAttribute('role')).toBe('alert');
    expect(box?.textContent).toContain('mijn-lijst.csv is niet geïmporteerd:');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('2');
    expect(items[0]).toContain('De afkorting ontbreekt.');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Alleen de 3 goede afkortingen importeren',
      t('glossaryImportDismiss'),
    ]);
    act(() => buttons[0]?.click());
    act(() => buttons[1]?.click());
    expect([onImportGood.mock.calls.length, onDismiss.mock.calls.length]).toEqual([1, 1]);
  });

  it('says "the one" for a single good entry, and offers nothing to import when none is good', () => {
    expect(
      show({ file: 'a.csv', unit: 'line', entries: good(1), errors: [missing(2)] }).buttons[0]?.textContent,
    ).toBe('Alleen de ene goede afkorting importeren');
    const none = show({ file: 'a.csv', unit: 'line', entries: [], errors: [missing(1)] });
    expect(none.buttons.map((b) => b.textContent)).toEqual([t('glossaryImportDismiss')]);
  });

  it('lists the first twenty errors of a file with more, and an ellipsis for the rest', () => {
    const errors = Array.from({ length: 45 }, (_, i) => missing(i + 1));
    const { items } = show({ file: 'groot.csv', unit: 'line', entries: [], errors });
    expect(items).toHaveLength(21);
    expect(items[20]).toBe('…');
  });

  it('shows markup in a file name as text', () => {
    const { box } = show({
      file: '<img src=x onerror=alert(1)>.csv',
      unit: 'line',
      entries: [],
      errors: [missing(1)],
    });
    expect(box?.querySelector('img')).toBeNull();
    expect(box?.textContent).toContain('<img src=x onerror=alert(1)>.csv');
  });
});

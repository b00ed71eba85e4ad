import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { Language } from '../../../src/i18n';
import type { UserGlossaryEntry } from '../../../src/ui/options/glossary-edit';
import { OptionsPage, type OptionsValues } from '../../../src/ui/options/OptionsPage';

export const DEFAULTS: OptionsValues = {
  categories: { acronyms: true, citations: true, dates: false, outline: true },
  titleLookups: true,
  language: 'auto',
};

/**
 * Renders the page the way the extension wires it: changes are stored, then shown, in the
 * language chosen (`language` standing for the browser's, which "auto" follows). After
 * `failNextSettingsSave(error)`, the next settings change goes as `extension/options/main.tsx`
 * has it go when storage refuses it: shown at once, then drawn again from what is stored, and
 * the promise rejects with `error`.
 */
export function mount(language: Language = 'nl', glossary: UserGlossaryEntry[] = []) {
  let values = DEFAULTS;
  let entries = glossary;
  let failure: { error: unknown } | null = null;
  const onChange = vi.fn(async (patch: Partial<OptionsValues>) => {
    const stored = values;
    values = { ...values, ...patch };
    draw();
    if (!failure) return;
    const { error } = failure;
    failure = null;
    values = stored;
    draw();
    throw error;
  });
  const onGlossaryChange = vi.fn(async (next: UserGlossaryEntry[]) => {
    entries = next;
    draw();
  });
  const draw = () =>
    render(
      <OptionsPage
        language={values.language === 'auto' ? language : values.language}
        values={values}
        onChange={onChange}
        glossary={entries}
        onGlossaryChange={onGlossaryChange}
      />,
      document.body,
    );
  act(draw);
  return {
    onChange,
    onGlossaryChange,
    entries: () => entries,
    values: () => values,
    failNextSettingsSave: (error: unknown) => {
      failure = { error };
    },
  };
}

/** Lets the page's pending promises (a save, a file read) settle and render. */
export async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Chooses `content` as the file `name` in the page's import field. */
export async function importFile(name: string, content: string | Uint8Array<ArrayBuffer>) {
  const input = document.querySelector<HTMLInputElement>('#kl-glossary-import');
  if (!input) throw new Error('no file input');
  const file = new File([content], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

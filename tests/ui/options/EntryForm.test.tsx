// @vitest-environment happy-dom
import { createRef, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import { EntryForm } from '../../../src/ui/options/EntryForm';
import type { DraftCheck, EntryDraft } from '../../../src/ui/options/glossary-edit';

registerMessages(OPTIONS_MESSAGES);

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

const t = translator('nl');
const DRAFT: EntryDraft = { abbr: 'NAVO', expansion: '', explanation: '', disabled: false };

function show(editing: string | null, errors: DraftCheck['errors'] = {}) {
  const onDraft = vi.fn();
  const onSubmit = vi.fn((e: Event) => e.preventDefault());
  const onCancel = vi.fn();
  act(() =>
    render(
      <EntryForm
        t={t}
        draft={DRAFT}
        errors={errors}
        editing={editing}
        formRef={createRef()}
        onDraft={onDraft}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />,
      document.body,
    ),
  );
  const field = (name: string) => document.getElementById(`kl-glossary-${name}`) as HTMLInputElement;
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button'));
  return { field, buttons, onDraft, onSubmit, onCancel };
}

describe('EntryForm', () => {
  it('adds an entry: its heading and button say so, and there is nothing to cancel', () => {
    const { buttons } = show(null);
    expect(document.querySelector('form')?.getAttribute('aria-labelledby')).toBe('kl-glossary-form-heading');
    expect(document.getElementById('kl-glossary-form-heading')?.textContent).toBe('Afkorting toevoegen');
    expect(buttons.map((b) => b.textContent)).toEqual([t('glossaryAdd')]);
  });

  it('edits an entry by its abbreviation, with Save and Cancel', () => {
    const { buttons, onCancel } = show('NAVO');
    expect(document.getElementById('kl-glossary-form-heading')?.textContent).toBe('NAVO bewerken');
    expect(buttons.map((b) => b.textContent)).toEqual([t('glossarySave'), 'Annuleren']);
    act(() => buttons[1]?.click());
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('gives what is typed and the switch to the editor, field by field', () => {
    const { field, onDraft } = show(null);
    act(() => {
      field('expansion').value = 'Noord-Atlantische Verdragsorganisatie';
      field('expansion').dispatchEvent(new Event('input', { bubbles: true }));
    });
    const checkbox = document.querySelector<HTMLInputElement>('input[type="checkbox"]') as HTMLInputElement;
    act(() => checkbox.click());
    expect(onDraft.mock.calls).toEqual([
      [{ ...DRAFT, expansion: 'Noord-Atlantische Verdragsorganisatie' }],
      [{ ...DRAFT, disabled: true }],
    ]);
  });

  it('ties an error to its field: marked invalid and described by the message below it', () => {
    const { field } = show(null, { expansion: 'missing-expansion' });
    const input = field('expansion');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe(t('glossaryError_missing-expansion'));
    expect(field('abbr').getAttribute('aria-invalid')).toBeNull();
    expect(field('abbr').getAttribute('aria-describedby')).toBeNull();
  });
});

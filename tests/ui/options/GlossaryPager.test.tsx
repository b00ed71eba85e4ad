// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages, translator } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import { GlossaryPager } from '../../../src/ui/options/GlossaryPager';
import type { GlossaryPage } from '../../../src/ui/options/glossary-pages';

registerMessages(OPTIONS_MESSAGES);

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

const t = translator('nl');
const number = new Intl.NumberFormat('nl-NL');
/** Page `index` of a list of `count` pages of 100 rows (the rows themselves are not drawn by the pager). */
const page = (index: number, count: number): GlossaryPage => ({
  index,
  count,
  from: index * 100 + 1,
  to: Math.min((index + 1) * 100, 250),
  total: 250,
  rows: [],
});

function show(view: GlossaryPage, below = false) {
  const onTurn = vi.fn();
  const onJump = vi.fn();
  act(() =>
    render(
      <GlossaryPager
        below={below}
        view={view}
        range="Rijen 101–200 van 250"
        t={t}
        number={number}
        onTurn={onTurn}
        onJump={onJump}
      />,
      document.body,
    ),
  );
  const group = document.querySelector<HTMLElement>('.kl-pager');
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.kl-pager > button'));
  const named = (name: string) => buttons.find((b) => b.textContent === name) as HTMLButtonElement;
  return { group, buttons, named, onTurn, onJump };
}

describe('GlossaryPager', () => {
  it('is a group named for its place, with the range that describes its buttons', () => {
    const above = show(page(1, 3));
    expect(above.group?.getAttribute('role')).toBe('group');
    expect(above.group?.getAttribute('aria-label')).toBe(t('glossaryPages'));
    expect(document.getElementById('kl-glossary-range')?.textContent).toBe('Rijen 101–200 van 250');
    for (const b of above.buttons) expect(b.getAttribute('aria-describedby')).toBe('kl-glossary-range');
    const under = show(page(1, 3), true);
    expect(under.group?.getAttribute('aria-label')).toBe(t('glossaryPagesBelow'));
    expect(document.getElementById('kl-glossary-range-below')).not.toBeNull();
  });

  it('turns to the first, previous, next and last page', () => {
    const { named, onTurn } = show(page(1, 3));
    for (const name of ['glossaryFirst', 'glossaryPrevious', 'glossaryNext', 'glossaryLast'] as const)
      act(() => named(t(name)).click());
    expect(onTurn.mock.calls).toEqual([[0], [0], [2], [2]]);
  });

  it('keeps the buttons that lead nowhere focusable but marked off, and turns nothing with them', () => {
    const first = show(page(0, 3));
    expect(first.named(t('glossaryFirst')).getAttribute('aria-disabled')).toBe('true');
    expect(first.named(t('glossaryPrevious')).disabled).toBe(false);
    act(() => first.named(t('glossaryPrevious')).click());
    expect(first.onTurn).not.toHaveBeenCalled();
    expect(first.named(t('glossaryNext')).getAttribute('aria-disabled')).toBeNull();
    const last = show(page(2, 3));
    act(() => last.named(t('glossaryLast')).click());
    expect(last.onTurn).not.toHaveBeenCalled();
  });

  it('shows only the range for a list of one page: no buttons, no page field', () => {
    const { buttons } = show(page(0, 1));
    expect(buttons).toEqual([]);
    expect(document.querySelector('input')).toBeNull();
    expect(document.getElementById('kl-glossary-range')?.textContent).toBe('Rijen 101–200 van 250');
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/ui/popup/Popup';

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

describe('popup', () => {
  it('says in Dutch where Kamerlens works', () => {
    render(<Popup language="nl" />, document.body);
    const text = document.body.textContent ?? '';
    expect(document.querySelector('h1')?.textContent).toBe('Kamerlens');
    expect(text).toContain('Kamerstukken op zoek.officielebekendmakingen.nl');
    expect(text).toContain('Kamerstukken op tweedekamer.nl');
    // No options page in the build: no dead link.
    expect(document.querySelector('button')).toBeNull();
  });

  it('says it in English, and opens the options page', () => {
    const onOpenOptions = vi.fn();
    render(<Popup language="en" onOpenOptions={onOpenOptions} />, document.body);
    expect(document.querySelector('h2')?.textContent).toBe('Where does Kamerlens work?');
    const button = document.querySelector('button');
    expect(button?.textContent).toBe('Settings');
    button?.click();
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it('marks the Dutch name of the papers Dutch in the English popup, for a screen reader', () => {
    render(<Popup language="en" />, document.body);
    const items = [...document.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Parliamentary papers (Kamerstukken) on zoek.officielebekendmakingen.nl',
      'Parliamentary papers (Kamerstukken) on tweedekamer.nl',
    ]);
    for (const li of items) {
      expect([...li.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([
        ['nl', 'Kamerstukken'],
      ]);
    }
    // The Dutch popup has no word of another language.
    render(<Popup language="nl" />, document.body);
    expect(document.querySelectorAll('main [lang]')).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerMessages } from '../../../src/i18n';
import { OPTIONS_MESSAGES } from '../../../src/i18n/messages-options';
import { importFile, mount } from './options-harness';

// The list's maximum made 5 here: the page with 5000 rows takes happy-dom seconds to draw. The
// 5000 itself is tested on the pure functions (glossary-edit.test.ts).
vi.mock('../../../src/core/acronyms/user-glossary', async (original) => ({
  ...(await original<typeof import('../../../src/core/acronyms/user-glossary')>()),
  MAX_USER_ENTRIES: 5,
}));

registerMessages(OPTIONS_MESSAGES);

afterEach(() => {
  render(null, document.body);
});

describe('an import past the maximum of the list', () => {
  it('imports what fits, and says visibly how many were left out, from which on, and why', async () => {
    const { entries } = mount('en', [
      { abbr: 'A1', expansion: 'a' },
      { abbr: 'A2', expansion: 'a' },
      { abbr: 'A3', expansion: 'a' },
    ]);
    await importFile('more.csv', 'abbr,expansion\nA1,Nieuw\nB1,b\nB2,b\nB3,b\nB4,b\n');
    expect(entries().map((e) => e.abbr)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2']);
    expect(entries()[0]).toEqual({ abbr: 'A1', expansion: 'Nieuw' });
    const notice = document.querySelector('.kl-notice');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toBe(
      'Imported 3 of the 5 acronyms from more.csv. The other 2, from B3 onwards, were left out: your list can hold at most 5 acronyms.',
    );
    await importFile('again.csv', 'abbr,expansion\nC1,c\n');
    expect(entries()).toHaveLength(5);
    expect(document.querySelector('.kl-notice')?.textContent).toBe(
      'Nothing imported from again.csv: your list already holds 5 acronyms, the maximum. Delete some first.',
    );
  });
});

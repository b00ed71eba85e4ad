import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { en, nl, type MessageKey } from '../../src/i18n/messages';
import { optionsEn, optionsNl } from '../../src/i18n/messages-options';
import { sidebarEn, sidebarNl } from '../../src/i18n/messages-sidebar';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  it('include the sidebar and options tables in both languages', () => {
    for (const [part, whole] of [
      [sidebarNl, nl],
      [optionsNl, nl],
      [sidebarEn, en],
      [optionsEn, en],
    ] as const) {
      for (const [key, value] of Object.entries(part)) expect(whole[key as MessageKey]).toBe(value);
    }
  });

  it('use the same placeholders in Dutch and English', () => {
    for (const key of Object.keys(nl) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it.each([
    ['nl', 'timelineLetterDate', { date: '30 september 2022' }, 'Datum van de brief: 30 september 2022'],
    ['en', 'timelineLetterDate', { date: '30 September 2022' }, 'Letter date: 30 September 2022'],
    ['nl', 'citationsDossier', { dossier: '29 521' }, 'Dossier 29 521'],
    ['nl', 'acronymCount', { count: 26 }, '26× in de tekst'],
    [
      'en',
      'glossaryErrorLine',
      { line: 3, message: 'The acronym is missing.' },
      'Line 3: The acronym is missing.',
    ],
  ] as const)('%s %s', (lang, key, vars, expected) => {
    expect(translate(lang, key, vars)).toBe(expected);
  });
});

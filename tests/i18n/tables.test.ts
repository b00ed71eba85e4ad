import { describe, expect, it } from 'vitest';
import { registerMessages, translate } from '../../src/i18n';
import { en, nl } from '../../src/i18n/messages';
import { exportEn, exportNl } from '../../src/i18n/messages-export';
import { OPTIONS_MESSAGES, optionsEn, optionsNl } from '../../src/i18n/messages-options';
import { popupEn, popupNl } from '../../src/i18n/messages-popup';
import { sidebarEn, sidebarNl } from '../../src/i18n/messages-sidebar';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Every table Kamerlens has, each with its two languages.
const TABLES = [
  ['pages', nl, en],
  ['options page', optionsNl, optionsEn],
  ['popup', popupNl, popupEn],
  ['exports (background)', exportNl, exportEn],
] as const;

describe('message tables', () => {
  it('include the sidebar table in the pages’ table, in both languages', () => {
    for (const [part, whole] of [
      [sidebarNl, nl],
      [sidebarEn, en],
    ] as const) {
      for (const [key, value] of Object.entries(part)) expect(whole[key as keyof typeof nl]).toBe(value);
    }
  });

  it('leave the other contexts’ strings out of the pages’ table (the content script never shows them)', () => {
    for (const table of [optionsNl, popupNl, exportNl]) {
      for (const key of Object.keys(table)) {
        expect(Object.keys(nl), key).not.toContain(key);
        expect(Object.keys(en), key).not.toContain(key);
      }
    }
    // No key is in two tables, so registering one never changes another's strings.
    const all = TABLES.flatMap(([, table]) => Object.keys(table));
    expect(all.length).toBe(new Set(all).size);
  });

  it.each(TABLES)('%s: has every string in both languages, none empty', (_, nlTable, enTable) => {
    const keys = Object.keys(nlTable).sort();
    expect(Object.keys(enTable).sort()).toEqual(keys);
    for (const key of keys) {
      expect((nlTable as Record<string, string>)[key]?.trim(), `nl.${key}`).not.toBe('');
      expect((enTable as Record<string, string>)[key]?.trim(), `en.${key}`).not.toBe('');
    }
  });

  it.each(TABLES)('%s: uses the same placeholders in Dutch and English', (_, nlTable, enTable) => {
    for (const [key, value] of Object.entries(nlTable)) {
      expect(placeholders((enTable as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(value));
    }
  });

  // A word of the other language is marked with it (`{nl:Kamerstuk}` in English, `{en:abbr}` in Dutch), for the
  // interface to put it in an element with its `lang`; anything else in braces is a placeholder.
  it.each(TABLES)('%s: marks words of the other language only, and well formed', (_, nlTable, enTable) => {
    for (const [table, other] of [
      [nlTable, 'en'],
      [enTable, 'nl'],
    ] as const) {
      for (const [key, value] of Object.entries(table)) {
        const marks = [...value.matchAll(/\{(\w+):([^{}]*)\}/g)];
        for (const [, lang, word] of marks) {
          expect(lang, key).toBe(other);
          expect(word?.trim(), key).toBe(word);
          expect(word, key).not.toBe('');
        }
        expect(value.replace(/\{(\w+):[^{}]*\}|\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
      }
    }
  });

  // The Dutch names the English interface gives in brackets, `Parliamentary paper (Kamerstuk)`, are all marked
  // Dutch: a word in an English bracket that only the Dutch table uses is a Dutch word left unmarked. A name
  // both languages put in brackets (`Commitments (Markdown)`, `Toezeggingen (Markdown)`) is no Dutch word.
  it.each(TABLES)('%s: English brackets hold no Dutch word left unmarked', (_, nlTable, enTable) => {
    const nlStrings = nlTable as Record<string, string>;
    const enStrings = enTable as Record<string, string>;
    // Words, leaving out placeholders and marked words.
    const words = (text: string) =>
      text
        .replace(/\{[^{}]*\}/g, ' ')
        .toLowerCase()
        .match(/\p{L}{4,}/gu) ?? [];
    const bracketed = (text: string) =>
      [...text.matchAll(/\(([^()]*)\)/g)].flatMap(([, inside]) => words(inside ?? ''));
    const dutch = new Set(Object.values(nlStrings).flatMap(words));
    // What the English interface says in its own words: outside brackets.
    const english = new Set(Object.values(enStrings).flatMap((v) => words(v.replace(/\([^()]*\)/g, ' '))));
    for (const [key, value] of Object.entries(enStrings)) {
      const names = new Set(bracketed(nlStrings[key] ?? ''));
      const unmarked = bracketed(value).filter((w) => dutch.has(w) && !english.has(w) && !names.has(w));
      expect(unmarked, key).toEqual([]);
    }
  });

  // One name for one thing in the English interface: the popover's "House of Representatives" was
  // "the Tweede Kamer" on the options page, and its "Abbreviation" was "Acronym" everywhere else.
  it.each(TABLES)('%s: English names things as the rest of the English interface does', (_, __, enTable) => {
    for (const [key, value] of Object.entries(enTable)) {
      if (value.includes('Tweede Kamer'))
        expect(value, key).toContain('House of Representatives ({nl:Tweede Kamer})');
      expect(value, key).not.toMatch(/abbreviation/i);
      // The inhoudsopgave is the "table of contents" (its heading "Contents"), never an "outline"; a
      // meaning the paper gives is "defined" in it (sidebar and popover alike); a paper's soort is its "Type".
      expect(value, key).not.toMatch(/\boutline\b|\bexplained in\b/i);
      expect(value, key).not.toBe('Kind');
      // A change that storage refused "could not be saved" (it was never "not saved" on purpose).
      expect(value, key).not.toMatch(/\b(?:was|were) not saved\b/);
      // A cited paper is a "citation" (sidebar, popover, options, popup), never a "reference"; where a finding
      // stands in the paper is a "mention" (the sidebar's citations and the popover's acronyms were "occurrences").
      expect(value, key).not.toMatch(/\breferences?\b|\boccur/i);
    }
  });

  // The Dutch the same way: a place in the paper is a "vermelding" (the popover said "plek" and "4 van 26 keer").
  it.each(TABLES)('%s: Dutch names a place in the paper as the sidebar does', (_, nlTable) => {
    for (const [key, value] of Object.entries(nlTable))
      expect(value, key).not.toMatch(/\bplek\b|\bkeer in\b/i);
  });

  it('shows the key of an unregistered table, and the strings once the options page registers it', () => {
    expect(translate('nl', 'optionsSaved')).toBe('optionsSaved');
    registerMessages(OPTIONS_MESSAGES);
    expect(translate('nl', 'optionsSaved')).toBe('Opgeslagen.');
    expect(translate('en', 'optionsSaved')).toBe('Saved.');
    // The pages' strings are untouched by it.
    expect(translate('en', 'sidebarClose')).toBe('Close sidebar');
    // Registering again changes nothing.
    registerMessages(OPTIONS_MESSAGES);
    expect(translate('en', 'optionsSaved')).toBe('Saved.');
  });

  it.each([
    [
      'nl',
      'timelineLetterDate',
      { doc: 'de brief', date: '30 september 2022' },
      'Datum van de brief: 30 september 2022',
    ],
    [
      'en',
      'timelineLetterDate',
      { doc: 'the paper', date: '30 September 2022' },
      'Date of the paper: 30 September 2022',
    ],
    ['nl', 'citationsDossier', { dossier: '29 521' }, 'Dossier 29 521'],
    ['nl', 'acronymCount', { count: 26 }, '26× in dit stuk'],
    [
      'en',
      'glossaryErrorLine',
      { line: 3, message: 'The acronym is missing.' },
      'Line 3: The acronym is missing.',
    ],
  ] as const)('%s %s', (lang, key, vars, expected) => {
    registerMessages(OPTIONS_MESSAGES);
    expect(translate(lang, key, vars)).toBe(expected);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLocale, resolveLanguage, setLanguageSetting, t, translate, translator } from '../../src/i18n';
import {
  documentKindLabel,
  formatIsoDate,
  formatIsoRange,
  outlineKindLabel,
  outlineTitle,
} from '../../src/i18n/format';
import { en, nl, type PageMessageKey } from '../../src/i18n/messages';

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'nl-NL', 'nl'],
    ['auto', 'nl', 'nl'],
    ['auto', 'en-US', 'en'],
    ['auto', 'en', 'en'],
    ['auto', 'EN-gb', 'en'],
    // Not English: Dutch, the language of the papers themselves.
    ['auto', 'de-DE', 'nl'],
    ['auto', 'fr', 'nl'],
    ['auto', '', 'nl'],
    ['auto', undefined, 'nl'],
    // "eng"-like but not English must not count.
    ['auto', 'enx', 'nl'],
    // A fixed setting wins over the browser.
    ['nl', 'en-US', 'nl'],
    ['en', 'nl-NL', 'en'],
  ] as const)('%s with browser %s → %s', (setting, locale, expected) => {
    expect(resolveLanguage(setting, locale)).toBe(expected);
  });
});

describe('browserLocale', () => {
  afterEach(() => vi.unstubAllGlobals());

  // The sidebar and the popup must agree: all read the language the browser asks pages for, never the
  // extension API's menu language (an English Firefox of a reader who asks pages for Dutch).
  it.each([
    ['the language asked of pages', { language: 'nl-NL' }, 'en-US', 'nl-NL'],
    ['English', { language: 'en-GB' }, 'nl', 'en-GB'],
    ['no navigator (the CLI)', undefined, undefined, ''],
    ['a language that is not a string', { language: 42 }, undefined, ''],
  ] as const)('%s', (_name, navigator, menuLanguage, expected) => {
    vi.stubGlobal('navigator', navigator);
    const getUILanguage = (): string | undefined => menuLanguage;
    vi.stubGlobal('chrome', { i18n: { getUILanguage } });
    expect(browserLocale()).toBe(expected);
  });
});

describe('messages', () => {
  it('has every string in both languages, none empty', () => {
    const keys = Object.keys(nl) as PageMessageKey[];
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(nl[key].trim(), `nl.${key}`).not.toBe('');
      expect(en[key].trim(), `en.${key}`).not.toBe('');
    }
  });

  it('fills placeholders, and leaves unknown ones visible', () => {
    expect(translate('nl', 'factPaperValue', { dossier: '32793', number: '205' })).toBe('32793, nr. 205');
    expect(translate('en', 'factPaperValue', { dossier: '32793', number: '205' })).toBe('32793, no. 205');
    expect(translate('nl', 'factPaperValue', { dossier: '32793' })).toBe('32793, nr. {number}');
    // A value that looks like a placeholder is not expanded again.
    expect(translate('nl', 'factPaperValue', { dossier: '{number}', number: '1' })).toBe('{number}, nr. 1');
  });

  it('t follows the language setting', () => {
    setLanguageSetting('en');
    expect(t('sidebarClose')).toBe('Close sidebar');
    setLanguageSetting('nl');
    expect(t('sidebarClose')).toBe('Zijbalk sluiten');
    setLanguageSetting('auto', 'en-GB');
    expect(t('outlineHeading')).toBe('Contents');
    setLanguageSetting('auto', 'nl-BE');
    expect(t('outlineHeading')).toBe('Inhoud');
    expect(translator('en')('factsHeading')).toBe('About this paper');
  });
});

describe('formatIsoDate', () => {
  it.each([
    // Letter dates of fixture letters 01 and 14.
    ['2015-12-17', 'nl', '17 december 2015'],
    ['2015-12-17', 'en', '17 December 2015'],
    ['2025-01-31', 'nl', '31 januari 2025'],
    ['2025-03-01', 'nl', '1 maart 2025'],
    ['2023-01', 'nl', 'januari 2023'],
    ['2024', 'en', '2024'],
    // Not a date: shown as it is, never thrown on.
    ['2025-13-01', 'nl', '2025-13-01'],
    ['2025-02-40', 'nl', '2025-02-40'],
    ['', 'nl', ''],
    ['gisteren', 'nl', 'gisteren'],
  ] as const)('%s (%s) → %s', (iso, lang, expected) => {
    expect(formatIsoDate(iso, lang)).toBe(expected);
  });
});

describe('formatIsoRange', () => {
  it.each([
    // The NAVO letter's ranges: `op 29 en 30 juni 2022`, `Op 12 en 13 oktober`.
    ['2022-06-29', '2022-06-30', 'nl', undefined, '29–30 juni 2022'],
    ['2022-10-12', '2022-10-13', 'en', undefined, '12–13 October 2022'],
    // As the popover says them, in words.
    ['2022-10-12', '2022-10-13', 'nl', 'tot', '12 tot 13 oktober 2022'],
    ['2022-10-12', '2022-10-13', 'en', 'to', '12 to 13 October 2022'],
    // Months of one year: the year once (2143's `voor de zomer van 2018`, July to August).
    ['2018-07', '2018-08', 'nl', undefined, 'juli – augustus 2018'],
    ['2018-07', '2018-08', 'nl', 'tot', 'juli tot augustus 2018'],
    // Days in two months of one year (135's `13 tot 17 januari 2020` spread over a month's end).
    ['2020-01-30', '2020-02-02', 'nl', undefined, '30 januari – 2 februari 2020'],
    // Years (591's `In de periode 1983–2000`).
    ['1983', '2000', 'nl', undefined, '1983–2000'],
    ['1983', '2000', 'nl', 'tot', '1983 tot 2000'],
    // Two years, or two precisions: each end in full.
    ['2022-12-29', '2023-01-02', 'nl', undefined, '29 december 2022 – 2 januari 2023'],
    ['2022-06', '2022-07-03', 'en', undefined, 'June 2022 – 3 July 2022'],
    ['2022', '2022-07', 'nl', undefined, '2022 – juli 2022'],
    // A range of one date.
    ['2022-06-29', '2022-06-29', 'nl', 'tot', '29 juni 2022'],
    // Not a date: shown as it is, never thrown on.
    ['2022-13-01', '2022-06-30', 'nl', undefined, '2022-13-01 – 30 juni 2022'],
    ['', 'gisteren', 'nl', 'tot', ' tot gisteren'],
  ] as const)('%s to %s (%s, %s) → %s', (iso, endIso, lang, word, expected) => {
    expect(formatIsoRange(iso, endIso, lang, word)).toBe(expected);
  });
});

describe('labels', () => {
  it('names document kinds in both languages', () => {
    expect(documentKindLabel('brief regering', 'nl')).toBe('Brief regering');
    expect(documentKindLabel('brief regering', 'en')).toBe('Letter from the government');
    expect(documentKindLabel('antwoord schriftelijke vragen', 'nl')).toBe('Antwoord op schriftelijke vragen');
  });

  it('labels only the special outline kinds', () => {
    expect(outlineKindLabel('question', 'nl')).toBe('Vraag');
    expect(outlineKindLabel('answer', 'en')).toBe('Answer');
    expect(outlineKindLabel('signature', 'nl')).toBe('Ondertekening');
    expect(outlineKindLabel('footnotes', 'en')).toBe('Footnotes');
    expect(outlineKindLabel('heading', 'nl')).toBeNull();
    expect(outlineKindLabel('header', 'nl')).toBeNull();
  });

  // The footnote blocks' titles are the core's, in Dutch: the English interface said `Voetnoot 1`.
  it.each([
    ['footnotes', 'Voetnoot 1', 'en', 'Footnote 1'],
    ['footnotes', 'Voetnoten 3–5', 'en', 'Footnotes 3–5'],
    ['footnotes', 'Noten', 'en', 'Notes'],
    ['footnotes', 'Voetnoot 1', 'nl', 'Voetnoot 1'],
    // The paper's own words stay as written.
    ['heading', 'Voetnoot 1', 'en', 'Voetnoot 1'],
    ['footnotes', 'Bijlage: noten bij hoofdstuk 2', 'en', 'Bijlage: noten bij hoofdstuk 2'],
  ] as const)('outline title of kind %s, %s, in %s: %s', (kind, title, lang, expected) => {
    expect(outlineTitle(kind, title, lang)).toBe(expected);
  });
});

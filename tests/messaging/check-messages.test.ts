import { describe, expect, it } from 'vitest';
import { parsePaperRef } from '../../src/messaging/check-analyze-input';
import { parseBackgroundToContent, parseContentToBackground } from '../../src/messaging/check-messages';
import { CITED } from './cited-paper';

const TK_URL = 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z18783&did=2022D39493';

describe('parseContentToBackground', () => {
  it.each([
    ['an address', TK_URL, TK_URL],
    ['no string', 12, undefined],
    ['an object', { href: TK_URL }, undefined],
    ['longer than any address', `${TK_URL}&x=${'a'.repeat(9000)}`, undefined],
  ])("keeps the page's address on warm-up and paper-status only when it is one (%s)", (_what, url, kept) => {
    expect(parseContentToBackground({ type: 'warm-up', url })).toEqual({ type: 'warm-up', url: kept });
    expect(parseContentToBackground({ type: 'paper-status', isPaper: true, findings: 2, url })).toEqual({
      type: 'paper-status',
      isPaper: true,
      findings: 2,
      url: kept,
    });
  });

  it('accepts the protocol messages', () => {
    expect(parseContentToBackground({ type: 'lookup-title', paper: CITED })).toEqual({
      type: 'lookup-title',
      paper: CITED,
    });
    expect(parseContentToBackground({ type: 'paper-status', isPaper: true, findings: 12 })).toEqual({
      type: 'paper-status',
      isPaper: true,
      findings: 12,
    });
    // The reader keeping (or no longer keeping) a click for the sidebar: only the flag passes.
    expect(parseContentToBackground({ type: 'sidebar-asked', waiting: true, url: 'x' })).toEqual({
      type: 'sidebar-asked',
      waiting: true,
    });
    expect(parseContentToBackground({ type: 'sidebar-asked', waiting: false })).toEqual({
      type: 'sidebar-asked',
      waiting: false,
    });
    // The warm-up carries the page's address at most: anything else sent with it is dropped.
    expect(parseContentToBackground({ type: 'warm-up', text: 'de hele pagina' })).toEqual({
      type: 'warm-up',
    });
    expect(parseContentToBackground({ type: 'warm-up', url: TK_URL, text: 'x' })).toEqual({
      type: 'warm-up',
      url: TK_URL,
    });
    // The stylesheets' ask carries nothing either.
    expect(parseContentToBackground({ type: 'page-styles', selector: 'body' })).toEqual({
      type: 'page-styles',
    });
    expect(parseContentToBackground({ type: 'page-strings', language: 'en' })).toEqual({
      type: 'page-strings',
      language: 'en',
    });
  });

  it.each([{ language: 'de' }, { language: null }, {}])(
    'refuses page strings in a language we do not have: %j',
    (v) => {
      expect(parseContentToBackground({ type: 'page-strings', ...v })).toBeNull();
    },
  );

  it('reads absent paper fields as null', () => {
    expect(parsePaperRef({ type: 'kamerstuk', dossier: '36200-X', number: '5' })).toEqual({
      id: null,
      type: 'kamerstuk',
      chamber: null,
      dossier: '36200-X',
      number: '5',
      year: null,
      item: null,
    });
  });

  it('turns odd counts into a whole, non-negative number', () => {
    for (const [findings, expected] of [
      [-3, 0],
      [Number.NaN, 0],
      [Infinity, 0],
      ['7', 0],
      [4.7, 4],
    ] as const) {
      expect(parseContentToBackground({ type: 'paper-status', isPaper: true, findings })).toMatchObject({
        findings: expected,
      });
    }
  });

  it.each([
    ['not an object', 'lookup-title'],
    ['null', null],
    ['unknown type', { type: 'open-tab', url: 'https://example.org' }],
    ['a background message', { type: 'toggle-sidebar' }],
    ['no paper', { type: 'lookup-title' }],
    ['unknown citation type', { type: 'lookup-title', paper: { ...CITED, type: 'tweet' } }],
    ['bad chamber', { type: 'lookup-title', paper: { ...CITED, chamber: 'III' } }],
    ['oversized id', { type: 'lookup-title', paper: { ...CITED, id: 'x'.repeat(100_000) } }],
    ['number as number', { type: 'lookup-title', paper: { ...CITED, number: 176 } }],
    ['isPaper missing', { type: 'paper-status', findings: 3 }],
    ['waiting missing', { type: 'sidebar-asked' }],
    ['waiting not a flag', { type: 'sidebar-asked', waiting: 'yes' }],
  ])('rejects %s', (_label, raw) => {
    expect(parseContentToBackground(raw)).toBeNull();
  });
});

describe('parseBackgroundToContent', () => {
  it('accepts the two toggles, dropping anything extra', () => {
    expect(parseBackgroundToContent({ type: 'toggle-sidebar', extra: '<b>' })).toEqual({
      type: 'toggle-sidebar',
    });
    expect(parseBackgroundToContent({ type: 'toggle-sidebar', via: 'keyboard' })).toEqual({
      type: 'toggle-sidebar',
      via: 'keyboard',
    });
    expect(parseBackgroundToContent({ type: 'toggle-sidebar', via: '<b>' })).toEqual({
      type: 'toggle-sidebar',
    });
    expect(parseBackgroundToContent({ type: 'toggle-marks' })).toEqual({ type: 'toggle-marks' });
    expect(parseBackgroundToContent({ type: 'paper-status', isPaper: true, findings: 1 })).toBeNull();
    expect(parseBackgroundToContent(undefined)).toBeNull();
  });
});

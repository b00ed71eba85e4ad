import { nl } from '../../src/i18n/messages';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  parseBackgroundToContent,
  parseContentToBackground,
  parsePaperRef,
  type PaperRef,
  type TitleLookupAnswer,
} from '../../src/messaging/protocol';
import {
  onMessageFromBackground,
  onMessageFromContent,
  sendToBackground,
  sendToTab,
} from '../../src/messaging/runtime';
import { FakeRuntime, FakeTabs } from './fake-runtime';

// A citation from fixture letter 01 (kst-32793-205): "Kamerstuk 32 793, nr. 176".
const CITED: PaperRef = {
  id: 'kst-32793-176',
  type: 'kamerstuk',
  chamber: null,
  dossier: '32793',
  number: '176',
  year: null,
  item: null,
};

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

describe('typed messaging', () => {
  it('answers a content → background call with its typed answer', async () => {
    const runtime = new FakeRuntime();
    runtime.sender = { tab: { id: 7 }, frameId: 0 };
    const statusSeen = vi.fn();
    onMessageFromContent(
      {
        'lookup-title': ({ paper }) => ({
          state: 'found',
          title: `Motie over ${paper.dossier}`,
          kind: 'Motie',
          kindEn: 'Motion',
          date: null,
          dossierTitle: null,
          source: null,
        }),
        'paper-status': (message, sender) => void statusSeen(message.findings, sender.tab?.id),
        'sidebar-asked': () => undefined,
        analyze: () => ({ state: 'refused', reason: 'failed' }),
        'analyze-part': () => false,
        'format-export': () => ({ text: '', filename: 'x', mime: 'text/plain' }),
        'warm-up': () => false,
        'page-strings': () => nl,
        'page-styles': () => ({ sidebar: '', popover: '' }),
      },
      runtime,
    );
    const answer = await sendToBackground({ type: 'lookup-title', paper: CITED }, runtime);
    expect(answer).toMatchObject({ state: 'found', title: 'Motie over 32793', kind: 'Motie' });
    await sendToBackground({ type: 'paper-status', isPaper: true, findings: 3 }, runtime);
    expect(statusSeen).toHaveBeenCalledWith(3, 7);
  });

  it('leaves messages outside the protocol to other listeners', async () => {
    const runtime = new FakeRuntime();
    onMessageFromContent(
      {
        'lookup-title': () => ({ state: 'disabled' }),
        'paper-status': () => undefined,
        'sidebar-asked': () => undefined,
        analyze: () => ({ state: 'refused', reason: 'failed' }),
        'analyze-part': () => false,
        'format-export': () => ({ text: '', filename: 'x', mime: 'text/plain' }),
        'warm-up': () => false,
        'page-strings': () => nl,
        'page-styles': () => ({ sidebar: '', popover: '' }),
      },
      runtime,
    );
    runtime.onMessage.addListener((m) =>
      (m as { type?: string }).type === 'other' ? Promise.resolve('theirs') : undefined,
    );
    await expect(runtime.sendMessage({ type: 'other' })).resolves.toBe('theirs');
  });

  it('rejects the caller when a handler throws', async () => {
    const runtime = new FakeRuntime();
    onMessageFromContent(
      {
        'lookup-title': () => {
          throw new Error('boom');
        },
        'paper-status': () => undefined,
        'sidebar-asked': () => undefined,
        analyze: () => ({ state: 'refused', reason: 'failed' }),
        'analyze-part': () => false,
        'format-export': () => ({ text: '', filename: 'x', mime: 'text/plain' }),
        'warm-up': () => false,
        'page-strings': () => nl,
        'page-styles': () => ({ sidebar: '', popover: '' }),
      },
      runtime,
    );
    await expect(sendToBackground({ type: 'lookup-title', paper: CITED }, runtime)).rejects.toThrow('boom');
  });

  it('delivers background → content toggles to the handlers the content script has', async () => {
    const tabs = new FakeTabs();
    const content = new FakeRuntime();
    tabs.contentScripts.set(3, content);
    const toggles: string[] = [];
    const stop = onMessageFromBackground({ 'toggle-sidebar': () => void toggles.push('sidebar') }, content);
    await sendToTab(3, { type: 'toggle-sidebar' }, tabs);
    expect(toggles).toEqual(['sidebar']);
    // Not handled by this content script: nobody answers, as in the browser.
    await expect(sendToTab(3, { type: 'toggle-marks' }, tabs)).rejects.toThrow();
    stop();
    expect(content.listeners.size).toBe(0);
    await expect(sendToTab(3, { type: 'toggle-sidebar' }, tabs)).rejects.toThrow();
    expect(toggles).toEqual(['sidebar']);
  });
});

describe('types', () => {
  it('gives each call its own answer type, and refuses messages outside the protocol', () => {
    const runtime = new FakeRuntime();
    const tabs = new FakeTabs();
    const lookup = () => sendToBackground({ type: 'lookup-title', paper: CITED }, runtime);
    const status = () => sendToBackground({ type: 'paper-status', isPaper: true, findings: 1 }, runtime);
    const toggle = () => sendToTab(1, { type: 'toggle-sidebar' }, tabs);
    expectTypeOf(lookup).returns.resolves.toEqualTypeOf<TitleLookupAnswer>();
    expectTypeOf(status).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(toggle).returns.resolves.toEqualTypeOf<void>();
    // @ts-expect-error: the background does not toggle anything in itself
    void (() => sendToBackground({ type: 'toggle-sidebar' }, runtime));
    // @ts-expect-error: a lookup needs its paper
    void (() => sendToBackground({ type: 'lookup-title' }, runtime));
    // @ts-expect-error: content scripts are not asked for titles
    void (() => sendToTab(1, { type: 'lookup-title', paper: CITED }, tabs));
  });
});

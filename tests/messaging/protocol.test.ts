import { nl } from '../../src/i18n/messages';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type TitleLookupAnswer } from '../../src/messaging/protocol';
import {
  onMessageFromBackground,
  onMessageFromContent,
  sendToBackground,
  sendToTab,
} from '../../src/messaging/runtime';
import { FakeRuntime, FakeTabs } from './fake-runtime';
import { CITED } from './cited-paper';

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

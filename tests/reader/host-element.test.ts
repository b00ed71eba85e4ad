import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createHostElement } from '../../src/reader/host-element';

describe('a host element for a shadow root of Kamerlens', () => {
  it('is made hidden, marked as ours, and left for the caller to place', () => {
    const doc = new Window().document as unknown as Document;
    const host = createHostElement(doc, 'kamerlens-root', 'sidebar');
    expect(host.tagName.toLowerCase()).toBe('kamerlens-root');
    expect(host.getAttribute('data-kamerlens')).toBe('sidebar');
    // Shown only by the extension's stylesheet (page.css), so it hides when that sheet goes.
    expect(host.style.display).toBe('none');
    expect(host.isConnected).toBe(false);
  });
});

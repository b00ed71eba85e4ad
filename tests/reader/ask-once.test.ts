import { describe, expect, it, vi } from 'vitest';
import { createAskOnce } from '../../src/reader/ask-once';

describe('createAskOnce', () => {
  it('asks once for a key, however many wait for it, and not again once answered', async () => {
    const asked = createAskOnce<string>();
    const ask = vi.fn(() => Promise.resolve('table'));
    const accept = vi.fn(() => true);
    await Promise.all([asked.load('nl', ask, accept), asked.load('nl', ask, accept)]);
    await asked.load('nl', ask, accept);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(accept).toHaveBeenCalledWith('table');
  });

  it('asks each key apart', async () => {
    const asked = createAskOnce<string>();
    const ask = vi.fn(() => Promise.resolve({}));
    await asked.load('nl', ask, () => true);
    await asked.load('en', ask, () => true);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['rejects (a restarting service worker)', () => Promise.reject(new Error('no receiver')), () => true],
    [
      'throws at once (no extension context left)',
      () => {
        throw new Error('Extension context invalidated.');
      },
      () => true,
    ],
    ['answers what accept refuses', () => Promise.resolve(undefined), () => false],
  ])('an ask that %s resolves and is asked again next time', async (_, failing, accept) => {
    const asked = createAskOnce<string>();
    await expect(asked.load('nl', failing, accept)).resolves.toBeUndefined();
    const ask = vi.fn(() => Promise.resolve('table'));
    await asked.load('nl', ask, () => true);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('forget makes the next load ask again', async () => {
    const asked = createAskOnce<string>();
    const ask = vi.fn(() => Promise.resolve('table'));
    await asked.load('nl', ask, () => true);
    asked.forget();
    await asked.load('nl', ask, () => true);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
